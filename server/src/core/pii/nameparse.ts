// Tokenising and parsing of person names ("J.A. de Vries", "Karien van Gennip", "Van Haga"), shared by the
// name and signature detectors. One linear pass over the text.
import { CIVIL_ROLES, CORE_PARTICLES, FIRST_NAMES, HONORIFICS, MONTHS, NOT_NAME_WORDS, PARTICLES, PLACES, PLACE_WORDS, PUBLIC_ROLES, TITLES } from './lexicon';
import { fold } from './util';
import { isLetter, isUpper } from '../source/chars';

export type TokKind = 'word' | 'initials' | 'num' | 'punct';

export interface Tok {
  s: number;
  e: number;
  t: string;
  kind: TokKind;
  /** Newlines in the whitespace before this token. */
  nl: number;
  /** Whitespace before this token (any). */
  ws: boolean;
  /** Memo of isCapWord. */
  cap?: boolean;
  /** Memo of the lower-case text. */
  lc?: string;
  /** Memo of nameRole. */
  role?: number;
}

/** A token with every field present from the start, so that all tokens share one shape. */
function makeTok(s: number, e: number, t: string, kind: TokKind, nl: number, ws: boolean): Tok {
  return { s, e, t, kind, nl, ws, cap: undefined, lc: undefined, role: undefined };
}

/** The token's text in lower case (memoised). */
export function lowerTok(t: Tok): string {
  return t.lc ?? (t.lc = t.t.toLowerCase());
}

const MULTI_LETTER_INITIALS = new Set(['Th', 'Chr', 'Ph', 'Tj', 'Sj', 'Joh', 'Wm', 'Jac', 'Ij', 'IJ']);

const MARK = /\p{M}/u;

/** The end of a word from `j`: word characters, joined by inner hyphens and apostrophes ("Hofstede-Vink", "d'Ancona"). */
function wordEnd(text: string, j: number): number {
  while (j < text.length && (isWordChar(text[j]) || ((text[j] === '-' || text[j] === "'" || text[j] === '’') && isWordChar(text[j + 1])))) j++;
  return j;
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter(ch) || MARK.test(ch);
}

/** Tokenise the whole text. */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let nl = 0;
  let ws = false;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      nl++;
      ws = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\f' || ch === '\v') {
      ws = true;
      i++;
      continue;
    }
    const start = i;
    // initials group: J. / J.A. / J. A. / Th.C. / H.G.J.
    if (isUpper(ch) && (text[i + 1] === '.' || (MULTI_LETTER_INITIALS.has(text.slice(i, i + 2)) && text[i + 2] === '.') || (MULTI_LETTER_INITIALS.has(text.slice(i, i + 3)) && text[i + 3] === '.'))) {
      let j = i;
      let groups = 0;
      for (;;) {
        let k = j;
        if (!isUpper(text[k])) break;
        k++;
        while (k < n && k - j < 3 && /\p{Ll}/u.test(text[k])) k++;
        if (text[k] !== '.') break;
        const letters = text.slice(j, k);
        if (letters.length > 1 && !MULTI_LETTER_INITIALS.has(letters)) break;
        k++;
        groups++;
        j = k;
        if (groups >= 8) break;
        // optional single space or hyphen between initials ("J. A.", "J.-P.")
        if ((text[j] === ' ' || text[j] === '-') && isUpper(text[j + 1]) && (text[j + 2] === '.' || (MULTI_LETTER_INITIALS.has(text.slice(j + 1, j + 3)) && text[j + 3] === '.'))) j++;
      }
      if (groups > 0 && !isWordChar(text[j])) {
        // "J." directly followed by a word char would be an abbreviation like "J.Jansen" — still initials
        toks.push(makeTok(start, j, text.slice(start, j), 'initials', nl, ws));
        i = j;
        nl = 0;
        ws = false;
        continue;
      }
      if (groups > 0 && isUpper(text[j])) {
        toks.push(makeTok(start, j, text.slice(start, j), 'initials', nl, ws));
        i = j;
        nl = 0;
        ws = false;
        continue;
      }
    }
    // 's-Gravenhage, 't
    if ((ch === "'" || ch === '’') && (text[i + 1] === 's' || text[i + 1] === 't') && !isWordChar(text[i + 2])) {
      let j = i + 2;
      if (text[j] === '-' && isWordChar(text[j + 1])) {
        j = wordEnd(text, j + 1);
      }
      toks.push(makeTok(start, j, text.slice(start, j), 'word', nl, ws));
      i = j;
      nl = 0;
      ws = false;
      continue;
    }
    if (isWordChar(ch)) {
      const j = wordEnd(text, i + 1);
      toks.push(makeTok(start, j, text.slice(start, j), 'word', nl, ws));
      i = j;
      nl = 0;
      ws = false;
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      let j = i + 1;
      while (j < n && text[j] >= '0' && text[j] <= '9') j++;
      toks.push(makeTok(start, j, text.slice(start, j), 'num', nl, ws));
      i = j;
      nl = 0;
      ws = false;
      continue;
    }
    toks.push(makeTok(start, i + 1, ch, 'punct', nl, ws));
    i++;
    nl = 0;
    ws = false;
  }
  return toks;
}

