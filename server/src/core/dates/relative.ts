// Resolving `jl.` (jongstleden) and `a.s.` (aanstaande) against the nota's Datum.

import { addYears, compareDates, daysBetween, isValidDate, weekdayOf, type CalendarDate } from './calendar';
import type { DateMention, RelativeKind } from './find';

/**
 * Why a relative date does not fit the nota date.
 * - `invalid-date` the date does not exist (that is `date-invalid`'s finding; `date-relative` should skip it)
 * - `same-day`     the date is the nota date itself (neither past nor coming)
 * - `not-before`   `jl.` but after the nota date
 * - `too-old`      `jl.` but more than a year before the nota date
 * - `not-after`    `a.s.` but before the nota date
 */
export type RelativeProblem = 'invalid-date' | 'same-day' | 'not-before' | 'too-old' | 'not-after';

export interface RelativeResolution {
  kind: RelativeKind;
  /** The full date the mention refers to; null when it does not exist. */
  date: CalendarDate | null;
  /** True when the mention had no year and the year was chosen from the nota date. */
  yearInferred: boolean;
  /** `date − notaDate` in days (negative = before the nota); null when `date` is null. */
  daysFromNota: number | null;
  consistent: boolean;
  problem: RelativeProblem | null;
  /** For a mention with a weekday: whether it matches the resolved date; else null. */
  weekdayMatches: boolean | null;
}

/** Longest gap between two occurrences of a day-month (29 februari: 1896 → 1904). */
const MAX_YEARS_SEARCHED = 8;

/** The latest date with this month and day on or before `ref` (null when the day-month never exists). */
export function latestOnOrBefore(month: number, day: number, ref: CalendarDate): CalendarDate | null {
  for (let year = ref.year; year >= ref.year - MAX_YEARS_SEARCHED; year--) {
    const candidate = { year, month, day };
    if (isValidDate(year, month, day) && compareDates(candidate, ref) <= 0) return candidate;
  }
  return null;
}

/** The earliest date with this month and day on or after `ref` (null when the day-month never exists). */
export function earliestOnOrAfter(month: number, day: number, ref: CalendarDate): CalendarDate | null {
  for (let year = ref.year; year <= ref.year + MAX_YEARS_SEARCHED; year++) {
    const candidate = { year, month, day };
    if (isValidDate(year, month, day) && compareDates(candidate, ref) >= 0) return candidate;
  }
  return null;
}

/** The mention's date when it has a year and exists; else null. */
export function mentionDate(mention: DateMention): CalendarDate | null {
  if (mention.year === null || !mention.exists) return null;
  return { year: mention.year, month: mention.month, day: mention.day };
}

/**
 * For a mention with a `jl.`/`a.s.` marker: the date it refers to and whether it fits the nota date.
 * Without a year, `jl.` takes the latest such date on or before the nota date and `a.s.` the earliest on
 * or after it (`29 december jl.` in a nota of 10 januari 2024 is 29 december 2023).
 * Consistent: `jl.` strictly before the nota date and not more than one year before it (on or after the
 * same day a year earlier); `a.s.` strictly after it. Null when the mention has no marker.
 */
export function resolveRelative(mention: DateMention, notaDate: CalendarDate): RelativeResolution | null {
  const marker = mention.relative;
  if (!marker) return null;
  const kind = marker.kind;
  const yearInferred = mention.year === null;
  let date: CalendarDate | null = null;
  if (mention.exists) {
    if (mention.year !== null) date = { year: mention.year, month: mention.month, day: mention.day };
    else if (kind === 'jl') date = latestOnOrBefore(mention.month, mention.day, notaDate);
    else date = earliestOnOrAfter(mention.month, mention.day, notaDate);
  }
  if (!date) {
    return { kind, date: null, yearInferred, daysFromNota: null, consistent: false, problem: 'invalid-date', weekdayMatches: null };
  }
  const daysFromNota = daysBetween(notaDate, date);
  let problem: RelativeProblem | null = null;
  if (daysFromNota === 0) problem = 'same-day';
  else if (kind === 'jl') {
    if (daysFromNota > 0) problem = 'not-before';
    else if (compareDates(date, addYears(notaDate, -1)) < 0) problem = 'too-old';
  } else if (daysFromNota < 0) problem = 'not-after';
  const weekdayMatches = mention.weekday ? weekdayOf(date.year, date.month, date.day) === mention.weekday.index : null;
  return { kind, date, yearInferred, daysFromNota, consistent: problem === null, problem, weekdayMatches };
}
