import { answerLabelFor } from '../beantwoording';
import type { Rule } from './rule';

/** Every question has an answer, and an answer label has text under it. Fix: insert an `Antwoord N` stub. */
export const antwoordMissing: Rule = {
  id: 'antwoord-missing',
  defaultSeverity: 'error',
  description: 'A question has no answer, or its answer is empty.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (!parsed) return;
    for (const question of parsed.questions) {
      if (question.answer) continue;
      const label = answerLabelFor(parsed, question.number);
      const at = question.span.end;
      report({
        message: 'antwoord-missing',
        args: { number: question.number },
        span: question.labelSpan,
        fixes: [
          {
            title: 'fix.insert-answer',
            titleArgs: { label, number: question.number },
            edits: [{ span: { start: at, end: at }, newText: `${doc.eol}${doc.eol}${label}${doc.eol}[Antwoord]` }],
          },
        ],
      });
    }
    for (const answer of parsed.answers) {
      if (answer.labelSpan && answer.bodySpan.start === answer.bodySpan.end) {
        report({ message: 'antwoord-missing.empty', args: { number: answer.number ?? 0 }, span: answer.labelSpan });
      }
    }
  },
};
