// Joining line-end hyphenation left by PDF extraction (`aanlei-\nding` → `aanleiding`), with an offset
// map back to the original text. Linear time: one pass to collect in-line compounds, one pass over the
// line ends.
//
// A line-end hyphen is removed together with the line break (and the indentation of the next line)
// only when ALL of these hold:
//   1. the hyphen is the last non-blank character of the line (spaces/tabs after it are allowed) and is
//      `-` (U+002D) or a soft hyphen (U+00AD);
//   2. the character before it is a lower-case letter (`DG-\nen` keeps its hyphen: an elision after an
//      abbreviation); for a soft hyphen any letter;
//   3. the word before the hyphen is not an `’s`/`'s` form (`dilemma’s-\nbij` is an elision);
//   4. the next line (after its indentation) starts with a lower-case letter (any letter for a soft
//      hyphen): `Noord-\nHolland`, `-\n- item`, `-\n2024` are kept;
//   5. the next word is not a conjunction that follows an elision hyphen: en, of, tot, dan, noch, als
//      (`diversiteits-\nen inclusiebeleid`);
//   6. the document does not contain the same compound with a hyphen inside a line (case-insensitive):
//      `directoraat-\ngeneraal` stays when `directoraat-generaal` occurs elsewhere.
// A kept hyphen is left untouched (line break included). Words that are hyphenated compounds by nature
// but occur only at a line break (`Min-\nisterie` is joined, correctly; `zee-\negel` would be joined,
// wrongly) cannot be told apart without a dictionary; rule 6 covers the common case.

import type { Span } from '../types';
import { partitionPoint } from '../search';
import { isHSpace, isLetter, isLower } from '../source/chars';

export interface JoinedText {
  /** The text with hyphenation joined. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /** Removed ranges, in original offsets, ascending and disjoint (each `-`, trailing blanks, the line
   *  break and the next line's indentation). */
  readonly removed: readonly Span[];
  /**
   * Offset in the joined text → offset in the original. At a join seam, bias `start` (default) gives
   * the position after the removed range (the first character of the next line), bias `end` the
   * position before it (the hyphen), so a span ending at a seam does not swallow the hyphen.
   */
  toOriginal(offset: number, bias?: 'start' | 'end'): number;
  /** Offset in the original → offset in the joined text (an offset inside a removed range maps to the seam). */
  toJoined(offset: number): number;
  /** Span in the joined text → span in the original (start with bias `start`, end with bias `end`). */
  spanToOriginal(span: Span): Span;
  /** Span in the original → span in the joined text. */
  spanToJoined(span: Span): Span;
}

const NO_JOIN_NEXT = new Set(['en', 'of', 'tot', 'dan', 'noch', 'als']);

/** Lower-cased `left-right` compounds that occur inside a line. */
function inlineCompounds(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text[i])) {
      i++;
      continue;
    }
    const a = i;
    while (i < n && isLetter(text[i])) i++;
    // text[a..i) is a word; a compound continues with '-' + letter
    if (text[i] === '-' && isLetter(text[i + 1])) {
      const b = i + 1;
      let j = b;
      while (j < n && isLetter(text[j])) j++;
      out.add(`${text.slice(a, i).toLowerCase()}-${text.slice(b, j).toLowerCase()}`);
      i = b; // the right part may itself start another compound (a-b-c)
    }
  }
  return out;
}

function upperBound(arr: readonly number[], x: number, strict: boolean): number {
  // index of the last element <= x (strict: < x), or -1
  return partitionPoint(arr.length, (i) => (strict ? arr[i] < x : arr[i] <= x)) - 1;
}

export function joinHyphenation(original: string): JoinedText {
  const removed: Span[] = [];
  let compounds: Set<string> | undefined;
  const n = original.length;
  let lineStart = 0;
  // next '\n' / '\r' at or after lineStart (cached: searching for a character that does not occur
  // again would otherwise rescan the rest of the text for every line)
  let nextLF = -2;
  let nextCR = -2;
  while (lineStart < n) {
    if (nextLF !== -1 && nextLF < lineStart) nextLF = original.indexOf('\n', lineStart);
    if (nextCR !== -1 && nextCR < lineStart) nextCR = original.indexOf('\r', lineStart);
    let eol = nextLF;
    if (nextCR !== -1 && (eol === -1 || nextCR < eol)) eol = nextCR;
    if (eol === -1) break;
    const nextLine = original[eol] === '\r' && original[eol + 1] === '\n' ? eol + 2 : eol + 1;
    // last non-blank char of the line
    let h = eol - 1;
    while (h >= lineStart && isHSpace(original[h])) h--;
    const hy = original[h];
    if (h > lineStart && (hy === '-' || hy === '\u00ad')) {
      const soft = hy === '\u00ad';
      const before = original[h - 1];
      const beforeOk = soft ? isLetter(before) : isLower(before);
      const apostropheS = before === 's' && (original[h - 2] === '’' || original[h - 2] === "'");
      let k = nextLine;
      while (k < n && isHSpace(original[k])) k++;
      const next = original[k];
      const nextOk = soft ? isLetter(next) : isLower(next);
      if (beforeOk && !apostropheS && nextOk) {
        let we = k;
        while (we < n && isLetter(original[we])) we++;
        const right = original.slice(k, we).toLowerCase();
        let ws = h;
        while (ws > lineStart && isLetter(original[ws - 1])) ws--;
        const left = original.slice(ws, h).toLowerCase();
        let keep = NO_JOIN_NEXT.has(right);
        if (!keep && !soft) {
          compounds ??= inlineCompounds(original);
          keep = compounds.has(`${left}-${right}`);
        }
        if (!keep) removed.push({ start: h, end: k });
      }
    }
    lineStart = nextLine;
  }

  // Build the joined text and the offset tables.
  const parts: string[] = [];
  const joinedAt: number[] = []; // joined offset of each seam
  const origStart: number[] = []; // original start of each removed range
  const cum: number[] = []; // total removed length up to and including range i
  let prev = 0;
  let total = 0;
  for (const r of removed) {
    parts.push(original.slice(prev, r.start));
    joinedAt.push(r.start - total);
    origStart.push(r.start);
    total += r.end - r.start;
    cum.push(total);
    prev = r.end;
  }
  parts.push(original.slice(prev));
  const text = removed.length === 0 ? original : parts.join('');

  const toOriginal = (offset: number, bias: 'start' | 'end' = 'start'): number => {
    const i = upperBound(joinedAt, offset, bias === 'end');
    return i < 0 ? offset : offset + cum[i];
  };
  const toJoined = (offset: number): number => {
    const i = upperBound(origStart, offset, false);
    if (i < 0) return offset;
    const r = removed[i];
    if (offset < r.end) return joinedAt[i];
    return offset - cum[i];
  };
  return {
    text,
    original,
    removed,
    toOriginal,
    toJoined,
    spanToOriginal: (s) => {
      const start = toOriginal(s.start, 'start');
      const end = s.end === s.start ? start : toOriginal(s.end, 'end');
      return { start, end: Math.max(start, end) };
    },
    spanToJoined: (s) => ({ start: toJoined(s.start), end: toJoined(s.end) }),
  };
}
