// A file that is not open, read as the CLI reads one: only a regular file (opened non-blocking, so a
// FIFO without a writer cannot hang the server; a device or socket is refused), at most `maxBytes`
// counted while reading (stat says 0 for /dev/zero and a FIFO).
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { formatMessage } from '../core/messages';
import type { Locale } from '../core/types';
import type { ReadFile } from './host';

const CHUNK_BYTES = 64 * 1024;

/** Reads a regular file of at most `maxBytes`; anything else is a reason not to check it. */
export async function readRegularFile(file: string | undefined, maxBytes: number, locale: Locale): Promise<ReadFile> {
  if (file === undefined) return { skipped: formatMessage(locale, 'check-files.not-a-file') };
  let handle: fs.FileHandle;
  try {
    // Non-blocking: opening a FIFO without a writer would otherwise wait forever.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { skipped: formatMessage(locale, 'check-files.unreadable', { error: (error as Error).message }) };
  }
  try {
    if (!(await handle.stat()).isFile()) return { skipped: formatMessage(locale, 'check-files.not-regular') };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { skipped: formatMessage(locale, 'check-files.too-large', { megabytes: maxBytes / 1048576 }) };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    return { skipped: formatMessage(locale, 'check-files.unreadable', { error: (error as Error).message }) };
  } finally {
    await handle.close();
  }
}
