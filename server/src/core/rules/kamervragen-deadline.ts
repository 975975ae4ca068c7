import { answerDate, isPast, submissions } from '../beantwoording/deadline';
import { daysBetween, formatDutchDate } from '../dates';
import type { Rule } from './rule';

/** The Datum of a beantwoording (or of a nota about one) is past the three-week answer date. */
export const kamervragenDeadline: Rule = {
  id: 'kamervragen-deadline',
  defaultSeverity: 'information',
  description: 'The date of the answer is more than three weeks after the questions were submitted (ingezonden).',
  appliesTo: ['beantwoording', 'nota'],
  defaultOptions: {},
  check({ doc, report }) {
    const submission = submissions(doc)[0];
    const answered = submission && answerDate(doc);
    if (!answered || !isPast(answered.date, submission.answerDue)) return;
    report({
      message: 'kamervragen-deadline',
      args: {
        date: formatDutchDate(answered.date),
        days: daysBetween(submission.answerDue, answered.date),
        due: formatDutchDate(submission.answerDue),
        submitted: formatDutchDate(submission.submitted),
      },
      span: answered.span,
    });
  },
};
