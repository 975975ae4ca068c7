import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  calendarDateOf,
  compareDates,
  daysBetween,
  daysInMonth,
  earliestOnOrAfter,
  findDates,
  formatDutchDate,
  formatDutchDateWithWeekday,
  formatDutchDayMonth,
  fromDayNumber,
  isLeapYear,
  isValidDate,
  latestOnOrBefore,
  mentionDate,
  monthFromName,
  MONTHS,
  parseDutchDate,
  resolveRelative,
  toDayNumber,
  todayInDutch,
  weekdayFromName,
  weekdayOf,
  WEEKDAYS,
  type CalendarDate,
  type DateMention,
} from '../../server/src/core/dates/index';

// ---------------------------------------------------------------------------------------------------------
// helpers

function d(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

function only(text: string): DateMention {
  const found = findDates(text);
  assert.equal(found.length, 1, `expected exactly one date in ${JSON.stringify(text)}, got ${found.map((m) => m.text).join(' | ')}`);
  return found[0]!;
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

/** The texts of all mentions (span only). */
function texts(text: string): string[] {
  return findDates(text).map((m) => slice(text, m.span));
}

/** Apply the date-format fix (span → canonicalText) to every non-canonical mention. */
function canonicalise(text: string): string {
  let out = text;
  for (const m of findDates(text).reverse()) {
    if (m.nonCanonical) out = out.slice(0, m.span.start) + m.canonicalText + out.slice(m.span.end);
  }
  return out;
}

function corpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '../../../shared/corpus'), '/work/shared/corpus']) {
    try {
      readdirSync(candidate);
      return candidate;
    } catch {
      // try the next one
    }
  }
  return '';
}

// ---------------------------------------------------------------------------------------------------------

describe('dates: names', () => {
  it('MONTHS and WEEKDAYS are the canonical Dutch names in order', () => {
    assert.deepEqual(
      [...MONTHS],
      ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    );
    assert.deepEqual([...WEEKDAYS], ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);
  });

  it('monthFromName knows full names and abbreviations, case-insensitively', () => {
    assert.deepEqual(monthFromName('december'), { month: 12, abbreviated: false });
    assert.deepEqual(monthFromName('December'), { month: 12, abbreviated: false });
    assert.deepEqual(monthFromName('MEI'), { month: 5, abbreviated: false });
    assert.deepEqual(monthFromName('sept'), { month: 9, abbreviated: true });
    assert.deepEqual(monthFromName('mrt'), { month: 3, abbreviated: true });
    assert.deepEqual(monthFromName('febr'), { month: 2, abbreviated: true });
    assert.equal(monthFromName('decembre'), null);
    assert.equal(monthFromName('toString'), null);
    assert.equal(monthFromName('constructor'), null);
  });

  it('weekdayFromName', () => {
    assert.equal(weekdayFromName('maandag'), 0);
    assert.equal(weekdayFromName('Zondag'), 6);
    assert.equal(weekdayFromName('ma'), null);
  });
});

