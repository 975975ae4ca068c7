// E-mail addresses: found by expanding around each '@' (bounded, linear), split into personal and
// functional mailboxes. Functional mailboxes (postbus@, info@, woo@, …) are not personal data.
import type { Span } from '../types';
import type { PiiCandidate } from './types';
import { fold, makeCandidate } from './util';
import { FIRST_NAMES } from './lexicon';
import { partitionPoint } from '../search';
import type { SourceDocument } from '../source/types';

const LOCAL_CHAR = /[A-Za-z0-9._%+'\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;

/** Words that make a mailbox functional when they are one of the local part's tokens (or its prefix). */
export const FUNCTIONAL_MAILBOX_WORDS = new Set([
  'postbus', 'info', 'herstel', 'hersteloperatie', 'schadeclaims', 'schade', 'informatie', 'woo', 'wob', 'woo-verzoek', 'wooverzoeken', 'secretariaat', 'noreply', 'no-reply',
  'donotreply', 'communicatie', 'pers', 'persvoorlichting', 'persvragen', 'voorlichting', 'servicedesk', 'helpdesk',
  'contact', 'klantcontact', 'webmaster', 'webredactie', 'redactie', 'privacy', 'fg', 'avg', 'dpo', 'klachten',
  'klacht', 'vragen', 'postkamer', 'kabinet', 'subsidies', 'subsidie', 'facturen', 'factuur', 'crediteuren',
  'debiteuren', 'administratie', 'team', 'bureau', 'afdeling', 'directie', 'loket', 'meldpunt', 'aanvragen',
  'aanvraag', 'secretariaat-generaal', 'bestuurssecretariaat', 'dossiers', 'archief', 'dienstpostbus', 'functionaris',
  'gegevensbescherming', 'integriteit', 'vertrouwenspersoon', 'security', 'cert', 'csirt', 'abuse', 'postmaster',
  'hostmaster', 'support', 'service', 'office', 'mail', 'email', 'nieuwsbrief', 'newsletter', 'events', 'evenementen',
  'beleid', 'juridisch', 'planning', 'hr', 'p-o', 'inkoop', 'bezwaar', 'bezwaren', 'beroep', 'ict', 'it', 'dgdoo',
  'dgoo', 'cio', 'cdo', 'sg', 'psg', 'dg', 'bsk', 'kamerbrieven', 'kamervragen', 'parlementaire', 'zaken',
  'programma', 'project', 'projectbureau', 'ondersteuning', 'bestuursondersteuning', 'agenda', 'receptie', 'balie',
  'beveiliging', 'facilitair', 'rijksoverheid', 'public', 'press', 'media', 'social', 'webcare', 'coordinatie',
  'coördinatie', 'directeur', 'algemeen', 'general', 'admin', 'info-', 'notificaties', 'meldingen', 'melding',
  'uitvoering', 'toezicht', 'inspectie', 'handhaving', 'piket', 'crisis', 'crisiscentrum', 'calamiteiten', 'wachtdienst',
  'storingen', 'storing', 'meldkamer', 'dienstdoende', 'verkiezingen', 'noodnummer', 'bereikbaarheidsdienst',
]);

function isFunctional(local: string): boolean {
  const l = local.toLowerCase();
  if (FUNCTIONAL_MAILBOX_WORDS.has(l)) return true;
  const tokens = l.split(/[._+\-]+/).filter(Boolean);
  for (const t of tokens) if (FUNCTIONAL_MAILBOX_WORDS.has(t)) return true;
  // a unit's abbreviation before a word: "wvl.zeeendelta@", "dcm.gedetineerden@" (initials are one or two letters)
  if (tokens.length >= 2 && /^[b-df-hj-np-tv-z]{3,5}$/.test(tokens[0])) return true;
  if (dutyFirst(tokens)) return true;
  // compound prefixes: postbusbzk@, infodesk@, wooverzoek@, secretariaatdgdoo@
  for (const w of ['postbus', 'info', 'woo', 'secretariaat', 'noreply', 'communicatie', 'persvoorlichting', 'servicedesk', 'helpdesk', 'contact', 'webmaster', 'klantcontact', 'meldpunt', 'loket']) {
    if (l.startsWith(w)) return true;
  }
  return false;
}

/**
 * A duty and where or by whom it is done: "grensbewaking.schiphol@", "vergunningverlening.noord@". The first
 * token is a long noun of a task (ending in -ing, -heid, -dienst …; a surname such as "Koning" is shorter),
 * and no token is a first name or an initial.
 */
function dutyFirst(tokens: string[]): boolean {
  if (tokens.length < 2 || tokens[0].length < 9 || !NOUN_TOKEN.test(tokens[0])) return false;
  return !tokens.some((t) => t.length <= 2 || FIRST_NAMES.has(t.charAt(0).toUpperCase() + t.slice(1)));
}

const FREE_MAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|chello|casema|quicknet|zeelandnet|tele2|online|upcmail|proton|protonmail|gmx|telfort|telenet|skynet|proximus|scarlet|pandora|web|t-online|orange|wanadoo|free|laposte|aol|yandex|bluewin|libero|seznam|mail)\./i;
/** Words of a team or duty mailbox, not of a person ("piket-verkiezingen@", "crisis-coordinatie@"). */
const NOUN_TOKEN = /(?:ingen|ing|heid|heden|ties|tie|schap|zaken|centrum|beheer|dienst|beleid|raad|kamer|loket|desk|punt|team|groep|lijn)$/;
/** A local part of glued initials, particles and a surname: "rdehaan", "fjvandermeulen", "pvdberg", "jjansen". */
const GLUED_NAME = /^([a-z]{1,3})((?:van|vd|v)?(?:de|der|den|het|t)?|ter|ten|te|de|der|den|op|in)([a-z]{3,30})\d{0,4}$/;

