import { answerLabelFor } from '../beantwoording';
import type { Rule } from './rule';

/**
 * Every question has an answer, and an answer label has text under it. Fix: insert an `Antwoord N`
 * stub. Kamervragen as submitted (no answer yet) get one note that the answers are still to be
 * written, with the stubs for all of them as its fix.
 */
export const antwoordMissing: Rule = {
  id: 'antwoord-missing',
  defaultSeverity: 'error',
  description: 'A question has no answer, or its answer is empty.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (!parsed) return;
    const stub = (number: number, at: number) => {
      const label = answerLabelFor(parsed, number);
      return { label, edit: { span: { start: at, end: at }, newText: `${doc.eol}${doc.eol}${label}${doc.eol}[Antwoord]` } };
    };
    if (parsed.questionsOnly) {
      // one stub per label: the questions of a combined label share one answer
      const labels = parsed.questions.filter((question, i) => i === 0 || parsed.questions[i - 1].labelSpan.start !== question.labelSpan.start);
      if (labels.length === 0) return;
      report({
        message: 'antwoord-missing.to-write',
        args: { count: parsed.questions.length },
        span: labels[0].labelSpan,
        severity: 'information',
        fixes: [{ title: 'fix.insert-answers', titleArgs: { count: labels.length }, edits: labels.map((question) => stub(question.number, question.span.end).edit) }],
      });
      return;
    }
    for (const question of parsed.questions) {
      if (question.answer) continue;
      const { label, edit } = stub(question.number, question.span.end);
      report({
        message: 'antwoord-missing',
        args: { number: question.number },
        span: question.labelSpan,
        fixes: [{ title: 'fix.insert-answer', titleArgs: { label, number: question.number }, edits: [edit] }],
      });
    }
    for (const answer of parsed.answers) {
      if (answer.labelSpan && answer.bodySpan.start === answer.bodySpan.end) {
        report({ message: 'antwoord-missing.empty', args: { number: answer.number ?? 0 }, span: answer.labelSpan });
      }
    }
  },
};
