import { WEEKDAYS, resolveRelative } from '../dates';
import type { Rule } from './rule';

/** A weekday written with a date must be that date's weekday. Fix: the right weekday. */
export const dateWeekday: Rule = {
  id: 'date-weekday',
  defaultSeverity: 'error',
  description: 'A weekday does not match its date.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const date of doc.dates) {
      const weekday = date.weekday;
      if (!weekday) continue;
      let matches = weekday.matches;
      // A date without a year ("maandag 29 januari jl.") is resolved against the nota date.
      if (matches === null && date.relative && doc.notaDate) matches = resolveRelative(date, doc.notaDate)?.weekdayMatches ?? null;
      if (matches !== false) continue;
      const correct = weekday.correctText;
      report({
        message: 'date-weekday',
        args: { date: date.text, expected: weekday.expected !== null ? WEEKDAYS[weekday.expected] : '?', written: weekday.text },
        span: weekday.span,
        fixes: correct ? [{ title: 'fix.replace-with', titleArgs: { text: correct }, edits: [{ span: weekday.span, newText: correct }] }] : [],
      });
    }
  },
};
