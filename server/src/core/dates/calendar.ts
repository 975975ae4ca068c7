// Calendar arithmetic on plain integers (proleptic Gregorian calendar). No `Date` objects are involved,
// so there are no time-zone or daylight-saving effects: a day is a day.

import { monthName } from './names';

/** A calendar date without time or zone. `month` is 1–12, `day` 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month `month` (1–12) of `year`. Throws a RangeError for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  monthName(month); // range check
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year/month/day is a real date (integers, month 1–12, day 1–days in that month). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/**
 * Days since 1970-01-01 (negative before). Pure integer arithmetic ("days from civil").
 * The date is not validated: `toDayNumber(2024, 1, 32)` equals `toDayNumber(2024, 2, 1)`.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function dayNumberOf(date: CalendarDate): number {
  return toDayNumber(date.year, date.month, date.day);
}

/**
 * Weekday of a date as an index into `WEEKDAYS`: 0 = maandag … 6 = zondag.
 * Throws a RangeError for a date that does not exist.
 */
export function weekdayOf(year: number, month: number, day: number): number {
  if (!isValidDate(year, month, day)) throw new RangeError(`no such date: ${year}-${month}-${day}`);
  // 1970-01-01 (day 0) was a Thursday (index 3).
  return (((toDayNumber(year, month, day) + 3) % 7) + 7) % 7;
}

/** `to − from` in days: positive when `to` is later. `daysBetween(d, d) === 0`. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** -1 when `a` is before `b`, 0 when equal, 1 when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const d = dayNumberOf(a) - dayNumberOf(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumberOf(date) + days);
}

/** The same day `years` years later (earlier, when negative); 29 februari becomes 28 februari in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/**
 * The calendar date of an instant. Without `timeZone` the local date of the machine (what the user sees);
 * with an IANA zone (`'Europe/Amsterdam'`) the date in that zone.
 */
export function calendarDateOf(now: Date, timeZone?: string): CalendarDate {
  if (timeZone === undefined) {
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}
