// Small helpers shared by the personal-data detectors; lines and tables come from the source layer.
import type { Span } from '../types';
import { formatWithArgs, type MessageRef } from '../messages';
import type { PiiCandidate, PiiType } from './types';
import { partitionPoint } from '../search';
import { cellAt, columnCells, columnHeaderAt } from '../source/tables';
import type { SourceDocument } from '../source/types';
import { keyOfPlain } from '../text';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** `n` characters before `pos` (fewer at the start of the text). */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** `n` characters from `pos` on. */
export function after(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n);
}

/** Start of the line holding pos (the source's line model: LF, CRLF or CR). */
export function lineStart(source: SourceDocument, pos: number): number {
  return source.lineIndex.startAt(pos);
}

/** End of the content of the line holding pos (before its line break). */
export function lineEnd(source: SourceDocument, pos: number): number {
  return source.lineIndex.endAt(pos);
}

/** End of the content of the line after the one holding pos (the text length on the last line). */
export function nextLineEnd(source: SourceDocument, pos: number): number {
  const line = source.lineIndex.lineAt(pos) + 1;
  return line < source.lineIndex.lineCount ? source.lineIndex.lineEnd(line) : source.text.length;
}

/** True when `re` (no g flag) matches in the window of `left` chars before and `right` chars after the span. */
export function contextHas(text: string, span: Span, re: RegExp, left: number, right: number): boolean {
  return re.test(before(text, span.start, left)) || re.test(after(text, span.end, right));
}

export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}

/** The wording of a score for explanations. */
function sure(score: number): MessageRef {
  if (score >= 0.9) return { message: 'pii.sure.very-likely' };
  if (score >= 0.75) return { message: 'pii.sure.likely' };
  if (score >= 0.5) return { message: 'pii.sure.possibly' };
  return { message: 'pii.sure.doubtful' };
}

/** A candidate with its explanation in both languages, from the catalog: what was found, why, how sure. */
export function makeCandidate(type: PiiType, text: string, span: Span, score: number, reasons: string[], what: MessageRef, why: MessageRef, strong: boolean): PiiCandidate {
  const s = clamp01(score);
  const args = { what, why, how: sure(s), score: Math.round(s * 100) };
  return {
    type,
    span,
    text: text.slice(span.start, span.end),
    score: s,
    reasons,
    explanation: { nl: formatWithArgs('nl', 'pii.explanation', args), en: formatWithArgs('en', 'pii.explanation', args) },
    strong,
  };
}

export function isExcluded(span: Span, excluded: readonly Span[] | undefined): boolean {
  if (!excluded || excluded.length === 0) return false;
  for (const e of excluded) if (overlaps(span, e)) return true;
  return false;
}

/** Drop candidates overlapping excluded spans (binary search over sorted excluded spans). */
export function filterExcluded<T extends { span: Span }>(items: T[], excluded: readonly Span[] | undefined): T[] {
  if (!excluded || excluded.length === 0) return items;
  const ex = [...excluded].sort((a, b) => a.start - b.start);
  // prefix max of ends, to answer "does any excluded span overlap [s,e)" in O(log n)
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const e of ex) {
    m = Math.max(m, e.end);
    maxEnd.push(m);
  }
  return items.filter((it) => {
    // the last excluded span that starts before the candidate ends
    const idx = partitionPoint(ex.length, (i) => ex[i].start < it.span.end) - 1;
    return !(idx >= 0 && maxEnd[idx] > it.span.start);
  });
}

/** Lower-case, strip diacritics. */
export function fold(s: string): string {
  return keyOfPlain(s);
}

/** Body cells of the table columns whose header matches `header` (the source's table reader). */
export function tableColumnCells(source: SourceDocument, header: RegExp): Span[] {
  return columnCells(source.tables, header);
}

/** The header of the table column that holds `pos`, in a body row of a table; undefined elsewhere. */
export function tableColumnHeader(source: SourceDocument, pos: number): string | undefined {
  return columnHeaderAt(source.tables, pos);
}

/**
 * The key of a key-value table row when `pos` is in one of its value cells: the first cell's text ("| V-nummer |
 * 2741859362 | 3018 4475 20 |": both numbers are V-nummers, one per person in the columns); undefined elsewhere.
 */
export function tableRowKey(source: SourceDocument, pos: number): string | undefined {
  const cell = cellAt(source.tables, pos);
  return cell && cell.column > 0 ? cell.row.cells[0]?.plain : undefined;
}

/** In a Markdown table row ("| a | b |"), the start of the cell holding `pos`; otherwise the line start. */
export function cellStart(source: SourceDocument, pos: number): number {
  const { text } = source;
  const ls = lineStart(source, pos);
  let i = ls;
  while (i < pos && (text[i] === ' ' || text[i] === '>')) i++;
  if (text[i] !== '|') return ls;
  for (let j = pos - 1; j >= ls && pos - j <= 400; j--) if (text[j] === '|') return j + 1;
  return ls;
}
