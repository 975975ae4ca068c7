// Sentences and paragraphs around a position, and whether they are about one person: the context the
// special-category and case-number detectors ask for. Every scan is bounded.
import { partitionPoint } from '../search';
import type { Span } from '../types';

const MAX_SENTENCE = 400;
const MAX_PARAGRAPH = 800;

/**
 * One person referred to: a singular pronoun, a form of address or a role noun (a name found by the name detector
 * counts too); a maatschap, VOF or eenmanszaak is its owners, natural persons.
 */
const ONE_PERSON = /(?<![\p{L}])(?:hij|zij|hem|haar|mevrouw|mevr\.|mw\.|de heer|dhr\.|betrokkene|verzekerde|verdachte|slachtoffer|chauffeur|uitzendkracht|deelnemer|cliënt|patiënt|gedetineerde|aanvrager|verzoeker|werknemer|medewerker|leerkracht|leraar|docent|veteraan|militair|sergeant|korporaal|soldaat|onderofficier|melder|klager|dochter|zoon|vader|moeder|jongere|studente?|leerling|maatschap|vof|eenmanszaak)(?![\p{L}])/iu;

/** The sentence holding [from, to): from after the previous sentence end (or list bullet, table cell, blank line) to its end. */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && from - start < MAX_SENTENCE && !isSentenceBreak(text, start - 1)) start--;
  while (start < from && /[\s>*|-]/.test(text[start])) start++;
  let end = to;
  while (end < text.length && end - to < MAX_SENTENCE && !isSentenceBreak(text, end)) end++;
  while (end > to && /[\s.;:,]/.test(text[end - 1])) end--;
  return { start, end };
}

function isSentenceBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '|' || ch === ';') return true;
  // a line break ends a sentence after a blank line, before a list item or table row, and after a line that
  // ends like a sentence or a label ("Antwoord 1") when a capital follows; a hard-wrapped sentence goes on
  if (ch === '\n') return /[\n*|-]/.test(text[i + 1] ?? '\n') || text[i - 1] === '\n' || (/\p{Lu}/u.test(text[i + 1] ?? '') && (/[.:!?\d]/.test(text[i - 1] ?? '') || headingBefore(text, i)));
  // a full stop ends a sentence before a space and a capital, not in "dr." or "4.1"
  if (ch !== '.' && ch !== '?' && ch !== '!') return false;
  if (!/\s/.test(text[i + 1] ?? ' ')) return false;
  // the next sentence starts with a capital (or a list item, a quote): "geb. 5 jan. 1979" goes on
  const next = /\S/.exec(text.slice(i + 1, i + 8));
  if (next && !/[\p{Lu}*>|"'‘“(-]/u.test(next[0])) return false;
  // not after an initial ("A.B. Belhaj") or an abbreviation ("dr.", "nr.")
  const word = /[\p{L}.]{0,6}$/u.exec(text.slice(Math.max(0, i - 6), i))?.[0] ?? '';
  return !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|dr|mr|drs|ir|prof|dhr|mevr|mw|nr|art|jl|ca|bijv|o\.a)$/u.test(word);
}

/** Whether the line ending at `i` is a heading of a plain-text nota: one to three words ("Aanleiding", "Kern"). */
function headingBefore(text: string, i: number): boolean {
  const line = text.slice(Math.max(0, i - 40), i);
  const start = line.lastIndexOf('\n');
  if (start < 0 && i > 40) return false;
  return /^[-*> \t]*\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u.test(line.slice(start + 1));
}

/** The paragraph (or list item, or table row) holding [from, to). */
export function paragraphAround(text: string, from: number, to: number): Span {
  let start = from;
  while (start > 0 && from - start < MAX_PARAGRAPH && !isParagraphBreak(text, start - 1)) start--;
  let end = to;
  while (end < text.length && end - to < MAX_PARAGRAPH && !isParagraphBreak(text, end)) end++;
  return { start, end };
}

function isParagraphBreak(text: string, i: number): boolean {
  return text[i] === '\n' && (text[i + 1] === '\n' || text[i - 1] === '\n' || text[i + 1] === '-' || text[i + 1] === '*' || text[i + 1] === '|' || text[i - 1] === '|');
}

/** Whether the span refers to a person: a name span (sorted `persons`) inside it, or a pronoun or form of address. */
export function mentionsPerson(text: string, span: Span, persons: readonly Span[]): boolean {
  const first = partitionPoint(persons.length, (i) => persons[i].start < span.start);
  return (first < persons.length && persons[first].start < span.end) || ONE_PERSON.test(text.slice(span.start, span.end));
}
