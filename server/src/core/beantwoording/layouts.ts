// Where the questions stand, layout by layout: keyword labels (`Vraag 1`, `Antwoord 1`, also several on
// one line), the numbers of a lijst van vragen en antwoorden (`1`, `1 en 2` alone on a line, or `1. …?`),
// a table Nr / Vraag / Antwoord (read through the source layer's tables), and question and answer on
// alternating lines without labels (parliament-watch sites). Every scanner is linear in the text.
import type { SourceDocument } from '../source/types';
import type { Span } from '../types';
import { footnoteLineStart, isDefiniteNote } from './footnotes';
import type { Furniture } from './furniture';
import { inlineLabels, matchLabel, matchNumberedLine, matchNumberLine, type LabelMatch, type NumberItem } from './labels';
import { isBlank, trimSpan, type Line } from './lines';
import type { Answer, Question } from './model';

export interface Label {
  line: number;
  kind: 'question' | 'answer';
  /** Absolute offsets. */
  numbers: NumberItem[];
  labelSpan: Span;
  numberSpan?: Span;
  style?: 'antwoord' | 'antwoord-vraag';
  /** Start of the text after the label on its line, or -1. */
  restStart: number;
  /** A number of a lijst (`1`, `1 en 2`, `1.`): its answer is the unlabelled text after the question. */
  numbered?: boolean;
}

/** Questions and answers read without labels (a table, alternating lines). */
export interface BuiltLayout {
  questions: Question[];
  answers: Answer[];
  preamble?: Span;
  /** The first line after the last answer (footnotes, site metadata). */
  noteStart?: number;
}

/** A question line ends in `?` (a footnote number after it allowed). */
const QUESTION_END = /\?[»”"'’)]?[ \t]*(?:\d{1,2}\)?|\[\d{1,3}[ ]*\]|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})?$/;
const META_LINE = /^\s*(?:(?:Kamervraag|Kamerantwoord|Kamerstuk)\s+document\s*nummer\s*:|Volledige\s+titel\s*:|Bron\s+(?:vraag|antwoord)\b)/i;
/** What the metadata block of a parliament-watch page says before alternating questions and answers. */
const KAMERVRAGEN_CONTEXT = /\bKamervra(?:ag|gen)\b|\bvragen\s+van\s+(?:het\s+lid|de\s+leden)\b|^\s*(?:Indiener|Beantwoord|Bron\s+vraag)\b/im;

const lineText = (text: string, line: Line) => text.slice(line.start, line.end);

/** The text ends in `?`, a footnote number after it allowed (only its last characters are looked at). */
export function endsInQuestionMark(s: string): boolean {
  return QUESTION_END.test(s.trimEnd().slice(-24));
}

function fromMatch(m: LabelMatch, line: number, base: number): Label {
  const numbers = m.numbers.map((item) => ({ value: item.value, start: base + item.start, end: base + item.end }));
  const label: Label = {
    line,
    kind: m.kind,
    numbers,
    labelSpan: { start: base + m.labelStart, end: base + m.labelEnd },
    style: m.style,
    restStart: m.restStart >= 0 ? base + m.restStart : -1,
  };
  if (m.numberStart >= 0) label.numberSpan = { start: base + m.numberStart, end: base + m.numberEnd };
  return label;
}

/** `Vraag N` / `Antwoord N` labels: whole label lines, and several labels inside one line. */
export function keywordLabels(text: string, lines: readonly Line[], furniture: Furniture): Label[] {
  const labels: Label[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (furniture.kind[i] === 1) continue;
    const base = furniture.contentStart[i];
    const s = text.slice(base, lines[i].end);
    const inline = inlineLabels(s);
    if (inline.length > 0) {
      for (const m of inline) labels.push(fromMatch(m, i, base));
      continue;
    }
    const m = matchLabel(s);
    if (m) labels.push(fromMatch(m, i, base));
  }
  return labels;
}

/** The neighbouring line that is not page furniture, or -1. */
function neighbour(lines: readonly Line[], furniture: Furniture, i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && furniture.kind[j] === 1) j += step;
  return j >= 0 && j < lines.length ? j : -1;
}

