// One file of `nota check`: configuration, read, fix, check. Runs on the main thread or in a worker
// (cli/src/workers.ts); either way the outcome is plain data, so it crosses a thread as it is.
import * as path from 'node:path';
import type { ConfigLoader } from '../../server/src/core/config-files';
import { type CheckOptions, checkText, fixAllText } from '../../server/src/core/engine';
import type { DocumentKind, Finding, Locale } from '../../server/src/core/types';
import { FileError, readNotaFile, writeNotaFileAtomically } from './read';

/** What every file of one run shares. */
export interface FileSettings {
  cwd: string;
  explicitFile?: string;
  locale: Locale;
  type?: DocumentKind;
  fix: boolean;
}

export interface FileOutcome {
  file: string;
  /** Undefined when the file could not be checked (the reason is in `errors`). */
  checked?: { kind: DocumentKind; findings: Finding[]; text: string };
  /** Lines for stderr, in the order they happened. */
  errors: string[];
  /** An unreadable file or a failed write: exit code 2. */
  failed: boolean;
}

export function checkFile(file: string, settings: FileSettings, loader: ConfigLoader): FileOutcome {
  const outcome: FileOutcome = { file, errors: [], failed: false };
  const shown = path.relative(settings.cwd, file) || file;
  const loaded = loader.load(file, { explicitFile: settings.explicitFile });
  let content;
  try {
    content = readNotaFile(file);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    outcome.errors.push(`nota: ${shown}: ${error.message}`);
    outcome.failed = true;
    return outcome;
  }
  const options: CheckOptions = {
    config: loaded.config,
    locale: settings.locale,
    fileName: file,
    kind: settings.type,
    onRuleError: (ruleId, error) => outcome.errors.push(`nota: rule ${ruleId} failed on ${file}: ${(error as Error)?.stack ?? error}`),
  };
  if (settings.fix) {
    const fixed = fixAllText(content.text, options);
    if (fixed !== content.text) {
      try {
        writeNotaFileAtomically(file, { ...content, text: fixed });
        content = { ...content, text: fixed };
      } catch (error) {
        outcome.errors.push(`nota: ${shown}: ${(error as Error).message}`);
        outcome.failed = true;
      }
    }
  }
  const { doc, findings } = checkText(content.text, options);
  outcome.checked = { kind: doc.kind, findings, text: content.text };
  return outcome;
}
