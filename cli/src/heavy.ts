// The Word and PDF readers, the publication inspectors and the Word export: a bundle of their own
// (dist/documents.js, pdfjs-dist and the docx library are most of it), loaded by the CLI only when a
// .docx or .pdf is read or converted, so that checking Markdown notas starts as fast as before.
import { checkText } from '../../server/src/core/engine';
import { exportDocx } from '../../server/src/core/export/docx';
import type { PublicationFacts } from '../../server/src/core/publication/types';
import type { ResolvedConfig } from '../../server/src/core/config';
import type { Locale } from '../../server/src/core/types';
import type { ReadDocument } from '../../server/src/core/source/formats/types';
import { readDocumentFile, readPublishedFile, writeCleanCopy } from './documents';
import { FileError } from './read';
import type { Finding } from '../../server/src/core/types';

export { runExport, runImport } from './convert';
export { writeCleanCopy };

/** A Word or PDF file checked as published (the language server's Check Before Publication). */
export type PublishedCheck = { read: ReadDocument; facts: PublicationFacts; findings: Finding[] } | { unreadable: string };

export async function checkPublishedFile(file: string, options: { config: ResolvedConfig; locale: Locale }): Promise<PublishedCheck> {
  const reading = await readForCheck(file, true);
  if ('unreadable' in reading) return reading;
  const facts = reading.facts!;
  const { findings } = checkText(reading.read.text, { config: options.config, locale: options.locale, fileName: file, publication: facts });
  return { read: reading.read, facts, findings };
}

export type DocumentReading = { read: ReadDocument; facts?: PublicationFacts } | { unreadable: string };

/**
 * A Word or PDF file read for `nota check`. A file that cannot be read comes back as its reason, not as a
 * thrown FileError: this bundle has its own copy of that class, which the CLI's `instanceof` would not know.
 */
export async function readForCheck(file: string, publication: boolean): Promise<DocumentReading> {
  try {
    return publication ? await readPublishedFile(file) : { read: await readDocumentFile(file) };
  } catch (error) {
    if (error instanceof FileError) return { unreadable: error.message };
    throw error;
  }
}

export interface WordExport {
  bytes: Uint8Array;
  /** Personal-data findings redacted in the export (none when it is a review copy). */
  redacted: number;
}

/** A nota's text as a Word file (the language server's Export to Word), redacted unless a review copy. */
export async function exportText(text: string, options: { config: ResolvedConfig; fileName: string; locale: Locale; keepPersonalData: boolean }): Promise<WordExport> {
  const { doc } = checkText(text, { config: options.config, locale: options.locale, fileName: options.fileName });
  const bytes = await exportDocx(doc, { config: options.config, keepPersonalData: options.keepPersonalData });
  return { bytes, redacted: options.keepPersonalData ? 0 : doc.personalData.length };
}
