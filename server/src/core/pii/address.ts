// Addresses: street + house number ("Kerkstraat 12", "Lange Voorhout 9a", "Turfmarkt 147-A"), postcode +
// place ("2511 DP Den Haag", "2511DP"). An organisation's Postbus/Antwoordnummer address is not personal.
import type { Span } from '../types';
import type { PiiCandidate } from './types';
import { before, fold, makeCandidate } from './util';
import { isAlnum, isLetter } from '../source/chars';
import governmentOffices from '../../../../data/government-offices-nl.json';
import { PLACES } from './lexicon';
import type { SourceDocument } from '../source/types';

/** Street name suffixes (a capitalised word ending in one of these, longer than the suffix). */
const STREET_SUFFIXES = [
  'straat', 'straatweg', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'dreef', 'hof', 'park',
  'pad', 'steeg', 'markt', 'plantsoen', 'baan', 'wal', 'burgwal', 'haven', 'veld', 'erf', 'boulevard', 'allee',
  'oord', 'passage', 'poort', 'schans', 'kanaal', 'berg', 'werf', 'dam', 'dwarsstraat', 'zijde', 'gang', 'hoven',
  'akker', 'weide', 'heuvel', 'rade', 'laantje', 'straatje', 'pleintje', 'wetering', 'vliet', 'vaart', 'hoek',
  'square', 'promenade', 'esplanade', 'kwartier', 'meent', 'brink', 'buurt', 'gaarde', 'horst', 'hage', 'lei',
  'tuin', 'tuinen', 'galerij', 'rijn', 'kant', 'zoom', 'ring', 'molen', 'wijk',
  // German and Belgian streets ("Hauptstraße 5", "Kerkstraat 12, 2000 Antwerpen" has a suffix already)
  'straße', 'strasse', 'gasse', 'platz', 'damm', 'ufer', 'chaussee', 'steenweg', 'lei',
];
/** Suffix words that often end ordinary nouns; only accepted with a postcode or a prefix word. */
const WEAK_SUFFIXES = new Set(['oord', 'veld', 'hof', 'park', 'pad', 'berg', 'dam', 'hoek', 'kant', 'zoom', 'ring', 'molen', 'wijk', 'tuin', 'tuinen', 'rijn', 'baan', 'haven', 'lei', 'buurt', 'gang', 'poort']);
/** Street names without a suffix (The Hague and other well-known addresses). */
const NAMED_STREETS = new Set([
  'voorhout', 'lange voorhout', 'korte voorhout', 'binnenhof', 'buitenhof', 'plein', 'spui', 'lange poten',
  'korte poten', 'rokin', 'damrak', 'coolsingel', 'vijverberg', 'tournooiveld', 'kneuterdijk', 'noordeinde',
  'lange vijverberg', 'hofweg', 'denneweg', 'kortenaerkade', 'herengracht', 'keizersgracht', 'prinsengracht',
  'neude', 'oudegracht', 'nieuwegracht', 'vredenburg', 'stationsplein', 'wilhelminapark', 'weena', 'blaak',
  'westblaak', 'lijnbaan', 'binnenrotte',
]);
/**
 * Street types written before the name, in Belgium, France and southern Europe: "Avenue Louise 231",
 * "Rue de la Loi 16", "Via Roma 12", "Calle Mayor 5". Followed by up to four name words, then the number.
 */
