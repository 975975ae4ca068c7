// Data model of a parsed "beantwoording van Kamervragen". Every Span is a UTF-16 offset range into the
// ORIGINAL document text (not the hyphenation-joined text), end exclusive.

import type { Span } from '../types';
import type { JoinedText } from './hyphenation';

/**
 * How the answers are marked.
 * - `bulleted`: question labels only; each answer is the unlabeled text after the first paragraph of
 *   the question (seed 002). The name comes from that seed; bullets are not required.
 * - `labelled`: answers labelled `Antwoord N` (or a bare `Antwoord`) (seed 003).
 * - `labelled-vraag`: answers labelled `Antwoord vraag N` / `Antwoord op vraag N` (seed 004).
 * - `mixed`: both answer label styles occur in one document.
 * - `none`: no question or answer labels at all.
 */
export type Layout = 'bulleted' | 'labelled' | 'labelled-vraag' | 'mixed' | 'none';

export interface Question {
  /** Position in `Beantwoording.questions`. */
  index: number;
  number: number;
  /** The digits of the label (`1` in `Vraag 1`). */
  numberSpan: Span;
  /** The label itself, bullet/heading/emphasis markup included, surrounding whitespace excluded
   *  (`• Vraag 1`, `**Vraag 1:**`, `### Vraag 1`). */
  labelSpan: Span;
  /** The question text, trimmed. Empty span at `labelSpan.end` when there is no text. */
  bodySpan: Span;
  /** `labelSpan.start` .. end of the question text. */
  span: Span;
  /** The answer paired with this question (see README: pairing). */
  answer?: Answer;
}

export interface Answer {
  /** Position in `Beantwoording.answers`. */
  index: number;
  /** The (first) number of the label; `null` for unlabeled answers (layout `bulleted`) and for a bare
   *  `Antwoord` label. */
  number: number | null;
  /** All numbers of the label: `[3]` for `Antwoord 3`, `[2, 3]` for `Antwoord op vragen 2 en 3`,
   *  `[2, 3, 4]` for `Antwoord 2 t/m 4`; `[]` when `number` is null. */
  numbers: number[];
  /** The number part of the label (`2 en 3` for a combined answer). */
  numberSpan?: Span;
  /** The label; absent for unlabeled answers. */
  labelSpan?: Span;
  /** `antwoord` for `Antwoord N`, `antwoord-vraag` for `Antwoord (op) vraag N`; absent when unlabeled. */
  labelStyle?: 'antwoord' | 'antwoord-vraag';
  /** The answer text, trimmed. Empty span at the label end when there is no text. */
  bodySpan: Span;
  /** Label start (or body start when unlabeled) .. end of the answer text. */
  span: Span;
  /** Index of the question whose label is the nearest one before this answer; -1 when no question
   *  precedes it (an answer before any question). */
  questionIndex: number;
  /** Indices of the questions this answer is paired with (usually one; several for a combined answer;
   *  none for a superfluous answer). */
  pairedWith: number[];
}

export interface CrossRef {
  /** The whole phrase: `antwoord op vraag 3`, `zie vraag 2`, `vragen 5 en 8`, `zie ook het antwoord op
   *  vraag 8`. It starts at "zie" when present, else at "antwoord", else at "vraag"/"vragen": a bare
   *  article ("het antwoord op vraag 3") is left out. */
  span: Span;
  /** One question number referred to; a list yields one CrossRef per number (same `span`). */
  target: number;
  /** The digits of `target` (for a range `2 t/m 4`, the interior number 3 gets the range's span). */
  targetSpan: Span;
  /** Number of the question/answer the reference stands in (for an answer: its own number, else the
   *  number of the question it follows). */
  fromQuestion: number;
  /** All numbers that count as "the current question" for the self-reference check (a combined answer
   *  `Antwoord 2 en 3` has [2, 3]). */
  fromNumbers: number[];
  /** Where the reference stands. */
  in: 'question' | 'answer';
  /** Index into `questions` or `answers` (according to `in`). */
  index: number;
}

export interface FootnoteMarker {
  number: number;
  /** `1)` or `[^1]`. */
  span: Span;
}

export interface Footnote {
  number: number;
  /** From the `1)` / `[^1]:` to the end of the footnote text. */
  span: Span;
  /** The footnote text without its number, trimmed (may span lines). */
  text: string;
}

export interface Beantwoording {
  /** Text before the first label (trimmed); absent when empty or when there are no labels. */
  preamble?: Span;
  questions: Question[];
  answers: Answer[];
  crossRefs: CrossRef[];
  footnoteMarkers: FootnoteMarker[];
  footnotes: Footnote[];
  layout: Layout;
  /** Trailing matter after the last answer: footnotes, page footer, site metadata (trimmed). */
  trailer?: Span;
  /** Page-furniture lines anywhere in the text (`Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3`).
   *  Only a trailing one is kept out of the last answer; others stay inside bodies, so text rules may
   *  want to skip these spans. */
  pageFurniture: Span[];
  /** The hyphenation-joined text with its offset map (run text rules on `joined.text`, map ranges back
   *  with `joined.spanToOriginal`). */
  joined: JoinedText;
}
