// Turns the PATH arguments into files: folders are searched, globs expanded, unknown paths reported.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { globMatcher } from './ignore';

export const NOTA_FILE = /\.(?:nota\.md|nota|nota\.txt|kv\.md|kv\.txt)$/i;
/** Word and PDF, by extension: a file given by name is read whatever its name; folders include them with --ext. */
export const DOCUMENT_FILE = /\.(?:docx|pdf)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface ExpandedPaths {
  files: string[];
  /** PATH arguments that named nothing: each is a clear error (exit 2). */
  missing: string[];
}

/**
 * The nota files under `dir`, following symlinks to files and folders as a user expects; `visited`
 * holds the real paths of the folders walked, so a link back up (a loop) is walked once.
 */
function walk(dir: string, into: string[], extra: RegExp | undefined, visited: Set<string>): void {
  const real = realPath(dir);
  if (real === undefined || visited.has(real)) return;
  visited.add(real);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const target = entry.isSymbolicLink() ? fs.statSync(full, { throwIfNoEntry: false }) : entry;
    if (target?.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, into, extra, visited);
    } else if (target && !target.isDirectory() && (NOTA_FILE.test(entry.name) || extra?.test(entry.name))) {
      // a FIFO or device named like a nota is listed, and refused by name when read
      into.push(full);
    }
  }
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Each file once, under the first name it was found by: a file reached through several links is one file. */
function oncePerFile(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = realPath(file) ?? file;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The files a glob names. tinyglobby also lists the files inside a folder whose name matches
 * (`*.nota.md` gave `x.nota.md/kern.nota.md`): each match is checked against the glob itself. A file
 * reached through symlinked folders more than once (a link back up) is one file (oncePerFile).
 */
function globMatches(glob: string, cwd: string): string[] {
  // matched as absolute paths: `./x`, `../x` and `/x` globs alike
  const pattern = path.resolve(cwd, glob).split(path.sep).join('/');
  let matches: (file: string) => boolean;
  try {
    matches = globMatcher([pattern]);
  } catch {
    // a negation RE2 cannot take: the user's own command line, matched as picomatch does
    matches = picomatch(pattern, { dot: true });
  }
  return globSync(glob, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })
    .filter((file) => matches(file.split(path.sep).join('/')))
    .sort();
}

/** `extensions`: Word and PDF files found in folders too (`--ext docx,pdf`). */
export function expandPaths(args: string[], cwd: string, extensions: readonly string[] = []): ExpandedPaths {
  const extra = extensions.length > 0 ? new RegExp(`\\.(?:${extensions.join('|')})$`, 'i') : undefined;
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(full, files, extra, new Set());
    else if (stat) files.push(full);
    else if (isDynamicPattern(arg)) {
      const matches = globMatches(arg, cwd);
      if (matches.length === 0) missing.push(arg);
      files.push(...matches);
    } else missing.push(arg);
  }
  return { files: oncePerFile(files), missing };
}
