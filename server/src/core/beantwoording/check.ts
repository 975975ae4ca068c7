// Structural problems of a parsed beantwoording, as data. The rule modules (vraag-numbering,
// antwoord-missing, antwoord-mismatch, antwoord-crossref, footnote-missing) turn these into findings
// with their own messages and fixes; ISSUE_RULE says which rule owns which kind.

import type { Span } from '../types';
import type { Beantwoording } from './model';

export type IssueKind =
  /** the first question is not 1, or numbers are skipped (`expected` is the number that should be there) */
  | 'numbering-gap'
  /** a question number that occurred before */
  | 'numbering-duplicate'
  /** a number lower than expected that did not occur before (questions out of order) */
  | 'numbering-order'
  /** a question without an answer */
  | 'answer-missing'
  /** an answer label with no text under it */
  | 'answer-empty'
  /** an answer whose number differs from the question it follows */
  | 'answer-mismatch'
  /** an answer with no question before it */
  | 'answer-before-question'
  /** a second answer after a question that already has one */
  | 'answer-duplicate'
  /** a cross-reference to a question number that does not exist */
  | 'crossref-missing'
  /** a cross-reference to the question it stands in */
  | 'crossref-self'
  /** a footnote marker with no footnote */
  | 'footnote-marker-unmatched'
  /** a footnote that no marker refers to */
  | 'footnote-unreferenced';

export interface StructureIssue {
  kind: IssueKind;
  /** Where to report: numberSpan of a question/answer, labelSpan, cross-reference span, marker, footnote. */
  span: Span;
  /** The number concerned (question/answer/target/footnote number). */
  number?: number;
  /** numbering-gap/order: the number expected; answer-mismatch: the question's number. */
  expected?: number;
  /** numbering-gap: the numbers that are missing (at most 50 listed). */
  missing?: number[];
  questionIndex?: number;
  answerIndex?: number;
  /** Index into Beantwoording.crossRefs / footnoteMarkers / footnotes. */
  crossRefIndex?: number;
  footnoteIndex?: number;
  markerIndex?: number;
  /** answer-missing: where an `Antwoord N` stub can be inserted (end of the question text). */
  insertAt?: number;
}

/** Which §8 rule reports which issue kind. */
export const ISSUE_RULE: Record<IssueKind, string> = {
  'numbering-gap': 'vraag-numbering',
  'numbering-duplicate': 'vraag-numbering',
  'numbering-order': 'vraag-numbering',
  'answer-missing': 'antwoord-missing',
  'answer-empty': 'antwoord-missing',
  'answer-mismatch': 'antwoord-mismatch',
  'answer-before-question': 'antwoord-mismatch',
  'answer-duplicate': 'antwoord-mismatch',
  'crossref-missing': 'antwoord-crossref',
  'crossref-self': 'antwoord-crossref',
  'footnote-marker-unmatched': 'footnote-missing',
  'footnote-unreferenced': 'footnote-missing',
};

/** All structural problems, in document order. */
export function checkStructure(b: Beantwoording): StructureIssue[] {
  const out: StructureIssue[] = [];
  const { questions, answers } = b;

  // numbering: each question should be previous + 1 (the first one 1)
  const seen = new Set<number>();
  let prev = 0;
  for (const q of questions) {
    const expected = prev + 1;
    if (q.number !== expected) {
      if (seen.has(q.number)) {
        out.push({ kind: 'numbering-duplicate', span: q.numberSpan, number: q.number, expected, questionIndex: q.index });
      } else if (q.number > expected) {
        const missing: number[] = [];
        for (let n = expected; n < q.number && missing.length < 50; n++) if (!seen.has(n)) missing.push(n);
        out.push({ kind: 'numbering-gap', span: q.numberSpan, number: q.number, expected, missing, questionIndex: q.index });
      } else {
        out.push({ kind: 'numbering-order', span: q.numberSpan, number: q.number, expected, questionIndex: q.index });
      }
    }
    seen.add(q.number);
    prev = q.number;
  }

  for (const q of questions) {
    if (!q.answer) {
      out.push({ kind: 'answer-missing', span: q.labelSpan, number: q.number, questionIndex: q.index, insertAt: q.span.end });
    }
  }

  for (const a of answers) {
    const at = a.numberSpan ?? a.labelSpan ?? a.bodySpan;
    if (a.labelSpan && a.bodySpan.start === a.bodySpan.end) {
      out.push({ kind: 'answer-empty', span: a.labelSpan, number: a.number ?? undefined, answerIndex: a.index });
    }
    if (a.questionIndex < 0) {
      out.push({ kind: 'answer-before-question', span: at, number: a.number ?? undefined, answerIndex: a.index });
      continue;
    }
    if (a.pairedWith.length === 0) {
      out.push({ kind: 'answer-duplicate', span: at, number: a.number ?? undefined, answerIndex: a.index, questionIndex: a.questionIndex });
      continue;
    }
    if (a.numbers.length === 0) continue;
    // every number of the label must belong to a question this answer is paired with
    const pairedNumbers = new Set(a.pairedWith.map((i) => questions[i].number));
    const bad = a.numbers.find((n) => !pairedNumbers.has(n));
    if (bad !== undefined) {
      const other = a.pairedWith.map((i) => questions[i]).find((q) => !a.numbers.includes(q.number));
      out.push({
        kind: 'answer-mismatch',
        span: at,
        number: bad,
        expected: (other ?? questions[a.questionIndex]).number,
        answerIndex: a.index,
        questionIndex: other ? other.index : a.questionIndex,
      });
    }
  }

  const numbers = new Set(questions.map((q) => q.number));
  b.crossRefs.forEach((r, i) => {
    if (!numbers.has(r.target)) {
      out.push({ kind: 'crossref-missing', span: r.targetSpan, number: r.target, crossRefIndex: i });
    } else if (r.fromNumbers.includes(r.target)) {
      out.push({ kind: 'crossref-self', span: r.targetSpan, number: r.target, crossRefIndex: i });
    }
  });

  const footnoteNumbers = new Set(b.footnotes.map((f) => f.number));
  const markerNumbers = new Set(b.footnoteMarkers.map((m) => m.number));
  b.footnoteMarkers.forEach((m, i) => {
    if (!footnoteNumbers.has(m.number)) {
      out.push({ kind: 'footnote-marker-unmatched', span: m.span, number: m.number, markerIndex: i });
    }
  });
  b.footnotes.forEach((f, i) => {
    if (!markerNumbers.has(f.number)) {
      out.push({ kind: 'footnote-unreferenced', span: f.span, number: f.number, footnoteIndex: i });
    }
  });
  // document order (stable: issues at one position keep the order above)
  return out.map((x, i) => [x, i] as const).sort((a, b) => a[0].span.start - b[0].span.start || a[1] - b[1]).map((x) => x[0]);
}

/**
 * Text of an answer label for question `n` in the style of the document: the first numbered answer
 * label with its number replaced (`**Antwoord vraag 3**` → `**Antwoord vraag 5**`), else
 * `Antwoord vraag N` for layout labelled-vraag and `Antwoord N` otherwise.
 */
export function answerLabelFor(b: Beantwoording, n: number): string {
  const text = b.joined.original;
  const model = b.answers.find((a) => a.labelSpan && a.numberSpan && a.numbers.length === 1);
  if (model && model.labelSpan && model.numberSpan) {
    return (
      text.slice(model.labelSpan.start, model.numberSpan.start) + String(n) + text.slice(model.numberSpan.end, model.labelSpan.end)
    );
  }
  return b.layout === 'labelled-vraag' ? `Antwoord vraag ${n}` : `Antwoord ${n}`;
}
