// Phone numbers: Dutch numbers (06, area codes, 088/085/091, +31/0031 with optional (0)) and international
// +-numbers, found by a bounded scanner and validated with libphonenumber-js. Service numbers (0800, 0900,
// 0906, 0909) and the government number 14 0xx are not personal.
import { type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
// libphonenumber-js's "max" metadata without what only formatting uses (scripts/phone-metadata.mjs): the
// number types that validation and getType() need, for every country.
import phoneMetadata from '../../../../data/phone-metadata.json';
import governmentHelpdesks from '../../../../data/government-helpdesks-nl.json';
import type { PiiCandidate } from './types';
import { before, makeCandidate } from './util';
import { isAlnum, isDigit } from '../source/chars';
import type { SourceDocument } from '../source/types';

const SEPARATORS = ' -./()\u00a0\u2011\u2013';
const PHONE_CONTEXT = /(?:\btel\b|\btel\.|telefoon|telefonisch|mobiel|\bgsm\b|bereikbaar|\bbel\b|bellen|\bT\s*[:.]|\bM\s*[:.]|\bmob\.?|whatsapp|nummer\s*$|\(0\)\s*$)/i;
const SERVICE_PREFIX = /^(?:800|900|906|909|14)/;
/** Published general numbers of government services (data/government-helpdesks-nl.json), by national digits. */
const GOVERNMENT_HELPDESKS = new Set(governmentHelpdesks.map((helpdesk) => nationalDigits(helpdesk.number)));
/**
 * A service's published number, said so in the sentence before it: "het algemene nummer van DUO is …",
 * "de algemene lijn van het Veteranenloket is …", "het klachtnummer …", "het 24/7 BZ Contactcenter, …", "het Landelijk Meldpunt Zorg is bereikbaar op …".
 */
const SERVICE_CONTEXT = /(?:(?:algemene|centrale) (?:telefoon)?(?:nummer|lijn)|publieksnummer|klachtnummer|klachtenlijn|informatienummer|servicenummer|contactcenter|klantcontactcentrum|klantenservice|helpdesk|servicedesk|meldpunt [^.\n]{0,40}bereikbaar|informatielijn|hulplijn)[^.\n]{0,40}$/i;
/**
 * An organisation that owns the number, named right before it in the clause after an article or preposition
 * (not "Mirte Smit, DGDOO/DIO, …", a person's unit): "bellen met het CJIB, …", "De ILT is
 * bereikbaar op …", "DJI de Infolijn, …", "het Huis voor Klokkenluiders, …", "de Rijksdienst voor
 * Identiteitsgegevens heeft mij verwezen naar …", "via het Persbureau Defensie (070 …)". An acronym, or an organisation noun with its name; only
 * linking words may stand between it and the number.
 */
const ORGANISATION_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Dd]e|[Hh]et|[Bb]ij|[Mm]et|[Nn]aar)\s+(?:\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}|(?:Rijksdienst|Dienst|Inspectie|Huis|Autoriteit|Stichting|Meldpunt|Belastingdienst|Loket|Centrum|Raad|College|Kenniscentrum)(?:\s+(?:voor|van)\s+(?:de\s+|het\s+)?\p{Lu}\p{L}+)?|(?:Info|Informatie|Hulp|Klanten|Service|Meld|Advies)lijn|\p{Lu}\p{L}+loket|\p{Lu}\p{L}+[Tt]elefoon|\p{Lu}\p{Ll}+(?:bureau|dienst|desk|centrum|centrale)(?:\s+\p{Lu}\p{L}+)?)` +
    String.raw`(?![\p{L}])[\s,:(]*(?:(?:is|zijn|heeft|via|op|onder|bereikbaar|telefonisch|nummer|telefoonnummer|tel\.?|mij|ons|verwezen|doorverwezen|naar)(?![\p{L}])[\s,:]*){0,5}$`,
  'u',
);
/**
 * The public as the caller: "Burgers die een boete betwisten, kunnen bellen met …", "Mensen die op een
 * wachtlijst staan kunnen zelf contact opnemen met …": the number that follows is a service's.
 */
const PUBLIC_CALLERS = /(?<![\p{L}])(?!(?:zij|wij|jullie|ze)\s)\p{L}+(?:en|s)(?:\s+die\s[^.!?\n]{0,60}?)?\s+kunnen\s[^.!?]{0,80}?(?:bellen|contact\s+opnemen|terecht|melden|melding)/u;
/** A person in the clause before the number: then the number may be theirs. */
const PERSON_BEFORE = /(?<![\p{L}])(?:hij|zij|ze|hem|haar|zijn|mevrouw|mevr\.|mw\.|heer|dhr\.|contactpersoon|vader|moeder|zoon|dochter)(?![\p{L}])/iu;
/** Initials and a surname: "J. Teunissen". */
const INITIALS_NAME = /\p{Lu}\.\s?\p{Lu}\p{Ll}/u;
/** A note after the number that it is the general one: "088 555 7777 (algemeen)". */
const GENERAL_AFTER = /^\s*\((?:algemeen|algemene?\s+(?:nummer|lijn)|centrale|receptie|hoofdnummer)\)/i;

/** Whether the text around the number shows it is an organisation's published number, not a person's. */
function organisationNumber(text: string, start: number, end: number): boolean {
  if (GENERAL_AFTER.test(text.slice(end, end + 30))) return true;
  const window = before(text, start, 160);
  let from = 0;
  for (const m of window.matchAll(/[.!?]\s|\n\s*\n/g)) from = m.index + m[0].length;
  const clause = window.slice(from);
  if (PERSON_BEFORE.test(clause) || INITIALS_NAME.test(clause)) return false;
  return ORGANISATION_OWNER.test(clause) || PUBLIC_CALLERS.test(clause);
}

/** An extension after the number belongs to it: "070-3188547 (toestel 2291)", "…, toestel 2291". */
const EXTENSION = /^(?: ?\((?:toestel|tst\.?|toestelnr\.?|doorkies|ext\.?|extension) ?\d{2,6}\)|,? (?:toestel|tst\.?|doorkiesnummer) \d{2,6}(?!\d))/i;

/** The national significant digits of a Dutch number as written: "+31 (0)88 043 0470" and "088-0430470" give "880430470". */
function nationalDigits(written: string): string {
  return written.replace(/\(0\)/g, '').replace(/\D/g, '').replace(/^(?:0031|31(?=\d{9}$)|0)/, '');
}

interface Raw {
  start: number;
  end: number;
  digits: string;
  international: boolean;
  nationalZero: boolean; // a "(0)" after the country code
}

/** Scan one candidate starting at `i` ('+', '0' or '('); bounded to 30 characters. */
function scanAt(text: string, i: number): Raw | undefined {
  const start = i;
  let international = false;
  if (text[i] === '+') {
    international = true;
    i++;
    if (!isDigit(text[i]) && !(text[i] === ' ' && isDigit(text[i + 1]))) return undefined;
  }
  let digits = '';
  let nationalZero = false;
  let sepRun = 0;
  let lastDigitEnd = i;
  let openParen = false;
  const limit = Math.min(text.length, start + 30);
  // maximum digit count: NL national 10, +31 → 11, 0031 → 13, other international 15
  while (i < limit) {
    const ch = text[i];
    if (isDigit(ch)) {
      digits += ch;
      sepRun = 0;
      i++;
      lastDigitEnd = i;
      if (international && digits === '310' && text[i - 2] === '(') {
        // +31 (0)70 …
        nationalZero = true;
        digits = '31';
      } else if (!international && digits.startsWith('00310') && digits.length === 5 && text[i - 2] === '(') {
        nationalZero = true;
        digits = '0031';
      }
      const max = international ? 15 : digits.startsWith('00') ? 15 : 10;
      if (digits.length >= max) break;
      if (!international && !digits.startsWith('00') && digits.length === 10) break;
      if (international && digits.startsWith('31') && digits.length === 11) break;
      if (!international && digits.startsWith('0031') && digits.length === 13) break;
      continue;
    }
    if (SEPARATORS.includes(ch)) {
      if (ch === '(') openParen = true;
      if (ch === ')' && !openParen) break;
      sepRun++;
      if (sepRun > 3) break;
      i++;
      continue;
    }
    break;
  }
  if (digits.length < 8) return undefined;
  return { start, end: lastDigitEnd, digits, international, nationalZero };
}

function normalise(r: Raw): string {
  if (r.international) return '+' + r.digits;
  if (r.digits.startsWith('00')) return '+' + r.digits.slice(2);
  return r.digits;
}

interface PhoneInfo {
  national: string;
  type: string | undefined;
  dutch: boolean;
  callingCode: string;
}

function parsePhone(norm: string): PhoneInfo | undefined {
  let info: PhoneInfo | undefined;
  try {
    const p = parsePhoneNumberFromString(norm, 'NL', phoneMetadata as unknown as MetadataJson);
    if (p && p.isValid()) {
      info = { national: String(p.nationalNumber), type: p.getType(), dutch: p.country === 'NL' || p.countryCallingCode === '31', callingCode: String(p.countryCallingCode) };
    }
  } catch {
    info = undefined;
  }
  return info;
}

export function findPhones(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  // repetitive input (tables, adversarial text) asks for the same number again and again
  const parsed = new Map<string, PhoneInfo | undefined>();
  const parseCached = (norm: string) => {
    if (!parsed.has(norm)) parsed.set(norm, parsePhone(norm));
    return parsed.get(norm);
  };
  const out: PiiCandidate[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const isStart = ch === '+' || ch === '0' || (ch === '(' && text[i + 1] === '0');
    if (!isStart) {
      i++;
      continue;
    }
    const prev = text[i - 1];
    if (isAlnum(prev) || (prev !== undefined && '-/.,_@+€$='.includes(prev)) || (prev === ':' && isDigit(text[i - 2]))) {
      i++;
      continue;
    }
    const raw = scanAt(text, i);
    if (!raw) {
      i++;
      continue;
    }
    // not glued to more digits or letters
    const next = text[raw.end];
    if (isAlnum(next) || ((next === '-' || next === '.' || next === '/') && isDigit(text[raw.end + 1]))) {
      i = raw.end;
      continue;
    }
    const norm = normalise(raw);
    // a national number never has 0 after the trunk prefix ("00…" is international, handled above)
    const info = /^0[1-9]|^\+[1-9]/.test(norm) ? parseCached(norm) : undefined;
    if (!info) {
      i++;
      continue;
    }
    const { national, type, dutch, callingCode } = info;
    if (
      (dutch && SERVICE_PREFIX.test(national)) ||
      type === 'TOLL_FREE' ||
      type === 'PREMIUM_RATE' ||
      type === 'SHARED_COST' ||
      (dutch && GOVERNMENT_HELPDESKS.has(national)) ||
      SERVICE_CONTEXT.test(before(text, raw.start, 80))
    ) {
      i = raw.end;
      continue;
    }
    if (!(dutch && national.startsWith('6')) && organisationNumber(text, raw.start, raw.end)) {
      i = raw.end;
      continue;
    }
    // a trailing "(" or ")" belongs to the number only when balanced
    let start = raw.start;
    let end = raw.end;
    // "(06-12345678)": parentheses around the whole number are punctuation, not part of it
    if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
    const spanText = text.slice(start, end);
    if (text[end] === ')' && spanText.includes('(') && spanText.lastIndexOf('(') > spanText.lastIndexOf(')')) end++;
    const extension = EXTENSION.exec(text.slice(end, end + 30));
    if (extension) end += extension[0].length;
    const reasons: string[] = ['libphonenumber'];
    const mobile = dutch && national.startsWith('6');
    if (mobile) reasons.push('pattern:06');
    else if (dutch && /^(?:88|85|91)/.test(national)) reasons.push('pattern:0' + national.slice(0, 2));
    else if (dutch) reasons.push('pattern:areacode');
    else reasons.push('pattern:international');
    if (raw.international || raw.digits.startsWith('00')) reasons.push('prefix:+' + callingCode);
    const context = PHONE_CONTEXT.test(before(text, start, 30));
    if (context) reasons.push('context:phone');
    let score = mobile ? 0.9 : 0.8;
    if (context) score += 0.07;
    const num = text.slice(start, end);
    out.push(
      makeCandidate(
        'phone',
        text,
        { start, end },
        score,
        reasons,
        { message: mobile ? 'pii.phone.mobile' : 'pii.phone.what', args: { text: num } },
        { message: 'pii.phone.why', args: { valid: { message: dutch ? 'pii.phone.dutch' : 'pii.phone.foreign' }, context: context ? { message: 'pii.phone.context' } : '' } },
        mobile || context,
      ),
    );
    i = end;
  }
  return out;
}