export function isCapWord(t: Tok): boolean {
  if (t.cap === undefined) t.cap = capWord(t);
  return t.cap;
}

function capWord(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  const c = t.t[0];
  if (!isUpper(c)) return false;
  // all caps of 2+ letters: an acronym (BZK, DGDOO), not a name
  if (t.t.length >= 2 && t.t === t.t.toUpperCase()) return false;
  // internal capitals ("BelastingTelefoon", "DigiD") are brand or product names, except Mc/Mac/O'/De/Van/La…
  for (const part of t.t.split(/[-'’]/)) {
    if (/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Ver|Ten|Ter|El|Al)\p{Lu}/u.test(part)) continue;
    if (/\p{Ll}\p{Lu}/u.test(part)) return false;
  }
  return true;
}

export function isParticle(t: Tok): boolean {
  return t.kind === 'word' && PARTICLES.has(lowerTok(t));
}

export function isStopWord(word: string): boolean {
  const l = word.toLowerCase();
  return NOT_NAME_WORDS.has(l) || MONTHS.has(l) || TITLES.has(l) || PUBLIC_ROLES.has(l) || CIVIL_ROLES.has(l) || HONORIFICS.has(l) || /-(?:leider|voorman|voorvrouw|kamerlid|fractievoorzitter|lijsttrekker|senator|prominent|minister|staatssecretaris|wethouder)$/.test(l);
}


/**
 * Stop words that are also (parts of) Dutch surnames: "M. Koning", "mevrouw De Groot", "B. Oude Luttikhuis",
 * "dhr. Klein". Inside a name only after initials, a known first name or a form of address.
 */
const SURNAME_STOPWORDS = new Set(['koning', 'prins', 'groot', 'klein', 'oude', 'olde', 'lange', 'hoog', 'kort', 'korte', 'nieuwe', 'post']);

/** Whether the token before `i` (skipping a '.') is a form of address or a title: "mevrouw Koning", "dhr. Klein". */
function afterHonorific(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.t === '.') k--;
  const w = toks[k];
  return w !== undefined && w.kind === 'word' && (HONORIFICS.has(lowerTok(w)) || TITLES.has(lowerTok(w)));
}

// What a token can be in a name, from its text alone: nameChunks looks at every token of the text, and
// an open nota's tokens come from the line cache with their role worked out.
const ROLE_INITIALS = 1;
/** A capitalised word that is not a stop word. */
const ROLE_NAME_WORD = 2;
const ROLE_PARTICLE = 4;
/** A particle that belongs to the surname core ("van", "de"). */
const ROLE_CORE_PARTICLE = 8;
/** A capitalised surname stop word ("Koning", "Klein"). */
const ROLE_SURNAME_STOP = 16;

export function nameRole(t: Tok): number {
  if (t.role !== undefined) return t.role;
  let role = 0;
  if (t.kind === 'initials') role = ROLE_INITIALS;
  else if (t.kind === 'word') {
    const lower = lowerTok(t);
    const cap = isCapWord(t);
    if (cap && !isStopWord(t.t)) role |= ROLE_NAME_WORD;
    if (PARTICLES.has(lower)) role |= ROLE_PARTICLE | (CORE_PARTICLES.has(lower) ? ROLE_CORE_PARTICLE : 0);
    if (cap && SURNAME_STOPWORDS.has(lower)) role |= ROLE_SURNAME_STOP;
  }
  t.role = role;
  return role;
}

const has = (t: Tok | undefined, roles: number): boolean => t !== undefined && (nameRole(t) & roles) !== 0;

export interface ParsedName {
  /** Token index range [from, to) in the token array. */
  from: number;
  to: number;
  start: number;
  end: number;
  initials: string[]; // upper-case letters
  firstNames: string[];
  /** Surname tokens including particles, as written. */
  surname: string[];
  /** Folded surname without particles, e.g. "haga", "bruins slot". */
  core: string;
  /** Number of capitalised words (first names + surname words). */
  capCount: number;
}

function foldCore(surname: string[]): string {
  return surname
    .filter((w) => !PARTICLES.has(w.toLowerCase()))
    .map((w) => fold(w))
    .join(' ');
}

