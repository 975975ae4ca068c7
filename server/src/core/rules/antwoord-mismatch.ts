import type { Answer, Beantwoording } from '../beantwoording';
import type { Report, Rule } from './rule';

/** What is wrong with one answer's place or number, if anything. */
function judge(answer: Answer, { questions }: Beantwoording): Report | undefined {
  const span = answer.numberSpan ?? answer.labelSpan ?? answer.bodySpan;
  const number = answer.number ?? '';
  // each message says what the reader sees: which question exists, and which one already has its answer
  const exists = (n: number) => questions.some((question) => question.number === n);
  if (answer.questionIndex < 0) {
    const message = answer.number !== null && !exists(answer.number) ? 'antwoord-mismatch.before-any' : 'antwoord-mismatch.before';
    return { message, args: { number, expected: '' }, span };
  }
  if (answer.pairedWith.length === 0) {
    const followed = questions[answer.questionIndex].number;
    const missing = answer.numbers.find((n) => !exists(n));
    if (missing !== undefined) return { message: 'antwoord-mismatch.no-question', args: { number: missing, expected: followed }, span };
    const askedBefore = (n: number) => questions.some((question) => question.number === n && question.index <= answer.questionIndex);
    const later = answer.numbers.find((n) => !askedBefore(n));
    if (later !== undefined) return { message: 'antwoord-mismatch.before', args: { number: later, expected: '' }, span };
    return { message: 'antwoord-mismatch.duplicate', args: { number: answer.number ?? followed, expected: '' }, span };
  }
  if (answer.numbers.length === 0) return undefined;
  // every number of the label must belong to a question this answer is paired with
  const pairedNumbers = new Set(answer.pairedWith.map((i) => questions[i].number));
  const bad = answer.numbers.find((n) => !pairedNumbers.has(n));
  if (bad === undefined) return undefined;
  const other = answer.pairedWith.map((i) => questions[i]).find((question) => !answer.numbers.includes(question.number));
  const expected = (other ?? questions[answer.questionIndex]).number;
  const canRenumber = answer.numberSpan !== undefined && answer.numbers.length === 1;
  return {
    message: 'antwoord-mismatch',
    args: { number: bad, expected },
    span,
    fixes: canRenumber ? [{ title: 'fix.answer-number', titleArgs: { expected }, edits: [{ span: answer.numberSpan!, newText: String(expected) }] }] : [],
  };
}

/** An answer's number differs from its question's, it stands before its question, or is a second answer. */
export const antwoordMismatch: Rule = {
  id: 'antwoord-mismatch',
  defaultSeverity: 'error',
  description: 'An answer number differs from its question, or an answer comes before its question.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (!parsed) return;
    for (const answer of parsed.answers) {
      const problem = judge(answer, parsed);
      if (problem) report(problem);
    }
  },
};
