// Applies inline directives (spec §9) to findings: a finding is dropped when its first line is disabled.
import type { Directive } from './model/types';
import type { Finding } from './types';
import type { LineIndex } from './source/lines';

const names = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

export function isSuppressed(ruleId: string, line: number, directives: readonly Directive[]): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (directive.line > line) break;
    if (directive.kind === 'disable' && names(directive, ruleId)) disabled = true;
    else if (directive.kind === 'enable' && names(directive, ruleId)) disabled = false;
  }
  if (disabled) return true;
  return directives.some(
    (directive) =>
      names(directive, ruleId) &&
      ((directive.kind === 'disable-next-line' && directive.line + 1 === line) ||
        (directive.kind === 'disable-line' && directive.line === line)),
  );
}

export function applySuppressions(findings: Finding[], directives: readonly Directive[], lineIndex: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  return findings.filter((finding) => !isSuppressed(finding.ruleId, lineIndex.positionAt(finding.span.start).line, directives));
}
