// `nota import FILE` (Word or PDF → NAME.nota.md beside it, never over an existing file, then checked) and
// `nota export --format docx FILE` (a Markdown nota → NAME.docx beside it, personal data redacted unless
// --review-copy; never over an existing file).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigLoader } from '../../server/src/core/config-files';
import { checkText } from '../../server/src/core/engine';
import { exportDocx } from '../../server/src/core/export/docx';
import type { Locale } from '../../server/src/core/types';
import { readDocumentFile } from './documents';
import { DOCUMENT_FILE } from './files';
import { CONVERT_USAGE } from './convert-usage';
import { FileError, readNotaFile } from './read';

export interface ConvertIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  locale: Locale;
}

/** The file beside `file` with another ending; refused when it exists. */
function besideNew(file: string, ending: string): string {
  const base = file.replace(/(?:\.nota\.md|\.nota\.txt|\.nota|\.kv\.md|\.kv\.txt|\.md|\.txt|\.docx|\.pdf)$/i, '');
  const target = `${base}${ending}`;
  if (fs.existsSync(target)) throw new FileError(`${path.basename(target)} exists already; move it away first (nothing was written)`);
  return target;
}

/** Writes a new file: `wx` never replaces one that appeared meanwhile. */
function writeNew(file: string, data: string | Uint8Array): void {
  fs.writeFileSync(file, data, { flag: 'wx' });
}

export async function runImport(args: string[], io: ConvertIo): Promise<number> {
  if (args.length !== 1 || !DOCUMENT_FILE.test(args[0])) {
    io.stderr(`nota: import takes one .docx or .pdf file.\n\n${CONVERT_USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, args[0]);
  const shown = path.relative(io.cwd, file) || file;
  try {
    const read = await readDocumentFile(file);
    const target = besideNew(file, '.nota.md');
    writeNew(target, read.text);
    const loaded = new ConfigLoader().load(target, {});
    const { findings } = checkText(read.text, { config: loaded.config, locale: io.locale, fileName: target });
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    io.stdout(`nota: wrote ${path.relative(io.cwd, target)} (${findings.length} finding(s), ${errors} error(s); run nota check on it for the list)`);
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    io.stderr(`nota: ${shown}: ${error.message}`);
    return 2;
  }
}

export async function runExport(args: string[], io: ConvertIo): Promise<number> {
  let format: string | undefined;
  let reviewCopy = false;
  let organisation: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format') format = args[++i];
    else if (args[i] === '--review-copy') reviewCopy = true;
    else if (args[i] === '--organisation') organisation = args[++i];
    else files.push(args[i]);
  }
  if (format !== 'docx' || files.length !== 1) {
    io.stderr(`nota: export takes --format docx and one nota file.\n\n${CONVERT_USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, files[0]);
  const shown = path.relative(io.cwd, file) || file;
  try {
    const { text } = readNotaFile(file);
    const loaded = new ConfigLoader().load(file, {});
    const { doc } = checkText(text, { config: loaded.config, locale: io.locale, fileName: file });
    const target = besideNew(file, reviewCopy ? '.review.docx' : '.docx');
    writeNew(target, await exportDocx(doc, { config: loaded.config, organisation, keepPersonalData: reviewCopy }));
    const redacted = reviewCopy ? 'personal data kept: a review copy, not for publication' : `${doc.personalData.length} personal-data finding(s) redacted`;
    io.stdout(`nota: wrote ${path.relative(io.cwd, target)} (${redacted})`);
    return 0;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    io.stderr(`nota: ${shown}: ${error.message}`);
    return 2;
  }
}
