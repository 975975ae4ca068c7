// Reading and writing nota files safely: clear errors for binary, huge or non-UTF-8 files, and atomic writes.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const BOM = '\uFEFF';

export interface NotaFile {
  text: string;
  hasBom: boolean;
}

export class FileError extends Error {}

/** A file's bytes, refused with a clear reason when unreadable or larger than 10 MB. */
export function readFileBytes(file: string): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_FILE_BYTES) throw new FileError(`file is larger than 10 MB (${(stat.size / 1048576).toFixed(1)} MB); not checked`);
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function readNotaFile(file: string): NotaFile {
  const bytes = readFileBytes(file);
  if (bytes.includes(0)) throw new FileError('binary file (contains NUL bytes); not checked');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError('not valid UTF-8; save the file as UTF-8 and try again');
  }
  const hasBom = text.startsWith(BOM);
  return { text: hasBom ? text.slice(1) : text, hasBom };
}

/** Writes through a temporary file in the same folder and renames it: never a half-written nota. */
export function writeNotaFileAtomically(file: string, content: NotaFile): void {
  try {
    writeTextAtomically(file, (content.hasBom ? BOM : '') + content.text, fs.statSync(file).mode);
  } catch (error) {
    throw new FileError(`cannot write the fixed file: ${(error as Error).message}`);
  }
}

/** A temporary file beside the target, synced, then renamed over it: readers see the old or the new file. */
export function writeTextAtomically(file: string, text: string | Uint8Array, mode = 0o666): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      if (typeof text === 'string') fs.writeFileSync(fd, text, 'utf8');
      else fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
