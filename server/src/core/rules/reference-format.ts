import { compileUserPattern } from '../user-pattern';
import type { Rule } from './rule';

/**
 * `Onze referentie` matches the configured pattern (default `^\d{4}-\d{10}$`). An unknown format is a
 * warning, never an error. Safe fix where unambiguous: zero-padding, or a space or slash for the dash.
 */
export const referenceFormat: Rule = {
  id: 'reference-format',
  defaultSeverity: 'warning',
  description: '"Onze referentie" does not match the reference pattern.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, config, report }) {
    const field = doc.header.fields.find((f) => f.key === 'referentie');
    if (!field?.value || !field.valueSpan) return;
    const pattern = compileUserPattern(config.referencePattern);
    // Linear time (RE2), and on a short field value only.
    if (field.value.length > 200 || pattern.test(field.value)) return;
    const repaired = repair(field.value);
    const fix = repaired && pattern.test(repaired) ? repaired : undefined;
    report({
      message: 'reference-format',
      args: { value: field.value, pattern: config.referencePattern },
      span: field.valueSpan,
      fixes: fix ? [{ title: 'fix.replace-with', titleArgs: { text: fix }, edits: [{ span: field.valueSpan, newText: fix }], safe: true }] : [],
    });
  },
};

/** `2023-768759` → `2023-0000768759`; `2023 0000768759` or `2023/0000768759` → with a dash. */
function repair(value: string): string | undefined {
  const match = /^(\d{4})\s?[-/ .]?\s?(\d{1,10})$/.exec(value.trim());
  return match ? `${match[1]}-${match[2].padStart(10, '0')}` : undefined;
}