/**
 * The numbers of a lijst van vragen en antwoorden or of Kamervragen as submitted: a number list alone
 * as a paragraph (`1`, `12`, `1 en 2`), or else a numbered paragraph `1. …?`. They count when at least
 * two of them stand before a question (a `?`), so page numbers and numbered lists are not questions.
 */
export function numberLabels(text: string, lines: readonly Line[], furniture: Furniture): Label[] {
  const bare: Label[] = [];
  const numbered: Label[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (furniture.kind[i] === 1 || isBlank(text, lines[i])) continue;
    const before = neighbour(lines, furniture, i, -1);
    if (before >= 0 && !isBlank(text, lines[before])) continue; // not a paragraph start
    const s = lineText(text, lines[i]);
    const list = matchNumberLine(s);
    const after = neighbour(lines, furniture, i, 1);
    if (list && (after < 0 || isBlank(text, lines[after]))) {
      if (afterNoteLine(text, lines, furniture, i)) continue; // `X Noot` / `1`: a footnote
      const base = lines[i].start;
      const numbers = list.items.map((item) => ({ value: item.value, start: base + item.start, end: base + item.end }));
      bare.push({ line: i, kind: 'question', numbers, labelSpan: { start: base + list.start, end: base + list.end }, numberSpan: { start: base + list.start, end: base + list.end }, restStart: -1, numbered: true });
      continue;
    }
    const item = matchNumberedLine(s);
    if (item && endsInQuestionMark(paragraphText(text, lines, furniture, i))) {
      const base = lines[i].start;
      const number = { value: item.number.value, start: base + item.number.start, end: base + item.number.end };
      numbered.push({ line: i, kind: 'question', numbers: [number], labelSpan: { start: base + item.labelStart, end: base + item.labelEnd }, numberSpan: { start: number.start, end: number.end }, restStart: base + item.restStart, numbered: true });
    }
  }
  if (questionsFollow(text, lines, bare) >= Math.max(2, Math.ceil(bare.length * 0.6))) return bare;
  return numbered.length >= 2 ? numbered : [];
}

/** The line before the blank line above line i (or the line above it) is a `X Noot` line. */
function afterNoteLine(text: string, lines: readonly Line[], furniture: Furniture, i: number): boolean {
  let j = neighbour(lines, furniture, i, -1);
  while (j >= 0 && isBlank(text, lines[j])) j = neighbour(lines, furniture, j, -1);
  if (j < 0) return false;
  const head = footnoteLineStart(lineText(text, lines[j]));
  return head !== null && head.form === 'noot';
}

/** The text of the paragraph that starts at line i. */
function paragraphText(text: string, lines: readonly Line[], furniture: Furniture, i: number): string {
  let last = i;
  for (let j = neighbour(lines, furniture, i, 1); j >= 0 && !isBlank(text, lines[j]) && matchNumberedLine(lineText(text, lines[j])) === null; j = neighbour(lines, furniture, j, 1)) last = j;
  return text.slice(lines[i].start, lines[last].end);
}

/** How many of the number labels have a line ending in `?` before the next one. */
function questionsFollow(text: string, lines: readonly Line[], labels: readonly Label[]): number {
  let count = 0;
  for (let k = 0; k < labels.length; k++) {
    const until = k + 1 < labels.length ? labels[k + 1].line : lines.length;
    for (let i = labels[k].line + 1; i < until; i++) {
      if (endsInQuestionMark(lineText(text, lines[i]))) {
        count++;
        break;
      }
    }
  }
  return count;
}

