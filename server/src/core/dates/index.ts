// Dutch dates: finding, validating, formatting and resolving them. Pure TypeScript, no dependencies.
// Rules use this module instead of writing their own date regexes. See README.md.

export { MONTHS, WEEKDAYS, MONTH_ABBREVIATIONS, monthFromName, weekdayFromName, monthName, type MonthName } from './names';
export {
  type CalendarDate,
  isLeapYear,
  daysInMonth,
  isValidDate,
  weekdayOf,
  toDayNumber,
  fromDayNumber,
  daysBetween,
  compareDates,
  addDays,
  addYears,
  calendarDateOf,
} from './calendar';
export { formatDutchDate, formatDutchDateWithWeekday, formatDutchDayMonth, todayInDutch } from './format';
export {
  findDates,
  findShortYearDates,
  parseDutchDate,
  matchCase,
  type DateMention,
  type DateForm,
  type RelativeKind,
  type RelativeMarker,
  type WeekdayMention,
} from './find';
export {
  resolveRelative,
  latestOnOrBefore,
  earliestOnOrAfter,
  mentionDate,
  type RelativeResolution,
  type RelativeProblem,
} from './relative';
