// The files beside a document on disk, by name: the Bijlagen links and bijlage-file compare the table with them.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A folder holds at most this many names that are read (a nota beside a huge download folder stays fast). */
const MAX_FOLDER_NAMES = 2000;

/** The regular files beside `file`, by name (for the Bijlagen links and bijlage-file); undefined when its folder cannot be read. */
export function folderFilesOf(file: string): string[] | undefined {
  try {
    const entries = fs.readdirSync(path.dirname(file), { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).slice(0, MAX_FOLDER_NAMES).map((entry) => entry.name).sort();
  } catch {
    return undefined;
  }
}
