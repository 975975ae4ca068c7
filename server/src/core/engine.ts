// Runs the rules over a NotaDocument: severities and options from configuration, suppressions,
// messages in the user's language, and one rule's crash contained to one finding.
import type { ResolvedConfig } from './config';
import { fixAll } from './fixes';
import { formatMessage, formatWithArgs } from './messages';
import { buildNotaDocument, type DocumentReaders } from './model/build';
import type { PublicationFacts } from './publication/types';
import type { NotaDocument } from './model/types';
import { RULES } from './rules';
import type { AnyRule, Report } from './rules/rule';
import { applySuppressions } from './suppression';
import type { DocumentKind, Finding, Locale, Severity } from './types';
import { type Prose, lazyProse } from './writing/prose';

export interface CheckOptions {
  config: ResolvedConfig;
  locale: Locale;
  fileName?: string;
  kind?: DocumentKind;
  /** How the document's pieces are read: the language server passes the cache layer's readers. */
  readers?: DocumentReaders;
  /** A published file's facts (`nota check --publication`): the pub-* rules judge them. */
  publication?: PublicationFacts;
  /** The current time, for `date-future` (tests pass a fixed one). */
  now?: Date;
  /** The names of the files beside the document, for `bijlage-file`; undefined where there is no folder to read. */
  folderFiles?: readonly string[];
  /** The rules to run; all of them unless given (tests run a broken rule beside them). */
  rules?: readonly AnyRule[];
  /** Called when a rule throws; the server logs it, the CLI prints it to stderr. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface CheckResult {
  doc: NotaDocument;
  findings: Finding[];
  /** The prose in sentences and words: computed once, when a writing rule, hover or the CLI first asks. */
  prose: () => Prose;
}

function effectiveSeverity(rule: AnyRule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.id]?.severity ?? (rule.optIn ? 'off' : rule.defaultSeverity);
}

const ONE_LEVEL_UP: Record<Severity, Severity> = { hint: 'information', information: 'warning', warning: 'error', error: 'error' };

/** `prose`: the check's sentences, shared by the rules that read them (tokenized only if one runs). */
export function runRules(doc: NotaDocument, options: CheckOptions, prose = lazyProse(doc, options.readers?.sentences)): Finding[] {
  const { config, locale } = options;
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const configured = effectiveSeverity(rule, config);
    if (configured === 'off' || !rule.appliesTo.includes(doc.kind)) continue;
    const explicit = config.rules[rule.id]?.severity !== undefined;
    const severityOf = (report: Report): Severity => {
      const severity = explicit ? (configured as Severity) : (report.severity ?? configured);
      return report.raise ? ONE_LEVEL_UP[severity] : severity;
    };
    const toFinding = (report: Report): Finding => ({
      ruleId: rule.id,
      messageId: report.message,
      severity: severityOf(report),
      message: formatWithArgs(locale, report.message, report.args),
      span: report.span,
      fixes: (report.fixes ?? []).map((fix) => ({
        title: formatWithArgs(locale, fix.title, fix.titleArgs),
        edits: fix.edits,
        safe: fix.safe ?? false,
      })),
      explanation: report.explanation,
    });
    try {
      rule.check({
        doc,
        config,
        locale,
        now: options.now ?? new Date(),
        folderFiles: options.folderFiles,
        prose,
        options: { ...rule.defaultOptions, ...config.rules[rule.id]?.options },
        report: (report) => findings.push(toFinding(report)),
      });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      findings.push({
        ruleId: rule.id,
        messageId: 'internal-error',
        severity: 'error',
        message: formatMessage(locale, 'internal-error', { rule: rule.id, error: error instanceof Error ? error.message : String(error) }),
        span: { start: 0, end: 0 },
        fixes: [],
      });
    }
  }
  const kept = applySuppressions(findings, doc.directives, doc.lineIndex);
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

export function checkText(text: string, options: CheckOptions): CheckResult {
  const doc = buildNotaDocument(text, { config: options.config, fileName: options.fileName, kind: options.kind, readers: options.readers, publication: options.publication });
  const prose = lazyProse(doc, options.readers?.sentences);
  return { doc, findings: runRules(doc, options, prose), prose };
}

/** The text after every safe fix, as `--fix` and `source.fixAll.nota` write it. */
export function fixAllText(text: string, options: CheckOptions): string {
  return fixAll(text, (current) => checkText(current, options).findings).text;
}

