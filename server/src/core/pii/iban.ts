// IBAN: country code, check digits and BBAN, validated with ibantools (mod-97 and the country's BBAN format).
import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { PiiCandidate } from './types';
import { before, makeCandidate } from './util';
import { isAlnum } from '../source/chars';
import type { SourceDocument } from '../source/types';

const SPECS = getCountrySpecifications();
/**
 * A country code and check digits (also in lower case: "nl94 rabo …"), then alphanumerics in groups separated by
 * up to three spaces, a slash, or a line break (an IBAN split over two lines). Each step is forced: linear.
 */
const IBAN_START_RE = /[A-Za-z]{2}\d{2}(?:(?: {1,3}| ?\/ ?| ?\n)?[A-Za-z0-9]){8,34}/g;
/** What may stand between two groups of an IBAN. */
const GROUP_SEPARATOR = / |\/|\n/;
const ORG_CONTEXT = /(?:t\.?\s?n\.?\s?v\.?|ten name van)\s+(?:het\s+|de\s+)?(?:ministerie|rijks|belastingdienst|gemeente|provincie|stichting|vereniging|dienst|college|agentschap|\p{Lu}{2,})/iu;
const IBAN_CONTEXT = /(?:iban|rekening|bankrekening|rekeningnummer|bankrek|banknummer|gironummer|overmaken|storten)/i;

export function findIban(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  IBAN_START_RE.lastIndex = 0;
  for (let m = IBAN_START_RE.exec(text); m; m = IBAN_START_RE.exec(text)) {
    const start = m.index;
    if (isAlnum(text[start - 1])) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    const country = m[0].slice(0, 2).toUpperCase();
    // lower case only as a whole: grouped ("nl94 rabo …") or a lower-case token, whose bank part must then fit
    // the country's format (checked below with the check digits); not a word glued to upper case ("ab12CDEF…")
    if (m[0].slice(0, 2) !== country && !/^[a-z]{2}\d{2}(?: |[a-z0-9]+(?:[ /\n]|$))/.test(m[0])) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    const spec = SPECS[country];
    if (!spec || !spec.chars) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    // walk the match until the country's length is reached
    let n = 0;
    let i = start;
    let electronic = '';
    const limit = start + m[0].length;
    while (i < limit && n < spec.chars) {
      const ch = text[i];
      if (!GROUP_SEPARATOR.test(ch)) {
        electronic += ch.toUpperCase();
        n++;
      }
      i++;
    }
    if (n < spec.chars) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    let end = i;
    while (end > start && GROUP_SEPARATOR.test(text[end - 1])) end--;
    // glued to more alphanumerics: not this IBAN
    if (isAlnum(text[end])) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    if (!isValidIBAN(electronic)) {
      IBAN_START_RE.lastIndex = start + 1;
      continue;
    }
    IBAN_START_RE.lastIndex = end;
    const reasons = ['mod97', `country:${country}`];
    const context = IBAN_CONTEXT.test(before(text, start, 50));
    if (context) reasons.push('context:iban');
    const org = ORG_CONTEXT.test(text.slice(end, end + 60));
    if (org) reasons.push('context:organisation');
    const score = org ? 0.6 : 0.95;
    out.push(
      makeCandidate(
        'iban',
        text,
        { start, end },
        score,
        reasons,
        { message: 'pii.iban.what', args: { text: m[0].slice(0, end - start) } },
        { message: org ? 'pii.iban.valid-organisation' : 'pii.iban.valid', args: { country } },
        !org,
      ),
    );
  }
  return out;
}
