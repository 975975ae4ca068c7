// Name forms the chunk parser does not read (issue 19): "SURNAME, Firstname" and "Surname, Firstname" as in a
// registration list or a mail header, initials and surname in capitals after a military rank ("KTZ J.P.
// VERHAGEN"), names in lower case ("naam ouder: fatima el kaddouri", a lower-case copy of a name found
// elsewhere), "Koen en Elsa Bonte-Lievens"; and names that are a ship's or an institution's ("Zr.Ms. Karel
// Doorman", "FPC Dr. S. van Mesdag"), which are no person's. Every scan is a bounded regular expression.
import { cellAt } from '../source/tables';
import type { SourceDocument } from '../source/types';
import type { Span } from '../types';
import { BUILTIN_HISTORICAL_PERSONS, FIRST_NAMES, PLACES } from './lexicon';
import type { PiiCandidate } from './types';
import { makeCandidate, overlaps } from './util';

/** A surname in capitals, at most three hyphenated parts: bounded, so a long run of capital groups ("KL-KL-…") stays linear. */
const CAPS_WORD = String.raw`\p{Lu}{2,30}(?:[-'’]\p{Lu}{2,30}){0,3}`;
const CAPS_PARTICLE = String.raw`(?:VAN|DE|DER|DEN|TER|TEN|'T|’T|EL|AL|LE|LA|DA|DOS)`;
const FIRST_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** "AKSOY, Dilara", "VAN 'T HUL, Esmée" (the first name checked against the list). */
const CAPS_INVERTED = new RegExp(String.raw`(?<![\p{L}])((?:${CAPS_PARTICLE} ){0,3}${CAPS_WORD}), (${FIRST_NAME})(?![\p{L}])`, 'gu');
/**
 * "behandeld door Vermeer, Anouk, telefoon …", "Contactpersoon: Terlouw, Bram": a capitalised surname, a comma
 * and a listed first name, after "door" or a label's colon, and then a comma, a parenthesis or the line end.
 */
const MIXED_INVERTED = new RegExp(String.raw`(?<=(?:(?<![\p{L}])door|:) )((?:(?:van|de|der|den|ter|ten) ){0,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?), (${FIRST_NAME})(?=,| ?\(|[ \t]*\n|[ \t]*$)`, 'gu');
/** Relatives and close acquaintances of a private person, named after the word ("haar dochter Fenna"). */
const KIN = String.raw`(?:(?:(?:jongste|oudste|directe|naaste) )?(?:oud-)?(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|broer|broertje|zus|zusje|zuster|vader|moeder|partner|vrouw|man|echtgenoot|echtgenote|kleinzoon|kleindochter|neef|nicht|oom|tante|schoonzoon|schoondochter|collega|buurman|buurvrouw|vriend|vriendin))`;
/**
 * "haar dochter Fenna", "hun zoon Jesse", "een directe collega, Hester,", "hun kinderen Kim (9) en Noah (6)": a
 * listed first name right after a possessive or article and a word for a relative or a colleague. A first
 * name alone identifies a private person where the text says whose relative it is.
 */
const KIN_NAME = new RegExp(String.raw`(?<![\p{L}])(?:[Zz]ijn|[Hh]aar|[Hh]un|[Mm]ijn|[Oo]nze|[Dd]iens|[Ww]iens|[Dd]e|[Ee]en) ${KIN},? (${FIRST_NAME})(?![\p{L}])(?: \(\d{1,2}\))?(?: en (${FIRST_NAME})(?![\p{L}]))?`, 'gu');
/** The surnames of the built-in historical persons ("Gogh" of Vincent van Gogh): their relatives are historical too. */
const HISTORICAL_SURNAMES: ReadonlySet<string> = new Set(BUILTIN_HISTORICAL_PERSONS.map((name) => name.split(' ').pop()!));
/** How far back the sentence of a relative's name is read for whose relative it is. */
const KIN_SENTENCE = 200;

const ADDRESSED_BEFORE = /(?:\p{Lu}\.\s?|mevrouw |heer |mw\. |dhr\. |mr\. |dr\. )(?:(?:van|de|der|den|ter|ten) ){0,2}$/u;

