// One file of `nota check`: configuration, read, fix, check. Runs on the main thread or in a worker
// (cli/src/workers.ts); either way the outcome is plain data, so it crosses a thread as it is.
import * as path from 'node:path';
import type { ConfigLoader } from '../../server/src/core/config-files';
import { type CheckOptions, checkText, fixAllText } from '../../server/src/core/engine';
import type { DocumentKind, Finding, Locale } from '../../server/src/core/types';
import type { Place } from '../../server/src/core/source/formats/types';
import { DOCUMENT_FILE } from './files';
import { documentsPart } from './lazy';
import { type DocumentMetrics, documentMetrics } from '../../server/src/core/writing/readability';
import { b1MaxWords } from '../../server/src/core/writing/hover';
import { FileError, readNotaFile, writeFixedNotaFile } from './read';
import { folderFilesOf } from '../../server/src/lsp/folder-files';
import type { ResolvedConfig } from '../../server/src/core/config';
import { formatMessage } from '../../server/src/core/messages';
import { cleanedName, isCleanedCopy } from '../../server/src/core/publication/names';
import type { PublicationFacts } from '../../server/src/core/publication/types';
import { cleanAllowed, cleanVerdict, refusalText } from '../../server/src/core/publication/verdict';

/** What every file of one run shares. */
export interface FileSettings {
  cwd: string;
  explicitFile?: string;
  locale: Locale;
  type?: DocumentKind;
  fix: boolean;
  /** --publication: Word and PDF files are judged as published (metadata, hidden content, redactions). */
  publication?: boolean;
  /** --write-clean: write NAME.publicatie.docx/.pdf beside each Word or PDF file. */
  writeClean?: boolean;
  /** Compute the readability figures (`--format json` prints them as `metrics`). */
  metrics?: boolean;
}

export interface FileOutcome {
  file: string;
  /** Undefined when the file could not be checked (the reason is in `errors`). */
  checked?: { kind: DocumentKind; findings: Finding[]; text: string; places?: Place[]; metrics?: DocumentMetrics };
  /** Lines for stderr, in the order they happened. */
  errors: string[];
  /** An unreadable file, a failed write or a crash: exit code 2. */
  failed: boolean;
  /** Why the file has no findings (unreadable, crashed, stopped its worker): for JSON and SARIF. */
  error?: string;
}

/** The outcome of a file whose check failed: named, with the reason, and no findings. */
export function failedOutcome(file: string, settings: FileSettings, reason: string): FileOutcome {
  const shown = path.relative(settings.cwd, file) || file;
  return { file, errors: [`nota: ${shown}: ${reason}`], failed: true, error: reason };
}

/** Checks one file; whatever goes wrong is this file's outcome, so the other files are still reported. */
export async function checkFile(file: string, settings: FileSettings, loader: ConfigLoader): Promise<FileOutcome> {
  try {
    return await (DOCUMENT_FILE.test(file) ? checkDocumentFile(file, settings, loader) : checkTextFile(file, settings, loader));
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failedOutcome(file, settings, `the check failed (${reason}); please report this with the file`);
  }
}

function checkTextFile(file: string, settings: FileSettings, loader: ConfigLoader): FileOutcome {
  const outcome: FileOutcome = { file, errors: [], failed: false };
  const shown = path.relative(settings.cwd, file) || file;
  const loaded = loader.load(file, { explicitFile: settings.explicitFile });
  let content;
  try {
    content = readNotaFile(file);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return failedOutcome(file, settings, error.message);
  }
  const options: CheckOptions = {
    config: loaded.config,
    locale: settings.locale,
    fileName: file,
    kind: settings.type,
    folderFiles: folderFilesOf(file),
    onRuleError: (ruleId, error) => outcome.errors.push(`nota: rule ${ruleId} failed on ${file}: ${(error as Error)?.stack ?? error}`),
  };
  if (settings.fix) {
    const fixed = fixAllText(content.text, options);
    if (fixed !== content.text) {
      try {
        writeFixedNotaFile(file, content, fixed);
        content = { ...content, text: fixed };
      } catch (error) {
        outcome.errors.push(`nota: ${shown}: ${(error as Error).message}`);
        outcome.failed = true;
        outcome.error = (error as Error).message;
      }
    }
  }
  const { doc, findings, prose } = checkText(content.text, options);
  outcome.checked = { kind: doc.kind, findings, text: content.text };
  if (settings.metrics) outcome.checked.metrics = documentMetrics(prose(), { b1MaxWords: b1MaxWords(loaded.config) });
  return outcome;
}

