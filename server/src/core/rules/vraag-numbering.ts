import type { NotaDocument } from '../model/types';
import type { TextEdit } from '../types';
import { issuesOf } from './beantwoording-issues';
import type { ReportedFix, Rule } from './rule';

const MESSAGE = { 'numbering-gap': 'vraag-numbering.gap', 'numbering-duplicate': 'vraag-numbering.duplicate', 'numbering-order': 'vraag-numbering.order' } as const;

/** Questions are numbered 1..N. Fix: renumber them in order, with their answers and the references to them. */
export const vraagNumbering: Rule = {
  id: 'vraag-numbering',
  defaultSeverity: 'error',
  description: 'Questions are not numbered 1..N.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const issues = issuesOf(doc, 'vraag-numbering');
    if (issues.length === 0) return;
    const fix = renumber(doc);
    for (const issue of issues) {
      report({
        message: MESSAGE[issue.kind as keyof typeof MESSAGE],
        args: { number: issue.number ?? '', expected: issue.expected ?? '' },
        span: issue.span,
        fixes: fix ? [fix] : [],
      });
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