/** Whether the sentence before `pos` names a historical person ("Van Gogh schreef aan zijn broer Theo"). */
function historicalSentence(text: string, pos: number): boolean {
  const window = text.slice(Math.max(0, pos - KIN_SENTENCE), pos);
  const from = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1;
  // "mevrouw E. Lubbers" is a private person of that surname: only a surname without initials or form of address
  // counts (read in the whole window, since an initial's full stop may have ended the "sentence")
  for (const m of window.slice(from).matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const at = from + m.index;
    if (HISTORICAL_SURNAMES.has(m[0]) && !ADDRESSED_BEFORE.test(window.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** Military ranks written before a name (Defensie's abbreviations). */
const RANK = String.raw`(?:KTZ|KLTZ|LTZ[12]?(?:OC)?|KTZAR|KAP|KAPT|MAJ|LTKOL|KOL|BGEN|GENMAJ|LTGEN|GEN|CDRE|SBN|VADM|LTADM|ADM|ELNT|TLNT|AOO|SMI|SGT1?|KPL|SOLD|MATR)`;
/** "KTZ J.P. VERHAGEN", "LTKOL M.A. DE WAAL-HOEKMAN". */
const RANK_NAME = new RegExp(String.raw`(?<![\p{L}])${RANK}\.? ((?:\p{Lu}\.){1,4} ?(?:${CAPS_PARTICLE} ){0,3}${CAPS_WORD})(?![\p{L}])`, 'gu');
/** The value of a "naam …:" label, or a lower-case name after a role label: "naam ouder: fatima el kaddouri", "teamleider: r.j. de bruijn". */
const LOWER_NAME_FIELD = /(?:^|\n)[ \t>*-]{0,6}(?:naam|name)[^:\n]{0,25}:[ \t]{0,4}(\p{Ll}{2,20}(?: \p{Ll}{2,20}){1,3})[ \t]*(?=\n|$)/gu;
const LOWER_INITIALS_NAME = /(?<=:[ \t]{1,4})((?:\p{Ll}\.){1,4} ?(?:(?:van|de|der|den|ter|ten|het|'t) ){0,3}\p{Ll}{2,25}(?:-\p{Ll}{2,25})?)[ \t]*(?=\n|$)/gmu;
/** A ship or an institution named after a person: the name that follows is the ship's. */
const NAMED_AFTER_BEFORE = /(?:Zr\.\s?Ms\.|Hr\.\s?Ms\.|Zr\.\s?Mss\.|Hr\.\s?Mss\.|FPC|PI|TBS-kliniek|fregat|schip)\s(?:(?:Dr|dr|Prof|prof|Mr|mr)\.\s)?$/u;
const MAX_COPIES = 50;
/**
 * A building or institution named after a person, its word glued to the name: "Johannes Postkazerne", "Dr.
 * Schaepmanschool", "Antoni van Leeuwenhoekziekenhuis". ("-huis" is left out: Nijhuis, Kamphuis are surnames.)
 */
const NAMED_AFTER_GLUED = /\p{L}{3,}(?:kazerne|school|ziekenhuis|kliniek|college|lyceum|gymnasium|academie|instituut|museum|stichting|stadion)$/u;

const STREET_NAMED_AFTER = /\p{L}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park)$/u;

/** The name candidates with the forms above added, extended or dropped. */
export function withNameForms(source: SourceDocument, found: PiiCandidate[]): PiiCandidate[] {
  const { text } = source;
  const shipNames = new Set<string>();
  const kept: PiiCandidate[] = [];
  for (const c of found) {
    if (c.type !== 'name') {
      kept.push(c);
      continue;
    }
    if (NAMED_AFTER_GLUED.test(c.text)) continue;
    // a street named after a person, with its house number: "de Ubbo Emmiusstraat 14"
    if (STREET_NAMED_AFTER.test(c.text) && /^ \d/.test(text.slice(c.span.end, c.span.end + 2))) continue;
    if (NAMED_AFTER_BEFORE.test(text.slice(Math.max(0, c.span.start - 24), c.span.start))) {
      shipNames.add(c.text);
      continue;
    }
    kept.push(extended(text, c));
  }
  // the ship's or institution's name is nobody's elsewhere either
  const names = kept.filter((c) => !(c.type === 'name' && shipNames.has(c.text)));
  const added: PiiCandidate[] = [];
  /** Adds a name where no other is; whether it did. */
  const add = (span: Span, reasons: string[], score: number): boolean => {
    if (names.some((c) => overlaps(c.span, span)) || added.some((c) => overlaps(c.span, span))) return false;
    added.push(makeCandidate('name', text, span, score, reasons, { message: 'pii.name.what', args: { text: text.slice(span.start, span.end) } }, { message: 'pii.reason.other', args: { reason: reasons.join(', ') } }, score >= 0.85));
    return true;
  };
  for (const m of text.matchAll(CAPS_INVERTED)) if (FIRST_NAMES.has(m[2].split('-')[0]) && !publicInRow(source, m.index)) add({ start: m.index, end: m.index + m[0].length }, ['form:surname-first', 'list:firstname'], 0.86);
  for (const m of text.matchAll(MIXED_INVERTED)) {
    const surname = m[1].split(' ').pop()!;
    if (FIRST_NAMES.has(m[2].split('-')[0]) && !FIRST_NAMES.has(surname) && !PLACES.includes(surname)) add({ start: m.index, end: m.index + m[0].length }, ['form:surname-first', 'list:firstname'], 0.86);
  }
  const relatives = new Set<string>();
  for (const m of text.matchAll(KIN_NAME)) {
    for (const name of [m[1], m[2]]) {
      if (name === undefined || !FIRST_NAMES.has(name.split('-')[0]) || historicalSentence(text, m.index)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      // only a first name alone ("mijn collega Ravi Ramdin" is a full name, found as such)
      if (add({ start, end: start + name.length }, ['context:relative', 'list:firstname'], 0.86)) relatives.add(name);
    }
  }
  const capsSurnames = new Set<string>();
  for (const m of text.matchAll(RANK_NAME)) {
    const start = m.index + m[0].length - m[1].length;
    add({ start, end: m.index + m[0].length }, ['title', 'initials'], 0.86);
    capsSurnames.add(/[\p{Lu}'’-]+$/u.exec(m[1])![0]);
  }
  for (const m of text.matchAll(LOWER_NAME_FIELD)) add({ start: m.index + m[0].length - m[1].length - trailing(m[0]), end: m.index + m[0].length - trailing(m[0]) }, ['field'], 0.9);
  for (const m of text.matchAll(LOWER_INITIALS_NAME)) add({ start: m.index, end: m.index + m[1].length }, ['initials'], 0.82);
  // the surname of a rank's name alone ("VERHAGEN heeft …"), and lower-case copies of names found elsewhere
  const copies = [...new Set([...names, ...added].filter((c) => c.type === 'name' && /\s/.test(c.text)).map((c) => c.text.toLowerCase()))].slice(0, MAX_COPIES);
  for (const surname of capsSurnames) for (const at of wordOccurrences(text, surname)) add({ start: at, end: at + surname.length }, ['propagated'], 0.8);
  // a relative's first name is theirs where it recurs ("de kaart van Kim")
  for (const name of [...relatives].slice(0, MAX_COPIES)) for (const at of wordOccurrences(text, name)) add({ start: at, end: at + name.length }, ['propagated'], 0.8);
  for (const copy of copies) for (const at of wordOccurrences(text, copy)) add({ start: at, end: at + copy.length }, ['propagated'], 0.8);
  return [...names, ...added];
}

/**
 * A public role in the same table row ("| LAMBREGTS, Karin | Onderwijsraad | voorzitter |"); the chair of a
 * works council or participation council is an employee or a parent, not a public office holder.
 */
const PUBLIC_ROLE = /(?<![\p{L}])(?:voorzitter(?! (?:van de )?(?:OR|ondernemingsraad|MR|GMR|medezeggenschapsraad|cliëntenraad)(?![\p{L}]))|minister|staatssecretaris|burgemeester|wethouder|kamerlid|gedeputeerde|commissaris van de koning|ombudsman)(?![\p{L}])/iu;

function publicInRow(source: SourceDocument, pos: number): boolean {
  const cell = cellAt(source.tables, pos);
  return cell !== undefined && PUBLIC_ROLE.test(source.text.slice(cell.row.span.start, cell.row.span.end));
}

function trailing(match: string): number {
  return match.length - match.trimEnd().length;
}

/** "Dijkstra, Marieke": the first name after the surname; "Koen en Elsa Bonte-Lievens": the first name before. */
function extended(text: string, c: PiiCandidate): PiiCandidate {
  let { start, end } = c.span;
  const after = new RegExp(String.raw`^, (${FIRST_NAME})(?![\p{L}.])`, 'u').exec(text.slice(end, end + 30));
  // a surname alone, with its particles ("de Graaf, Willemijn"), takes the first name after it
  const surnameOnly = !/\s/.test(c.text.replace(/^(?:(?:van|de|der|den|ter|ten|het|'t|in 't) )+/iu, ''));
  if (after && FIRST_NAMES.has(after[1].split('-')[0]) && surnameOnly) end += after[0].length;
  const before = new RegExp(String.raw`(?<![\p{L}])(${FIRST_NAME}) en $`, 'u').exec(text.slice(Math.max(0, start - 30), start));
  if (before && FIRST_NAMES.has(before[1].split('-')[0])) start -= before[0].length;
  // a first name alone after "SURNAME, ": the surname in capitals belongs to it
  const caps = new RegExp(String.raw`(?<![\p{L}])(?:${CAPS_PARTICLE} ){0,3}${CAPS_WORD}, $`, 'u').exec(text.slice(Math.max(0, start - 40), start));
  if (caps && !/\s/.test(c.text)) start -= caps[0].length;
  if (start === c.span.start && end === c.span.end) return c;
  return { ...c, span: { start, end }, text: text.slice(start, end) };
}

/** Where `word` occurs as a whole word (case-sensitive), bounded by the text's length. */
function wordOccurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + word.length] ?? '')) continue;
    out.push(at);
  }
  return out;
}
