import type { Rule } from './rule';

/** `Bijlage(n)` equals the number of rows of the Bijlagen table. Fix: update the count. */
export const bijlagenCountRule: Rule = {
  id: 'bijlagen-count',
  defaultSeverity: 'error',
  description: '"Bijlage(n)" differs from the number of rows in the Bijlagen table.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const field = doc.header.fields.find((f) => f.key === 'bijlagen');
    const count = doc.headerValues.bijlagen;
    const table = doc.bijlagen;
    if (count === undefined || !field?.valueSpan || !table || table.rows.length === count) return;
    const rows = table.rows.length;
    report({
      message: 'bijlagen-count',
      args: { count, rows },
      span: field.valueSpan,
      fixes: [{ title: 'fix.update-count', titleArgs: { rows }, edits: [{ span: field.valueSpan, newText: String(rows) }] }],
    });
  },
};
