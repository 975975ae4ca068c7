import { answerLabelFor } from '../beantwoording';
import { issuesOf } from './beantwoording-issues';
import type { Rule } from './rule';

/** Every question has an answer. Fix: insert an `Antwoord N` stub after the question. */
export const antwoordMissing: Rule = {
  id: 'antwoord-missing',
  defaultSeverity: 'error',
  description: 'A question has no answer, or its answer is empty.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    for (const issue of issuesOf(doc, 'antwoord-missing')) {
      const number = issue.number ?? 0;
      if (issue.kind === 'answer-empty') {
        report({ message: 'antwoord-missing.empty', args: { number }, span: issue.span });
        continue;
      }
      const label = answerLabelFor(doc.beantwoording!.parsed, number);
      const at = issue.insertAt;
      report({
        message: 'antwoord-missing',
        args: { number },
        span: issue.span,
        fixes:
          at === undefined
            ? []
            : [
                {
                  title: 'fix.insert-answer',
                  titleArgs: { label, number },
                  edits: [{ span: { start: at, end: at }, newText: `${doc.eol}${doc.eol}${label}${doc.eol}[Antwoord]` }],
                },
              ],
      });
    }
  },
};