const FOREIGN_STREET_PREFIX = new Set([
  'avenue', 'rue', 'boulevard', 'chaussée', 'place', 'quai', 'allée', 'chemin', 'impasse', 'via', 'viale', 'piazza',
  'corso', 'calle', 'avenida', 'plaza', 'paseo', 'rua', 'praça', 'travessa', 'carrer', 'rambla', 'ulica', 'aleja',
  'square', 'drève',
]);
/** Street types that are also ordinary words ("Via", "Corso", "Plaza"): only with a postcode or an address context. */
const AMBIGUOUS_FOREIGN_PREFIX = new Set(['via', 'corso', 'plaza', 'paseo', 'square', 'aleja', 'ulica', 'route']);
const FOREIGN_NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*|de|la|le|les|du|des|del|della|di|da|do|dos|l'|d'|van|der|den|am|an|der)$/u;
/** A foreign postcode and place after a street: ", 1050 Brussel", "10115 Berlin", "L-1750 Luxembourg", "75007 Paris". */
const FOREIGN_POSTCODE_NEXT = /^,?[ \u00a0]{1,3}(?:[A-Z]{1,2}-)?\d{4,5}[ \u00a0]\p{Lu}[\p{L}'’\-]{1,30}(?: \p{Lu}[\p{L}'’\-]{1,30})?/u;
/** Words before a house number that make a look-alike: "artikel 12", "vraag 5", … (never a street). */
const NOT_STREET = new Set([
  'artikel', 'vraag', 'antwoord', 'bijlage', 'pagina', 'aanhangsel', 'nr', 'nummer', 'hoofdstuk', 'paragraaf', 'lid',
  'punt', 'stap', 'fase', 'week', 'jaar', 'dag', 'kamerstuk', 'kamerstukken', 'motie', 'amendement', 'noot', 'tabel',
  'figuur', 'regel', 'versie', 'onderdeel', 'sub', 'bladzijde', 'blz', 'postbus', 'antwoordnummer', 'vergaderjaar',
  'handelingen', 'agendapunt', 'categorie', 'schaal', 'niveau', 'groep', 'klasse', 'ronde', 'periode', 'kwartaal',
  'zitting', 'bijlagen', 'beslispunt', 'scenario', 'optie', 'variant', 'box', 'box-', 'route', 'richtlijn', 'ring',
  'verklaring', 'vergadering', 'wijziging', 'regeling', 'begroting', 'overweging', 'toelichting', 'staatscourant',
  'staatsblad', 'stb', 'stcrt', 'trein', 'lijn', 'bus', 'kanaal', 'park', 'code', 'ov', 'afspraak', 'veld',
]);
const STREET_PREFIXES = new Set([
  'lange', 'korte', 'oude', 'nieuwe', 'prins', 'prinses', 'koning', 'koningin', 'graaf', 'gravin', 'hertog', 'sint',
  'st.', 'burgemeester', 'burg.', 'dokter', 'dr.', 'professor', 'prof.', 'generaal', 'admiraal', 'president', 'pastoor',
  'kapelaan', 'kardinaal', 'eerste', 'tweede', 'derde', 'van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'jan',
  'johan', 'willem', 'anna', 'hendrik', 'pieter', 'jacob', 'jacobus', 'maria', 'frederik', 'louis', 'mr.', 'meester',
  'zuid', 'noord', 'oost', 'west', 'hoge', 'lage', 'groot', 'klein', 'kleine', 'grote', 'achter', 'binnen', 'buiten',
]);
const ADDRESS_CONTEXT = /(?:woonachtig|wonend|wonende|woont|woonadres|huisadres|thuisadres|privéadres|priveadres|adres|verhuisd|ingeschreven|inschrijfadres|postadres van)/i;
const ORG_ADDRESS_CONTEXT = /(?:bezoekadres|postadres|vestigingsadres|kantoor|ministerie|gebouw|locatie|hoofdkantoor|zetel|gevestigd)/i;
/** Someone lives there: this outweighs every sign of an organisation ("woont in een locatie van het uitzendbureau"). */
const HOME_CONTEXT = /(?:woonachtig|wonend|wonende|woont|wonen|woonadres|huisadres|thuisadres|privéadres|priveadres|thuis|verhuisd|(?<![\p{L}])(?:zij|hij|ze) (?:stond|staat|was|is) ingeschreven)/iu;
/**
 * A company or organisation in its public role: a legal form or a firm word right before the address, or
 * "is gevestigd op", "het algemene adres", "hoofdkantoor" in the same sentence. Its registered address is public.
 */
const COMPANY_CONTEXT =
  /(?:(?<![\p{L}])(?:B\.\s?V\.|BV|N\.\s?V\.|GmbH|Ltd|LLC|Inc|S\.A\.|S\.p\.A\.|SARL|plc|Holding|advocaten|notarissen|accountants|Partners)(?![\p{L}])|het bedrijf|de onderneming|de vennootschap|het uitzendbureau|de woningcorporatie|het fonds|is gevestigd|statutair gevestigd|gevestigd (?:op|aan)|vestigingsadres|ingeschreven (?:op|aan)|algemene adres|hoofdkantoor|bezoekers|houdt kantoor|houden kantoor)/iu;