function nameLike(local: string, written: (word: string) => boolean): { like: boolean; first?: string } {
  const tokens = local.split(/[._\-]+/).filter(Boolean);
  if (tokens.length >= 2) {
    const first = tokens[0].charAt(0).toUpperCase() + tokens[0].slice(1).toLowerCase();
    if (FIRST_NAMES.has(first)) return { like: true, first };
    if (tokens[0].length === 1 && /^[a-z]$/i.test(tokens[0])) return { like: true };
    // "piket-verkiezingen", "team-cloud": words joined by a hyphen, or a noun among them, name a team or a duty;
    // "jeroen.vanthof", "vandenbroek.carla" are names joined by a dot
    const hyphenFirst = /^[a-z]+-/i.test(local);
    const noun = tokens.some((t) => NOUN_TOKEN.test(t.toLowerCase()));
    // a surname among them is written capitalised near the address ("hofstee.smit" … "Hofstee-Smit"); two plain
    // words ("controle.uitwonend@") name a task
    const plain = tokens.some((t) => t.length >= 4) && tokens.every((t) => /^[a-z]+$/i.test(t)) && !tokens.every((t) => t.length <= 3);
    if (!hyphenFirst && plain && tokens.some((t) => t.length >= 3 && written(fold(t))) && (!noun || tokens.every((t) => written(fold(t)) || !NOUN_TOKEN.test(t.toLowerCase())))) return { like: true };
  }
  if (tokens.length === 1) {
    const t = tokens[0].charAt(0).toUpperCase() + tokens[0].slice(1).toLowerCase();
    if (FIRST_NAMES.has(t)) return { like: true, first: t };
  }
  return { like: false };
}

/**
 * "rdehaan@", "fjvandermeulen@": initials and a surname glued together, the surname written as a capitalised
 * word near the address ("R. de Haan-Öztürk | … | rdehaan@vng.nl"). Window-bounded.
 */