const NUMBER_HEADER = /^(?:nr\.?|nummer|no\.?|#)$/i;
const QUESTION_HEADER = /^vra(?:ag|gen)$/i;
const ANSWER_HEADER = /^antwoord(?:en)?$/i;

/** A table with the columns Vraag and Antwoord (and Nr.): one question and its answer per row. */
export function tableLayout(source: SourceDocument): BuiltLayout | undefined {
  for (const table of source.tables) {
    const column = (pattern: RegExp) => table.header.findIndex((cell) => pattern.test(cell.plain.trim()));
    const nr = column(NUMBER_HEADER);
    const vraag = column(QUESTION_HEADER);
    const antwoord = column(ANSWER_HEADER);
    if (vraag < 0 || antwoord < 0 || table.rows.length === 0) continue;
    const questions: Question[] = [];
    const answers: Answer[] = [];
    for (const row of table.rows) {
      const question = row.cells[vraag];
      if (!question || question.empty) continue;
      const numberCell = nr >= 0 ? row.cells[nr] : undefined;
      const digits = numberCell && /^\d{1,4}$/.test(numberCell.text) ? numberCell.span : undefined;
      const at = { start: question.span.start, end: question.span.start };
      const index = questions.length;
      questions.push({
        index,
        number: digits ? Number(numberCell!.text) : index + 1,
        numberSpan: digits ?? at,
        labelSpan: numberCell && !numberCell.empty ? numberCell.span : at,
        bodySpan: question.span,
        span: { start: numberCell && !numberCell.empty ? numberCell.span.start : question.span.start, end: question.span.end },
      });
      const answer = row.cells[antwoord];
      if (answer && !answer.empty) answers.push({ index: answers.length, number: null, numbers: [], bodySpan: answer.span, span: answer.span, questionIndex: index, pairedWith: [] });
    }
    if (questions.length === 0) continue;
    const preamble = trimSpan(source.text, 0, table.span.start);
    return { questions, answers, preamble: preamble.end > preamble.start ? preamble : undefined };
  }
  return undefined;
}

/**
 * Question and answer on alternating lines without labels (parliament-watch sites): after a metadata
 * block that names Kamervragen, a line ending in `?`, then one or more answer lines, at least three
 * times, strictly alternating. Footnote and metadata lines end the run.
 */
export function alternatingLayout(text: string, lines: readonly Line[], furniture: Furniture): BuiltLayout | undefined {
  const units: number[] = [];
  for (let i = 0; i < lines.length; i++) if (furniture.kind[i] !== 1 && !isBlank(text, lines[i])) units.push(i);
  const isQuestion = (i: number) => endsInQuestionMark(lineText(text, lines[i])) && /^\s*\p{Lu}/u.test(lineText(text, lines[i]));
  const ends = (i: number) => {
    const s = lineText(text, lines[i]);
    const head = footnoteLineStart(s);
    return META_LINE.test(s) || (head !== null && isDefiniteNote(head.form));
  };
  const first = units.findIndex(isQuestion);
  if (first <= 0) return undefined;
  const pairs: { question: number; answerFirst: number; answerLast: number }[] = [];
  let u = first;
  for (; u < units.length && !ends(units[u]); ) {
    if (!isQuestion(units[u])) return undefined;
    let v = u + 1;
    while (v < units.length && !ends(units[v]) && !isQuestion(units[v])) v++;
    if (v === u + 1) return undefined; // two questions in a row: not this layout
    pairs.push({ question: units[u], answerFirst: units[u + 1], answerLast: units[v - 1] });
    u = v;
  }
  const preamble = trimSpan(text, 0, lines[units[first]].start);
  if (pairs.length < 3 || !KAMERVRAGEN_CONTEXT.test(text.slice(preamble.start, Math.min(preamble.end, preamble.start + 4000)))) return undefined;
  const questions: Question[] = [];
  const answers: Answer[] = [];
  for (const pair of pairs) {
    const body = trimSpan(text, lines[pair.question].start, lines[pair.question].end);
    const at = { start: body.start, end: body.start };
    const index = questions.length;
    questions.push({ index, number: index + 1, numberSpan: at, labelSpan: at, bodySpan: body, span: body });
    const answer = trimSpan(text, lines[pair.answerFirst].start, lines[pair.answerLast].end);
    answers.push({ index, number: null, numbers: [], bodySpan: answer, span: answer, questionIndex: index, pairedWith: [] });
  }
  return { questions, answers, preamble, noteStart: u < units.length ? units[u] : lines.length };
}