/** A Chamber of Commerce number right after the address: "Industrieweg 44, 3542 AD Utrecht (KvK 71294856". */
const COMPANY_AFTER = /^[\s,]{0,3}\(?\s?(?:KvK|KVK|Kamer van Koophandel|handelsregister)/u;
/** An organisation's acronym and a comma right before the address: "Adres voor de Kamerbrief: IND, Visseringlaan 26". */
const ACRONYM_BEFORE = /(?:^|[\s:(])\p{Lu}{2,5}, $/u;
/** A capitalised "Wonen" is an organisation's name ("Wonen Limburg", "Wonen Breburg"), not someone living there. */
const WONEN_NAME = /(?<![\p{L}])Wonen(?= \p{Lu})/gu;
/** An address in parentheses right after an organisation's acronym: "het register van de RDW (Skagerrak 10, …)". */
const ORGANISATION_BEFORE = /(?<![\p{L}])(?:de|het) \p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5} \($/u;
/** A firm that is a person's own (a VOF, a sole trader, "zijn bedrijf"): its address is the owner's personal data. */
const PERSONAL_FIRM = /(?:zijn|haar) (?:bedrijf|onderneming|zaak|boerderij)|(?<![\p{L}])V\.?O\.?F\.?(?![\p{L}])|eenmanszaak/iu;
/** Built-in government office addresses (ministries, the main agencies): public, never personal. */
const GOVERNMENT_OFFICES: readonly string[] = governmentOffices.map((office) => `${office.street} ${office.number}`);
/**
 * The street and postcode of those offices: an address on an office's street with the office's postcode is that
 * office complex, whatever the house number ("Rijnstraat 50, 2515 XP" is the building of Rijnstraat 8), and so is
 * an office's postcode right after its street broken over a line ("Bezuidenhoutseweg\n30, 2594 AV Den Haag").
 * A postcode alone is not enough: it names a street segment that may hold homes too ("Lange Houtstraat 26, 2511 CW").
 */
const GOVERNMENT_STREETS_BY_POSTCODE: ReadonlyMap<string, string[]> = governmentOffices.reduce((map, office) => {
  const key = office.postcode.replace(/\s/g, '');
  map.set(key, [...(map.get(key) ?? []), fold(office.street).replace(/[^\p{L}]/gu, '')]);
  return map;
}, new Map<string, string[]>());
const POSTCODE_IN = /(?<![\p{L}\p{N}])([1-9]\d{3})\s?([A-Z]{2})(?![\p{L}\p{N}])/u;

/** Postcode: 4 digits (no leading 0), optional space, 2 capital letters (not SA, SD, SS). */
const POSTCODE_RE = /(?<![\p{L}\p{N}\-\/.])([1-9]\d{3})( ?)([A-Z]{2})(?![\p{L}\p{N}\-])/gu;
const POSTCODE_STOP = new Set(['SA', 'SD', 'SS', 'EN', 'DE', 'IN', 'OP', 'OF', 'EU', 'NL', 'VS', 'UK', 'US', 'AM', 'PM', 'CO', 'KG', 'KM', 'MB', 'GB', 'KB', 'TB', 'HZ', 'KW', 'MW', 'GW', 'TW']);
/** House number: 1–5 digits, then a letter (9a), -A / -12 / -bis, /2, or " hs"/" bis". */
const HOUSE_NUMBER_RE = /^ ?([1-9]\d{0,4})(?:[a-zA-Z](?![\p{L}\p{N}])|-[A-Za-z0-9]{1,4}(?![\p{L}\p{N}])|\/\d{1,3}(?!\d)| ?(?:hs|bis|huis|boven|bg|rd|zw)(?![\p{L}\p{N}]))?/u;

const PLACE_RE = new RegExp(
  '^(?:' +
    [...PLACES]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    ')(?![\\p{L}])',
  'u',
);
/** A place after a postcode: a known place, or one or two capitalised words (with 's-/den/aan/op). */
const GENERIC_PLACE_RE = /^(?:'s-)?\p{Lu}[\p{L}'’\-]{1,30}(?: (?:aan|op|bij|den|de|der|van|in|a\/d) (?:den |de |het )?\p{Lu}[\p{L}\-]{1,30}| \p{Lu}[\p{Ll}\-]{1,30})?/u;

interface Piece {
  span: Span;
  kind: 'street' | 'postcode';
  reasons: string[];
}

function wordBefore(text: string, pos: number): { word: string; start: number } | undefined {
  let e = pos;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0')) e--;
  if (e === pos && pos > 0) return undefined;
  let s = e;
  while (s > 0 && (isLetter(text[s - 1]) || text[s - 1] === "'" || text[s - 1] === '’' || text[s - 1] === '.' || text[s - 1] === '-') && e - s < 40) s--;
  if (s === e) return undefined;
  return { word: text.slice(s, e), start: s };
}

function findStreets(text: string): Piece[] {
  const out: Piece[] = [];
  // house numbers: scan digit runs that are preceded by a space and a letter
  const re = /(?<![\p{N}.,\-\/])[1-9]\d{0,4}(?![\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const numStart = m.index;
    if (text[numStart - 1] !== ' ' && text[numStart - 1] !== '\u00a0') continue;
    const w = wordBefore(text, numStart);
    if (!w) continue;
    const word = w.word.replace(/[.,]+$/, '');
    if (!/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (NOT_STREET.has(lower) || /(?:woord|akkoord|noord)$/.test(lower)) continue;
    let streetStart = w.start;
    let kind: 'suffix' | 'named' | undefined;
    let weak = false;
    // two-word named streets: "Lange Voorhout"
    const w2 = wordBefore(text, w.start);
    if (w2 && NAMED_STREETS.has((w2.word + ' ' + word).toLowerCase())) {
      kind = 'named';
      streetStart = w2.start;
    } else if (NAMED_STREETS.has(lower)) {
      kind = 'named';
    } else {
      for (const suf of STREET_SUFFIXES) {
        if (lower.length > suf.length + 1 && lower.endsWith(suf)) {
          kind = 'suffix';
          weak = WEAK_SUFFIXES.has(suf);
          break;
        }
      }
    }
    if (!kind && w2 && /^(?:van|der|den|de|het)$/.test(w2.word)) {
      // "Laan van Meerdervoort 1244", "Weg der Verenigde Naties 1", "Plein van de Verenigde Naties 3"
      let s = w2.start;
      for (let k = 0; k < 3; k++) {
        const p = wordBefore(text, s);
        if (!p || text.slice(p.start, s).includes('\n')) break;
        if (/^(?:Laan|Plein|Weg|Kade|Straat|Singel|Dreef|Burgwal|Gracht|Park|Hof|Dijk)$/.test(p.word)) {
          kind = 'named';
          streetStart = p.start;
          break;
        }
        if (!/^(?:van|der|den|de|het)$/.test(p.word)) break;
        s = p.start;
      }
    }
    let foreign = false;
    let ambiguous = false;
    if (!kind) {
      // "Avenue Louise 231", "Rue de la Loi 16": a street type up to four words before the number
      let s = w.start;
      let cur: { word: string; start: number } | undefined = w;
      for (let k = 0; k < 5 && cur; k++) {
        if (text.slice(cur.start, numStart).includes('\n')) break;
        if (FOREIGN_STREET_PREFIX.has(cur.word.toLowerCase()) && /^\p{Lu}/u.test(cur.word) && cur.start < w.start) {
          kind = 'named';
          foreign = true;
          ambiguous = AMBIGUOUS_FOREIGN_PREFIX.has(cur.word.toLowerCase());
          streetStart = cur.start;
          break;
        }
        if (!FOREIGN_NAME_WORD.test(cur.word)) break;
        s = cur.start;
        cur = wordBefore(text, s);
      }
    }
    if (!kind) continue;
    // house number
    const hn = HOUSE_NUMBER_RE.exec(text.slice(numStart, numStart + 12));
    if (!hn) continue;
    let end = numStart + hn[0].length;
    const num = Number(hn[1]);
    // extend left over prefix words ("Prins Clauslaan", "Burgemeester de Monchyplein")
    let prefixed = false;
    for (let k = 0; k < 3; k++) {
      const p = wordBefore(text, streetStart);
      if (!p) break;
      const pl = p.word.toLowerCase();
      // a lower-case particle belongs to the street only after a capitalised prefix ("Burgemeester de Monchyplein")
      if (/^\p{Ll}/u.test(p.word)) {
        const pp = wordBefore(text, p.start);
        if (!pp || !/^\p{Lu}/u.test(pp.word) || !STREET_PREFIXES.has(pp.word.toLowerCase()) || text.slice(pp.start, streetStart).includes('\n')) break;
        streetStart = pp.start;
        prefixed = true;
        continue;
      }
      if (STREET_PREFIXES.has(pl) || (/^\p{Lu}\p{Ll}+$/u.test(p.word) && k === 0 && STREET_PREFIXES.has((wordBefore(text, p.start)?.word ?? '').toLowerCase()))) {
        if (text.slice(p.start, streetStart).includes('\n')) break;
        streetStart = p.start;
        prefixed = true;
      } else break;
    }
    const nextText = text.slice(end, end + 40);
    const postcodeNext = /^,?\s{1,3}[1-9]\d{3} ?[A-Z]{2}(?![\p{L}])/u.test(nextText);

    // a year after a market/field word ("Arbeidsmarkt 2024") is no house number
    if (num >= 1900 && num <= 2100 && !postcodeNext) continue;
    const addition = hn[0].trim() !== hn[1];
    if (weak && !postcodeNext && !prefixed && !addition && !ADDRESS_CONTEXT.test(before(text, streetStart, 40)) && !ORG_ADDRESS_CONTEXT.test(before(text, streetStart, 40))) continue;
    if (isAlnum(text[end]) && text[end] !== ' ') continue;
    // trailing dot of a sentence is not part of the address
    while (end > numStart && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
    const reasons = [foreign ? 'street:foreign' : kind === 'named' ? 'street:named' : 'street:suffix', 'housenumber'];
    const foreignPostcode = !postcodeNext ? FOREIGN_POSTCODE_NEXT.exec(text.slice(end, end + 80)) : null;
    // "Via Logius 3 keer": a street type that is also a word needs a postcode or an address context
    if (ambiguous && !foreignPostcode && !postcodeNext && !ADDRESS_CONTEXT.test(before(text, streetStart, 40))) continue;
    if (foreignPostcode) {
      end += foreignPostcode[0].length;
      reasons.push('postcode', 'place');
    }
    out.push({ span: { start: streetStart, end }, kind: 'street', reasons });
  }
  return out;
}

function findPostcodes(text: string): Piece[] {
  const out: Piece[] = [];
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m; m = POSTCODE_RE.exec(text)) {
    const [, , space, letters] = m;
    if (POSTCODE_STOP.has(letters)) continue;
    const start = m.index;
    let end = start + m[0].length;
    // the place name after it
    const rest = text.slice(end, end + 60);
    const ws = /^[ \u00a0]{1,2}/.exec(rest);
    let place = false;
    if (ws) {
      const after = rest.slice(ws[0].length);
      const pm = PLACE_RE.exec(after) ?? GENERIC_PLACE_RE.exec(after);
      if (pm && !/^(?:Tel|Telefoon|E-mail|Email|T|M|E|Postbus)\b/.test(pm[0])) {
        end += ws[0].length + pm[0].length;
        place = true;
      }
    }
    if (!place && space === ' ' && !/^[\s,.;)]|^$/.test(rest)) continue;
    out.push({ span: { start, end }, kind: 'postcode', reasons: ['postcode', ...(place ? ['place'] : [])] });
  }
  return out;
}

/**
 * A street name without a street suffix right before a postcode ("Haskerdijken 14, 8503 CB Joure", "Nieuwe
 * Uitleg 1, …"): one to three capitalised words and a house number, then a comma, on the same line.
 */
const UNSUFFIXED_STREET_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Ll}'’\-]+ ){0,2}\p{Lu}[\p{Ll}'’\-]{2,40}(?:-\p{Lu}[\p{Ll}'’]{1,20})?) [1-9]\d{0,4}[a-z]?, ?$/u;

/** The start of such a street before a postcode at `pos`, or undefined. */
function unsuffixedStreetStart(text: string, pos: number): number | undefined {
  const window = before(text, pos, 60);
  const m = UNSUFFIXED_STREET_BEFORE.exec(window.slice(window.lastIndexOf('\n') + 1));
  if (!m || m[1].split(' ').some((word) => NOT_STREET.has(word.toLowerCase()))) return undefined;
  return pos - m[0].length;
}

/** The street and house number of an address, folded, without spaces or punctuation: how public addresses are compared. */
export function streetKey(address: string): string {
  const m = /^[^\d]{2,80}?\d{1,5}(?:[a-z]|-[a-z0-9]{1,4})?(?![a-z0-9])/u.exec(fold(address).trim());
  return (m ? m[0] : '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** A sentence end: a full stop before a capital (not "B.V. (" or "dr. J."), a blank line, a list item or table row. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu}\p{Ll})|\n\s*\n|\n\s*[-*|]\s/gu;

/** The sentence before `pos`, at most `n` characters (a company named in the previous sentence says nothing). */
function sentenceBefore(text: string, pos: number, n: number): string {
  const window = before(text, pos, n);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) from = m.index + m[0].length;
  return window.slice(from);
}

/**
 * A street without a postcode followed by ", Place" ("Kerkstraat 40, Uden") or "te Place": the place belongs to
 * the address.
 */
function placeAfter(text: string, end: number): number {
  const rest = text.slice(end, end + 50);
  // "Wouwsestraat 62 te Bergen op Zoom", also with the place on the next line: a known place only
  const te = /^[ \u00a0]?te\s{1,3}/.exec(rest);
  const placeAfterTe = te ? PLACE_RE.exec(rest.slice(te[0].length)) : null;
  if (te && placeAfterTe) return end + te[0].length + placeAfterTe[0].length;
  const comma = /^, ?/.exec(rest);
  if (!comma) return end;
  const after = rest.slice(comma[0].length);
  const known = PLACE_RE.exec(after);
  if (known) return end + comma[0].length + known[0].length;
  const word = /^\p{Lu}\p{Ll}{1,25}(?=[.,;)]|\s*$|\n)/u.exec(after);
  return word ? end + comma[0].length + word[0].length : end;
}

/** Characters before a street looked at for the rest of a public street name broken over a line ("Van Heuven\nGoedhartlaan 1"). */
const STREET_REST = 30;

/**
 * Whether the street and house number are a public address: its key, or the key of the street with the words
 * right before it when the name is split over a line break ("Van Heuven\nGoedhartlaan 1").
 */
function isPublicAddress(text: string, span: Span, publicKeys: ReadonlySet<string>): boolean {
  const key = streetKey(text.slice(span.start, span.end));
  if (key === '') return false;
  if (publicKeys.has(key)) return true;
  const lead = fold(before(text, span.start, STREET_REST)).replace(/[^\p{L}\p{N}]/gu, '');
  for (const publicKey of publicKeys) {
    if (publicKey.length > key.length && publicKey.endsWith(key) && lead.endsWith(publicKey.slice(0, publicKey.length - key.length))) return true;
  }
  return false;
}

/** Whether the address (or the 40 characters before a postcode alone) names one of the office streets. */
function onOfficeStreet(text: string, span: Span, streets: readonly string[] | undefined): boolean {
  if (!streets) return false;
  const letters = fold(before(text, span.start, 40) + text.slice(span.start, span.end)).replace(/[^\p{L}]/gu, '');
  return streets.some((street) => letters.includes(street));
}

/**
 * `publicAddresses`: addresses configured as public (an organisation's offices), compared by street and house
 * number, beside the built-in list of government offices.
 */
export function findAddresses(source: SourceDocument, publicAddresses: readonly string[] = []): PiiCandidate[] {
  const { text } = source;
  const publicKeys = new Set([...GOVERNMENT_OFFICES, ...publicAddresses].map(streetKey).filter((key) => key !== ''));
  const pieces = [...findStreets(text), ...findPostcodes(text)].sort((a, b) => a.span.start - b.span.start);
  // merge a street and the postcode right after it (", ", " | " as in a mail signature, or a line break, also
  // inside a quoted mail "> "; not across a blank line)
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'street' && p.kind === 'postcode' && p.span.start >= last.span.end && /^[,\s|>]{0,8}$/.test(text.slice(last.span.end, p.span.start)) && !/\n[\s>]*\n/.test(text.slice(last.span.end, p.span.start))) {
      merged[merged.length - 1] = { span: { start: last.span.start, end: p.span.end }, kind: 'street', reasons: [...last.reasons, ...p.reasons] };
      continue;
    }
    if (last && p.span.start < last.span.end) continue;
    const streetStart = p.kind === 'postcode' ? unsuffixedStreetStart(text, p.span.start) : undefined;
    if (streetStart !== undefined && (!last || last.span.end <= streetStart)) {
      merged.push({ span: { start: streetStart, end: p.span.end }, kind: 'street', reasons: ['street:before-postcode', 'housenumber', ...p.reasons] });
      continue;
    }
    merged.push(p);
  }
  const out: PiiCandidate[] = [];
  for (const p of merged) {
    if (p.kind === 'street' && !p.reasons.includes('postcode')) {
      const end = placeAfter(text, p.span.end);
      if (end > p.span.end) {
        p.span = { start: p.span.start, end };
        p.reasons.push('place');
      }
    }
    if (p.kind === 'street' && isPublicAddress(text, p.span, publicKeys)) continue;
    const postcode = POSTCODE_IN.exec(text.slice(p.span.start, p.span.end));
    if (postcode && onOfficeStreet(text, p.span, GOVERNMENT_STREETS_BY_POSTCODE.get(postcode[1] + postcode[2]))) continue;
    // organisation Postbus / Antwoordnummer: "Postbus 20011, 2500 EA Den Haag"
    const left = before(text, p.span.start, 40);
    if (p.kind === 'postcode' && /(?:postbus|antwoordnummer|p\.?o\.?\s?box)\s*\d{1,6}[\s,]*$/i.test(left)) continue;
    const ctx = before(text, p.span.start, 60);
    const sentence = sentenceBefore(text, p.span.start, 120);
    // a company's registered address in its public role is not personal data
    const company = COMPANY_CONTEXT.test(sentence) || ORGANISATION_BEFORE.test(before(text, p.span.start, 20)) || ACRONYM_BEFORE.test(before(text, p.span.start, 8)) || COMPANY_AFTER.test(text.slice(p.span.end, p.span.end + 30));
    if (company && !HOME_CONTEXT.test(sentence.replace(WONEN_NAME, '')) && !PERSONAL_FIRM.test(sentence)) continue;
    const personal = ADDRESS_CONTEXT.test(ctx);
    const org = !personal && ORG_ADDRESS_CONTEXT.test(ctx);
    const reasons = [...p.reasons];
    if (personal) reasons.push('context:address');
    if (org) reasons.push('context:organisation');
    const full = p.reasons.includes('housenumber') && p.reasons.includes('postcode');
    let score = full ? 0.92 : p.kind === 'street' ? 0.82 : 0.75;
    if (personal) score = 0.97;
    if (org) score = Math.min(score, 0.6);
    const s = text.slice(p.span.start, p.span.end);
    out.push(
      makeCandidate(
        'address',
        text,
        p.span,
        score,
        reasons,
        { message: 'pii.address.what', args: { text: s } },
        {
          message: 'pii.address.why',
          args: {
            kind: { message: p.kind === 'street' ? 'pii.address.street' : 'pii.address.postcode' },
            postcode: full ? { message: 'pii.address.and-postcode' } : '',
            home: personal ? { message: 'pii.address.home' } : '',
            organisation: org ? { message: 'pii.address.organisation' } : '',
          },
        },
        personal,
      ),
    );
  }
  return out;
}
