// Footnote markers (`1)` after text, `[^1]`) and footnotes (`1) Science Guide, …` at line start in the
// trailing matter, `[^1]: …` anywhere).

import type { Span } from '../types';
import type { Footnote, FootnoteMarker } from './model';
import { isDigit, isHSpace } from '../source/chars';

/** Characters that may stand directly before a `N)` marker (besides whitespace). */
const BEFORE_MARKER = new Set(['.', ',', ';', ':', '?', '!', "'", '"', '’', '”', '»', '…']);
const AFTER_STRONG = new Set(['.', ',', ';', ':', '?', '!', '\r', '\n']);
const LOWER = /\p{Ll}/u;

export interface MarkerCandidate extends FootnoteMarker {
  /** false when followed by a lower-case word (`1) de kosten`: more likely an enumeration). */
  strong: boolean;
}

/** Markers inside [start, end). Parentheses are tracked per paragraph: `(zie bijlage 1)` is no marker. */
export function scanMarkers(text: string, start: number, end: number, out: MarkerCandidate[]): void {
  let depth = 0;
  let lineHasContent = false;
  let lineStart = true; // only whitespace seen on this line so far
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++; // CRLF is one line break
      if (!lineHasContent) depth = 0; // blank line: new paragraph
      lineHasContent = false;
      lineStart = true;
      continue;
    }
    if (isHSpace(c)) continue;
    if (c === '[' && text[i + 1] === '^') {
      const m = /\[\^(\d{1,3})\]/y;
      m.lastIndex = i;
      const r = m.exec(text);
      if (r && r.index + r[0].length <= end && text[i + r[0].length] !== ':') {
        out.push({ number: Number(r[1]), span: { start: i, end: i + r[0].length }, strong: true });
        i += r[0].length - 1;
        lineHasContent = true;
        lineStart = false;
        continue;
      }
    }
    if (isDigit(c) && !isDigit(text[i - 1])) {
      let j = i;
      while (j < end && isDigit(text[j])) j++;
      if (text[j] === ')' && j < end && j - i <= 2) {
        const prev = text[i - 1];
        if (depth > 0) {
          depth--; // closes "(… 1)"
        } else if (!lineStart && (isHSpace(prev) || BEFORE_MARKER.has(prev))) {
          const after = j + 1 < end ? text[j + 1] : undefined;
          let strong: boolean | undefined;
          if (after === undefined || AFTER_STRONG.has(after)) strong = true;
          else if (isHSpace(after)) {
            let k = j + 1;
            while (k < end && isHSpace(text[k])) k++;
            const nx = k < end ? text[k] : undefined;
            strong = nx === undefined || nx === '\n' || nx === '\r' || !LOWER.test(nx);
          } // else "1)x": not a marker
          if (strong !== undefined) {
            out.push({ number: Number(text.slice(i, j)), span: { start: i, end: j + 1 }, strong });
          }
        }
        lineHasContent = true;
        lineStart = false;
        i = j; // skip the ')'
        continue;
      }
      lineHasContent = true;
      lineStart = false;
      i = j - 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    lineHasContent = true;
    lineStart = false;
  }
}

const FOOTNOTE_LINE = /^[ \t\u00a0]*(?:(\d{1,3})\)|\[\^(\d{1,3})\]:)[ \t\u00a0]*/;

/** `N)` / `[^N]:` at the start of a line: returns the number and the offset of the text. */
export function footnoteLineStart(line: string): { number: number; markEnd: number; textStart: number; markStart: number } | null {
  const m = FOOTNOTE_LINE.exec(line);
  if (!m) return null;
  const num = Number(m[1] ?? m[2]);
  const markStart = m[0].search(/[\d[]/);
  const markEnd = m[1] !== undefined ? markStart + m[1].length + 1 : markStart + m[2].length + 4;
  return { number: num, markStart, markEnd, textStart: m[0].length };
}

/** Builds a Footnote from its span in `text` (from the mark to the end of its last line). */
export function makeFootnote(text: string, number: number, markStart: number, textStart: number, end: number): Footnote {
  let e = end;
  while (e > textStart && /\s/.test(text[e - 1])) e--;
  const span: Span = { start: markStart, end: Math.max(e, textStart) };
  return { number, span, text: text.slice(textStart, Math.max(e, textStart)) };
}