/** Capitalised words of the text (folded) with their positions. */
function capitalisedWords(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const w of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}'’]{2,30}(?![\p{L}])/gu)) {
    const k = fold(w[0]).replace(/['’]/g, '');
    const list = index.get(k);
    if (list) list.push(w.index);
    else index.set(k, [w.index]);
  }
  return index;
}

/** Whether `word` (folded) is written as a capitalised word within 1500 characters of `at` (binary search in its positions). */
function nearCapitalised(index: Map<string, number[]>, word: string, at: number): boolean {
  const pos = index.get(word);
  if (!pos) return false;
  const first = pos[partitionPoint(pos.length, (i) => pos[i] < at - 1500)];
  return first !== undefined && first <= at + 1500;
}

function gluedName(local: string, capitalised: () => Map<string, number[]>, at: number): boolean {
  const l = local.toLowerCase();
  const m = GLUED_NAME.exec(l);
  if (!m) return false;
  const index = capitalised();
  const words = {
    has: (w: string) => nearCapitalised(index, w, at),
  };
  // every split of the tail: initials + particles + surname, the surname written capitalised nearby
  const rest = l.replace(/\d+$/, '');
  for (let i = 1; i <= 3 && i < rest.length - 2; i++) {
    const tail = rest.slice(i);
    for (const p of ['', 'van', 'vd', 'vander', 'vanden', 'vande', 'de', 'der', 'den', 'ter', 'ten', 'te', 'vant', 'het']) {
      if (!tail.startsWith(p)) continue;
      const surname = tail.slice(p.length);
      if (surname.length >= 3 && words.has(surname) && (p !== '' || i <= 2)) return true;
    }
  }
  return false;
}

