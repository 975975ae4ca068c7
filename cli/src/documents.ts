// Word and PDF files in `nota check`: read into the text as Nota reads it, with the page or paragraph of
// every offset. Their findings never become edits: --fix does not write Word or PDF files.
import * as fs from 'node:fs';
import { readDocx } from '../../server/src/core/source/formats/docx';
import { readPdf } from '../../server/src/core/source/formats/pdf';
import { DocumentReadError, type ReadDocument } from '../../server/src/core/source/formats/types';
import { FileError, MAX_FILE_BYTES } from './read';

/** Word and PDF, by extension: a file given by name is read whatever its name; folders include them with --ext. */
export const DOCUMENT_FILE = /\.(?:docx|pdf)$/i;

export async function readDocumentFile(file: string): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_FILE_BYTES) throw new FileError(`file is larger than 10 MB (${(stat.size / 1048576).toFixed(1)} MB); not checked`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return /\.pdf$/i.test(file) ? await readPdf(data) : readDocx(data);
  } catch (error) {
    if (error instanceof DocumentReadError) throw new FileError(error.message);
    throw error;
  }
}
