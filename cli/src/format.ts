// Output formats of `nota check`: stylish (people), json (spec §10, for tools) and SARIF 2.1.0 (code scanning).
// The CI formats (github, gitlab, junit) are in format-ci.ts.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../server/src/core/rules';
import { partitionPoint } from '../../server/src/core/search';
import type { Place } from '../../server/src/core/source/formats/types';
import type { LineIndex } from '../../server/src/core/source/lines';
import { formatMessage } from '../../server/src/core/messages';
import type { DocumentKind, Finding, Locale, Severity, Span } from '../../server/src/core/types';
import type { DocumentMetrics } from '../../server/src/core/writing/readability';

export interface FileReport {
  file: string;
  kind: DocumentKind;
  findings: Finding[];
  lineIndex: LineIndex;
  /** Word or PDF: where each page or paragraph starts in the text as Nota read it. */
  places?: Place[];
  /** Readability figures of the nota and per section (additive to the spec's shape). */
  metrics?: DocumentMetrics;
}

/** The page (PDF), paragraph or footnote (Word) of a finding, for the JSON output (spec §11). */
function placeOf(report: FileReport, span: Span): { page?: number; paragraph?: number; footnote?: number } {
  if (!report.places) return {};
  // An empty finding on an empty line (a missing section, in the gap before the one it belongs before)
  // is placed with what follows the gap, not with the paragraph before it.
  const { lineIndex } = report;
  const line = lineIndex.lineAt(span.start);
  const gap = span.start === span.end && lineIndex.startAt(span.start) === lineIndex.endAt(span.start);
  const at = gap ? lineIndex.lineNext(line) : span.start;
  const place = report.places[partitionPoint(report.places.length, (i) => report.places![i].start <= at) - 1];
  if (place?.page !== undefined) return { page: place.page };
  if (place?.paragraph !== undefined) return { paragraph: place.paragraph };
  if (place?.footnote !== undefined) return { footnote: place.footnote };
  return {};
}

/** "p. 2, 14:3" for a PDF, "par. 14, 30:1" or "fn. 2, 40:1" for Word, "14:3" for a text file. */
function where(report: FileReport, span: Span, at: Location): string {
  const place = placeOf(report, span);
  const prefix = place.page !== undefined ? `p. ${place.page}, ` : place.paragraph !== undefined ? `par. ${place.paragraph}, ` : place.footnote !== undefined ? `fn. ${place.footnote}, ` : '';
  return `${prefix}${at.line}:${at.column}`;
}

/** A file that has no findings because its check failed (unreadable, crashed, over a limit). */
export interface FileFailure {
  file: string;
  error: string;
}

const shownPath = (file: string, cwd: string) => path.relative(cwd, file) || file;

interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based lines and columns, UTF-16 columns as LSP; the end is exclusive. */
export function location(lineIndex: LineIndex, span: Span): Location {
  const start = lineIndex.positionAt(span.start);
  const end = lineIndex.positionAt(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** The file as CI systems name it: relative to the working folder, with forward slashes. */
export function reportPath(report: FileReport, cwd: string): string {
  return (path.relative(cwd, report.file) || report.file).split(path.sep).join('/');
}

/** `order`: the files in the order they are listed (a failed file stands where it would have). */
export function formatJson(reports: FileReport[], cwd: string, failures: FileFailure[] = [], order: string[] = []): string {
  const position = new Map(order.map((file, index) => [file, index]));
  const entries = [
    ...reports.map((report) => ({ file: report.file, entry: reportEntry(report, cwd) })),
    ...failures.map((failure) => ({ file: failure.file, entry: { file: shownPath(failure.file, cwd), error: failure.error } })),
  ].sort((a, b) => (position.get(a.file) ?? 0) - (position.get(b.file) ?? 0));
  return JSON.stringify(
    entries.map(({ entry }) => entry),
    null,
    2,
  );
}

function reportEntry(report: FileReport, cwd: string) {
  return {
      file: path.relative(cwd, report.file) || report.file,
      kind: report.kind,
      diagnostics: report.findings.map((finding) => ({
        rule: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        ...location(report.lineIndex, finding.span),
        ...placeOf(report, finding.span),
        ...(finding.fixes.length > 0
          ? {
              fixes: finding.fixes.map((fix) => ({
                title: fix.title,
                safe: fix.safe,
                edits: fix.edits.map((edit) => ({ ...location(report.lineIndex, edit.span), text: edit.newText })),
              })),
            }
          : {}),
      })),
    ...(report.metrics ? { metrics: report.metrics } : {}),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const artifactUri = (file: string, cwd: string) => path.relative(cwd, file).split(path.sep).join('/') || pathToFileURL(file).toString();

export function formatSarif(reports: FileReport[], cwd: string, version: string, failures: FileFailure[] = []): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: `docs/rules/${rule.id}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity], ...(rule.optIn ? { enabled: false } : {}) },
  }));
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => {
      const at = location(report.lineIndex, finding.span);
      return {
        ruleId: finding.ruleId,
        ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId),
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(report.file, cwd) },
              region: {
                startLine: at.line,
                startColumn: at.column,
                endLine: at.endLine,
                endColumn: at.endColumn,
                // Word and PDF: the lines count in the text as Nota read it; the snippet finds the place in the file
                ...(report.places ? { snippet: { text: report.lineIndex.text.slice(finding.span.start, finding.span.end) } } : {}),
              },
            },
          },
        ],
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'nota', version, informationUri: 'https://example.invalid/nota', rules } },
        // A file that could not be checked is a tool execution notification, not a result.
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((failure) => ({
              level: 'error',
              message: { text: failure.error },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(failure.file, cwd) } } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
type Counted = 'problem' | 'file' | Severity;
/** "3 errors", "1 fout": the count with its noun, in the locale. */
const counted = (locale: Locale, noun: Counted, count: number) => formatMessage(locale, `cli.count.${noun}.${count === 1 ? 'one' : 'other'}`, { count });

/** Stylish output is for people: its labels and summary follow --locale (JSON and SARIF stay fixed, spec §10). */
export function formatStylish(reports: FileReport[], cwd: string, color: boolean, locale: Locale): string {
  const label = (severity: Severity) => formatMessage(locale, `cli.severity.${severity}`);
  const labelWidth = Math.max(...SEVERITIES.map((severity) => label(severity).length));
  const paint = (code: string, text: string) => (color ? `${code}${text}\x1b[0m` : text);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(paint('\x1b[4m', path.relative(cwd, report.file) || report.file));
    const rows = report.findings.map((finding) => {
      const at = location(report.lineIndex, finding.span);
      counts[finding.severity]++;
      return [where(report, finding.span, at), finding.severity, finding.message, finding.ruleId] as const;
    });
    const width = Math.max(...rows.map((row) => row[0].length));
    for (const [where, severity, message, rule] of rows) {
      out.push(`  ${paint('\x1b[2m', where.padEnd(width))}  ${paint(COLOR[severity], label(severity).padEnd(labelWidth))}  ${message}  ${paint('\x1b[2m', rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return `${paint('\x1b[32m', '✔')} ${formatMessage(locale, 'cli.summary.clean', { files: counted(locale, 'file', reports.length) })}`;
  const summary = formatMessage(locale, 'cli.summary', {
    problems: counted(locale, 'problem', total),
    errors: counted(locale, 'error', counts.error),
    warnings: counted(locale, 'warning', counts.warning),
    information: counted(locale, 'information', counts.information),
    hints: counted(locale, 'hint', counts.hint),
    files: counted(locale, 'file', reports.length),
  });
  out.push(paint(counts.error > 0 ? COLOR.error : COLOR.warning, summary));
  return out.join('\n');
}