export function findEmails(source: SourceDocument): PiiCandidate[] {
  const { text } = source;
  let capitalised: Map<string, number[]> | undefined;
  // built once per text, and only when an address looks glued
  const capitalisedOnce = () => (capitalised ??= capitalisedWords(text));
  const out: PiiCandidate[] = [];
  let from = 0;
  let lastEnd = -1;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    // local part: expand left, at most 64 characters
    let s = at;
    while (s > 0 && at - s < 65 && LOCAL_CHAR.test(text[s - 1])) s--;
    if (at - s > 64 || s === at) continue;
    if (s <= lastEnd) continue;
    // domain: expand right, at most 253 characters
    let e = at + 1;
    while (e < text.length && e - at <= 254 && DOMAIN_CHAR.test(text[e])) e++;
    if (e - at > 254) continue;
    // trim dots/dashes around
    while (s < at && (text[s] === '.' || text[s] === '-')) s++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (!local || local.includes('..') || !domain) continue;
    const labels = domain.split('.');
    if (labels.length < 2) continue;
    const tld = labels[labels.length - 1];
    if (!/^[A-Za-z]{2,24}$/.test(tld)) continue;
    if (labels.some((lab) => lab.length === 0 || lab.length > 63 || lab.startsWith('-') || lab.endsWith('-'))) continue;
    if (text[e] === '@') continue; // a@b.c@d: not an address
    if (text[s - 1] === '@') continue;
    lastEnd = e;
    from = e;
    const candidate = classify(text, { start: s, end: e }, local, domain, capitalisedOnce, at, false);
    if (candidate) out.push(candidate);
  }
  // plain addresses are in text order: one pointer over them tells whether an obfuscated form overlaps one
  const plain = out.length;
  let k = 0;
  let plainEnd = -1;
  for (const written of findObfuscated(text)) {
    for (; k < plain && out[k].span.start <= written.span.start; k++) plainEnd = Math.max(plainEnd, out[k].span.end);
    if (written.span.start < plainEnd) continue;
    const candidate = classify(text, written.span, written.local, written.domain, capitalisedOnce, written.span.start, true);
    if (candidate) out.push(candidate);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The separator an address is written with to dodge harvesters: "(at)", "[at]", "apenstaartje"; dots as "punt", "(dot)". */
const AT_WORD = String.raw`\s?[([{](?:at|apenstaartje)[)\]}]\s?| apenstaartje | (?<spoken>at) `;
/** A dot written as a word: "punt", "dot", also in brackets ("[punt]"). */
const SPOKEN_DOT = String.raw` punt | dot |\s?[([{](?:dot|punt)[)\]}]\s?`;
const DOT_WORD = String.raw`\.|${SPOKEN_DOT}`;
/**
 * Bounded parts, and no character shared between a part and a separator: linear. The local part may hold
 * spoken dots too ("ingrid punt ploeger apenstaartje …").
 */
const OBFUSCATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._-])(?<local>(?:[A-Za-z0-9][A-Za-z0-9_-]{0,30}(?:${SPOKEN_DOT})){0,3}[A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:${AT_WORD})(?<domain>(?:[A-Za-z0-9-]{1,63}(?:${DOT_WORD})){1,5}[A-Za-z]{2,24})(?![\p{L}\p{N}])`,
  'gu',
);
const SPOKEN_DOTS = new RegExp(SPOKEN_DOT, 'g');

/** E-mail addresses written to dodge harvesters ("naam(at)organisatie.nl", "naam apenstaartje kpnmail punt nl"). */
function findObfuscated(text: string): { span: Span; local: string; domain: string }[] {
  const out: { span: Span; local: string; domain: string }[] = [];
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    // a bare " at " is English prose ("meet at home") unless it is in lower case, spells a dot out and has a
    // dotted local part, as "k punt ravenhorst at minbzk punt nl"
    const local = m.groups?.local ?? '';
    if (m.groups?.spoken !== undefined && (/[A-Z]/.test(local) || !/[([{]|punt|dot/.test(m[0].replace(/ at /, '')) || !/[.]|punt|dot/.test(local))) continue;
    const domain = (m.groups?.domain ?? '').replace(new RegExp(DOT_WORD, 'g'), '.');
    out.push({ span: { start: m.index, end: m.index + m[0].length }, local: local.replace(SPOKEN_DOTS, '.'), domain });
  }
  return out;
}

/** The candidate for an address with this local part and domain; undefined for a functional mailbox. */
function classify(text: string, span: Span, local: string, domain: string, capitalisedOnce: () => Map<string, number[]>, at: number, obfuscated: boolean): PiiCandidate | undefined {
  if (isFunctional(local)) return undefined;
  const free = FREE_MAIL.test(domain);
  let like = nameLike(local, (word) => nearCapitalised(capitalisedOnce(), word, at));
  if (!like.like && gluedName(local, capitalisedOnce, at)) like = { like: true };
  const reasons = ['pattern:email'];
  // a single word that is no first name ("najaarsvaccinatie@", "meldkamer@") is most likely a team mailbox
  // so are plain words joined by dots with no name among them ("controle.uitwonend@")
  const singleWord = (/^[a-z]+$/i.test(local) || /^[a-z]+(?:\.[a-z]+)+$/i.test(local) || local.split(/[._\-]+/).every((t) => t.length <= 3)) && !like.like;
  let score = singleWord ? 0.45 : 0.75;
  if (singleWord) reasons.push('localpart:word');
  if (like.like) {
    reasons.push('localpart:name');
    score = 0.92;
  }
  if (like.first) reasons.push('list:firstname');
  if (free) {
    reasons.push('domain:private');
    score = Math.max(score, 0.9);
  }
  if (obfuscated) reasons.push('pattern:obfuscated');
  const addr = text.slice(span.start, span.end);
  return makeCandidate(
    'email',
    text,
    span,
    score,
    reasons,
    { message: 'pii.email.what', args: { text: addr } },
    { message: 'pii.email.why', args: { local: { message: like.like ? 'pii.email.name-like' : 'pii.email.not-functional' }, provider: free ? { message: 'pii.email.private-provider' } : '' } },
    like.like || free,
  );
}

