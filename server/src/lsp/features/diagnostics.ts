// Findings → LSP diagnostics, with the rule id as code and a link to the rule's page.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { LineIndex } from '../../core/source/lines';
import type { Finding, Locale, Severity } from '../../core/types';
import { ruleDocUri, toRange } from '../convert';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, lineIndex: LineIndex, locale: Locale): Diagnostic {
  return {
    range: toRange(lineIndex, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(finding.ruleId, locale) },
    source: 'nota',
    message: finding.message,
  };
}

/** Whether a diagnostic sent by the client is the one we made from this finding. */
export function sameDiagnostic(diagnostic: Diagnostic, finding: Finding, lineIndex: LineIndex): boolean {
  const range = toRange(lineIndex, finding.span);
  return (
    diagnostic.code === finding.ruleId &&
    diagnostic.message === finding.message &&
    diagnostic.range.start.line === range.start.line &&
    diagnostic.range.start.character === range.start.character &&
    diagnostic.range.end.line === range.end.line &&
    diagnostic.range.end.character === range.end.character
  );
}
