// Passive clauses in Dutch: a form of "worden" with a past participle ("wordt … verzocht", "genomen
// werd"), or a form of "zijn" with a participle and "door" ("is door de minister besloten"). Participles
// are recognised by their form (ge-…-d/t, be-/ver-/ont-/her-/er-…-d/t, separable "vastgesteld") and by
// a list of strong participles in -en: a heuristic for hints, not a grammar.
import type { Sentence } from './prose';
import { lowerWords } from './words';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren']);

/** The particles of separable verbs, before "ge": "vastgesteld", "aangeboden". */
const PARTICLE = '(?:aan|achter|af|bij|binnen|buiten|door|in|mee|na|neer|om|onder|op|over|plaats|rond|samen|tegen|terug|toe|uit|vast|voor|vrij|weg)';
const WEAK_PARTICIPLE = new RegExp(`^(?:${PARTICLE}?ge|be|ver|ont|her|er)\\p{L}{2,}[dt]$`, 'u');
const STRONG_PARTICIPLE =
  /^(?:aan|af|bij|door|in|mee|na|om|onder|op|over|toe|uit|vast|voor)?(?:genomen|gegeven|gedaan|gesproken|geschreven|gezien|gevonden|gehouden|gelezen|gekozen|gebleken|gesloten|getroffen|gewezen|gevraagd|gedragen|gegaan|gebracht|gedacht|gestreken|geschoven|geboden|besproken|beschreven|bevonden|verkregen|verstrekt|ontvangen|ondervonden|onderschreven|onderzocht|herzien|verzonden|vergeleken|voorzien|toegezegd|vastgesteld|aangenomen|aangeboden|opgenomen|afgesproken|uitgegeven|ingediend|aangedragen|overgenomen|verworven|bewezen)$/u;
/** Words of participle form that are nouns or adjectives (beleid, gebied) or present participles (-end). */
const NOT_PARTICIPLE =
  /^(?:beleid|besluit|bericht|bestand|bedrag|verband|verschil|gebied|gezicht|gewicht|gedicht|gericht|gerecht|geschikt|gezond|gemiddeld|geduld|gehalt|bezit|begrot|verlet|geheid|bereid|gereed|gelijk|\p{L}*(?:end|heid|tijd|kracht|schap|plicht|recht|raad|staat|feit|punt|wet|vlucht))$/u;

export function isParticiple(word: string): boolean {
  if (word.length < 5 || NOT_PARTICIPLE.test(word) || word === 'geworden') return false;
  return STRONG_PARTICIPLE.test(word) || WEAK_PARTICIPLE.test(word);
}

/** How far from the auxiliary a participle is looked for, in words, within the clause. */
const REACH = 10;

export interface PassiveClause {
  /** Index of the first and last word of the auxiliary … participle stretch. */
  first: number;
  last: number;
}

/** The clause ends at a comma, semicolon, colon or dash between two words. */
function clauseEnds(text: string, sentence: Sentence, index: number): boolean {
  const between = text.slice(sentence.words[index].span.end, sentence.words[index + 1]?.span.start ?? sentence.words[index].span.end);
  return /[,;:–(]/.test(between);
}

export function passiveClauses(text: string, sentence: Sentence): PassiveClause[] {
  const found: PassiveClause[] = [];
  if (!sentence.words.some((word) => WORDEN.has(word.lower) || ZIJN.has(word.lower))) return found;
  const words = lowerWords(sentence);
  for (let aux = 0; aux < words.length; aux++) {
    const worden = WORDEN.has(words[aux]);
    if (!worden && !ZIJN.has(words[aux])) continue;
    let participle = -1;
    // Verb last in a subordinate clause: "dat het besluit genomen wordt".
    if (aux > 0 && isParticiple(words[aux - 1]) && !clauseEnds(text, sentence, aux - 1)) participle = aux - 1;
    for (let i = aux + 1; participle < 0 && i < words.length && i <= aux + REACH; i++) {
      if (isParticiple(words[i])) participle = i;
      if (clauseEnds(text, sentence, i)) break;
    }
    if (participle < 0) continue;
    const first = Math.min(aux, participle);
    const last = Math.max(aux, participle);
    // With "zijn" it is a passive only when the doer follows "door"; otherwise a perfect ("is gestegen").
    if (!worden && !hasDoor(words, first, Math.min(words.length - 1, last + REACH))) continue;
    found.push({ first, last });
    aux = last;
  }
  return found;
}

function hasDoor(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (words[i] === 'door') return true;
  return false;
}
