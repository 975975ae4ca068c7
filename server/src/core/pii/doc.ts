// Document-level analysis of person names: every name-like chunk with its left/right context, and which names
// are public (a public role anywhere in the document makes every mention public). Shared by findNames and
// findSignatures; cached for the last text analysed.
import { BUILTIN_PUBLIC_PERSONS, CIVIL_ROLES, ORG_HEADS, PARTIES, PUBLIC_ROLES, TITLES } from './lexicon';
import { compatible, isCapWord, isPlace, nameChunks, parseConfiguredName, parseName, tokenize, type ParsedName, type Tok } from './nameparse';
import type { PiiOptions } from './types';
import { fold, lineEnd, lineStart } from './util';

export interface NameMention extends ParsedName {
  /** Public-role evidence ids ('role:minister', 'party', 'line:indiener', …); empty when none. */
  publicBy: string[];
  /** Civil-servant / citizen evidence ids ('honorific', 'title', 'role:medewerker', 'field', 'unit'). */
  signals: string[];
  org: boolean;
  place: boolean;
}

export interface NameAnalysis {
  toks: Tok[];
  mentions: NameMention[];
  /** Names that are public in this document (from context) or by configuration. */
  publicNames: ParsedName[];
  builtinPublic: ParsedName[];
  civilNames: ParsedName[];
  isPublic(p: ParsedName): string | undefined;
}

const HONORIFICS = new Set(['heer', 'mevrouw', 'mevr', 'mw', 'dhr', 'meneer', 'mej', 'mejuffrouw', 'mijnheer', 'familie', 'fam']);
const PLURAL_PUBLIC = new Set(['leden', 'kamerleden', 'ministers', 'staatssecretarissen', 'bewindspersonen', 'indieners', 'vragenstellers', 'senatoren', 'fractievoorzitters', 'lijsttrekkers']);
const ROLE_ADJECTIVES = new Set(['voormalig', 'voormalige', 'oud', 'toenmalig', 'toenmalige', 'huidige', 'demissionair', 'demissionaire', 'nieuwe', 'vorige', 'het', 'de', 'plaatsvervangend', 'plv', 'waarnemend', 'vertrekkend', 'vertrekkende', 'beoogd', 'beoogde']);
/** Words inside a role phrase ("minister van Binnenlandse Zaken en Koninkrijksrelaties"), lower case. */
const PORTFOLIO_WORDS = new Set(
  `van voor en zonder portefeuille binnenlandse zaken koninkrijksrelaties buitenlandse financiën financien justitie
veiligheid defensie onderwijs cultuur wetenschap sociale werkgelegenheid volksgezondheid welzijn sport infrastructuur
waterstaat economische klimaat groene groei landbouw natuur voedselkwaliteit visserij asiel migratie volkshuisvesting
ruimtelijke ordening handel ontwikkelingssamenwerking algemene medische zorg primair voortgezet media rechtsbescherming
toeslagen douane fiscaliteit belastingdienst digitalisering herstel groningen energie langdurige jeugd preventie
armoedebeleid participatie pensioenen openbaar vervoer milieu koninkrijk president minister-president
europese eu-zaken europa binnenland buitenland de het , & bzk bz buza fin jenv j&v def ocw szw vws ienw i&w ezk ez lnv
lvvn aza az bhos kr vro ezk-lvvn`.split(/\s+/).filter(Boolean),
);
const COMMON_SURNAMES = new Set(
  `jong jansen vries berg dijk bakker janssen visser smit meijer boer mulder groot bos vos peters hendriks leeuwen
dekker brouwer wit dijkstra smits graaf meer linden kok jacobs haan vermeulen heuvel veen broek bruijn bruin heijden
schouten beek willems vliet ven hoekstra maas verhoeven koster dam wal prins blom huisman peeters jonge kuipers post
kuiper veenstra kramer brink scholten wijk postma martens vink ruiter timmermans groen gerritsen jonker loon velde
willemsen smeets lange bosch dongen schipper koning laan velden driessen doorn hermans evers meulen hofman bosman
wolters sanders horst mol kuijpers molenaar pol leeuw verbeek bruins paul klever nobel`.split(/\s+/).filter(Boolean),
);
const FIELD_LABEL = /^(?:opgesteld door|contactpersoon|contactpersonen|contact|behandeld door|inlichtingen bij|inlichtingen|auteur|auteurs|steller|opsteller|naam|naam ambtenaar|naam medewerker|medewerker|afzender|verzoeker|aanvrager|bezwaarmaker|klager|melder|betrokkene|gesproken met|overleg met|geparafeerd door|paraaf|ondertekend door|(?:van|aan|cc|bcc)\s*:)\s*:?$/i;
const PUBLIC_LINE = /^\s*(?:[-•*]\s*)?(?:indieners?|mede-indieners?|beantwoord door|ondertekenaars?|vragenstellers?|ingediend door|gesteld door|antwoord van|vragen van)\b/i;
const CLOSING_PUBLIC = /^\s*(?:\*{0,2})(?:de|het)\s+(?:\w+\s+)?(?:minister|staatssecretaris|minister-president|ministers|staatssecretarissen|voorzitter van de (?:tweede|eerste) kamer)\b[^\n]*,\s*(?:\*{0,2})\s*$/i;

