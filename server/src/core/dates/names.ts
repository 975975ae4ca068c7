// Dutch month and weekday names, and the abbreviations the date scanner accepts.

/** Month names in canonical (lower-case) Dutch. `MONTHS[m - 1]` is the name of month `m` (1–12). */
export const MONTHS: readonly string[] = Object.freeze([
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]);

/**
 * Weekday names in canonical (lower-case) Dutch, Monday first (ISO order).
 * `WEEKDAYS[weekdayOf(y, m, d)]` is the name of that date's weekday.
 */
export const WEEKDAYS: readonly string[] = Object.freeze([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
]);

/** Abbreviations accepted for months (lower case, without the dot), mapped to the month number. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
});

const FULL_MONTH: ReadonlyMap<string, number> = new Map(MONTHS.map((name, i) => [name, i + 1]));
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(WEEKDAYS.map((name, i) => [name, i]));

/** Longest month word the scanner needs to read ("september"). */
export const MAX_MONTH_WORD = 9;
/** Longest weekday word ("donderdag"). */
export const MAX_WEEKDAY_WORD = 9;

export interface MonthName {
  /** 1–12. */
  month: number;
  /** True for `dec`, `sept`, `mrt`…; false for a full name (`december`, also `mei`). */
  abbreviated: boolean;
}

/**
 * The month a word names, case-insensitively: a full name (`december`, `December`) or an abbreviation
 * without its dot (`dec`, `sept`, `mrt`). Null for anything else.
 */
export function monthFromName(word: string): MonthName | null {
  const lower = word.toLowerCase();
  const full = FULL_MONTH.get(lower);
  if (full !== undefined) return { month: full, abbreviated: false };
  const abbr = Object.prototype.hasOwnProperty.call(MONTH_ABBREVIATIONS, lower) ? MONTH_ABBREVIATIONS[lower] : undefined;
  if (abbr !== undefined) return { month: abbr, abbreviated: true };
  return null;
}

/** The weekday index (0 = maandag … 6 = zondag) a full weekday name denotes, case-insensitively; else null. */
export function weekdayFromName(word: string): number | null {
  const index = WEEKDAY_INDEX.get(word.toLowerCase());
  return index === undefined ? null : index;
}

/** The canonical name of month `m` (1–12). Throws a RangeError for anything else. */
export function monthName(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month out of range: ${month}`);
  return MONTHS[month - 1]!;
}
