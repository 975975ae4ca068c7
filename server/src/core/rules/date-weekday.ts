import { WEEKDAYS, matchCase, resolveRelative, weekdayOf } from '../dates';
import type { Rule } from './rule';

/** A weekday written with a date must be that date's weekday. Fix: the right weekday. */
export const dateWeekday: Rule = {
  id: 'date-weekday',
  defaultSeverity: 'error',
  description: 'A weekday does not match its date.',
  appliesTo: ['nota', 'beantwoording', 'brief'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const date of doc.dates) {
      const weekday = date.weekday;
      if (!weekday) continue;
      let { matches, expected, correctText: correct } = weekday;
      // A date without a year ("maandag 29 januari jl.") is resolved against the nota date.
      if (matches === null && date.relative && doc.notaDate) {
        const resolved = resolveRelative(date, doc.notaDate);
        matches = resolved?.weekdayMatches ?? null;
        if (resolved?.date) {
          expected = weekdayOf(resolved.date.year, resolved.date.month, resolved.date.day);
          correct = matchCase(weekday.text, WEEKDAYS[expected]!);
        }
      }
      if (matches !== false) continue;
      report({
        message: 'date-weekday',
        args: { date: date.text, expected: expected !== null ? WEEKDAYS[expected] : '?', written: weekday.text },
        span: weekday.span,
        fixes: correct ? [{ title: 'fix.replace-with', titleArgs: { text: correct }, edits: [{ span: weekday.span, newText: correct }] }] : [],
      });
    }
  },
};
