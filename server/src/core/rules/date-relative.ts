import { formatDutchDate, resolveRelative } from '../dates';
import type { Rule } from './rule';

const PROBLEM_MESSAGE = {
  'not-before': 'date-relative.not-before',
  'too-old': 'date-relative.too-old',
  'not-after': 'date-relative.not-after',
  'same-day': 'date-relative.same-day',
} as const;

/** `jl.` dates lie before the nota Datum and within a year, `a.s.` dates after it; `j.l.`/`as.` are misspelt. */
export const dateRelative: Rule = {
  id: 'date-relative',
  defaultSeverity: 'warning',
  description: 'A jl. date after, or an a.s. date before, the nota Datum; or a misspelt j.l./as.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const date of doc.dates) {
      const marker = date.relative;
      if (!marker) continue;
      if (!marker.canonical) {
        report({
          message: 'date-relative.spelling',
          args: { canonical: marker.canonicalText, written: marker.text },
          span: marker.span,
          fixes: [{ title: 'fix.replace-with', titleArgs: { text: marker.canonicalText }, edits: [{ span: marker.span, newText: marker.canonicalText }], safe: true }],
        });
      }
      if (!doc.notaDate) continue;
      const resolution = resolveRelative(date, doc.notaDate);
      const problem = resolution?.problem;
      if (!problem || problem === 'invalid-date') continue;
      report({
        message: PROBLEM_MESSAGE[problem],
        args: {
          written: doc.text.slice(date.span.start, marker.span.end),
          date: resolution.date ? formatDutchDate(resolution.date) : date.text,
          notaDate: formatDutchDate(doc.notaDate),
        },
        span: { start: date.span.start, end: marker.span.end },
      });
    }
  },
};