describe('dates: calendar arithmetic', () => {
  it('leap years', () => {
    for (const y of [2024, 2000, 1600, 2028]) assert.equal(isLeapYear(y), true, String(y));
    for (const y of [2023, 2025, 1900, 2100, 1800]) assert.equal(isLeapYear(y), false, String(y));
  });

  it('month ends', () => {
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1)),
      [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    );
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.throws(() => daysInMonth(2024, 13), RangeError);
  });

  it('isValidDate', () => {
    assert.equal(isValidDate(2023, 12, 12), true);
    assert.equal(isValidDate(2023, 11, 31), false);
    assert.equal(isValidDate(2023, 11, 30), true);
    assert.equal(isValidDate(2025, 2, 29), false);
    assert.equal(isValidDate(2024, 2, 29), true);
    assert.equal(isValidDate(2000, 2, 29), true);
    assert.equal(isValidDate(1900, 2, 29), false);
    assert.equal(isValidDate(2024, 2, 30), false);
    assert.equal(isValidDate(2024, 1, 0), false);
    assert.equal(isValidDate(2024, 3, 32), false);
    assert.equal(isValidDate(2024, 0, 1), false);
    assert.equal(isValidDate(2024, 13, 1), false);
    assert.equal(isValidDate(2024, 1, 1.5), false);
    assert.equal(isValidDate(2024, 12, 31), true);
  });

  it('weekdayOf (0 = maandag)', () => {
    assert.equal(weekdayOf(2023, 12, 4), 0); // maandag 4 december 2023
    assert.equal(weekdayOf(2023, 12, 12), 1); // dinsdag
    assert.equal(weekdayOf(2024, 2, 29), 3); // donderdag
    assert.equal(weekdayOf(2000, 1, 1), 5); // zaterdag
    assert.equal(weekdayOf(1970, 1, 1), 3); // donderdag
    assert.equal(weekdayOf(1969, 12, 31), 2); // woensdag
    assert.equal(weekdayOf(2024, 1, 28), 6); // zondag
    assert.throws(() => weekdayOf(2023, 11, 31), RangeError);
  });

  it('weekdayOf agrees with Date.UTC for any date 1000–2999 (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }), (date) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        assert.equal(weekdayOf(y, m, day), (date.getUTCDay() + 6) % 7);
        assert.equal(toDayNumber(y, m, day), Math.floor(Date.UTC(y, m - 1, day) / 86_400_000));
        assert.deepEqual(fromDayNumber(toDayNumber(y, m, day)), { year: y, month: m, day });
      }),
      { numRuns: 500 },
    );
  });

  it('daysBetween, compareDates, addDays, addYears', () => {
    assert.equal(daysBetween(d(2023, 12, 29), d(2024, 1, 10)), 12);
    assert.equal(daysBetween(d(2024, 1, 10), d(2023, 12, 29)), -12);
    assert.equal(daysBetween(d(2024, 2, 13), d(2024, 2, 13)), 0);
    assert.equal(daysBetween(d(2024, 2, 28), d(2024, 3, 1)), 2); // leap year
    assert.equal(daysBetween(d(2023, 2, 28), d(2023, 3, 1)), 1);
    assert.equal(daysBetween(d(2024, 1, 1), d(2025, 1, 1)), 366);
    assert.equal(daysBetween(d(2023, 1, 1), d(2024, 1, 1)), 365);
    // Across daylight-saving changes a day is still a day (no Date/time-zone arithmetic).
    assert.equal(daysBetween(d(2024, 3, 30), d(2024, 3, 31)), 1);
    assert.equal(daysBetween(d(2024, 3, 31), d(2024, 4, 1)), 1);
    assert.equal(daysBetween(d(2023, 10, 28), d(2023, 10, 30)), 2);
    assert.equal(compareDates(d(2023, 12, 31), d(2024, 1, 1)), -1);
    assert.equal(compareDates(d(2024, 1, 1), d(2024, 1, 1)), 0);
    assert.equal(compareDates(d(2024, 1, 2), d(2024, 1, 1)), 1);
    assert.deepEqual(addDays(d(2023, 12, 31), 1), d(2024, 1, 1));
    assert.deepEqual(addDays(d(2024, 3, 1), -1), d(2024, 2, 29));
    assert.deepEqual(addDays(d(2023, 3, 1), -1), d(2023, 2, 28));
    assert.deepEqual(addYears(d(2024, 2, 29), -1), d(2023, 2, 28));
    assert.deepEqual(addYears(d(2024, 2, 29), 4), d(2028, 2, 29));
    assert.deepEqual(addYears(d(2024, 2, 13), -1), d(2023, 2, 13));
  });

  it('calendarDateOf and todayInDutch', () => {
    // Local date of a locally constructed instant, whatever the machine's zone.
    assert.deepEqual(calendarDateOf(new Date(2024, 0, 10, 12, 0)), d(2024, 1, 10));
    assert.equal(todayInDutch(new Date(2024, 0, 10, 0, 5)), '10 januari 2024');
    assert.equal(todayInDutch(new Date(2023, 11, 31, 23, 55)), '31 december 2023');
    // With an explicit zone: 23:30 UTC on new year's eve is already 1 januari in Amsterdam.
    const instant = new Date(Date.UTC(2023, 11, 31, 23, 30));
    assert.deepEqual(calendarDateOf(instant, 'Europe/Amsterdam'), d(2024, 1, 1));
    assert.equal(todayInDutch(instant, 'Europe/Amsterdam'), '1 januari 2024');
    assert.equal(todayInDutch(instant, 'UTC'), '31 december 2023');
  });
});

