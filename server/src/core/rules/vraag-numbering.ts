import type { Question } from '../beantwoording';
import type { NotaDocument } from '../model/types';
import type { Span, TextEdit } from '../types';
import type { ReportedFix, Rule } from './rule';

type NumberingProblem = { message: 'vraag-numbering.gap' | 'vraag-numbering.duplicate' | 'vraag-numbering.order'; span: Span; number: number; expected: number };

/** Each question should be the previous one + 1 (the first one 1). */
function numberingProblems(questions: readonly Question[]): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const seen = new Set<number>();
  let previous = 0;
  for (const question of questions) {
    const expected = previous + 1;
    if (question.number !== expected) {
      const message = seen.has(question.number) ? 'vraag-numbering.duplicate' : question.number > expected ? 'vraag-numbering.gap' : 'vraag-numbering.order';
      problems.push({ message, span: question.numberSpan, number: question.number, expected });
    }
    seen.add(question.number);
    previous = question.number;
  }
  return problems;
}

/** Questions are numbered 1..N. Fix: renumber them in order, with their answers and the references to them. */
export const vraagNumbering: Rule = {
  id: 'vraag-numbering',
  defaultSeverity: 'error',
  description: 'Questions are not numbered 1..N.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (parsed && parsed.questions.length === 0) {
      // a beantwoording in which no layout was recognised: say so rather than stay silent
      const first = /\S[^\r\n]*/.exec(doc.text);
      if (first) report({ message: 'vraag-numbering.none', span: { start: first.index, end: first.index + first[0].trimEnd().length }, severity: 'information' });
      return;
    }
    const problems = numberingProblems(parsed?.questions ?? []);
    if (problems.length === 0) return;
    const fix = renumber(doc);
    for (const { message, span, number, expected } of problems) {
      report({ message, args: { number, expected }, span, fixes: fix ? [fix] : [] });
    }
  },
};

function renumber(doc: NotaDocument): ReportedFix | undefined {
  const { questions, crossRefs } = doc.beantwoording!.parsed;
  const edits: TextEdit[] = [];
  const newNumber = new Map<number, number>();
  const ambiguous = new Set<number>();
  questions.forEach((question, index) => {
    if (newNumber.has(question.number)) ambiguous.add(question.number);
    else newNumber.set(question.number, index + 1);
    if (question.number !== index + 1) edits.push({ span: question.numberSpan, newText: String(index + 1) });
    const answer = question.answer;
    if (answer?.numberSpan && answer.numbers.length === 1 && answer.number === question.number && answer.number !== index + 1) {
      edits.push({ span: answer.numberSpan, newText: String(index + 1) });
    }
  });
  for (const reference of crossRefs) {
    const target = newNumber.get(reference.target);
    // A reference to a duplicated number cannot be resolved: leave it for the author.
    if (target !== undefined && target !== reference.target && !ambiguous.has(reference.target)) {
      edits.push({ span: reference.targetSpan, newText: String(target) });
    }
  }
  const unique = edits.filter((edit, i) => edits.findIndex((other) => other.span.start === edit.span.start) === i);
  return unique.length > 0 ? { title: 'fix.renumber-questions', titleArgs: { count: questions.length }, edits: unique } : undefined;
}
