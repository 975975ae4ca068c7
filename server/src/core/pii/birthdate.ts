// Birth dates: a date with a birth context ("geboren op", "geb.", "geboortedatum") nearby.
// A small local date pattern (numeric, ISO and written-out Dutch months); linear, bounded quantifiers.
import type { PiiCandidate } from './types';
import { before, after, makeCandidate, tableColumnHeader } from './util';

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s(?:${MONTHS})\\.?\\s\\d{4})(?![\\p{L}\\p{N}])`,
  'giu',
);
const BIRTH_BEFORE = /(?:geboren|geb\.|\bgeb\b|geboortedatum|geboorte\s?-?datum|geboortedag|geboorte|date of birth|\bdob\b|\bborn\b|°)[^.\n\d]{0,30}$/i;
const BIRTH_AFTER = /^\s{0,3}\(?\s{0,2}(?:geboortedatum|geb\.|geboren)/i;
/** A table column header that says the column holds birth dates ("Geb.datum", "Geboortedatum", "Date of birth"). */
const BIRTH_HEADER = /^(?:geb(?:\.|oren|oorte)|date of birth|dob\b|birth)/i;

function plausible(s: string): boolean {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return Number(iso[3]) >= 1 && Number(iso[3]) <= 31 && Number(iso[2]) >= 1 && Number(iso[2]) <= 12;
  return true;
}

export function findBirthdates(text: string): PiiCandidate[] {
  const out: PiiCandidate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!plausible(m[0])) continue;
    const b = BIRTH_BEFORE.test(before(text, start, 45));
    const a = !b && BIRTH_AFTER.test(after(text, end, 20));
    const header = !b && !a ? tableColumnHeader(text, start) : undefined;
    const col = header !== undefined && BIRTH_HEADER.test(header);
    if (!b && !a && !col) continue;
    out.push(
      makeCandidate(
        'birthdate',
        text,
        { start, end },
        0.95,
        col ? ['date', 'context:birth', 'table:column'] : ['date', 'context:birth'],
        { nl: `Geboortedatum ${m[0]}`, en: `Date of birth ${m[0]}` },
        col
          ? { nl: `een datum in de tabelkolom "${header}"`, en: `a date in the table column "${header}"` }
          : { nl: 'een datum met "geboren", "geb." of "geboortedatum" ervoor of erna', en: 'a date with "geboren" (born), "geb." or "geboortedatum" (date of birth) next to it' },
        true,
      ),
    );
  }
  return out;
}
