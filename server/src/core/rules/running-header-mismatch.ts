import { fieldDef } from '../catalog';
import type { Rule } from './rule';

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** PDF page headers repeat Onze referentie and Datum (seed 000); a repeat must equal the first value. */
export const runningHeaderMismatch: Rule = {
  id: 'running-header-mismatch',
  defaultSeverity: 'error',
  description: 'A repeated referentie or datum differs from the first.',
  appliesTo: ['nota'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const repeat of doc.runningHeaders) {
      const first = doc.header.fields.find((field) => field.key === repeat.key);
      if (!first?.value || !repeat.valueSpan || same(first.value, repeat.value)) continue;
      report({
        message: 'running-header-mismatch',
        args: { field: fieldDef(repeat.key).label, value: repeat.value, first: first.value },
        span: repeat.valueSpan,
        fixes: [{ title: 'fix.use-header-value', titleArgs: { text: first.value }, edits: [{ span: repeat.valueSpan, newText: first.value }] }],
      });
    }
  },
};
