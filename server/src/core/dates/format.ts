// Writing dates the canonical Dutch way: `12 december 2023`, `dinsdag 12 december 2023`.

import { calendarDateOf, weekdayOf, type CalendarDate } from './calendar';
import { monthName, WEEKDAYS } from './names';

/**
 * `12 december 2023`: day without leading zero, month in lower case, four-digit year.
 * Does not check that the date exists (`formatDutchDate(2023, 11, 31)` is `31 november 2023`); throws a
 * RangeError only for a month outside 1–12.
 */
export function formatDutchDate(date: CalendarDate): string;
export function formatDutchDate(year: number, month: number, day: number): string;
export function formatDutchDate(a: number | CalendarDate, month?: number, day?: number): string {
  const d = typeof a === 'number' ? { year: a, month: month!, day: day! } : a;
  return `${d.day} ${monthName(d.month)} ${d.year}`;
}

/** `dinsdag 12 december 2023`. Throws a RangeError for a date that does not exist. */
export function formatDutchDateWithWeekday(date: CalendarDate): string;
export function formatDutchDateWithWeekday(year: number, month: number, day: number): string;
export function formatDutchDateWithWeekday(a: number | CalendarDate, month?: number, day?: number): string {
  const d = typeof a === 'number' ? { year: a, month: month!, day: day! } : a;
  return `${WEEKDAYS[weekdayOf(d.year, d.month, d.day)]} ${formatDutchDate(d)}`;
}

/** `29 januari`: day and month only, for dates written without a year. */
export function formatDutchDayMonth(month: number, day: number): string {
  return `${day} ${monthName(month)}`;
}

/**
 * Today's date in canonical Dutch, e.g. for completion. `now` is passed in (tests, and one clock per run);
 * the date is the machine's local date unless an IANA `timeZone` such as `'Europe/Amsterdam'` is given.
 */
export function todayInDutch(now: Date, timeZone?: string): string {
  return formatDutchDate(calendarDateOf(now, timeZone));
}
