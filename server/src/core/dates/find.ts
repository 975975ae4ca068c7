// Finding date mentions in running text. A hand-written scanner (no regular expressions over the text):
// every position is looked at a bounded number of times, so the cost is linear in the text length
// whatever the input (long digit runs, `1-1-1-1-…`, thousands of month names).

import type { Span } from '../types';
import { daysInMonth, isValidDate, weekdayOf } from './calendar';
import { MAX_MONTH_WORD, MAX_WEEKDAY_WORD, monthFromName, MONTHS, weekdayFromName, WEEKDAYS } from './names';

/**
 * How the date is written.
 * - `canonical`   `12 december 2023` (also with a leading zero or an ordinal, see `nonCanonical`)
 * - `capitalised` `12 December 2023`, `29 Januari` (month name not all lower case)
 * - `abbreviated` `12 dec. 2023`, `12 dec 2023`, `12 sept. 2023`, `29 jan.`
 * - `numeric`     `12-12-2023`, `12/12/2023`, `12.12.2023`
 * - `iso`         `2023-12-12`
 * - `no-year`     `29 januari` (otherwise canonical, year left out)
 * A year-less capitalised or abbreviated date has that form, with `year === null`: test `year === null`,
 * not `form === 'no-year'`, to find dates without a year.
 */
export type DateForm = 'canonical' | 'capitalised' | 'abbreviated' | 'numeric' | 'iso' | 'no-year';

export type RelativeKind = 'jl' | 'as';

/** A `jl.` / `a.s.` marker written after a date (`Op 29 januari jl. heeft…`). */
export interface RelativeMarker {
  /** `jl` = jongstleden (past), `as` = aanstaande (coming). */
  kind: RelativeKind;
  /** As written: `jl.`, `j.l.`, `jl`, `j.l`, `jongstleden`, `a.s.`, `a.s`, `as.`, `aanstaande` (any case). */
  text: string;
  span: Span;
  /** True for exactly `jl.`, `a.s.`, `jongstleden`, `aanstaande`; false for a misspelling or odd case. */
  canonical: boolean;
  /** What the marker should read: `jl.` / `a.s.` (or `jongstleden` / `aanstaande` for the long words). */
  canonicalText: string;
}

/** A full weekday name written before a date (`maandag 4 december 2023`, `Maandag, 4 december`). */
export interface WeekdayMention {
  /** 0 = maandag … 6 = zondag (index into `WEEKDAYS`). */
  index: number;
  /** As written (`Maandag`). */
  text: string;
  /** The weekday word only (not the comma or space after it). */
  span: Span;
  /** Whether it is the date's weekday; null when the year is unknown or the date does not exist. */
  matches: boolean | null;
  /** The date's real weekday index; null when the year is unknown or the date does not exist. */
  expected: number | null;
  /** The real weekday, in the capitalisation of the written one (`Dinsdag` for `Maandag`); null as `expected`. */
  correctText: string | null;
}

export interface DateMention {
  /** The date proper: day … year (day … month when there is no year). Excludes weekday and marker. */
  span: Span;
  /** Weekday (if any) … marker (if any). */
  fullSpan: Span;
  /** `text.slice(span.start, span.end)`. */
  text: string;
  /** As written; may be out of range (`0`, `32`) for a date with a written month. */
  day: number;
  /** 1–12. */
  month: number;
  /** Four-digit year, or null when the date is written without one (`29 januari jl.`). */
  year: number | null;
  form: DateForm;
  /** Written as an ordinal: `1e januari`, `1ste`, `2de`. */
  ordinal: boolean;
  /** Day written with a leading zero before a month name: `04 december 2023`. */
  leadingZero: boolean;
  /**
   * The date is not in the canonical `D maand JJJJ` shape and `date-format` should hint: numeric, ISO,
   * abbreviated, capitalised, ordinal or leading zero. A missing year alone does not count.
   */
  nonCanonical: boolean;
  /** The canonical text for `span`: `12 december 2023`, or `29 januari` without a year. */
  canonicalText: string;
  /**
   * Whether the date exists in the calendar. Without a year: whether it exists in some year
   * (`29 februari` does, `30 februari` does not).
   */
  exists: boolean;
  /** Spans of the parts (the month span covers the name and an abbreviation dot, or the month digits). */
  parts: { day: Span; month: Span; year: Span | null };
  weekday: WeekdayMention | null;
  relative: RelativeMarker | null;
}

