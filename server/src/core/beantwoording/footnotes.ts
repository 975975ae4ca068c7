// Footnote markers (`1)` after text, `[^1]`) and footnotes (`1) Science Guide, …` at line start in the
// trailing matter, `[^1]: …` anywhere).

import type { Span } from '../types';
import type { Footnote, FootnoteMarker } from './model';
import { isDigit, isHSpace } from '../source/chars';

/** Characters that may stand directly before a `N)` marker (besides whitespace). */
const BEFORE_MARKER = new Set(['.', ',', ';', ':', '?', '!', "'", '"', '’', '”', '»', '…']);
const AFTER_STRONG = new Set(['.', ',', ';', ':', '?', '!', '\r', '\n']);
const LOWER = /\p{Ll}/u;
/** Punctuation a footnote number may be glued to (`…klaar»?1`, `…in de regio.2`, `…leefomgeving»1?`). */
const GLUE = new Set(['?', '.', '!', '»', '”', '"', "'", '’']);
/** What a line ends with before a footnote number alone on the next line (a superscript put on its own line). */
const SENTENCE_END = new Set(['.', '?', '!', '»', '”', '"', "'", '’', ')']);
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscriptValue(c: string | undefined): number {
  return c === undefined ? -1 : SUPERSCRIPT.indexOf(c);
}

/** A number of 1–3 digits glued to `GLUE` punctuation after a word, ending the word: a weak marker. */
function gluedNumberEnd(text: string, i: number, end: number): number {
  const prev = text[i - 1];
  if (!GLUE.has(prev)) return -1;
  const before = text[i - 2];
  if (before === undefined || isDigit(before) || isHSpace(before) || before === '\n' || before === '\r') return -1;
  let j = i;
  while (j < end && isDigit(text[j])) j++;
  if (j - i > 2) return -1;
  const after = text[j];
  if (after === undefined || j >= end || isHSpace(after) || after === '\n' || after === '\r' || after === ',' || after === ';' || after === '?' || after === '.') return j;
  return -1;
}

export interface MarkerCandidate extends FootnoteMarker {
  /** false when followed by a lower-case word (`1) de kosten`: more likely an enumeration). */
  strong: boolean;
}

/** Markers inside [start, end). Parentheses are tracked per paragraph: `(zie bijlage 1)` is no marker. */
export function scanMarkers(text: string, start: number, end: number, out: MarkerCandidate[]): void {
  let depth = 0;
  let lineHasContent = false;
  let lineStart = true; // only whitespace seen on this line so far
  let lastChar = ''; // the last non-space character before the current line
  let previousLineEnd = ''; // the last non-space character of the previous line ('' after a blank line)
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++; // CRLF is one line break
      if (!lineHasContent) depth = 0; // blank line: new paragraph
      previousLineEnd = lineHasContent ? lastChar : '';
      lineHasContent = false;
      lineStart = true;
      continue;
    }
    if (isHSpace(c) || c === '\f') continue;
    lastChar = c;
    const sup = superscriptValue(c);
    if (sup >= 0 && !lineStart) {
      // ¹ ² ³ after text (a weak marker: `m²` is no footnote, so it needs its footnote)
      let j = i;
      let value = 0;
      while (j < end && superscriptValue(text[j]) >= 0 && j - i < 3) value = value * 10 + superscriptValue(text[j++]);
      out.push({ number: value, span: { start: i, end: j }, strong: false });
      i = j - 1;
      lastChar = text[i];
      continue;
    }
    if (c === '[' && text[i + 1] !== '^' && !lineStart) {
      // `[1 ]` / `[1]` after text: a converted superscript
      const m = /\[(\d{1,3})[ \u00a0]*\](?![(:\[])/y;
      m.lastIndex = i;
      const r = m.exec(text);
      if (r && r.index + r[0].length <= end) {
        out.push({ number: Number(r[1]), span: { start: i, end: i + r[0].length }, strong: false });
        i += r[0].length - 1;
        lastChar = ']';
        lineHasContent = true;
        continue;
      }
    }
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
      if (lineStart && j - i <= 2 && SENTENCE_END.has(previousLineEnd) && lineRestIsBlank(text, j, end)) {
        // a number alone on the line after a sentence: a superscript the PDF extractor put on its own line
        out.push({ number: Number(text.slice(i, j)), span: { start: i, end: j }, strong: false });
      } else if (!lineStart) {
        const glued = gluedNumberEnd(text, i, end);
        if (glued > 0) out.push({ number: Number(text.slice(i, glued)), span: { start: i, end: glued }, strong: false });
      }
      lineHasContent = true;
      lineStart = false;
      i = j - 1;
      lastChar = text[i];
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    lineHasContent = true;
    lineStart = false;
  }
}

