// Small helpers shared by the personal-data detectors. Everything here is linear in the input size.
import type { Span } from '../types';
import type { PiiCandidate, PiiExplanation, PiiType } from './types';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER_OR_DIGIT.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && UPPER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** `n` characters before `pos` (fewer at the start of the text). */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** `n` characters from `pos` on. */
export function after(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n);
}

let lineCache: { text: string; breaks: number[] } | undefined;

/** Offsets of every '\n' in the text (cached for the last text), for O(log n) line look-ups. */
function lineBreaks(text: string): number[] {
  if (lineCache && lineCache.text === text) return lineCache.breaks;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  lineCache = { text, breaks };
  return breaks;
}

/** Index of the first line break at or after pos (breaks.length when none). */
function firstBreakFrom(breaks: number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the line holding pos (the character after the previous '\n'). */
export function lineStart(text: string, pos: number): number {
  const b = lineBreaks(text);
  const k = firstBreakFrom(b, pos) - 1; // last break < pos
  return k < 0 ? 0 : b[k] + 1;
}

/** End of the line holding pos (the next '\n' at or after pos, or the text length). */
export function lineEnd(text: string, pos: number): number {
  const b = lineBreaks(text);
  const k = firstBreakFrom(b, pos);
  return k >= b.length ? text.length : b[k];
}

/** True when `re` (no g flag) matches in the window of `left` chars before and `right` chars after the span. */
export function contextHas(text: string, span: Span, re: RegExp, left: number, right: number): boolean {
  return re.test(before(text, span.start, left)) || re.test(after(text, span.end, right));
}

export function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}

/** Percentage wording of a score for explanations. */
export function sure(score: number): PiiExplanation {
  if (score >= 0.9) return { nl: 'zeer waarschijnlijk', en: 'very likely' };
  if (score >= 0.75) return { nl: 'waarschijnlijk', en: 'likely' };
  if (score >= 0.5) return { nl: 'mogelijk', en: 'possibly' };
  return { nl: 'twijfelachtig', en: 'doubtful' };
}

export function makeCandidate(
  type: PiiType,
  text: string,
  span: Span,
  score: number,
  reasons: string[],
  what: PiiExplanation,
  why: PiiExplanation,
  strong: boolean,
): PiiCandidate {
  const s = clamp01(score);
  const how = sure(s);
  const pct = Math.round(s * 100);
  return {
    type,
    span,
    text: text.slice(span.start, span.end),
    score: s,
    reasons,
    explanation: {
      nl: `${what.nl}: ${why.nl}. Dit is ${how.nl} een persoonsgegeven (score ${pct}%).`,
      en: `${what.en}: ${why.en}. This is ${how.en} personal data (score ${pct}%).`,
    },
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
    // last excluded span with start < it.span.end
    let lo = 0;
    let hi = ex.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ex[mid].start < it.span.end) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return !(idx >= 0 && maxEnd[idx] > it.span.start);
  });
}

/** Lower-case, strip diacritics. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
