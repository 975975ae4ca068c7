// Reading and writing nota files safely: clear errors for binary, huge or non-UTF-8 files, and atomic writes.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const BOM = '\uFEFF';

export interface NotaFile {
  text: string;
  hasBom: boolean;
  /** The bytes as read: `--fix` writes only when the file still holds exactly these. */
  bytes: Buffer;
}

export class FileError extends Error {}

const READ_CHUNK = 1024 * 1024;

function notRegular(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return stat.isDirectory() ? 'a folder' : 'not a regular file';
}

/**
 * A file's bytes, refused with a clear reason when it is no regular file (a FIFO would block, a device
 * never ends), unreadable, or larger than `maxBytes`. The size is counted while reading: `stat` says 0
 * for a file that the kernel generates, and a file can grow while it is read.
 */
export function readFileBytes(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO without a writer would wait forever before fstat could refuse it.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO') throw new FileError('not a regular file (a socket); not checked');
    throw new FileError(`cannot read the file: ${code ?? (error as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileError(`${notRegular(stat)}, not a regular file; not checked`);
    if (stat.size > maxBytes) throw new FileError(`file is larger than ${maxBytes / 1048576} MB (${(stat.size / 1048576).toFixed(1)} MB); not checked`);
    return readBounded(fd, maxBytes);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}

function readBounded(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) throw new FileError(`file is larger than ${maxBytes / 1048576} MB (it grew while it was read); not checked`);
    chunks.push(chunk.subarray(0, read));
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
  return { text: hasBom ? text.slice(1) : text, hasBom, bytes };
}

/**
 * Writes the fixed text to the file that was read, as the user expects of an in-place edit: through a
 * symlink to its target; keeping mode, owner and group; without splitting hard links; and only when
 * the file still holds what was read (an editor may have saved it meanwhile) and the user may write it.
 */
export function writeFixedNotaFile(file: string, read: NotaFile, fixedText: string): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    throw new FileError(`cannot write the fixed file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let now: Buffer;
  try {
    now = readFileBytes(target);
  } catch {
    now = Buffer.alloc(0);
  }
  if (!now.equals(read.bytes)) throw new FileError('the file changed since it was read; not fixed (check it again)');
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new FileError('you may not write this file (its permissions do not allow it); not fixed');
  }
  const text = (read.hasBom ? BOM : '') + fixedText;
  try {
    if (stat.nlink > 1 || !mayReplaceKeepingOwner(stat)) writeInPlaceWithBackup(target, text, read.bytes);
    else writeTextAtomically(target, text, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot write the fixed file: ${(error as Error).message}`);
  }
}

/** Whether a new file put in the old one's place can get its owner and group (rename gives it ours). */
function mayReplaceKeepingOwner(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return true;
  return stat.uid === uid && (stat.gid === process.getegid?.() || (process.getgroups?.() ?? []).includes(stat.gid));
}

/**
 * Overwrites the file itself (its inode: every hard link and its owner stay), after a synced copy of
 * the original beside it; the copy is removed when the write succeeded and named in the error if not.
 */
function writeInPlaceWithBackup(target: string, text: string, original: Buffer): void {
  const backup = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.nota-backup`);
  writeSynced(backup, original, 0o600);
  try {
    const fd = fs.openSync(target, 'r+');
    try {
      const bytes = Buffer.from(text, 'utf8');
      fs.writeSync(fd, bytes, 0, bytes.length, 0);
      fs.ftruncateSync(fd, bytes.length);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new FileError(`cannot write the fixed file: ${(error as Error).message}; the original is kept in ${backup}`);
  }
  fs.rmSync(backup, { force: true });
}

function writeSynced(file: string, data: string | Buffer, mode: number): void {
  const fd = fs.openSync(file, 'wx', mode);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A temporary file beside the target, synced, then renamed over it: readers see the old or the new file. */
export function writeTextAtomically(file: string, text: string | Uint8Array, replacing?: { mode: number; uid: number; gid: number }): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', replacing?.mode ?? 0o666);
    try {
      if (typeof text === 'string') fs.writeFileSync(fd, text, 'utf8');
      else fs.writeFileSync(fd, text);
      if (replacing) {
        // the mode as it was (open applied the umask), and the owner and group of the file it replaces
        fs.fchmodSync(fd, replacing.mode);
        fs.fchownSync(fd, replacing.uid, replacing.gid);
      }
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

/** Thrown by writeNewFileAtomically when the file is there already: it is never written over. */
export class FileExists extends Error {}

/**
 * A new file, whole or not at all, never over an existing one: a synced temporary file beside it, then a
 * hard link to the name (which fails when the name is taken, also when another process took it meanwhile).
 */
export function writeNewFileAtomically(file: string, data: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  writeSynced(temp, Buffer.from(data.buffer, data.byteOffset, data.byteLength), 0o666);
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExists(file);
    // a file system without hard links: the name is checked, then the file renamed into place
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (fs.existsSync(file)) throw new FileExists(file);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
