// Document-level analysis of person names: every name-like chunk with its left/right context, and which names
// are public (a public role anywhere in the document makes every mention public). Computed once per check and
// shared by findNames and findSignatures.
import { BUILTIN_HISTORICAL_PERSONS, HONORIFICS, BUILTIN_PUBLIC_PERSONS, CIVIL_ROLES, FIRM_WORDS, NOT_PERSON_FIRMS, ORG_HEADS, PARTICLES, PARTIES, PUBLIC_ROLES, TITLES } from './lexicon';
import type { SourceDocument } from '../source/types';
import { compatible, isCapWord, isParticle as isParticleTok, isPlace, lowerTok, nameChunks, parseConfiguredName, parseName, tokenize, type ParsedName, type Tok } from './nameparse';
import type { PiiOptions } from './types';
import { cellStart, fold, lineEnd, lineStart, tableColumnHeader } from './util';

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
  builtinPublic: readonly ParsedName[];
  civilNames: ParsedName[];
  isPublic(p: ParsedName): string | undefined;
  /** A well-known historical person ("Vincent van Gogh", "Thorbecke"): not personal data. */
  isHistorical(m: NameMention): boolean;
}

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

/** A commission named after a person: "de Commissie-Van Oostveen", "commissie-Remkes". */
const COMMISSION_NAMED = /(?:^|\s)(?:de\s+)?(?:staats|advies|onderzoeks)?commissie-(\p{L}.*)$/iu;
/** A body that can be chaired in public: "de commissie onder leiding van …". */
const PUBLIC_BODIES = /^(?:commissie|staatscommissie|adviescommissie|enquêtecommissie|raad|college|adviescollege|kabinet|delegatie|missie|regering)$/;
/** Table column headers whose cells are person names. */
const NAME_COLUMN = /^(?:naam|namen|naam medewerker|contactpersoon|contactpersonen|contact|medewerker|medewerkers|behandelaar|behandeld door|deelnemer|deelnemers|aanwezig|aanwezigen|afwezig|persoon|personen|vertegenwoordiger|afzender|ontvanger|geadresseerde|betrokkene|verzoeker|aanvrager|melder|opgesteld door|ambtenaar)\b/i;

/** The shape of a person's name: initials, a known first name, or a surname with a particle ("Van Dijk"). */
export function nameShaped(m: ParsedName): boolean {
  if (m.initials.length > 0 || m.firstNames.length > 0) return true;
  return m.surname.length >= 2 && PARTICLES.has(m.surname[0].toLowerCase()) && m.capCount >= 1;
}

