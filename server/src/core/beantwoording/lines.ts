// Line splitting that keeps original offsets (LF, CRLF and lone CR).

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  /** Offset of the next line (after the line break), or text length. */
  next: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      out.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  out.push({ start, end: n, next: n });
  return out;
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