/** Files one after the other, in order (a PDF is read asynchronously). */
export async function checkFiles(files: readonly string[], settings: FileSettings, loader: ConfigLoader): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await checkFile(file, settings, loader));
  return outcomes;
}

/** A Word or PDF file: checked as the text Nota reads from it; never written, also with --fix. */
async function checkDocumentFile(file: string, settings: FileSettings, loader: ConfigLoader): Promise<FileOutcome> {
  const outcome: FileOutcome = { file, errors: [], failed: false };
  const shown = path.relative(settings.cwd, file) || file;
  const loaded = loader.load(file, { explicitFile: settings.explicitFile });
  const reading = await documentsPart().readForCheck(file, settings.publication === true);
  if ('unreadable' in reading) return failedOutcome(file, settings, reading.unreadable);
  const { read, facts: publication } = reading;
  if (settings.fix) outcome.errors.push(`nota: ${shown}: --fix does not change Word or PDF files (import it as Markdown with \`nota import\`)`);
  if (read.trackedChanges > 0) outcome.errors.push(`nota: ${shown}: ${read.trackedChanges} tracked change(s) still in the document; checked as if accepted`);
  const options: CheckOptions = {
    config: loaded.config,
    locale: settings.locale,
    fileName: file,
    kind: settings.type,
    publication,
    onRuleError: (ruleId, error) => outcome.errors.push(`nota: rule ${ruleId} failed on ${file}: ${(error as Error)?.stack ?? error}`),
  };
  const { doc, findings, prose } = checkText(read.text, options);
  // the edits of fixes point into the read text, not into the file
  outcome.checked = { kind: doc.kind, findings: findings.map((finding) => ({ ...finding, fixes: [] })), text: read.text, places: read.places };
  if (settings.metrics) outcome.checked.metrics = documentMetrics(prose(), { b1MaxWords: b1MaxWords(loaded.config) });
  if (settings.writeClean && publication) await writeCleanCopyAfterCheck(file, shown, findings, publication, loaded.config, settings, outcome);
  return outcome;
}

/**
 * --write-clean, after the check: the copy is written only when no personal data would remain in it (the
 * text, a failed redaction, a PDF's hidden content), and never over an existing file; either way stderr says
 * what happened and why.
 */
async function writeCleanCopyAfterCheck(file: string, shown: string, findings: Finding[], facts: PublicationFacts, config: ResolvedConfig, settings: FileSettings, outcome: FileOutcome): Promise<void> {
  const relative = (target: string) => path.relative(settings.cwd, target) || target;
  const copy = relative(cleanedName(file));
  const say = (text: string): void => void outcome.errors.push(`nota: ${shown}: ${text}`);
  if (isCleanedCopy(file)) return say(formatMessage(settings.locale, 'clean.is-copy'));
  const verdict = cleanVerdict(findings, facts, config.publicPersons);
  if (!cleanAllowed(verdict)) return say(refusalText(settings.locale, copy, verdict));
  try {
    const written = await documentsPart().writeCleanCopy(file, { organisation: config.organisation || undefined });
    if ('written' in written) say(formatMessage(settings.locale, 'clean.written', { copy: relative(written.written) }));
    else {
      say(formatMessage(settings.locale, 'clean.exists', { copy }));
      outcome.failed = true;
    }
  } catch (error) {
    say(formatMessage(settings.locale, 'clean.failed', { copy, reason: (error as Error).message }));
    outcome.failed = true;
  }
}