/** Parse tokens [from, to) (already a chunk of initials/caps/particles) into a name. */
export function parseName(toks: Tok[], from: number, to: number): ParsedName | undefined {
  // strip leading/trailing particles that are not followed by a capitalised word
  while (from < to && isParticle(toks[from]) && !(from + 1 < to && (isCapWord(toks[from + 1]) || isParticle(toks[from + 1])))) from++;
  while (to > from && isParticle(toks[to - 1])) to--;
  // "van Van Houten & Bakker": a lower-case preposition before a capitalised particle is not part of the name
  while (from + 1 < to && isParticle(toks[from]) && /^\p{Ll}/u.test(toks[from].t) && isParticle(toks[from + 1]) && /^\p{Lu}/u.test(toks[from + 1].t)) from++;
  if (from >= to) return undefined;
  // "het team van Willem Bakker": a lower-case particle before a known first name is a preposition
  if (isParticle(toks[from]) && /^\p{Ll}/u.test(toks[from].t) && from + 1 < to && toks[from + 1].kind === 'word' && FIRST_NAMES.has(toks[from + 1].t) && hasCapAfter(toks, from + 2, to)) from++;
  // "Bel Yara Özdemir": capitalised words before a known first name are sentence words, not part of the name
  if (toks[from].kind === 'word' && !FIRST_NAMES.has(toks[from].t)) {
    for (let f = from + 1; f < Math.min(to - 1, from + 3); f++) {
      if (toks[f].kind === 'word' && FIRST_NAMES.has(toks[f].t) && hasCapAfter(toks, f + 1, to)) {
        let allCaps = true;
        for (let g = from; g < f; g++) if (!isCapWord(toks[g]) || PARTICLES.has(toks[g].t.toLowerCase())) allCaps = false;
        if (allCaps) from = f;
        break;
      }
    }
  }
  const initials: string[] = [];
  const firstNames: string[] = [];
  const surname: string[] = [];
  let k = from;
  if (toks[k].kind === 'initials') {
    for (const m of toks[k].t.matchAll(/(\p{Lu})\p{Ll}*\./gu)) initials.push(m[1]);
    k++;
    if (toks[k]?.t === '(' && toks[k + 2]?.t === ')') {
      firstNames.push(toks[k + 1].t);
      k += 3;
    }
  }
  // first names: capitalised words in the list, while at least one capitalised word follows
  while (k < to && initials.length === 0 && isCapWord(toks[k]) && FIRST_NAMES.has(toks[k].t) && hasCapAfter(toks, k + 1, to)) {
    firstNames.push(toks[k].t);
    k++;
  }
  // hyphenated first names: "Jan-Willem", "Gert-Jan"
  for (; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'initials') return undefined; // initials in the middle: not one name
    surname.push(t.t);
  }
  const capCount = firstNames.length + surname.filter((w) => isUpper(w[0]) && !PARTICLES.has(w.toLowerCase())).length;
  const core = foldCore(surname);
  if (!core) return undefined;
  return { from, to, start: toks[from].s, end: toks[to - 1].e, initials, firstNames, surname, core, capCount };
}

function hasCapAfter(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isCapWord(toks[k])) return true;
  return false;
}

/**
 * Name chunks: maximal runs of initials / capitalised words / particles separated by plain whitespace (at most one
 * line break), split at stop words. Returns token ranges.
 */
