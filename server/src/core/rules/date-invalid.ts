import { MONTHS, daysInMonth } from '../dates';
import type { Rule } from './rule';

/** Every date in the document exists in the calendar: no 31 november, no 29 februari 2025. */
export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'A date that does not exist.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const date of doc.dates) {
      if (date.exists) continue;
      if (date.year === null || date.month < 1 || date.month > 12) {
        report({ message: 'date-invalid.no-year', args: { date: date.text }, span: date.span });
        continue;
      }
      report({
        message: 'date-invalid',
        args: { date: date.text, month: MONTHS[date.month - 1], year: date.year, days: daysInMonth(date.year, date.month) },
        span: date.span,
      });
    }
  },
};
