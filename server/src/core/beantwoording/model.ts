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
 * - `numbered`: a lijst van vragen en antwoorden: numbers alone on a line (`1`, `1 en 2`) or numbered
 *   questions (`1. …?`), each answer the unlabelled text after its question.
 * - `table`: a table with the columns Nr., Vraag and Antwoord.
 * - `alternating`: question and answer on alternating lines without labels (parliament-watch sites).
 * - `none`: no question or answer labels at all.
 */
export type Layout = 'bulleted' | 'labelled' | 'labelled-vraag' | 'mixed' | 'numbered' | 'table' | 'alternating' | 'none';

export interface Question {
  /** Position in `Beantwoording.questions`. */
  index: number;
  number: number;
  /** The digits of the label (`1` in `Vraag 1`; `3` in `Vraag 2 en 3` for its second question). A combined
   *  label gives one question per number, sharing `labelSpan` and `bodySpan`. Empty at the body's start
   *  when the layout has no labels (alternating lines: the number is the position). */
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
  /** The Kamervragen as submitted ("Vragen van het lid … (ingezonden …)", no answer yet): every text
   *  after a question label is part of the question, and no answer is expected. */
  questionsOnly: boolean;
  /** Trailing matter after the last answer: footnotes, page footer, site metadata (trimmed). */
  trailer?: Span;
  /** Page furniture anywhere in the text: the running footer `Tweede Kamer, vergaderjaar 2023–2024,
   *  Aanhangsel 3`, `ah-tk-…` ids, the ISSN and `’s-Gravenhage 2024` lines, a page number under a footer,
   *  and the footer a PDF extractor glued before a label (`…Aanhangsel 1Antwoord 3`: only the prefix).
   *  Labels are read without it and no body ends with it; inside a body it stays, so text rules may
   *  want to skip these spans. */
  pageFurniture: Span[];
  /** The hyphenation-joined text with its offset map (run text rules on `joined.text`, map ranges back
   *  with `joined.spanToOriginal`). */
  joined: JoinedText;
}