function stripMarkup(s: string): string {
  return s.replace(/[*_#|>`\-•\t]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function lower(t: Tok | undefined): string {
  return t ? t.t.toLowerCase() : '';
}

/** Context before the mention: public role, honorific, title, civil role, organisation head. */
function leftContext(text: string, toks: Tok[], m: ParsedName, publicBy: string[], signals: string[]): { org: boolean } {
  let k = m.from - 1;
  let titles = 0;
  while (k >= 0) {
    if (toks[k].t === '.' && k > 0 && (TITLES.has(lower(toks[k - 1])) || HONORIFICS.has(lower(toks[k - 1])))) {
      k--;
      continue;
    }
    if (TITLES.has(lower(toks[k])) && toks[k].kind === 'word') {
      titles++;
      k--;
      continue;
    }
    break;
  }
  if (titles > 0) signals.push('title');
  let org = false;
  const w = toks[k];
  if (w && w.kind === 'word') {
    const lw = w.t.toLowerCase();
    if (HONORIFICS.has(lw)) signals.push('honorific');
    else if (PUBLIC_ROLES.has(lw)) publicBy.push('role:' + lw);
    else if (/-(?:leider|voorman|voorvrouw|kamerlid|fractievoorzitter|lijsttrekker|senator|prominent|minister|staatssecretaris|wethouder|europarlementariër)$/.test(lw)) publicBy.push('role:' + lw);
    else if (CIVIL_ROLES.has(lw)) signals.push('role:' + lw);
    else if (ORG_HEADS.has(lw)) org = true;
    else if (k >= 0 && m.from - k === 1 && PORTFOLIO_WORDS.has(lw)) {
      // "minister van BZK, Bruins Slot" / "staatssecretaris van Financiën Van Rij"
      let j = k;
      let steps = 0;
      while (j >= 0 && steps < 10 && (PORTFOLIO_WORDS.has(lower(toks[j])) || (toks[j].kind === 'word' && toks[j].t === toks[j].t.toUpperCase()))) {
        j--;
        steps++;
      }
      if (j >= 0 && PUBLIC_ROLES.has(lower(toks[j])) && !['lid', 'leden'].includes(lower(toks[j]))) publicBy.push('role:' + lower(toks[j]));
    }
  } else if (w && w.t === ',' && k > 0) {
    // "minister van BZK, Bruins Slot"
    let j = k - 1;
    let steps = 0;
    while (j >= 0 && steps < 10 && (PORTFOLIO_WORDS.has(lower(toks[j])) || (toks[j].kind === 'word' && toks[j].t.length > 1 && toks[j].t === toks[j].t.toUpperCase()))) {
      j--;
      steps++;
    }
    if (steps > 0 && j >= 0 && PUBLIC_ROLES.has(lower(toks[j])) && !['lid', 'leden'].includes(lower(toks[j]))) publicBy.push('role:' + lower(toks[j]));
  }
  // apposition after a public role: "de burgemeester van Arnhem, de heer Marcouch", "onder voorzitterschap van X"
  if (publicBy.length === 0) {
    let j = k;
    if (j >= 0 && HONORIFICS.has(lower(toks[j]))) {
      j--;
      if (j >= 0 && (lower(toks[j]) === 'de' || toks[j].t === '.')) j--;
    }
    if (j >= 0 && toks[j].t === ',') {
      for (let s = j - 1, steps = 0; s >= 0 && steps < 10; s--, steps++) {
        const tk = toks[s];
        if (tk.t === '.' || tk.t === ';' || tk.t === ':' || tk.t === ')' || tk.nl > 1) break;
        const lw = lower(tk);
        if ((PUBLIC_ROLES.has(lw) && lw !== 'lid' && lw !== 'leden') || lw === 'nationaal' || lw === 'nationale') {
          publicBy.push('apposition:' + lw);
          break;
        }
        if (tk.nl > 0) break;
      }
    } else if (j >= 1 && lower(toks[j]) === 'van' && /^(?:voorzitterschap|leiding|presidentschap)$/.test(lower(toks[j - 1]))) {
      publicBy.push('chair');
    }
  }
  // field label on the same line before the name, or on the previous line ("**Opgesteld door**\nJ. Jansen")
  const ls = lineStart(text, m.start);
  const prefix = (m.start - ls > 120 ? 'x' : stripMarkup(text.slice(ls, m.start))).replace(/^(?:[\p{L}]{1,5}\.\s?)+$/u, (x) => (x.split(/\.\s?/).filter(Boolean).every((w) => TITLES.has(w.toLowerCase())) ? '' : x));
  if (prefix && FIELD_LABEL.test(prefix) && !/^(?:van|aan|cc|bcc)$/i.test(prefix)) signals.push('field');
  else if (!prefix) {
    // previous non-empty line
    let pe = ls - 1;
    let guard = 0;
    while (pe > 0 && guard < 4) {
      const ps = lineStart(text, pe);
      const line = pe - ps > 120 ? 'x' : stripMarkup(text.slice(ps, pe));
      if (line) {
        if (FIELD_LABEL.test(line) && !/^(?:van|aan|cc|bcc)\s*:?$/i.test(line)) signals.push('field');
        else if (/^(?:van|aan|cc|bcc)\s*:$/i.test(line)) signals.push('field');
        break;
      }
      pe = ps - 1;
      guard++;
    }
  }
  return { org };
}

const PUBLIC_PAREN = /^\s*(?:de\s+)?(?:minister|staatssecretaris|minister-president|premier|kamerlid|tweede-kamerlid|eerste-kamerlid|lid|fractievoorzitter|senator|burgemeester|wethouder|voorzitter|oud-minister|oud-kamerlid|eurocommissaris|partijleider|lijsttrekker|beiden|allen)\b/i;
const UNIT_PAREN = /^[A-Z][A-Za-z&/\-]{1,11}$/;

/** Context after the mention: "(PARTY)", "(minister …)", ", minister van …", "(DGDOO)". */
const ORG_TAILS = new Set([
  'huis', 'stichting', 'fonds', 'museum', 'prijs', 'lezing', 'instituut', 'centrum', 'school', 'college', 'ziekenhuis',
  'zaal', 'brug', 'tunnel', 'plein', 'kazerne', 'gebouw', 'academie', 'universiteit', 'award', 'penning', 'leerstoel',
  'foundation', 'fractie', 'groep', 'team', 'bv', 'b.v.', 'nv', 'n.v.', 'holding', 'advocaten', 'notarissen', 'partners',
  'architecten', 'adviseurs', 'consultancy', 'kliniek', 'hogeschool', 'lyceum', 'gymnasium', 'arena', 'stadion', 'cultuurfonds',
]);

/** "Anne Frank Huis", "Jansen Advocaten": a name followed by an organisation word is an organisation. */
export function orgTail(toks: Tok[], m: ParsedName): boolean {
  const t = toks[m.to];
  return t !== undefined && t.kind === 'word' && t.nl === 0 && ORG_TAILS.has(t.t.toLowerCase()) && /^\p{Lu}/u.test(t.t);
}

function rightContext(toks: Tok[], m: ParsedName, publicBy: string[], signals: string[]): void {
  let k = m.to;
  const t = toks[k];
  if (!t) return;
  if (t.t === '(') {
    let j = k + 1;
    const parts: string[] = [];
    while (j < toks.length && j - k < 16 && toks[j].t !== ')' && toks[j].t !== '(') {
      parts.push((toks[j].ws && parts.length ? ' ' : '') + toks[j].t);
      j++;
    }
    if (toks[j]?.t !== ')') return;
    const content = parts.join('');
    if (PARTIES.has(content) || PARTIES.has(content.replace(/\s+/g, ''))) {
      publicBy.push('party');
      return;
    }
    if (PUBLIC_PAREN.test(content)) {
      publicBy.push('paren:role');
      return;
    }
    // "(beiden VVD)", "(VVD-fractie)"
    for (const w of content.split(/[\s,/]+|-(?=fractie)/)) {
      if (PARTIES.has(w) && w.length >= 2) {
        publicBy.push('party');
        return;
      }
    }
    if (UNIT_PAREN.test(content) && content.length <= 12 && /[A-Z].*[A-Z]|^[A-Z]{2,}/.test(content)) signals.push('unit');
    return;
  }
  if (t.t === ',') {
    // apposition: "Eppo Bruins, minister van OCW" / "Piet Jansen, beleidsmedewerker bij …"
    let j = k + 1;
    while (j < toks.length && j - k < 4 && ROLE_ADJECTIVES.has(lower(toks[j]))) j++;
    const w = lower(toks[j]);
    const lowerCase = toks[j] !== undefined && toks[j].t === w;
    if (PUBLIC_ROLES.has(w) && w !== 'lid' && lowerCase) publicBy.push('apposition:' + w);
    else if (CIVIL_ROLES.has(w)) signals.push('role:' + w);
  }
}

let cache: { text: string; opts: PiiOptions; result: NameAnalysis } | undefined;

export function analyseNames(text: string, options: PiiOptions): NameAnalysis {
  if (cache && cache.text === text && cache.opts === options) return cache.result;
  const toks = tokenize(text);
  const chunks = nameChunks(toks);
  const mentions: NameMention[] = [];
  let listPublicAfter = -1; // token index: the previous public name of a plural-role list ended here
  for (const [from, to] of chunks) {
    const p = parseName(toks, from, to);
    if (!p) continue;
    // a lone first name or lone initials is no mention
    if (p.capCount === 0) continue;
    const publicBy: string[] = [];
    const signals: string[] = [];
    const org = leftContext(text, toks, p, publicBy, signals).org || orgTail(toks, p);
    rightContext(toks, p, publicBy, signals);
    // plural role lists: "de leden El Abassi en Ergin (DENK)"
    if (listPublicAfter >= 0 && publicBy.length === 0) {
      let onlyJoin = true;
      for (let j = listPublicAfter; j < p.from; j++) {
        const lw = lower(toks[j]);
        if (!(lw === ',' || lw === 'en' || lw === '&' || lw === 'and')) {
          onlyJoin = false;
          break;
        }
      }
      if (onlyJoin && p.from > listPublicAfter) publicBy.push('list');
    }
    // a plural role word before this name starts a list
    let kk = p.from - 1;
    while (kk >= 0 && (TITLES.has(lower(toks[kk])) || toks[kk].t === '.')) kk--;
    const startsList = PLURAL_PUBLIC.has(lower(toks[kk]));
    listPublicAfter = publicBy.length && (startsList || publicBy.includes('list')) ? p.to : -1;
    // lines of parliament sites: "Indiener …", "Beantwoord door …"
    const ls = lineStart(text, p.start);
    if (PUBLIC_LINE.test(text.slice(ls, Math.min(lineEnd(text, p.start), ls + 200)))) publicBy.push('line:parliament');
    // "De Minister van …,\n\nw.g.\nH.G.J. Bruins Slot"
    if (closingBefore(text, p.start) === 'public') publicBy.push('signature:minister');
    mentions.push({ ...p, publicBy, signals, org, place: isPlace(text, p) });
  }
  const publicNames: ParsedName[] = mentions.filter((m) => m.publicBy.length > 0 && !m.place);
  for (const n of options.publicPersons ?? []) {
    const p = parseConfiguredName(n);
    if (p) publicNames.push(p);
  }
  const builtinPublic: ParsedName[] = [];
  if (options.builtinPublicPersons !== false) {
    for (const n of BUILTIN_PUBLIC_PERSONS) {
      const p = parseConfiguredName(n, true);
      if (p) builtinPublic.push(p);
    }
  }
  const civilNames: ParsedName[] = [];
  for (const n of options.civilServantNames ?? []) {
    for (const part of splitNames(n)) {
      const p = parseConfiguredName(part);
      if (p) civilNames.push(p);
    }
  }
  const civilIndex = new NameIndex(civilNames);
  const publicIndex = new NameIndex(publicNames);
  const builtinIndex = new NameIndex(builtinPublic);
  const isPublic = (p: ParsedName): string | undefined => {
    for (const c of civilIndex.candidates(p)) if (compatible(p, c)) return undefined;
    for (const q of publicIndex.candidates(p)) if (compatible(p, q)) return 'public:document';
    for (const q of builtinIndex.candidates(p)) {
      if (!compatible(p, q)) continue;
      const bare = p.initials.length === 0 && p.firstNames.length === 0;
      if (bare && COMMON_SURNAMES.has(q.core.split(' ').pop() ?? '')) continue;
      if (bare && p.surname.length === 1 && q.surname.length > 1 && p.core !== q.core) continue;
      return 'public:builtin';
    }
    return undefined;
  };
  const result: NameAnalysis = { toks, mentions, publicNames, builtinPublic, civilNames, isPublic };
  cache = { text, opts: options, result };
  return result;
}

/** Parsed names deduplicated and indexed by surname word, so look-ups stay near-linear on long documents. */
export class NameIndex {
  private readonly byWord = new Map<string, ParsedName[]>();
  readonly all: ParsedName[] = [];
  constructor(names: Iterable<ParsedName> = []) {
    for (const n of names) this.add(n);
  }
  private readonly keys = new Set<string>();
  add(n: ParsedName): void {
    const key = `${n.core}|${n.initials.join('')}|${n.firstNames.join(' ').toLowerCase()}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.all.push(n);
    for (const w of new Set(n.core.split(/[ -]/))) {
      const list = this.byWord.get(w);
      if (list) list.push(n);
      else this.byWord.set(w, [n]);
    }
  }
  /** Names sharing at least one surname word with p (a superset of the compatible ones). */
  candidates(p: ParsedName): ParsedName[] {
    const words = new Set(p.core.split(/[ -]/));
    if (words.size === 1) return this.byWord.get([...words][0]) ?? [];
    const out = new Set<ParsedName>();
    for (const w of words) for (const n of this.byWord.get(w) ?? []) out.add(n);
    return [...out];
  }
}

/** Split a field value such as "J. Jansen, P. de Vries (DGDOO)" into names; drops units and redaction markers. */
export function splitNames(value: string): string[] {
  const v = value
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/█+/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[+\d][\d\s\-()]{6,}/g, ' ');
  return v
    .split(/\s*(?:[,;/]|\ben\b|&|\n)\s*/)
    .map((s) => s.trim())
    .filter((s) => s && /\p{Ll}/u.test(s) && !/^[A-Z&]{2,}$/.test(s));
}

/**
 * Whether the line holding `pos` follows a closing ("Hoogachtend,", "De directeur X,", "De Minister van …,"),
 * skipping blank lines, "w.g." and signature placeholders. Returns 'public' for a minister/state secretary.
 */
export function closingBefore(text: string, pos: number): 'public' | 'civil' | undefined {
  let ls = lineStart(text, pos);
  // the name must start its line (after markup)
  if (pos - ls > 40) return undefined;
  const before = stripMarkup(text.slice(ls, pos));
  if (before !== '' && !/^w\.\s?g\.?$/i.test(before)) return undefined;
  for (let guard = 0; guard < 5 && ls > 0; guard++) {
    const pe = ls - 1;
    const ps = lineStart(text, pe);
    if (pe - ps > 160) return undefined;
    const raw = text.slice(ps, pe);
    const line = stripMarkup(raw);
    ls = ps;
    if (!line || /^\(?w\.\s?g\.?\)?$/i.test(line) || /^\[?(?:handtekening|paraaf)\]?$/i.test(line)) continue;
    if (CLOSING_PUBLIC.test(raw)) return 'public';
    if (/^(?:hoogachtend|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|met hartelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en)?|met collegiale groet|namens\b.*|de\b.*|het\b.*)\s*,$/i.test(line.replace(/\s*,\s*$/, ','))) return 'civil';
    return undefined;
  }
  return undefined;
}

export { fold, isCapWord };