describe('dates: formatting', () => {
  it('formatDutchDate', () => {
    assert.equal(formatDutchDate(2023, 12, 12), '12 december 2023');
    assert.equal(formatDutchDate(2024, 1, 9), '9 januari 2024');
    assert.equal(formatDutchDate(d(2024, 5, 1)), '1 mei 2024');
    assert.equal(formatDutchDate(2023, 11, 31), '31 november 2023'); // formats, does not validate
    assert.throws(() => formatDutchDate(2023, 13, 1), RangeError);
    assert.equal(formatDutchDayMonth(1, 29), '29 januari');
  });

  it('formatDutchDateWithWeekday', () => {
    assert.equal(formatDutchDateWithWeekday(2023, 12, 4), 'maandag 4 december 2023');
    assert.equal(formatDutchDateWithWeekday(d(2024, 2, 13)), 'dinsdag 13 februari 2024');
    assert.throws(() => formatDutchDateWithWeekday(2023, 2, 29), RangeError);
  });

  it('a formatted date is found back as exactly that canonical date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, day) => {
        fc.pre(isValidDate(y, m, day));
        const text = `Op ${formatDutchDateWithWeekday(y, m, day)} is het gebeurd.`;
        const mention = only(text);
        assert.equal(mention.form, 'canonical');
        assert.equal(mention.nonCanonical, false);
        assert.deepEqual([mention.day, mention.month, mention.year], [day, m, y]);
        assert.equal(mention.canonicalText, formatDutchDate(y, m, day));
        assert.equal(mention.weekday?.matches, true);
        const numeric = only(`op ${day}-${m}-${y}.`);
        assert.equal(numeric.canonicalText, formatDutchDate(y, m, day));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dates: findDates forms', () => {
  it('canonical', () => {
    const text = 'Het lid heeft op 4 december 2023 vragen gesteld.';
    const m = only(text);
    assert.equal(m.text, '4 december 2023');
    assert.equal(slice(text, m.span), '4 december 2023');
    assert.deepEqual(m.fullSpan, m.span);
    assert.deepEqual([m.day, m.month, m.year], [4, 12, 2023]);
    assert.equal(m.form, 'canonical');
    assert.equal(m.nonCanonical, false);
    assert.equal(m.exists, true);
    assert.equal(m.canonicalText, '4 december 2023');
    assert.equal(m.weekday, null);
    assert.equal(m.relative, null);
    assert.equal(slice(text, m.parts.day), '4');
    assert.equal(slice(text, m.parts.month), 'december');
    assert.equal(slice(text, m.parts.year!), '2023');
  });

  it('with a weekday (lower case, capitalised, with comma)', () => {
    const text = 'Op maandag 4 december 2023 en Maandag 4 december 2023 en op maandag, 4 december 2023.';
    const found = findDates(text);
    assert.equal(found.length, 3);
    for (const m of found) {
      assert.ok(m.weekday);
      assert.equal(m.weekday.index, 0);
      assert.equal(m.weekday.matches, true);
      assert.equal(m.weekday.expected, 0);
      assert.equal(slice(text, m.span), '4 december 2023');
      assert.equal(slice(text, m.weekday.span), m.weekday.text);
      assert.equal(m.fullSpan.start, m.weekday.span.start);
      assert.equal(m.fullSpan.end, m.span.end);
    }
    assert.equal(found[1]!.weekday!.text, 'Maandag');
    assert.equal(slice(text, found[2]!.fullSpan), 'maandag, 4 december 2023');
  });

  it('weekday mismatch, with the correct weekday in the written capitalisation', () => {
    const m = only('Op dinsdag 4 december 2023 is het overleg.');
    assert.equal(m.weekday!.matches, false);
    assert.equal(m.weekday!.index, 1);
    assert.equal(m.weekday!.expected, 0);
    assert.equal(m.weekday!.correctText, 'maandag');
    assert.equal(only('Vrijdag 12 december 2023').weekday!.correctText, 'Dinsdag');
    assert.equal(only('VRIJDAG 12 DECEMBER 2023').weekday!.correctText, 'DINSDAG');
  });

  it('weekday with an unknown year or an invalid date: matches is null', () => {
    const noYear = only('op maandag 29 januari jl.');
    assert.equal(noYear.weekday!.matches, null);
    assert.equal(noYear.weekday!.expected, null);
    assert.equal(only('maandag 31 november 2023').weekday!.matches, null);
  });

  it('a word that is not a weekday is not taken', () => {
    assert.equal(only('Den Haag, 4 december 2023').weekday, null);
    assert.equal(only('maandagochtend 4 december 2023').weekday, null);
  });

  it('capitalised month', () => {
    const m = only('Datum: 12 December 2023');
    assert.equal(m.form, 'capitalised');
    assert.equal(m.nonCanonical, true);
    assert.equal(m.canonicalText, '12 december 2023');
    assert.equal(only('12 DECEMBER 2023').form, 'capitalised');
    const noYear = only('Op 29 Januari jl. heeft');
    assert.equal(noYear.form, 'capitalised');
    assert.equal(noYear.year, null);
    assert.equal(noYear.canonicalText, '29 januari');
  });

  it('abbreviated month, with and without dot', () => {
    const cases: Array<[string, string, string]> = [
      ['12 dec. 2023', '12 dec. 2023', '12 december 2023'],
      ['12 dec 2023', '12 dec 2023', '12 december 2023'],
      ['12 sept. 2023', '12 sept. 2023', '12 september 2023'],
      ['12 sep 2023', '12 sep 2023', '12 september 2023'],
      ['3 mrt. 2024', '3 mrt. 2024', '3 maart 2024'],
      ['3 febr. 2024', '3 febr. 2024', '3 februari 2024'],
      ['3 Okt. 2024', '3 Okt. 2024', '3 oktober 2024'],
      ['3 dec.2024', '3 dec.2024', '3 december 2024'],
    ];
    for (const [text, span, canonical] of cases) {
      const m = only(`Op ${text}, zie boven.`);
      assert.equal(m.text, span, text);
      assert.equal(m.form, 'abbreviated', text);
      assert.equal(m.nonCanonical, true, text);
      assert.equal(m.canonicalText, canonical, text);
      assert.equal(m.year, Number(canonical.slice(-4)), text);
    }
  });

  it('abbreviated month without year: needs the dot; a sentence-final dot stays out of the span', () => {
    assert.deepEqual(texts('op 3 jan de Vries gesproken'), []);
    const mid = only('Op 12 dec. heeft het lid');
    assert.equal(mid.text, '12 dec.');
    assert.equal(mid.year, null);
    assert.equal(mid.canonicalText, '12 december');
    const end = 'Het overleg was op 12 dec. Toen bleek het.';
    assert.equal(only(end).text, '12 dec');
    assert.equal(canonicalise(end), 'Het overleg was op 12 december. Toen bleek het.');
    assert.equal(only('op 12 dec.').text, '12 dec');
    const marker = only('Op 12 dec. jl. heeft');
    assert.equal(marker.text, '12 dec.');
    assert.equal(marker.relative!.text, 'jl.');
  });

  it('mei is a full name, not an abbreviation', () => {
    const m = only('op 1 mei 2024');
    assert.equal(m.form, 'canonical');
    assert.equal(m.month, 5);
  });

  it('numeric forms', () => {
    for (const text of ['12-12-2023', '12/12/2023', '12.12.2023']) {
      const m = only(`Datum ${text} ontvangen`);
      assert.equal(m.text, text);
      assert.equal(m.form, 'numeric');
      assert.equal(m.nonCanonical, true);
      assert.deepEqual([m.day, m.month, m.year], [12, 12, 2023]);
      assert.equal(m.canonicalText, '12 december 2023');
    }
    const short = only('op 1-2-2024.');
    assert.deepEqual([short.day, short.month, short.year], [1, 2, 2024]);
    assert.equal(short.text, '1-2-2024');
    const padded = only('op 04/01/2024');
    assert.equal(padded.canonicalText, '4 januari 2024');
    assert.equal(slice('op 04/01/2024', padded.parts.month), '01');
  });

  it('ISO form', () => {
    const m = only('Ingediend: 2023-12-12.');
    assert.equal(m.form, 'iso');
    assert.equal(m.text, '2023-12-12');
    assert.deepEqual([m.day, m.month, m.year], [12, 12, 2023]);
    assert.equal(m.canonicalText, '12 december 2023');
    assert.equal(only('om 2023-12-12T10:00').text, '2023-12-12');
  });

  it('day and month without year', () => {
    const text = 'Op 29 januari jl. heeft het kamerlid';
    const m = only(text);
    assert.equal(m.text, '29 januari');
    assert.equal(m.year, null);
    assert.equal(m.form, 'no-year');
    assert.equal(m.nonCanonical, false);
    assert.equal(m.exists, true);
    assert.equal(m.canonicalText, '29 januari');
    assert.equal(m.parts.year, null);
    assert.equal(mentionDate(m), null);
  });

  it('ordinals and leading zeros are recognised and flagged non-canonical', () => {
    for (const [text, canonical] of [
      ['1e januari 2024', '1 januari 2024'],
      ['1ste januari 2024', '1 januari 2024'],
      ['2de januari', '2 januari'],
      ['3e maart 2024', '3 maart 2024'],
    ] as const) {
      const m = only(`per ${text} in werking`);
      assert.equal(m.text, text);
      assert.equal(m.ordinal, true, text);
      assert.equal(m.nonCanonical, true, text);
      assert.equal(m.canonicalText, canonical, text);
    }
    const zero = only('op 04 december 2023');
    assert.equal(zero.leadingZero, true);
    assert.equal(zero.form, 'canonical');
    assert.equal(zero.nonCanonical, true);
    assert.equal(zero.day, 4);
    assert.equal(zero.canonicalText, '4 december 2023');
    assert.deepEqual(texts('de 1e keer in januari 2024'), []);
  });

  it('a date may wrap over one line break (PDF text), not over a blank line', () => {
    const wrapped = '(ontvangen \n23 februari 2024)';
    assert.equal(only(wrapped).text, '23 februari 2024');
    const inner = only('op 12 december\n2023 besloten');
    assert.equal(inner.year, 2023);
    assert.equal(inner.text, '12 december\n2023');
    assert.equal(inner.nonCanonical, false);
    assert.equal(only('op 12\r\ndecember 2023').year, 2023);
    const blank = only('op 12 december\n\n2023 besloten');
    assert.equal(blank.year, null);
    assert.equal(blank.text, '12 december');
    // Non-breaking spaces and double spaces between the parts are fine.
    assert.equal(only('12\u00a0december\u00a02023').year, 2023);
    assert.equal(only('12  december  2023').year, 2023);
  });

  it('several dates, ranges and neighbours', () => {
    assert.deepEqual(texts('van 4 december 2023 tot 12 december 2023'), ['4 december 2023', '12 december 2023']);
    assert.deepEqual(texts('op 4 en 5 december 2023'), ['5 december 2023']);
    assert.deepEqual(texts('op 4-8 december 2023'), ['8 december 2023']);
    assert.deepEqual(texts('op 150 januari'), []);
    assert.deepEqual(texts('op 12 december 150 deelnemers'), ['12 december']);
    assert.deepEqual(texts('op 12 december 20234'), ['12 december']);
    assert.deepEqual(texts('**12 december 2023**'), ['12 december 2023']);
    assert.deepEqual(texts('| 12-12-2023 | 13-12-2023 |'), ['12-12-2023', '13-12-2023']);
    assert.deepEqual(texts('5 mei 1945'), ['5 mei 1945']);
    assert.deepEqual(texts('de 3 mei-regeling'), ['3 mei']); // a month name before a hyphen is still a month
  });
});

describe('dates: validity', () => {
  const cases: Array<[string, boolean]> = [
    ['31 november 2023', false],
    ['30 november 2023', true],
    ['29 februari 2025', false],
    ['29 februari 2024', true],
    ['29 februari 2000', true],
    ['29 februari 1900', false],
    ['30 februari 2024', false],
    ['0 januari 2024', false],
    ['32 maart 2024', false],
    ['31 december 2023', true],
    ['31 april 2024', false],
    ['31-11-2023', false],
    ['30-02-2023', false],
    ['29.02.2024', true],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['31 nov. 2023', false],
    // without a year: exists in some year
    ['29 februari', true],
    ['30 februari', false],
    ['31 juni', false],
    ['0 januari', false],
  ];
  for (const [text, exists] of cases) {
    it(`${text} ${exists ? 'exists' : 'does not exist'}`, () => {
      const m = only(`Op ${text} gebeurde het.`);
      assert.equal(m.exists, exists);
    });
  }

  it('an invalid date still reports its parts and canonical text', () => {
    const m = only('31 november 2023');
    assert.deepEqual([m.day, m.month, m.year], [31, 11, 2023]);
    assert.equal(m.canonicalText, '31 november 2023');
    assert.equal(m.nonCanonical, false);
    assert.equal(mentionDate(m), null);
  });
});

describe('dates: jl. / a.s. markers', () => {
  const spellings: Array<[string, 'jl' | 'as', boolean, string]> = [
    ['jl.', 'jl', true, 'jl.'],
    ['j.l.', 'jl', false, 'jl.'],
    ['jl', 'jl', false, 'jl.'],
    ['j.l', 'jl', false, 'jl.'],
    ['Jl.', 'jl', false, 'jl.'],
    ['jongstleden', 'jl', true, 'jongstleden'],
    ['a.s.', 'as', true, 'a.s.'],
    ['a.s', 'as', false, 'a.s.'],
    ['as.', 'as', false, 'a.s.'],
    ['A.S.', 'as', false, 'a.s.'],
    ['aanstaande', 'as', true, 'aanstaande'],
  ];
  for (const [marker, kind, canonical, canonicalText] of spellings) {
    it(`"${marker}"`, () => {
      const text = `Op 29 januari ${marker} heeft het lid`;
      const m = only(text);
      assert.ok(m.relative, marker);
      assert.equal(m.relative.kind, kind);
      assert.equal(m.relative.text, marker);
      assert.equal(slice(text, m.relative.span), marker);
      assert.equal(m.relative.canonical, canonical);
      assert.equal(m.relative.canonicalText, canonicalText);
      assert.equal(m.fullSpan.end, m.relative.span.end);
      assert.equal(m.text, '29 januari');
    });
  }

  it('markers at the end of a sentence or text, and before punctuation', () => {
    const endJl = only('Het lid heeft dat gevraagd op 29 januari jl');
    assert.equal(endJl.relative!.text, 'jl');
    assert.equal(endJl.relative!.canonical, false);
    const sentence = only('Dat was op 29 januari jl. Daarna kwam er meer.');
    assert.equal(sentence.relative!.text, 'jl.');
    assert.equal(sentence.relative!.canonical, true);
    const comma = only('Op 29 januari jl, heeft');
    assert.equal(comma.relative!.text, 'jl');
    const long = only('Op 29 januari jongstleden. Daarna');
    assert.equal(long.relative!.text, 'jongstleden');
    assert.equal(long.relative!.canonical, true);
    const next = only('op 3 maart a.s.');
    assert.equal(next.relative!.text, 'a.s.');
  });

  it('a marker after a full date, after a numeric date, and on the next line', () => {
    assert.equal(only('op 29 januari 2024 jl. heeft').relative!.kind, 'jl');
    assert.equal(only('op 29-01-2024 jl. heeft').relative!.kind, 'jl');
    const crlf = only('op 29 januari\r\njl. heeft');
    assert.equal(crlf.relative!.text, 'jl.');
    assert.equal(crlf.year, null);
  });

  it('words that are not markers', () => {
    assert.equal(only('op 29 januari as een').relative, null); // bare "as" is not taken
    assert.equal(only('op 29 januari jlx').relative, null);
    assert.equal(only('op 29 januari jaar').relative, null);
    assert.equal(only('op 29 januari heeft').relative, null);
    assert.equal(only('op 29 januari a.s.a.p.').relative, null);
  });
});

describe('dates: resolveRelative', () => {
  it('no marker: null', () => {
    assert.equal(resolveRelative(only('op 29 januari 2024'), d(2024, 2, 13)), null);
  });

  it('29 december jl. in a nota of 10 januari 2024 is 29 december 2023', () => {
    const r = resolveRelative(only('Op 29 december jl. is besloten'), d(2024, 1, 10))!;
    assert.deepEqual(r.date, d(2023, 12, 29));
    assert.equal(r.yearInferred, true);
    assert.equal(r.kind, 'jl');
    assert.equal(r.daysFromNota, -12);
    assert.equal(r.consistent, true);
    assert.equal(r.problem, null);
  });

  it('corpus: Op 29 januari jl. / Op 9 januari jl. in the nota of 13 februari 2024', () => {
    const nota = d(2024, 2, 13);
    const text = 'Op 29 januari jl. heeft het kamerlid Eerdmans (JA21) vragen gesteld. Op 9 januari jl. heeft Stas BZK vragen beantwoord.';
    const [a, b] = findDates(text).map((m) => resolveRelative(m, nota)!);
    assert.deepEqual(a!.date, d(2024, 1, 29));
    assert.equal(a!.consistent, true);
    assert.equal(a!.daysFromNota, -15);
    assert.deepEqual(b!.date, d(2024, 1, 9));
    assert.equal(b!.consistent, true);
  });

  it('a.s. without year across the year boundary', () => {
    const r = resolveRelative(only('op 5 januari a.s.'), d(2023, 12, 20))!;
    assert.deepEqual(r.date, d(2024, 1, 5));
    assert.equal(r.consistent, true);
    assert.equal(r.daysFromNota, 16);
    const same = resolveRelative(only('op 21 december a.s.'), d(2023, 12, 20))!;
    assert.deepEqual(same.date, d(2023, 12, 21));
  });

  it('jl. with an explicit year after the nota date: not-before', () => {
    const r = resolveRelative(only('op 1 maart 2024 jl.'), d(2024, 2, 13))!;
    assert.equal(r.yearInferred, false);
    assert.deepEqual(r.date, d(2024, 3, 1));
    assert.equal(r.consistent, false);
    assert.equal(r.problem, 'not-before');
  });

  it('jl. more than a year back: too-old; exactly a year back is fine', () => {
    const old = resolveRelative(only('op 12 februari 2023 jl.'), d(2024, 2, 13))!;
    assert.equal(old.problem, 'too-old');
    assert.equal(old.consistent, false);
    const year = resolveRelative(only('op 13 februari 2023 jl.'), d(2024, 2, 13))!;
    assert.equal(year.consistent, true);
  });

  it('a.s. before the nota date: not-after', () => {
    const r = resolveRelative(only('op 1 februari 2024 a.s.'), d(2024, 2, 13))!;
    assert.equal(r.problem, 'not-after');
    assert.equal(r.consistent, false);
    assert.equal(r.daysFromNota, -12);
  });

  it('the nota date itself: same-day, for jl. and a.s.', () => {
    const jl = resolveRelative(only('op 13 februari jl.'), d(2024, 2, 13))!;
    assert.deepEqual(jl.date, d(2024, 2, 13));
    assert.equal(jl.problem, 'same-day');
    assert.equal(jl.consistent, false);
    const as = resolveRelative(only('op 13 februari a.s.'), d(2024, 2, 13))!;
    assert.equal(as.problem, 'same-day');
  });

  it('29 februari jl. looks back to the last leap year', () => {
    const r = resolveRelative(only('op 29 februari jl.'), d(2025, 2, 28))!;
    assert.deepEqual(r.date, d(2024, 2, 29));
    assert.equal(r.consistent, true);
    // 1 maart 2025: a year back is 1 maart 2024, so 29 februari 2024 is just over a year ago.
    const over = resolveRelative(only('op 29 februari jl.'), d(2025, 3, 1))!;
    assert.deepEqual(over.date, d(2024, 2, 29));
    assert.equal(over.problem, 'too-old');
    const far = resolveRelative(only('op 29 februari jl.'), d(2027, 3, 1))!;
    assert.deepEqual(far.date, d(2024, 2, 29));
    assert.equal(far.problem, 'too-old');
    const next = resolveRelative(only('op 29 februari a.s.'), d(2025, 3, 1))!;
    assert.deepEqual(next.date, d(2028, 2, 29));
  });

  it('a date that does not exist: invalid-date', () => {
    const r = resolveRelative(only('op 30 februari jl.'), d(2024, 3, 10))!;
    assert.equal(r.date, null);
    assert.equal(r.problem, 'invalid-date');
    assert.equal(r.consistent, false);
    assert.equal(resolveRelative(only('op 31 november 2023 jl.'), d(2024, 1, 1))!.problem, 'invalid-date');
  });

  it('weekday of a year-less date is checked against the resolved date', () => {
    assert.equal(resolveRelative(only('op maandag 29 januari jl.'), d(2024, 2, 13))!.weekdayMatches, true);
    assert.equal(resolveRelative(only('op dinsdag 29 januari jl.'), d(2024, 2, 13))!.weekdayMatches, false);
    assert.equal(resolveRelative(only('op 29 januari jl.'), d(2024, 2, 13))!.weekdayMatches, null);
  });

  it('latestOnOrBefore / earliestOnOrAfter', () => {
    assert.deepEqual(latestOnOrBefore(12, 29, d(2024, 1, 10)), d(2023, 12, 29));
    assert.deepEqual(latestOnOrBefore(1, 10, d(2024, 1, 10)), d(2024, 1, 10));
    assert.deepEqual(earliestOnOrAfter(1, 5, d(2023, 12, 20)), d(2024, 1, 5));
    assert.deepEqual(earliestOnOrAfter(2, 29, d(2096, 3, 1)), d(2104, 2, 29)); // 2100 is no leap year
    assert.equal(latestOnOrBefore(2, 30, d(2024, 3, 1)), null);
  });
});

describe('dates: parseDutchDate (field values)', () => {
  it('a canonical value, trimmed', () => {
    const m = parseDutchDate('  12 december 2023 ')!;
    assert.ok(m);
    assert.deepEqual([m.day, m.month, m.year], [12, 12, 2023]);
    assert.equal(m.form, 'canonical');
    assert.deepEqual(m.span, { start: 2, end: 18 });
  });

  it('tolerant of case and form; the caller checks form, exists and year', () => {
    assert.equal(parseDutchDate('12 December 2023')!.form, 'capitalised');
    assert.equal(parseDutchDate('12 DECEMBER 2023')!.canonicalText, '12 december 2023');
    assert.equal(parseDutchDate('12-12-2023')!.form, 'numeric');
    assert.equal(parseDutchDate('31 november 2023')!.exists, false);
    assert.equal(parseDutchDate('12 december')!.year, null);
    assert.equal(parseDutchDate('dinsdag 12 december 2023')!.weekday!.matches, true);
  });

  it('not a date, or not only a date: null', () => {
    for (const value of ['', '   ', 'morgen', '12 december 2023 of later', 'ca. 12 december 2023', '12 en 13 december 2023', '2023-0000768759', 'december 2023']) {
      assert.equal(parseDutchDate(value), null, JSON.stringify(value));
    }
  });
});

describe('dates: look-alikes that are not dates', () => {
  const nonDates = [
    '2023-0000768759', // reference number
    'Onze referentie 2024-0000096441',
    '2024Z01294',
    'kenmerk 2024Z01294',
    '2024D34636',
    'kv-tk-2024Z01294',
    'ah-tk-20232024-1065',
    'kst-29279-874',
    '1.234.567',
    'EUR 12.345.678',
    '5.1.2e',
    '[5.1.2.e]',
    '10.2.e',
    'versie v1.12.2023',
    '12.30 uur',
    'om 9.00 uur',
    'vergaderjaar 2023–2024, nr. 1047.',
    'Pagina 1 van 2',
    'https://www.scienceguide.nl/2025/01/ambtenaren-op-ministeries',
    '12-13-2023', // no month 13
    '00-12-2023',
    '32-12-2023',
    '12-12-23', // two-digit year not taken
    '12-12/2023', // mixed separators
    '12.12.2023.5',
    '1.12.12.2023',
    '2023-12-12-5',
    '2023-1-12',
    '1-1-1-1-2023',
    'december 2023',
    'in 2023',
    '12 decembers',
    '12december 2023',
    '3 jan de Vries',
    'art. 5.1 lid 2',
    '06-12345678',
    '070-1234567',
    '1234.56.782',
  ];
  for (const text of nonDates) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(texts(text), []);
    });
  }
});

