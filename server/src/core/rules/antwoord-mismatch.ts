import { issuesOf } from './beantwoording-issues';
import type { Rule } from './rule';

const MESSAGE = {
  'answer-mismatch': 'antwoord-mismatch',
  'answer-before-question': 'antwoord-mismatch.before',
  'answer-duplicate': 'antwoord-mismatch.duplicate',
} as const;

/** An answer's number differs from its question's, it stands before its question, or is a second answer. */
export const antwoordMismatch: Rule = {
  id: 'antwoord-mismatch',
  defaultSeverity: 'error',
  description: 'An answer number differs from its question, or an answer comes before its question.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const answers = doc.beantwoording?.parsed.answers ?? [];
    for (const issue of issuesOf(doc, 'antwoord-mismatch')) {
      const answer = issue.answerIndex === undefined ? undefined : answers[issue.answerIndex];
      const canRenumber = issue.kind === 'answer-mismatch' && issue.expected !== undefined && answer?.numberSpan && answer.numbers.length === 1;
      report({
        message: MESSAGE[issue.kind as keyof typeof MESSAGE],
        args: { number: issue.number ?? '', expected: issue.expected ?? '' },
        span: issue.span,
        fixes: canRenumber
          ? [{ title: 'fix.answer-number', titleArgs: { expected: issue.expected! }, edits: [{ span: answer!.numberSpan!, newText: String(issue.expected) }] }]
          : [],
      });
    }
  },
};
