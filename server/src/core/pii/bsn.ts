// BSN (burgerservicenummer): 9 digits passing the elfproef.
import type { PiiCandidate } from './types';
import type { SourceDocument } from '../source/types';
import { after, before, makeCandidate, tableColumnHeader } from './util';
import { isAlnum, isDigit } from '../source/chars';

/** Plain, dotted (1234.56.782, 123.456.782, 12.34.56.782) or spaced (123 456 782, 1234 56 782) forms; bounded, no backtracking blow-up. */
const BSN_RE = /(?<![\d])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3})(?!\d)/g;
const BSN_CONTEXT = /(?:\bbsn|burger\s?service\s?-?nummer|burgerservicenr|\bsofi\s?-?nummer|\bsofinr|\bsofi\b)/i;
/**
 * A reference label right before the number: "kenmerk", "zaaknummer", "klantnummer", "RSIN", "nr." … A bare
 * "nummer" after an article or possessive ("onder vermelding van het nummer …", "zijn nummer …") names no kind
 * of reference and does not count (see ARTICLE_NUMMER).
 */
const REFERENCE_CONTEXT = /(?:kenmerk|referentie|zaaknummer|zaaknr|dossier|factuur|order|klantnummer|relatienummer|registratienummer|rsin|kvk|btw|polis|artikelnummer|nr\.?|nummer)\s*[:#.]?\s*$/i;
const ARTICLE_NUMMER = /(?:^|[^\p{L}])(?:het|zijn|haar|hun|uw|mijn|dit|dat)\s+nummer\s*:?\s*$/iu;
/** A table column whose header names a BSN. */
const BSN_HEADER = /^(?:bsn|burger\s?service\s?-?nummer|burgerservicenr|sofi)/i;
const CURRENCY_BEFORE = /(?:€|eur|euro|\$|£|usd)\s*$/i;
const CURRENCY_AFTER = /^\s*(?:€|eur\b|euro|mln|miljoen|miljard|duizend|keer|m2|km|kg|ton|liter|inwoners|huishoudens|personen|stuks)/i;
const PHONE_PREFIX = /(?:\+|\b00)\d{1,3}[\s-]?(?:\(0\)[\s-]?)?$/;

/** The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), not all zeros. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/**
 * A BSN that a hard line wrap splits ("BSN 1184\n87 334", "BSN 3113\n87986"): digit groups around one line
 * break; taken only with "BSN" right before it.
 */
const WRAPPED_RE = /(?<![\d.,])(\d{1,8}(?: \d{1,8})?)[ \t]*\r?\n[ \t>]*(\d{1,8}(?: \d{1,8})?)(?![\d])/g;
const BSN_RIGHT_BEFORE = /(?:\bbsn|burgerservicenummer)\s*:?\s*$/i;

function findWrappedBsn(text: string): PiiCandidate[] {
  const out: PiiCandidate[] = [];
  WRAPPED_RE.lastIndex = 0;
  for (let m = WRAPPED_RE.exec(text); m; m = WRAPPED_RE.exec(text)) {
    const digits = (m[1] + m[2]).replace(/ /g, '');
    if (digits.length !== 9 || !elfproef(digits) || !BSN_RIGHT_BEFORE.test(before(text, m.index, 30))) continue;
    if (isAlnum(text[m.index + m[0].length])) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      ...makeCandidate('bsn', text, span, 0.97, ['elfproef', 'context:bsn', 'format:wrapped'], { message: 'pii.bsn.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.bsn.context' }, true),
      ground: '5.1.1e',
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function findBsn(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = findWrappedBsn(text);
  BSN_RE.lastIndex = 0;
  for (let m = BSN_RE.exec(text); m; m = BSN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const prev = text[start - 1];
    const next = text[end];
    // part of a word, a reference (2023-0000768759), a Kamer id, a URL, an amount (1.123.456.782), a decimal
    if (isAlnum(prev) || (prev !== undefined && '.,-/_@+€$='.includes(prev))) continue;
    if (isAlnum(next) || (next !== undefined && '-/_@'.includes(next))) continue;
    if ((next === '.' || next === ',' || next === ' ') && isDigit(text[end + 1])) continue;
    if (prev === ' ' && isDigit(text[start - 2]) && raw.includes(' ')) continue;
    const digits = raw.replace(/[. ]/g, '');
    if (!elfproef(digits)) continue;
    const left = before(text, start, 60);
    if (CURRENCY_BEFORE.test(left) || CURRENCY_AFTER.test(after(text, end, 14))) continue;
    if (PHONE_PREFIX.test(before(text, start, 12))) continue;
    let context = BSN_CONTEXT.test(left) || BSN_CONTEXT.test(after(text, end, 30));
    if (!context) {
      const header = tableColumnHeader(source, start);
      if (header !== undefined && BSN_HEADER.test(header)) context = true;
    }
    const dotted333 = /^\d{3}\.\d{3}\.\d{3}$/.test(raw);
    if (dotted333 && !context) continue; // 123.456.789 is an amount unless a BSN context says otherwise
    const reasons = ['elfproef'];
    let score: number;
    if (context) {
      reasons.push('context:bsn');
      score = 0.97;
    } else if (REFERENCE_CONTEXT.test(before(text, start, 30)) && !ARTICLE_NUMMER.test(before(text, start, 30))) {
      reasons.push('context:reference');
      score = 0.3;
    } else if (/^\d{4}\.\d{2}\.\d{3}$/.test(raw) || /^\d{2}\.\d{2}\.\d{2}\.\d{3}$/.test(raw)) {
      reasons.push('format:bsn');
      score = 0.75;
    } else {
      score = 0.6;
    }
    if (raw.includes(' ')) reasons.push('format:spaced');
    out.push({
      ...makeCandidate(
        'bsn',
        text,
        { start, end },
        score,
        reasons,
        { message: 'pii.bsn.what', args: { text: raw } },
        { message: context ? 'pii.bsn.context' : 'pii.bsn.no-context' },
        context,
      ),
      ground: '5.1.1e',
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
