// Test helpers: check a text with default (or given) configuration and read the corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ConfigLayer, resolveConfig } from '../../server/src/core/config';
import { type CheckOptions, type CheckResult, checkText, fixAllText } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import type { DocumentKind, Finding, Locale } from '../../server/src/core/types';

export const REPO = path.resolve(__dirname, '..', '..');
// NOTA_CORPUS points elsewhere (the mutation run's sandbox is not beside shared/).
export const CORPUS_DIR = process.env.NOTA_CORPUS ? path.resolve(process.env.NOTA_CORPUS) : path.resolve(REPO, '..', 'shared', 'corpus');

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) throw new Error(`The tests read the published corpus from ${CORPUS_DIR}: clone this repository beside shared/ (README, Tests).`);
  return fs.readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(CORPUS_DIR, name));
}

export function readCorpus(prefix: string): string {
  const file = corpusFiles().find((candidate) => path.basename(candidate).startsWith(prefix));
  if (!file) throw new Error(`corpus document ${prefix} not found in ${CORPUS_DIR}`);
  return fs.readFileSync(file, 'utf8');
}

export interface TestOptions {
  layer?: ConfigLayer;
  now?: Date;
  fileName?: string;
  kind?: DocumentKind;
  /** The files beside the document (bijlage-file); no folder is read when left out. */
  folderFiles?: string[];
  /** The language of the messages (default English). */
  locale?: Locale;
}

/** The options `check` and `fixAll` check with. */
export function checkOptions(fileName?: string, options: TestOptions = {}): CheckOptions {
  return {
    config: resolveConfig(options.layer ? [{ layer: options.layer, origin: 'test' }] : []),
    locale: options.locale ?? 'en',
    fileName: fileName ?? options.fileName ?? 'test.nota.md',
    kind: options.kind,
    now: options.now ?? new Date('2024-03-15T12:00:00Z'),
    folderFiles: options.folderFiles,
  };
}

export function check(text: string, options: TestOptions = {}): CheckResult {
  return checkText(text, checkOptions(undefined, options));
}

export function fixAll(text: string, options: TestOptions = {}): string {
  return fixAllText(text, checkOptions(undefined, options));
}

export function findingsOf(text: string, ruleId: string, options: TestOptions = {}): Finding[] {
  return check(text, options).findings.filter((finding) => finding.ruleId === ruleId);
}

/** 1-based line of a finding, as the CLI and editors show it. */
export function lineOf(text: string, finding: Finding): number {
  return text.slice(0, finding.span.start).split(/\r\n|\r|\n/).length;
}

/** The text after applying the finding's fix with the given index. */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const fix = finding.fixes[index];
  if (!fix) throw new Error(`finding ${finding.ruleId} has no fix ${index}`);
  return applyEdits(text, fix.edits);
}

export const VALID_NOTA = fs.readFileSync(path.join(REPO, 'examples', 'goed', 'besluitvorming.nota.md'), 'utf8');
