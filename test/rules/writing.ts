// Small assertions for the writing rules' tests: a nota around some prose, a rule turned on, and
// findings as "line:column–line:column message" (1-based, as editors and the CLI show them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigLayer } from '../../server/src/core/config';
import type { Finding } from '../../server/src/core/types';
import { applyFix, check } from '../support/check';

const TEMPLATE = fs.readFileSync(path.join(__dirname, 'nota-template.md'), 'utf8');

/** A complete, error-free nota with the given Aanleiding and Kern text. The Kern starts on line 41. */
export function nota(kern: string, aanleiding = 'De Tweede Kamer heeft op 4 maart 2024 een motie aangenomen.'): string {
  return TEMPLATE.replace('@AANLEIDING@', aanleiding).replace('@KERN@', kern);
}

export const KERN_LINE = 41;

/** The rule on at the given severity and options. */
export function on(ruleId: string, severity = 'hint', options?: Record<string, unknown>): ConfigLayer {
  return { rules: { [ruleId]: { severity: severity as 'hint', options } } };
}

export function located(text: string, finding: Finding): string {
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
  };
  return `${position(finding.span.start)}–${position(finding.span.end)} ${finding.message}`;
}

/** The rule's findings on the text, located, in English. */
export function findings(text: string, ruleId: string, layer?: ConfigLayer, fileName = 'test.nota.md'): string[] {
  return check(text, { layer, fileName }).findings.filter((f) => f.ruleId === ruleId).map((f) => located(text, f));
}

export function ruleFindings(text: string, ruleId: string, layer?: ConfigLayer, fileName = 'test.nota.md'): Finding[] {
  return check(text, { layer, fileName }).findings.filter((f) => f.ruleId === ruleId);
}

/** The text after the finding's fix with the given index. */
export function fixed(text: string, finding: Finding, index = 0): string {
  return applyFix(text, finding, index);
}
