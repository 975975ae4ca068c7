// Birth dates: a date (as the date module reads it) with a birth context ("geboren op", "geb.",
// "geboortedatum") nearby, or in a table column headed as birth dates.
import { findShortYearDates, type DateMention } from '../dates';
import type { SourceDocument } from '../source/types';
import type { Span } from '../types';
import type { PiiCandidate } from './types';
import { after, before, makeCandidate, tableColumnHeader, tableRowKey } from './util';

const BIRTH_BEFORE = /(?:geboren|geb\.|\bgeb\b|geboortedatum|geboorte\s?-?datum|geboortedag|geboorte|date of birth|\bdob\b|\bborn\b|°)[^.\n\d]{0,30}$/i;
const BIRTH_AFTER = /^\s{0,3}\(?\s{0,2}(?:geboortedatum|geb\.|geboren)/i;
/** A table column header that says the column holds birth dates ("Geb.datum", "Geboortedatum", "Date of birth"). */
const BIRTH_HEADER = /^(?:geb(?:\.|oren|oorte)|date of birth|dob\b|birth)/i;

export function findBirthdates(source: SourceDocument, dates: readonly Pick<DateMention, 'span'>[]): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  const spans: Span[] = [...dates.map((date) => date.span), ...findShortYearDates(text).map((date) => date.span)];
  for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
    const written = text.slice(start, end);
    const b = BIRTH_BEFORE.test(before(text, start, 45));
    const a = !b && BIRTH_AFTER.test(after(text, end, 20));
    // a column headed as birth dates, or a key-value row keyed so ("| Geboren | 30/06/1994 | 1991-02-11 |")
    const header = !b && !a ? [tableColumnHeader(source, start), tableRowKey(source, start)].find((h) => h !== undefined && BIRTH_HEADER.test(h)) : undefined;
    const col = header !== undefined;
    if (!b && !a && !col) continue;
    out.push(
      makeCandidate(
        'birthdate',
        text,
        { start, end },
        0.95,
        col ? ['date', 'context:birth', 'table:column'] : ['date', 'context:birth'],
        { message: 'pii.birthdate.what', args: { text: written } },
        col ? { message: 'pii.birthdate.column', args: { header: header! } } : { message: 'pii.birthdate.context' },
        true,
      ),
    );
  }
  return out;
}
