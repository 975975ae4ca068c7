// Word and PDF files in `nota check`: read into the text as Nota reads it, with the page or paragraph of
// every offset. Their findings never become edits: --fix does not write Word or PDF files.
import { readDocx } from '../../server/src/core/source/formats/docx';
import { openPdf, readOpenPdf, readPdf } from '../../server/src/core/source/formats/pdf';
import { DocumentReadError, type ReadDocument } from '../../server/src/core/source/formats/types';
import { inspectDocx } from '../../server/src/core/publication/docx';
import { inspectOpenPdf } from '../../server/src/core/publication/pdf';
import type { PublicationFacts } from '../../server/src/core/publication/types';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { cleanDocx, cleanPdf } from '../../server/src/core/publication/clean';
import { cleanedName } from '../../server/src/core/publication/names';
import { FileError, FileExists, readFileBytes, writeNewFileAtomically } from './read';

/** The file's text as Nota reads it and, for `--publication`, what the file holds besides it. */
export async function readPublishedFile(file: string): Promise<{ read: ReadDocument; facts: PublicationFacts }> {
  const data = readBytes(file);
  if (!/\.pdf$/i.test(file)) {
    const facts = inspectDocxOrFail(data);
    try {
      return { read: readDocx(data), facts };
    } catch (error) {
      throw unreadable(error);
    }
  }
  // one document for the inspector and the reader: the file is parsed once, its fonts loaded once
  const document = await openPdf(data).catch(unreadable);
  try {
    const facts = await inspectOpenPdf(document).catch(unreadable);
    try {
      return { read: await readOpenPdf(document), facts };
    } catch (error) {
      // a scan without OCR: no text to check, but the file is judged (pub-no-text)
      if (error instanceof DocumentReadError && error.reason === 'no-text') return { read: { format: 'pdf', text: '', places: [], trackedChanges: 0 }, facts };
      throw unreadable(error);
    }
  } finally {
    await document.destroy();
  }
}

function inspectDocxOrFail(data: Uint8Array): PublicationFacts {
  try {
    return inspectDocx(data);
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown): never {
  if (error instanceof DocumentReadError) throw new FileError(error.message);
  if ((error as Error)?.name === 'PasswordException') throw new FileError('the PDF is encrypted (password protected)');
  throw new FileError(`not a readable document (${(error as Error)?.message ?? error})`);
}

function readBytes(file: string): Uint8Array {
  const bytes = readFileBytes(file);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function readDocumentFile(file: string): Promise<ReadDocument> {
  const data = readBytes(file);
  try {
    return /\.pdf$/i.test(file) ? await readPdf(data) : readDocx(data);
  } catch (error) {
    if (error instanceof DocumentReadError) throw new FileError(error.message);
    throw error;
  }
}

export interface CleanCopyOptions {
  /** Written as the author (and Word's company) instead of a person; emptied when not given. */
  organisation?: string;
}

/** What became of a cleaned copy: written, or not because its name is taken. */
export type CleanCopyOutcome = { written: string } | { exists: string };

/**
 * NAME.publicatie.docx or .pdf beside the file, written atomically and never over an existing file; the
 * original is never written. The caller decides first whether a copy may be written (cleanVerdict).
 * Throws a FileError with the reason when the copy cannot be made or written.
 */
export async function writeCleanCopy(file: string, options: CleanCopyOptions = {}): Promise<CleanCopyOutcome> {
  const target = cleanedName(file);
  if (fs.existsSync(target)) return { exists: target };
  const data = readBytes(file);
  let cleaned: Uint8Array;
  try {
    cleaned = /\.pdf$/i.test(file) ? await cleanPdf(data, { title: path.basename(file).replace(/\.pdf$/i, ''), organisation: options.organisation }) : cleanDocx(data, { organisation: options.organisation });
  } catch (error) {
    throw new FileError(`cannot make a cleaned copy (${(error as Error)?.message ?? error})`);
  }
  try {
    writeNewFileAtomically(target, cleaned);
  } catch (error) {
    if (error instanceof FileExists) return { exists: target };
    throw new FileError(`cannot write the cleaned copy ${path.basename(target)}: ${(error as Error).message}`);
  }
  return { written: target };
}
