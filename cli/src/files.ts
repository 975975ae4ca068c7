// Turns the PATH arguments into files: folders are searched, globs expanded, unknown paths reported.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const NOTA_FILE = /\.(?:nota\.md|nota|nota\.txt|kv\.md|kv\.txt)$/i;
/** Word and PDF, by extension: a file given by name is read whatever its name; folders include them with --ext. */
export const DOCUMENT_FILE = /\.(?:docx|pdf)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface ExpandedPaths {
  files: string[];
  /** PATH arguments that named nothing: each is a clear error (exit 2). */
  missing: string[];
}

function walk(dir: string, into: string[], extra?: RegExp): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, into, extra);
    } else if (entry.isFile() && (NOTA_FILE.test(entry.name) || extra?.test(entry.name))) {
      into.push(full);
    }
  }
}

/** `extensions`: Word and PDF files found in folders too (`--ext docx,pdf`). */
export function expandPaths(args: string[], cwd: string, extensions: readonly string[] = []): ExpandedPaths {
  const extra = extensions.length > 0 ? new RegExp(`\\.(?:${extensions.join('|')})$`, 'i') : undefined;
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(full, files, extra);
    else if (stat) files.push(full);
    else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      if (matches.length === 0) missing.push(arg);
      files.push(...matches);
    } else missing.push(arg);
  }
  return { files: [...new Set(files)], missing };
}