// ---------------------------------------------------------------------------------------------------------
// Character classes

const MAX_HSPACE = 8; // horizontal white space allowed between parts (each side of a line break)
const MAX_MARKER_TOKEN = 12; // "jongstleden."

/**
 * The UTF-16 code at `i`, NaN outside the text. The scanners look before and after a match; charCodeAt
 * outside the string gives NaN too, but deoptimises the code the first time it happens there, and an
 * open nota's checks ran slow for their first few dozen edits while that repeated.
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

function isDigitAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 48 && c <= 57;
}

const NON_ASCII_LETTER = /\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  return NON_ASCII_LETTER.test(text[i]!);
}

function isWordCharAt(text: string, i: number): boolean {
  return isDigitAt(text, i) || isLetterAt(text, i) || codeAt(text, i) === 95; /* _ */
}

function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isUpperLetterAt(text: string, i: number): boolean {
  if (!isLetterAt(text, i)) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Skip at most MAX_HSPACE horizontal spaces from i; -1 when there are more. */
function skipHSpace(text: string, i: number): number {
  let p = i;
  while (isHSpace(codeAt(text, p))) {
    if (p - i >= MAX_HSPACE) return -1;
    p++;
  }
  return p;
}

/** Backwards: skip at most MAX_HSPACE horizontal spaces before i, not below floor; -1 when there are more. */
function skipHSpaceBack(text: string, i: number, floor: number): number {
  let p = i;
  while (p > floor && isHSpace(codeAt(text, p - 1))) {
    if (i - p >= MAX_HSPACE) return -1;
    p--;
  }
  return p;
}

/**
 * Skip the gap between two parts of a date: at most MAX_HSPACE horizontal spaces, at most one line break,
 * at most MAX_HSPACE spaces again. Returns the index after the gap (== i when there is none), or -1 when
 * the gap is too long to belong to one date.
 */
function skipGap(text: string, i: number): number {
  let p = skipHSpace(text, i);
  if (p < 0) return -1;
  const c = codeAt(text, p);
  if (c === 13 && codeAt(text, p + 1) === 10) p += 2;
  else if (c === 10 || c === 13) p += 1;
  else return p;
  return skipHSpace(text, p);
}

/** Mirror image of skipGap, going backwards from i (exclusive) but not below `floor`. */
function skipGapBack(text: string, i: number, floor: number): number {
  let p = skipHSpaceBack(text, i, floor);
  if (p < 0) return -1;
  if (p - 2 >= floor && codeAt(text, p - 2) === 13 && codeAt(text, p - 1) === 10) p -= 2;
  else if (p - 1 >= floor && (codeAt(text, p - 1) === 10 || codeAt(text, p - 1) === 13)) p -= 1;
  else return p;
  return skipHSpaceBack(text, p, floor);
}

/** Length of the digit run at i, read at most `cap + 1` far (so "more than cap" is detectable). */
function digitRun(text: string, i: number, cap: number): number {
  let p = i;
  while (p - i <= cap && isDigitAt(text, p)) p++;
  return p - i;
}

function isNumericSeparator(c: number): boolean {
  return c === 45 /* - */ || c === 47 /* / */ || c === 46; /* . */
}

// ---------------------------------------------------------------------------------------------------------
// Scanner

/**
 * Every date mention in `text`, in order, not overlapping. Spans are UTF-16 offsets into `text`.
 * See README.md for the forms recognised and the look-alikes that are deliberately not taken.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const n = text.length;
  let floor = 0; // end of the previous mention: a weekday look-back never crosses it
  let i = 0;
  while (i < n) {
    if (isDigitAt(text, i) && !isDigitAt(text, i - 1)) {
      const mention = scanAt(text, i, floor);
      if (mention) {
        found.push(mention);
        i = mention.fullSpan.end;
        floor = i;
        continue;
      }
    }
    i++;
  }
  return found;
}

/** Try to read a date whose first digit is at i (the start of a digit run). */
function scanAt(text: string, i: number, floor: number): DateMention | null {
  // Left boundary: not glued to a word (`v1.12.2023`, `2024Z01294`), not inside a number (`1.234.567`).
  if (isWordCharAt(text, i - 1)) return null;
  const prev = codeAt(text, i - 1);
  const afterDigit = isDigitAt(text, i - 2);
  if ((prev === 46 /* . */ || prev === 44) /* , */ && afterDigit) return null;
  const numericPrevOk = !(afterDigit && (prev === 45 /* - */ || prev === 47)); /* / */

  const len = digitRun(text, i, 4);
  const next = codeAt(text, i + len);
  if (len === 4) return numericPrevOk && next === 45 ? scanIso(text, i, floor) : null;
  if (len > 2) return null;
  if (isNumericSeparator(next)) return numericPrevOk ? scanNumeric(text, i, len, floor) : null;
  return scanWritten(text, i, len, floor);
}

function numericRightBoundaryOk(text: string, k: number, allowTime: boolean): boolean {
  if (allowTime && codeAt(text, k) === 84 /* T */ && isDigitAt(text, k + 1)) return true;
  if (isWordCharAt(text, k)) return false;
  const c = codeAt(text, k);
  if ((isNumericSeparator(c) || c === 44) && isDigitAt(text, k + 1)) return false; // `12.12.2023.5`
  return true;
}

/** `2023-12-12` */
function scanIso(text: string, i: number, floor: number): DateMention | null {
  const mStart = i + 5;
  if (digitRun(text, mStart, 2) !== 2 || codeAt(text, mStart + 2) !== 45) return null;
  const dStart = mStart + 3;
  if (digitRun(text, dStart, 2) !== 2) return null;
  const end = dStart + 2;
  if (!numericRightBoundaryOk(text, end, true)) return null;
  const year = Number(text.slice(i, i + 4));
  const month = Number(text.slice(mStart, mStart + 2));
  const day = Number(text.slice(dStart, dStart + 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return build(text, floor, {
    start: i,
    end,
    day,
    month,
    year,
    form: 'iso',
    ordinal: false,
    leadingZero: false,
    parts: { day: span(dStart, end), month: span(mStart, mStart + 2), year: span(i, i + 4) },
  });
}

/** `12-12-2023`, `12/12/2023`, `12.12.2023`, `1-2-2024` */
function scanNumeric(text: string, i: number, dayLen: number, floor: number): DateMention | null {
  const sep = codeAt(text, i + dayLen);
  const mStart = i + dayLen + 1;
  const mLen = digitRun(text, mStart, 2);
  if (mLen < 1 || mLen > 2 || codeAt(text, mStart + mLen) !== sep) return null;
  const yStart = mStart + mLen + 1;
  if (digitRun(text, yStart, 4) !== 4) return null;
  const end = yStart + 4;
  if (!numericRightBoundaryOk(text, end, false)) return null;
  const day = Number(text.slice(i, i + dayLen));
  const month = Number(text.slice(mStart, mStart + mLen));
  const year = Number(text.slice(yStart, end));
  // Only plausible dates: anything else in this shape is more likely a code or a number.
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return build(text, floor, {
    start: i,
    end,
    day,
    month,
    year,
    form: 'numeric',
    ordinal: false,
    leadingZero: false,
    parts: { day: span(i, i + dayLen), month: span(mStart, mStart + mLen), year: span(yStart, end) },
  });
}

const ORDINAL_SUFFIXES = ['ste', 'de', 'e'];

/** `12 december 2023`, `12 December 2023`, `12 dec. 2023`, `29 januari`, `1e januari 2024` */
function scanWritten(text: string, i: number, dayLen: number, floor: number): DateMention | null {
  const dayEnd = i + dayLen;
  let p = dayEnd;
  let ordinal = false;
  for (const suffix of ORDINAL_SUFFIXES) {
    if (text.startsWith(suffix, p)) {
      p += suffix.length;
      ordinal = true;
      break;
    }
  }
  const monthStart = skipGap(text, p);
  if (monthStart <= p) return null; // no gap, or an overlong one

  let wEnd = monthStart;
  while (wEnd - monthStart <= MAX_MONTH_WORD && isLetterAt(text, wEnd)) wEnd++;
  if (wEnd === monthStart || wEnd - monthStart > MAX_MONTH_WORD) return null;
  if (isDigitAt(text, wEnd)) return null; // `dec2023`
  const word = text.slice(monthStart, wEnd);
  const name = monthFromName(word);
  if (!name) return null;
  const dot = name.abbreviated && codeAt(text, wEnd) === 46;
  const afterMonth = dot ? wEnd + 1 : wEnd;

  // Year: exactly four digits (1000–2999), not glued to a word.
  let year: number | null = null;
  let yearSpan: Span | null = null;
  const yStart = skipGap(text, afterMonth);
  if (yStart >= 0 && (yStart > afterMonth || dot) && digitRun(text, yStart, 4) === 4 && !isWordCharAt(text, yStart + 4)) {
    const value = Number(text.slice(yStart, yStart + 4));
    if (value >= 1000 && value <= 2999) {
      year = value;
      yearSpan = span(yStart, yStart + 4);
    }
  }
  // Without a year an abbreviation needs its dot: `3 jan de Vries` is not a date.
  if (year === null && name.abbreviated && !dot) return null;

  const day = Number(text.slice(i, dayEnd));
  const lowerCase = word === word.toLowerCase();
  const form: DateForm = name.abbreviated ? 'abbreviated' : !lowerCase ? 'capitalised' : year === null ? 'no-year' : 'canonical';
  let end = yearSpan ? yearSpan.end : afterMonth;
  let monthEnd = afterMonth;
  if (year === null && dot && !relativeMarkerAt(text, afterMonth) && dotEndsSentence(text, afterMonth)) {
    // `Op 12 dec. Toen…`: the dot is also the full stop; leave it out so a fix keeps the full stop.
    end = wEnd;
    monthEnd = wEnd;
  }
  return build(text, floor, {
    start: i,
    end,
    day,
    month: name.month,
    year,
    form,
    ordinal,
    leadingZero: dayLen === 2 && codeAt(text, i) === 48,
    parts: { day: span(i, dayEnd), month: span(monthStart, monthEnd), year: yearSpan },
  });
}

/** After an abbreviation dot at `p`: does a new sentence (or the end of the text / line) follow? */
function dotEndsSentence(text: string, p: number): boolean {
  let q = p;
  while (isHSpace(codeAt(text, q))) q++;
  if (q >= text.length) return true;
  const c = codeAt(text, q);
  if (c === 10 || c === 13) return true;
  return q > p && isUpperLetterAt(text, q);
}

/** What a date parser reads: the mention's own fields, with plain offsets for its span. */
type Parsed = Pick<DateMention, 'day' | 'month' | 'year' | 'form' | 'ordinal' | 'leadingZero' | 'parts'> & { start: number; end: number };

function span(start: number, end: number): Span {
  return { start, end };
}

function build(text: string, floor: number, p: Parsed): DateMention {
  const exists = p.year === null ? p.day >= 1 && p.day <= daysInMonth(2000, p.month) : isValidDate(p.year, p.month, p.day);
  const canonicalText = `${p.day} ${MONTHS[p.month - 1]}` + (p.year === null ? '' : ` ${p.year}`);
  const weekday = weekdayBefore(text, p.start, floor, exists ? p.year : null, p.month, p.day);
  const relative = relativeMarkerAt(text, p.end);
  return {
    span: span(p.start, p.end),
    fullSpan: span(weekday ? weekday.span.start : p.start, relative ? relative.span.end : p.end),
    text: text.slice(p.start, p.end),
    day: p.day,
    month: p.month,
    year: p.year,
    form: p.form,
    ordinal: p.ordinal,
    leadingZero: p.leadingZero,
    nonCanonical: (p.form !== 'canonical' && p.form !== 'no-year') || p.ordinal || p.leadingZero,
    canonicalText,
    exists,
    parts: p.parts,
    weekday,
    relative,
  };
}

/** `word` in the capitalisation of `model` (all capitals, a capital first letter, or as it is). */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0]!;
  if (first !== first.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** A full weekday name right before the date at `start` (`maandag 4 december`, `Maandag, 4 december`). */
function weekdayBefore(text: string, start: number, floor: number, year: number | null, month: number, day: number): WeekdayMention | null {
  let p = skipGapBack(text, start, floor);
  if (p < 0 || p === start) return null;
  if (p > floor && codeAt(text, p - 1) === 44 /* , */) p--;
  const wordEnd = p;
  while (p > floor && wordEnd - p <= MAX_WEEKDAY_WORD && isLetterAt(text, p - 1)) p--;
  if (wordEnd - p > MAX_WEEKDAY_WORD || wordEnd === p) return null;
  if (isLetterAt(text, p - 1) || isDigitAt(text, p - 1)) return null;
  const word = text.slice(p, wordEnd);
  const index = weekdayFromName(word);
  if (index === null) return null;
  const expected = year === null ? null : weekdayOf(year, month, day);
  return {
    index,
    text: word,
    span: span(p, wordEnd),
    matches: expected === null ? null : expected === index,
    expected,
    correctText: expected === null ? null : matchCase(word, WEEKDAYS[expected]!),
  };
}

interface MarkerSpelling {
  kind: RelativeKind;
  canonicalText: string;
  /** Leave a trailing dot out of the span (it is the full stop after a long word). */
  stripDot?: boolean;
}

const MARKERS: ReadonlyMap<string, MarkerSpelling> = new Map<string, MarkerSpelling>([
  ['jl.', { kind: 'jl', canonicalText: 'jl.' }],
  ['jl', { kind: 'jl', canonicalText: 'jl.' }],
  ['j.l.', { kind: 'jl', canonicalText: 'jl.' }],
  ['j.l', { kind: 'jl', canonicalText: 'jl.' }],
  ['jongstleden', { kind: 'jl', canonicalText: 'jongstleden' }],
  ['jongstleden.', { kind: 'jl', canonicalText: 'jongstleden', stripDot: true }],
  ['a.s.', { kind: 'as', canonicalText: 'a.s.' }],
  ['a.s', { kind: 'as', canonicalText: 'a.s.' }],
  ['as.', { kind: 'as', canonicalText: 'a.s.' }],
  ['aanstaande', { kind: 'as', canonicalText: 'aanstaande' }],
  ['aanstaande.', { kind: 'as', canonicalText: 'aanstaande', stripDot: true }],
]);

/** A `jl.`/`a.s.` marker after the gap that starts at `p` (the end of a date). */
function relativeMarkerAt(text: string, p: number): RelativeMarker | null {
  const start = skipGap(text, p);
  if (start <= p) return null;
  let end = start;
  while (end - start <= MAX_MARKER_TOKEN && (isLetterAt(text, end) || codeAt(text, end) === 46)) end++;
  if (end - start > MAX_MARKER_TOKEN || isDigitAt(text, end)) return null;
  let token = text.slice(start, end);
  const spelling = MARKERS.get(token.toLowerCase());
  if (!spelling) return null;
  if (spelling.stripDot) {
    token = token.slice(0, -1);
    end--;
  }
  return {
    kind: spelling.kind,
    text: token,
    span: span(start, end),
    canonical: token === spelling.canonicalText,
    canonicalText: spelling.canonicalText,
  };
}

/**
 * A header field value that is one date and nothing else, e.g. `Datum` = `12 december 2023`: the whole
 * value (leading/trailing white space ignored) must be the date, optionally with a weekday before it.
 * Case-tolerant and form-tolerant (`12 December 2023`, `12-12-2023` parse too; check `form`,
 * `nonCanonical`, `exists` and `year` — a year-less `12 december` is returned with `year === null`).
 * Spans are offsets into `value` as given. Null when the value is not (only) a date.
 */
export function parseDutchDate(value: string): DateMention | null {
  let start = 0;
  let end = value.length;
  while (start < end && /\s/.test(value[start]!)) start++;
  while (end > start && /\s/.test(value[end - 1]!)) end--;
  if (start === end) return null;
  const mentions = findDates(value.slice(0, end));
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  return m.fullSpan.start === start && m.fullSpan.end === end ? m : null;
}

const SHORT_YEAR_DATE = /(?<![\p{L}\p{N}.\-/])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?![\p{L}\p{N}]|[-/.]\d)/gu;

/**
 * Numeric dates with a two-digit year (`12-03-85`). `findDates` leaves them out on purpose (too many codes
 * look like them); a detector that has context saying it is a date (a birth date) asks for them here.
 */
export function findShortYearDates(text: string): { span: { start: number; end: number }; day: number; month: number }[] {
  const found: { span: { start: number; end: number }; day: number; month: number }[] = [];
  for (const match of text.matchAll(SHORT_YEAR_DATE)) {
    const day = Number(match[1]);
    const month = Number(match[3]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) found.push({ span: { start: match.index, end: match.index + match[0].length }, day, month });
  }
  return found;
}