/**
 * How a footnote's number is written at the start of its line: `1)`, `[^1]:` (Markdown), `[1 ]`, `¹`;
 * weak forms, which need a marker before them and a source-like text: `1 Tekst` and `1` alone on its
 * line (its text on the next line), and a `X Noot` line above such a number.
 */
export type NoteForm = 'paren' | 'markdown' | 'bracket' | 'superscript' | 'bare' | 'alone' | 'noot';

const NOTE_LINES: [NoteForm, RegExp][] = [
  ['paren', /^[ \t\u00a0\f]*(\d{1,3})\)[ \t\u00a0]*/],
  ['markdown', /^[ \t\u00a0\f]*\[\^(\d{1,3})\]:[ \t\u00a0]*/],
  ['bracket', /^[ \t\u00a0\f]*\[(\d{1,3})[ \u00a0]*\][ \t\u00a0]*/],
  ['superscript', /^[ \t\u00a0\f]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t\u00a0]*/],
  ['alone', /^[ \t\u00a0\f]*(\d{1,3})[ \t\u00a0]*$/],
  ['bare', /^[ \t\u00a0\f]*(\d{1,3})[ \t\u00a0]+(?=\p{Lu})/u],
  ['noot', /^[ \t\u00a0\f]*(?:X[ \t\u00a0]+)?Noot(?:[ \t\u00a0]+(\d{1,3}))?[ \t\u00a0]*$/],
  ['noot', /^[ \t\u00a0\f]*(\d{1,3})[ \t\u00a0]+Noot[ \t\u00a0]*$/],
];

export interface NoteHead {
  /** NaN for a `X Noot` line without a number (the number stands on the next line). */
  number: number;
  markStart: number;
  markEnd: number;
  textStart: number;
  form: NoteForm;
}

/** The footnote number at the start of a line, in any of its forms; offsets relative to the line. */
export function footnoteLineStart(line: string): NoteHead | null {
  for (const [form, pattern] of NOTE_LINES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const digits = m[1];
    const number = digits === undefined ? NaN : form === 'superscript' ? [...digits].reduce((n, c) => n * 10 + superscriptValue(c), 0) : Number(digits);
    const markStart = m[0].length - m[0].trimStart().length;
    return { number, markStart, markEnd: m[0].trimEnd().length, textStart: m[0].length, form };
  }
  return null;
}

/** Forms that are a footnote by their look; the others need a marker before them and a source-like text. */
export function isDefiniteNote(form: NoteForm): boolean {
  return form === 'paren' || form === 'markdown' || form === 'bracket' || form === 'superscript';
}

function lineRestIsBlank(text: string, i: number, end: number): boolean {
  for (; i < end && text[i] !== '\n' && text[i] !== '\r'; i++) if (!isHSpace(text[i])) return false;
  return true;
}

/** Builds a Footnote from its span in `text` (from the mark to the end of its last line). */
export function makeFootnote(text: string, number: number, markStart: number, textStart: number, end: number): Footnote {
  while (textStart < end && /\s/.test(text[textStart])) textStart++;
  let e = end;
  while (e > textStart && /\s/.test(text[e - 1])) e--;
  const span: Span = { start: markStart, end: Math.max(e, textStart) };
  return { number, span, text: text.slice(textStart, Math.max(e, textStart)) };
}
