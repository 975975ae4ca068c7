import type { Rule } from './rule';

/** Dates are written `D maand JJJJ`. Numeric, abbreviated or capitalised forms get an information finding; safe fix. */
export const dateFormat: Rule = {
  id: 'date-format',
  defaultSeverity: 'information',
  description: 'A date in numeric, abbreviated or capitalised form.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const date of doc.dates) {
      if (!date.nonCanonical || !date.exists) continue;
      report({
        message: 'date-format',
        args: { canonical: date.canonicalText },
        span: date.span,
        fixes: [{ title: 'fix.replace-with', titleArgs: { text: date.canonicalText }, edits: [{ span: date.span, newText: date.canonicalText }], safe: true }],
      });
    }
  },
};