function stripMarkup(s: string): string {
  return s.replace(/[*_#|>`\-•\t]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function lower(t: Tok | undefined): string {
  return t ? lowerTok(t) : '';
}

/** "namens de Minister": the role word at `k` is the one on whose behalf someone else signs or acts. */
/**
 * A public body word at `k` or at most four tokens before it, in the same sentence ("commissie ingesteld onder
 * …", "de Adviescommissie Rijkshuisvesting, die onder …").
 */
function bodyBefore(toks: Tok[], k: number): boolean {
  for (let j = k; j >= 0 && k - j <= 4; j--) {
    if (toks[j].t === '.' || toks[j].t === ';' || toks[j].t === ':' || toks[j].nl > 1) return false;
    if (PUBLIC_BODIES.test(lower(toks[j]))) return true;
  }
  return false;
}

function onBehalf(toks: Tok[], k: number): boolean {
  let j = k - 1;
  if (j >= 0 && /^(?:de|het)$/i.test(toks[j].t)) j--;
  return j >= 0 && /^namens$/i.test(toks[j].t);
}

/** Context before the mention: public role, honorific, title, civil role, organisation head. */
function leftContext(source: SourceDocument, toks: Tok[], m: ParsedName, publicBy: string[], signals: string[]): { org: boolean } {
  const { text } = source;
  let k = m.from - 1;
  let titles = 0;
  while (k >= 0) {
    if (toks[k].t === '.' && k > 0 && (TITLES.has(lower(toks[k - 1])) || HONORIFICS.has(lower(toks[k - 1])))) {
      k--;
      continue;
    }
    // a title is written in lower case or capitalised ("mr.", "Dr."); an all-capitals token is an acronym or the
    // letters of a postcode ("3500 BC Utrecht"), not "bc." (baccalaureus)
    if (TITLES.has(lower(toks[k])) && toks[k].kind === 'word' && !(toks[k].t.length >= 2 && toks[k].t === toks[k].t.toUpperCase())) {
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
    else if (CIVIL_ROLES.has(lw)) {
      // "teamleider Berichtenbox", "Projectleider Rijkscloud", "directeur Inburgering": after a job title a bare
      // capitalised word is the team, project or unit it leads; a person is written with initials, a first name
      // or a particle ("beleidsmedewerker J. Smit", "collega Jeroen Smeets", "jurist Van Dijk")
      if (nameShaped(m)) signals.push('role:' + lw);
    } else if (ORG_HEADS.has(lw)) org = true;
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
  } else if (w && w.t === ',' && k > 0 && toks[k + 1].nl <= 1) {
    // "minister van BZK, Bruins Slot" (not across a blank line: "namens de Minister van BZK,\n\nA. de Vries" is
    // a civil servant signing on the minister's behalf)
    let j = k - 1;
    let steps = 0;
    while (j >= 0 && steps < 10 && (PORTFOLIO_WORDS.has(lower(toks[j])) || (toks[j].kind === 'word' && toks[j].t.length > 1 && toks[j].t === toks[j].t.toUpperCase()))) {
      j--;
      steps++;
    }
    if (steps > 0 && j >= 0 && PUBLIC_ROLES.has(lower(toks[j])) && !['lid', 'leden'].includes(lower(toks[j])) && !onBehalf(toks, j)) publicBy.push('role:' + lower(toks[j]));
  }
  // apposition after a public role: "de burgemeester van Arnhem, de heer Marcouch", "onder voorzitterschap van X"
  if (publicBy.length === 0) {
    let j = k;
    // a first name that the line break cut from its surname ("mevrouw Margarethe\nLindqvist-Ahrens")
    if (j >= 1 && isCapWord(toks[j]) && toks[j + 1]?.nl === 1 && HONORIFICS.has(lower(toks[j - 1]))) j--;
    if (j >= 0 && HONORIFICS.has(lower(toks[j]))) {
      j--;
      if (j >= 0 && (lower(toks[j]) === 'de' || toks[j].t === '.')) j--;
    }
    if (j >= 0 && toks[j].t === ',' && toks[j + 1].nl <= 1) {
      for (let s = j - 1, steps = 0; s >= 0 && steps < 10; s--, steps++) {
        const tk = toks[s];
        if (tk.t === '.' || tk.t === ';' || tk.t === ':' || tk.t === ')' || tk.nl > 1) break;
        const lw = lower(tk);
        if (((PUBLIC_ROLES.has(lw) && lw !== 'lid' && lw !== 'leden') || lw === 'nationaal' || lw === 'nationale') && !onBehalf(toks, s)) {
          publicBy.push('apposition:' + lw);
          break;
        }
        if (tk.nl > 0) break;
      }
    } else if (j >= 1 && lower(toks[j]) === 'van' && /^(?:voorzitterschap|presidentschap)$/.test(lower(toks[j - 1]))) {
      publicBy.push('chair');
    } else if (j >= 3 && lower(toks[j]) === 'van' && lower(toks[j - 1]) === 'leiding' && lower(toks[j - 2]) === 'onder' && bodyBefore(toks, j - 3)) {
      // "de commissie (ingesteld) onder leiding van X" (a public body); "een klantpanel onder leiding van dhr. B.
      // Koster" is not
      publicBy.push('chair');
    } else if (/^\s*\(hierna:?\s*(?:de\s+|het\s+)?(?:commissie|staatscommissie|adviescommissie|raad|college|adviescollege)\b/i.test(text.slice(m.end, m.end + 40))) {
      // "prof. dr. H.J. Wiersema-Poot (hierna: de Commissie)": the person is the commission
      publicBy.push('chair');
    }
  }
  // field label on the same line before the name, or on the previous line ("**Opgesteld door**\nJ. Jansen")
  const ls = cellStart(source, m.start);
  const inTable = ls !== lineStart(source, m.start);
  const prefix = (m.start - ls > 120 ? 'x' : stripMarkup(text.slice(ls, m.start))).replace(/^(?:[\p{L}]{1,5}\.\s?)+$/u, (x) => (x.split(/\.\s?/).filter(Boolean).every((w) => TITLES.has(w.toLowerCase())) ? '' : x));
  if (prefix && FIELD_LABEL.test(prefix) && !/^(?:van|aan|cc|bcc)$/i.test(prefix)) signals.push('field');
  else if (!prefix && inTable) {
    // "| Naam | J. Jansen |" (label in the cell before) or a column headed "Naam" / "Contactpersoon"
    const prevCellEnd = ls - 1;
    const prevCell = stripMarkup(text.slice(cellStart(source, prevCellEnd), prevCellEnd));
    const header = tableColumnHeader(source, m.start);
    if (nameShaped(m) && ((prevCell && FIELD_LABEL.test(prevCell)) || (header !== undefined && NAME_COLUMN.test(header)))) signals.push('field');
  } else if (!prefix) {
    // previous non-empty line
    let pe = ls - 1;
    let guard = 0;
    while (pe > 0 && guard < 4) {
      const ps = lineStart(source, pe);
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
/** "(voorzitter)", "(voorzitter, DGDOO)": the chair of the meeting in a list of those present, not a public office. */
const MEETING_CHAIR_PAREN = /^\s*(?:de\s+)?voorzitter\s*(?:,|$)/i;
const UNIT_PAREN = /^[A-Z][A-Za-z&/\-]{1,11}$/;

/**
 * Institutions named after a person ("Anne Frank Huis", "Van Gogh Museum", "Thorbecke-lezing"). Firms named after
 * their owners ("Jansen Advocaten", "Çelik & Partners") are not here: see FIRM_WORDS, their surnames are reported.
 */
const ORG_TAILS = new Set([
  'huis', 'stichting', 'fonds', 'museum', 'prijs', 'lezing', 'instituut', 'centrum', 'school', 'college', 'ziekenhuis',
  'zaal', 'brug', 'tunnel', 'plein', 'kazerne', 'gebouw', 'academie', 'universiteit', 'award', 'penning', 'leerstoel',
  'foundation', 'fractie', 'groep', 'team', 'kliniek', 'hogeschool', 'lyceum', 'gymnasium', 'arena', 'stadion',
  'cultuurfonds', 'bibliotheek', 'paviljoen', 'kerk', 'kapel', 'toren', 'park', 'haven', 'sluizen', 'gemaal',
  'monument', 'herdenking', 'lezingen', 'leerstoelen', 'beurs', 'fellowship', 'medaille',
]);

/** "Anne Frank Huis", "Van Gogh Museum": a name followed by (or ending in) an institution word is an institution. */
export function orgTail(toks: Tok[], m: ParsedName): boolean {
  const t = toks[m.to];
  if (t !== undefined && t.kind === 'word' && t.nl === 0 && ORG_TAILS.has(t.t.toLowerCase()) && /^\p{Lu}/u.test(t.t)) return true;
  const last = toks[m.to - 1];
  return m.to - m.from >= 2 && last.kind === 'word' && ORG_TAILS.has(last.t.toLowerCase()) && /^\p{Lu}/u.test(last.t);
}

/** A trade or shop before the owner's name ("Bakkerij", "Installatiebedrijf", "Taxi", "Huisartsenpraktijk"). */
const TRADE_HEAD = /^\p{Lu}\p{Ll}*(?:bedrijf|kantoor|erij|winkel|zaak|handel|praktijk)$|^(?:Taxi|Garage|Kapsalon)$/u;
/** Endings typical of Dutch surnames (patronymics, Frisian and Low Saxon names): Jansen, Hendriks, Dijkstra, Hoekstra, Wolters, Kuipers, Bosman. */
const SURNAME_ENDING = /(?:sen|sens|zen|sma|stra|ink|inga|ema|ens|ers|erts|ts|ks|man|mans)$/;
const FIRM_DESIGNATOR = /^(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|C\.V\.|CV|Ltd\.?|GmbH|LLP|S\.A\.|SA|SARL|BVBA)$/;
const FIRM_AMPERSAND_TAIL = /^(?:partners|partner|zn|zonen|zoon|co|compagnie|associates|associés)$/i;

/**
 * A firm named after its owner(s): "Klaassens Facilitair B.V.", "Jansen Advies B.V.", "Lambregts & Wouters
 * Advocaten", "Çelik & Partners". Returns the chunk without its trailing firm words, or undefined when the chunk
 * is no firm name. Big firms whose name is no person's ("Capgemini", "Deloitte") are excluded.
 */
function firmName(toks: Tok[], p: ParsedName): ParsedName | undefined {
  // the owner's name ends at the first firm word ("Wouters Advocaten te Arnhem" → "Wouters")
  let cut = p.to;
  for (let j = p.from + 1; j < p.to; j++) {
    if (toks[j].kind === 'word' && FIRM_WORDS.has(toks[j].t.toLowerCase()) && /^\p{Lu}/u.test(toks[j].t)) {
      cut = j;
      break;
    }
  }
  let firmWords = 0;
  let k = cut;
  let from = p.from;
  // "de Brainport Development NV": a leading article is no particle
  if (/^(?:de|het)$/.test(toks[from].t)) from++;
  // "Bakkerij Jansen", "Schildersbedrijf De Vries", "Taxi Van der Linden B.V.": a trade before the owner's name
  let trade = false;
  if (from + 1 < cut && toks[from].kind === 'word' && TRADE_HEAD.test(toks[from].t)) {
    from++;
    trade = true;
  }
  if (from >= cut) return undefined;
  let q = parseName(toks, from, cut);
  if (!q || q.capCount === 0) return undefined;
  // "Garage Noord Van der Linden": the owner's name starts at a capitalised particle
  if (q.capCount > 1 && !nameShaped(q)) {
    for (let j = q.from + 1; j < q.to - 1; j++) {
      if (toks[j].kind === 'word' && /^\p{Lu}/u.test(toks[j].t) && PARTICLES.has(toks[j].t.toLowerCase())) {
        const r = parseName(toks, j, q.to);
        if (r && nameShaped(r)) q = r;
        break;
      }
    }
  }
  // firm words and a legal form after the name ("Jansen Interim Management B.V.", "Çelik & Partners")
  let legal = false;
  for (let steps = 0; k < toks.length && steps < 5 && toks[k].nl === 0; steps++, k++) {
    const t = toks[k];
    if (t.kind === 'word' && FIRM_WORDS.has(t.t.toLowerCase()) && /^\p{Lu}/u.test(t.t)) {
      firmWords++;
      continue;
    }
    if (FIRM_DESIGNATOR.test(t.t)) {
      legal = true;
      break;
    }
    if (t.t === '&' && toks[k + 1] && FIRM_AMPERSAND_TAIL.test(toks[k + 1].t.replace(/\.$/, ''))) {
      legal = true;
      break;
    }
    break;
  }
  if (firmWords === 0 && !legal && !trade) return undefined;
  // the owner's name: one surname, or a name with initials, a first name or a particle ("Van Dijk")
  if (q.capCount > 1 && !nameShaped(q)) return undefined;
  // only a legal form ("Hendriks B.V." but "Gasunie N.V.", "Essent N.V."): a surname must look like one
  if (firmWords === 0 && !trade && !nameShaped(q) && !(COMMON_SURNAMES.has(q.core) || SURNAME_ENDING.test(q.core))) return undefined;
  for (let j = q.from; j < q.to; j++) if (NOT_PERSON_FIRMS.has(fold(toks[j].t))) return undefined;
  return q;
}

/** Context after the mention: "(PARTY)", "(minister …)", ", minister van …", "(DGDOO)". */
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
    if (PUBLIC_PAREN.test(content) && !MEETING_CHAIR_PAREN.test(content)) {
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
    else if (CIVIL_ROLES.has(w) && nameShaped(m)) signals.push('role:' + w);
  }
}

/** First names and surname words without particles, folded: "vincent gogh", "aletta jacobs", "thorbecke". */
function fullKey(p: ParsedName): string {
  return [...p.firstNames, ...p.surname].filter((w) => !PARTICLES.has(w.toLowerCase())).map(fold).join(' ');
}

/**
 * Every name-like chunk of the text with its context, and which names are public. Computed once per check
 * and handed to both findSignatures and findNames. `tokens` is the source's tokens (the cache layer passes
 * the tokens of unchanged lines again).
 */
export function analyseNames(source: SourceDocument, options: PiiOptions, tokens: (text: string) => Tok[] = tokenize): NameAnalysis {
  const { text } = source;
  const toks = tokens(text);
  const chunks = nameChunks(toks);
  const mentions: NameMention[] = [];
  let listPublicAfter = -1; // token index: the previous public name of a plural-role list ended here
  for (const [chunkFrom, to] of chunks) {
    // "B.V. te Gouda": a legal form is no person's initials
    let from = chunkFrom;
    while (from < to && toks[from].kind === 'initials' && FIRM_DESIGNATOR.test(toks[from].t)) from++;
    if (from >= to) continue;
    let p = parseName(toks, from, to);
    if (!p) continue;
    // a lone first name or lone initials is no mention
    if (p.capCount === 0) continue;
    // "Vermeulen, K. (Kees)", "Jansen, P.": a surname with its initials after a comma (a list entry, a mail
    // header) is a name with initials
    if (p.initials.length === 0 && p.firstNames.length === 0 && toks[p.to]?.t === ',' && toks[p.to + 1]?.kind === 'initials' && toks[p.to + 1].nl === 0 && !(toks[p.to + 2] && toks[p.to + 2].nl === 0 && (isCapWord(toks[p.to + 2]) || isParticleTok(toks[p.to + 2])))) {
      const ini = toks[p.to + 1];
      for (const mm of ini.t.matchAll(/(\p{Lu})\p{Ll}*\./gu)) p.initials.push(mm[1]);
      p.end = ini.e;
      if (toks[p.to + 2]?.t === '(' && toks[p.to + 4]?.t === ')' && toks[p.to + 3].kind === 'word') {
        p.firstNames.push(toks[p.to + 3].t);
        p.end = toks[p.to + 4].e;
      }
    }
    const publicBy: string[] = [];
    const signals: string[] = [];
    const firm = firmName(toks, p);
    if (firm) {
      p = firm;
      signals.push('firm');
    } else if (p.to - p.from === 1 && FIRM_WORDS.has(lower(toks[p.from]))) continue; // "Partners" in "Çelik & Partners"
    const org = leftContext(source, toks, p, publicBy, signals).org || (!firm && orgTail(toks, p));
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
    const ls = lineStart(source, p.start);
    if (PUBLIC_LINE.test(text.slice(ls, Math.min(lineEnd(source, p.start), ls + 200)))) publicBy.push('line:parliament');
    // "De Minister van …,\n\nw.g.\nH.G.J. Bruins Slot"
    if (closingBefore(source, p.start) === 'public') publicBy.push('signature:minister');
    // "Lambregts & Wouters Advocaten", "Jansen & Van Dijk Consultancy B.V.": every partner of a firm name
    const prev = mentions[mentions.length - 1];
    if (firm && prev && toks[p.from - 1]?.t === '&' && prev.to === p.from - 1 && !prev.signals.includes('firm') && !prev.org) {
      if (!NOT_PERSON_FIRMS.has(prev.core)) prev.signals.push('firm');
    }
    const mention = p as NameMention;
    mention.publicBy = publicBy;
    mention.signals = signals;
    mention.org = org;
    mention.place = isPlace(text, p);
    mentions.push(mention);
  }
  // "de Commissie-Van Oostveen": a commission named after its chair; that person is public ("mevrouw Van Oostveen")
  const commissionChairs: ParsedName[] = [];
  for (const m of mentions) {
    const named = COMMISSION_NAMED.exec(text.slice(m.start, m.end));
    if (!named) continue;
    m.publicBy.push('commission');
    const chair = parseConfiguredName(named[1]);
    if (chair) commissionChairs.push(chair);
  }
  const publicNames: ParsedName[] = [...mentions.filter((m) => m.publicBy.length > 0 && !m.place), ...commissionChairs];
  const configuredNames: ParsedName[] = [];
  for (const n of options.publicPersons ?? []) {
    const p = parseConfiguredName(n);
    if (p) configuredNames.push(p);
  }
  publicNames.push(...configuredNames);
  const builtinPublic = options.builtinPublicPersons !== false ? BUILTIN_PUBLIC_NAMES : [];
  const civilNames: ParsedName[] = [];
  for (const n of options.civilServantNames ?? []) {
    for (const part of splitNames(n)) {
      const p = parseConfiguredName(part);
      if (p) civilNames.push(p);
    }
  }
  const historicalKeys = options.builtinPublicPersons !== false ? HISTORICAL_NAME_KEYS : new Set<string>();
  const isHistorical = (m: NameMention): boolean => {
    // "mevrouw De Witt", "J. de Witt", "Opgesteld door: Jan Steen" are people of today
    if (m.initials.length > 0 || m.signals.some((s) => s === 'honorific' || s === 'title' || s === 'field' || s.startsWith('role:'))) return false;
    const key = fullKey(m);
    if (historicalKeys.has(key)) return true;
    const glued = /^(.{3,}?)-?(?:huis|museum|zaal|instituut|fonds|prijs|lezing|school|college|centrum|stichting|plein|straat|laan|brug|gebouw|kade|park)$/.exec(key);
    return glued !== null && historicalKeys.has(glued[1]);
  };
  const civilIndex = new NameIndex(civilNames);
  const publicIndex = new NameIndex(publicNames.slice(0, publicNames.length - configuredNames.length));
  const configuredIndex = new NameIndex(configuredNames);
  const isConfiguredPublic = (p: ParsedName): boolean => configuredIndex.candidates(p).some((q) => compatible(p, q) && marksExactly(q, p, mentions));
  const builtinIndex = options.builtinPublicPersons !== false ? BUILTIN_PUBLIC_INDEX : new NameIndex([]);
  const isPublic = (p: ParsedName): string | undefined => {
    for (const c of civilIndex.candidates(p)) if (compatible(p, c)) return undefined;
    if (isConfiguredPublic(p)) return 'public:document';
    for (const q of publicIndex.candidates(p)) if (compatible(p, q)) return 'public:document';
    for (const q of builtinIndex.candidates(p)) {
      if (!compatible(p, q)) continue;
      const bare = p.initials.length === 0 && p.firstNames.length === 0;
      if (bare && COMMON_SURNAMES.has(q.core.split(' ').pop() ?? '')) continue;
      if (bare && p.surname.length === 1 && q.surname.length > 1 && p.core !== q.core) continue;
      // "mevrouw Eerdmans-Bloem" is not Joost Eerdmans: a longer surname only contains the politician's
      if (p.core !== q.core && p.core.split(/[ -]/).length > q.core.split(/[ -]/).length) continue;
      return 'public:builtin';
    }
    return undefined;
  };
  return { toks, mentions, publicNames, builtinPublic, civilNames, isPublic, isHistorical };
}

/** How much of a person a name gives: a first name, initials, or the surname alone. */
function specificity(p: ParsedName): number {
  return p.firstNames.length > 0 ? 2 : p.initials.length > 0 ? 1 : 0;
}

const surnameWords = (p: ParsedName) => p.core.split(/[ -]/).length;

/**
 * A configured public person marks exactly that person: a mention that says more than the configuration
 * ("Pieter van den Berg" for "Van den Berg") may be someone else and stays reported; a mention that says
 * less ("Van den Berg" for "Pieter van den Berg") is a variant only when no other person in the document
 * shares the surname.
 */
function marksExactly(configured: ParsedName, mention: ParsedName, mentions: readonly ParsedName[]): boolean {
  if (specificity(mention) > specificity(configured) || surnameWords(mention) > surnameWords(configured)) return false;
  if (specificity(mention) === specificity(configured) && surnameWords(mention) === surnameWords(configured)) return true;
  return !mentions.some((other) => other !== mention && compatible(other, mention) && !compatible(other, configured));
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

/** The built-in public persons, parsed once when the module loads (parsing them per check was a tenth of a small one). */
const BUILTIN_PUBLIC_NAMES: readonly ParsedName[] = BUILTIN_PUBLIC_PERSONS.map((n) => parseConfiguredName(n, true)).filter((p): p is ParsedName => p !== undefined);
const BUILTIN_PUBLIC_INDEX = new NameIndex(BUILTIN_PUBLIC_NAMES);

/**
 * The built-in historical persons as full-name keys. A mention is historical by its full name ("Vincent van
 * Gogh", "Anne Frank", "Aletta Jacobs") or a one-word name ("Thorbecke", "Spinoza"), also glued to an
 * institution word ("Johan de Witthuis"); a bare surname ("Van Gogh") is left to the rest of the analysis: it is
 * personal only when a person of that name is.
 */
const HISTORICAL_NAME_KEYS: ReadonlySet<string> = new Set(
  BUILTIN_HISTORICAL_PERSONS.map((n) => parseConfiguredName(n, true)).flatMap((p) => (p ? [fullKey(p)] : [])),
);

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
export function closingBefore(source: SourceDocument, pos: number): 'public' | 'civil' | undefined {
  const { text } = source;
  let ls = lineStart(source, pos);
  // the name must start its line (after markup)
  if (pos - ls > 40) return undefined;
  // titles belong to the name: "mr. dr. E.F. Vrolijk-Manders" under "DE STAATSSECRETARIS VAN FINANCIËN,"
  const before = stripMarkup(text.slice(ls, pos)).replace(/^(?:w\.\s?g\.?\s*)?(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|mw|dhr)\.\s*)+$/i, '');
  if (before !== '' && !/^w\.\s?g\.?$/i.test(before)) return undefined;
  for (let guard = 0; guard < 5 && ls > 0; guard++) {
    const pe = ls - 1;
    const ps = lineStart(source, pe);
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