export function nameChunks(toks: Tok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const ok = has(t, ROLE_INITIALS | ROLE_NAME_WORD | ROLE_CORE_PARTICLE) || (has(t, ROLE_SURNAME_STOP) && afterHonorific(toks, i));
    if (!ok) {
      // "Klein heeft de zaak besproken": a surname stop word standing alone is a mention of its own (personal only
      // when a person of that name is, in this document); not after an article ("de Koning", the king) and not
      // before a capitalised word ("Koning Willem-Alexander", "Lange Voorhout")
      if (has(t, ROLE_SURNAME_STOP) && !/^(?:de|het|een|der|den)$/i.test(toks[i - 1]?.t ?? '') && !(toks[i + 1] && toks[i + 1].nl === 0 && isCapWord(toks[i + 1]))) out.push([i, i + 1]);
      i++;
      continue;
    }
    // a name introduced by initials, a first name or a form of address may hold surname stop words ("Koning")
    const intro = t.kind === 'initials' || FIRST_NAMES.has(t.t) || afterHonorific(toks, i);
    const byName = t.kind === 'initials' || FIRST_NAMES.has(t.t);
    let hasSurname = false; // a capitalised surname word after the initials / first name
    let preposition = false;
    let j = i + 1;
    while (j < toks.length) {
      const u = toks[j];
      if (!u.ws || u.nl > 1) break;
      // a line break inside a name only after a particle or initials ("Minister Van \nLeeuwen"), or when
      // the previous line did not end a sentence
      if (u.nl === 1 && !has(toks[j - 1], ROLE_PARTICLE | ROLE_INITIALS)) break;
      if (u.kind === 'initials') {
        // initials start a new name ("J. Jansen K. de Vries" is two names)
        break;
      }
      if (u.t === '(' && toks[j - 1].kind === 'initials' && toks[j + 1] && isCapWord(toks[j + 1]) && toks[j + 2]?.t === ')' && toks[j + 3] && (isCapWord(toks[j + 3]) || isParticle(toks[j + 3])) && !toks[j + 1].ws) {
        j += 3;
        continue;
      }
      if (has(u, ROLE_NAME_WORD)) {
        if (!has(u, ROLE_PARTICLE) && !FIRST_NAMES.has(u.t)) hasSurname = true;
        j++;
        continue;
      }
      if (intro && has(u, ROLE_SURNAME_STOP) && u.nl === 0) {
        j++;
        continue;
      }
      if (has(u, ROLE_CORE_PARTICLE) || (has(u, ROLE_PARTICLE) && lowerTok(u) === 'el')) {
        // "Fatima Yilmaz van DGDOO", "mr. D.A. Lambregts van Lambregts & Wouters": after initials or a first name
        // and a complete surname, a lower-case "van" is the preposition, not a particle
        if (u.t === 'van' && byName && hasSurname) {
          preposition = true;
          break;
        }
        j++;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = preposition ? j + 1 : j;
  }
  return out;
}

const PLACE_SET = new Set(PLACES.map((p) => p.toLowerCase()));

/** A chunk that is a place name ("Den Haag", "Bergen op Zoom"), not a person. */
export function isPlace(text: string, p: ParsedName): boolean {
  const s = text.slice(p.start, p.end).toLowerCase();
  if (PLACE_SET.has(s)) return true;
  // "Van Rijswijk", "van Delft": no place name starts with "van"; a surname derived from a place does
  if (p.surname.length >= 2 && p.surname[0].toLowerCase() === 'van') return false;
  if (p.initials.length === 0 && p.firstNames.length === 0 && p.surname.every((w) => PLACE_WORDS.has(w) || PARTICLES.has(w.toLowerCase()))) return true;
  return false;
}

/** Parse a free-text name given in configuration ("J.A. de Vries", "Piet Jansen", "Jansen, P."). */
export function parseConfiguredName(name: string, givenFirst = false): ParsedName | undefined {
  let s = name.trim();
  // "Jansen, P." → "P. Jansen"
  const inv = /^([\p{L}' \-]+),\s*((?:\p{Lu}\.\s?)+)$/u.exec(s);
  if (inv) s = `${inv[2].trim()} ${inv[1].trim()}`;
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const toks = tokenize(s).filter((t) => t.kind !== 'punct' || t.t !== '.');
  // drop titles and honorifics
  let from = 0;
  while (from < toks.length && (TITLES.has(toks[from].t.toLowerCase()) || /^(?:dhr|mevr|mw|heer|mevrouw|de)$/i.test(toks[from].t) && from + 1 < toks.length && /^(?:heer)$/i.test(toks[from + 1].t))) from++;
  const keep = toks.slice(from).filter((t) => t.kind === 'initials' || t.kind === 'word');
  if (keep.length === 0) return undefined;
  const p = parseName(keep, 0, keep.length);
  if (p && givenFirst && p.initials.length === 0 && p.firstNames.length === 0 && p.surname.length >= 2 && isCapWord(keep[0]) && !PARTICLES.has(keep[0].t.toLowerCase())) {
    const surname = p.surname.slice(1);
    const core = foldCore(surname);
    if (core) return { ...p, firstNames: [p.surname[0]], surname, core };
  }
  return p;
}

/** Are two parsed names compatible (same surname, no conflicting first names / initials)? */
export function compatible(a: ParsedName, b: ParsedName): boolean {
  if (!coreMatch(a.core, b.core)) return false;
  const ia = a.initials.length ? a.initials : a.firstNames.map((f) => f[0].toUpperCase());
  const ib = b.initials.length ? b.initials : b.firstNames.map((f) => f[0].toUpperCase());
  if (ia.length && ib.length && ia[0] !== ib[0]) return false;
  if (a.firstNames.length && b.firstNames.length && fold(a.firstNames[0]) !== fold(b.firstNames[0])) return false;
  return true;
}

/** Surname cores match when one's words are a contiguous run of the other's ("bruins" ~ "bruins slot"). */
export function coreMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(/[ -]/);
  const y = b.split(/[ -]/);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}
