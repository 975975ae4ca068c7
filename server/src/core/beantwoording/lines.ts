// The lines of the source layer as spans, and span helpers of the beantwoording reader.
import type { SourceDocument } from '../source/types';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  /** Offset of the next line (after the line break), or text length. */
  next: number;
}

/** The source's lines as spans with the offset of the next line. */
export function lineSpans(source: SourceDocument): Line[] {
  return source.lines.map((line) => ({ start: line.span.start, end: line.span.end, next: source.lineIndex.lineNext(line.index) }));
}

const NON_BLANK = /\S/;

export function isBlank(text: string, line: Line): boolean {
  // search only inside the line
  for (let i = line.start; i < line.end; i++) if (NON_BLANK.test(text[i])) return false;
  return true;
}

/** The span [start, end) with surrounding whitespace removed; empty span at `start` if all blank. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s === e ? { start, end: start } : { start: s, end: e };
}