describe('dates: corpus', () => {
  it('corpus sentences one by one', () => {
    const cases: Array<[string, string[]]> = [
      ['Op 29 januari jl. heeft het kamerlid Eerdmans (JA21) aan alle departementen', ['29 januari']],
      ['Op 9 januari jl. heeft Stas BZK', ['9 januari']],
      ['bijeenkomsten met ambtenaren naar aanleiding van de verkiezingsuitslag van \n22 november 2023 (ingezonden 29 januari 2024).', ['22 november 2023', '29 januari 2024']],
      ['(Buitenlandse Handel en Ontwikkelingssamenwerking) (ontvangen \n23 februari 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, \nnr. 1047.', ['23 februari 2024']],
      ['1) Science Guide, 29 januari 2025, “Ambtenaren op ministeries moeten opstaan tegen een Wilders, Trump en Musk”,  https://www.scienceguide.nl/2025/01/ambtenaren-op-ministeries-moeten-opstaan-tegen-een-wilders-trump-en-musk/.', ['29 januari 2025']],
      ['Beantwoord 16 februari 2024 (na 18 dagen)', ['16 februari 2024']],
      ['Kamerlid Eerdmans (JA21) heeft op 29 januari vragen gesteld aan alle ', ['29 januari']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(texts(text), expected, text);
    const jl = only('Op 29 januari jl. heeft het kamerlid');
    assert.equal(jl.relative!.kind, 'jl');
    assert.equal(jl.relative!.canonical, true);
    const footnote = only('Science Guide, 29 januari 2025,');
    assert.equal(footnote.relative, null);
    assert.equal(footnote.form, 'canonical');
  });

  it('every corpus document: only real, canonical dates (no date finding on the seeds)', function () {
    const dir = corpusDir();
    if (!dir) this.skip();
    const expected: Record<string, string[]> = {
      '000': ['12 december 2023', '4 december 2023', '12 december 2023'],
      '001': ['13 februari 2024', '29 januari', '29 januari', '9 januari'],
      '002': ['22 november 2023', '29 januari 2024', '16 februari 2024', '22 november 2023', '22 november 2023'],
      '003': ['22 november 2023', '29 januari 2024', '23 februari 2024'],
      '004': ['21 februari 2025', '29 januari 2025'],
    };
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length >= 5);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const found = findDates(text);
      const key = file.slice(0, 3);
      if (expected[key]) assert.deepEqual(found.map((m) => m.text), expected[key], file);
      for (const m of found) {
        assert.equal(m.exists, true, `${file}: ${m.text}`);
        assert.equal(m.nonCanonical, false, `${file}: ${m.text}`);
        assert.equal(m.weekday, null, `${file}: ${m.text}`);
        if (m.relative) assert.equal(m.relative.canonical, true, `${file}: ${m.text}`);
      }
    }
    // Seed 001 (Datum 13 februari 2024): both jl. dates are consistent.
    const seed001 = files.find((f) => f.startsWith('001'));
    if (seed001) {
      const text = readFileSync(join(dir, seed001), 'utf8');
      const header = parseDutchDate('13 februari 2024')!;
      const nota = mentionDate(header)!;
      for (const m of findDates(text).filter((x) => x.relative)) {
        const r = resolveRelative(m, nota)!;
        assert.equal(r.consistent, true, m.text);
        assert.equal(r.date!.year, 2024);
      }
    }
  });
});

describe('dates: spans and invariants (property)', () => {
  const alphabet = [
    '1', '2', '9', '0', '12', '29', '31', '2023', '2024', '-', '/', '.', ' ', '\n', ',', 'januari', 'December', 'dec.', 'sept',
    'mei', 'jl.', 'j.l.', 'a.s.', 'as.', 'maandag', 'Dinsdag', 'e', 'ste', 'x', 'T', 'é',
  ];
  it('mentions are ordered, disjoint, inside the text, and consistent with their parts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        let last = 0;
        for (const m of findDates(text)) {
          assert.ok(m.fullSpan.start >= last);
          assert.ok(m.fullSpan.start <= m.span.start && m.span.end <= m.fullSpan.end);
          assert.ok(m.span.start < m.span.end && m.fullSpan.end <= text.length);
          assert.equal(m.text, slice(text, m.span));
          assert.ok(m.month >= 1 && m.month <= 12);
          assert.ok(m.parts.day.start === m.span.start || m.form === 'iso');
          if (m.year !== null) assert.equal(m.exists, isValidDate(m.year, m.month, m.day));
          if (m.weekday) assert.equal(slice(text, m.weekday.span), m.weekday.text);
          if (m.relative) assert.equal(slice(text, m.relative.span), m.relative.text);
          last = m.fullSpan.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('applying every date-format fix yields text with only canonical dates', () => {
    const text = 'Op 12-12-2023, 12 December 2023, 12 dec. 2023, 1e januari 2024, 2023-12-12 en 04 mei 2023. Op 12 dec. Toen.';
    const fixed = canonicalise(text);
    assert.equal(
      fixed,
      'Op 12 december 2023, 12 december 2023, 12 december 2023, 1 januari 2024, 12 december 2023 en 4 mei 2023. Op 12 december. Toen.',
    );
    assert.ok(findDates(fixed).every((m) => !m.nonCanonical));
  });
});

describe('dates: linear time on adversarial 100 KB inputs', () => {
  const SIZE = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const cases: Array<[string, string, number | null]> = [
    ['one long digit run', fill('1'), 0],
    ['1-1-1-1-…', fill('1-'), 0],
    ['1.1.1.1.…', fill('1.'), 0],
    ['1/1/1/…', fill('1/'), 0],
    ['12-12-12-12-…', fill('12-'), 0],
    ['2023-2023-2023-…', fill('2023-'), 0],
    ['month names only', fill('januari '), 0],
    ['"1 januari " repeated', fill('1 januari '), null],
    ['"1 januari 2024 jl. " repeated', fill('1 januari 2024 jl. '), null],
    ['weekdays and dates', fill('maandag 1 januari 2024 '), null],
    ['weekday words', fill('maandag '), 0],
    ['dots and letters', fill('j.l.a.s.'), 0],
    ['spaces then a date', ' '.repeat(SIZE) + '12 december 2023', 1],
    ['tabs and newlines', fill('1 \n\t'), 0],
    ['long letter run after a day', '1 ' + 'a'.repeat(SIZE), 0],
    ['day + many spaces + month', fill('1' + ' '.repeat(50) + 'januari '), 0],
    ['digits and dots', fill('12.12.'), 0],
    ['ordinals', fill('1e 2de 3ste '), 0],
    ['marker-like runs', '1 januari ' + '.'.repeat(SIZE), 1],
  ];
  for (const [name, text, expectedCount] of cases) {
    it(name, () => {
      const found = findDates(text);
      if (expectedCount !== null) assert.equal(found.length, expectedCount);
      else assert.ok(found.length > 1000);
    });
  }

  it('parseDutchDate on a 100 KB value', () => {
    assert.equal(parseDutchDate(fill('1-')), null);
    assert.equal(parseDutchDate(fill('12 december 2023 ')), null);
  });
});
