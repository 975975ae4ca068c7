// Special categories of personal data (AVG art. 9) and criminal data (AVG art. 10) about an identifiable
// person: health (a diagnosis, a treatment, sick leave with its cause), criminal matters (a conviction, an
// arrest, detention), ethnic origin, religion, trade-union membership, sexual orientation, biometric and
// genetic data. Found by their words in a sentence that is about one person (a name, a form of address, a
// singular pronoun or a role such as "de betrokkene"); the span is that sentence from its predicate on, so
// the name before it stays its own finding. The evidence is only words: a warning, never an error.
import type { SourceDocument } from '../source/types';
import type { MessageId } from '../messages';
import type { Span } from '../types';
import { mentionsPerson, sentenceAround } from './sentence';
import type { PiiCandidate } from './types';
import { makeCandidate } from './util';

export type SpecialCategory = 'health' | 'criminal' | 'origin' | 'religion' | 'union' | 'sexual' | 'biometric';

const CATEGORY_WORDS: Record<SpecialCategory, string> = {
  health: String.raw`gediagnosticeerd|hernia|herseninfarct|gokverslaving|drugsverslaving|\p{L}{0,12}fractuur|blind aan (?:één|een|beide|zijn|haar) o(?:og|gen)|littekens van marteling|rolstoel(?:-\s?|\s)?afhankelijk|rollator|diagnose|kanker|leukemie|sclerose|psychose|depressie|depressief|burn-?out|overspannen\w*|verslaving|verslaafd|alcoholverslaving|hartstilstand|hartklachten|hartinfarct|beroerte|hersenschade|tuberculose|diabetes|dementie|autisme|persoonlijkheidsstoornis|stoornis|whiplash|lichtgewond|zwaargewond|gewond|snijwond|letsel|geopereerd|intensive care|ggz-kliniek|gereanimeerd|reanimatie|behandeld (?:voor|aan)|medicatie|antibiotica|chemotherapie|zwanger|\p{Ll}{0,20}stoornis|ziekte van \p{Lu}\p{Ll}+|schizofren\p{Ll}{0,6}|dement|hernia|hersenschudding|angstklachten|psychische klachten|cognitieve klachten|hiv(?:-positief)?|aids|epilepsie|\p{Ll}{0,20}medicatie|traumapsycholoog|psychiater|neuroloog|internist|suïcid\p{Ll}{0,10}|\p{Ll}{0,20}embolie|\p{Ll}{0,20}aandoening|alcoholist|posttraumatische|opgenomen (?:in|op) (?:het|een|de) (?:ziekenhuis|kliniek|psychiatrische|spoedeisende hulp|\p{Lu}{2,6}(?![\p{L}]))`,
  criminal: String.raw`veroordeeld|veroordeling|aangehouden|gearresteerd|verdenking|voorlopige hechtenis|in hechtenis|gedetineerd|gevangenisstraf|celstraf|taakstraf|strafblad|justitieel documentatiesysteem|justitiële documentatie|strafrechtelijk vervolgd|aangifte (?:is )?gedaan wegens|geseponeerd|(?:ervan |wordt |werd )verdacht|tbs(?:-maatregel)?`,
  origin: String.raw`afkomst|etnische|etniciteit|roma-gemeenschap|sinti|huidskleur`,
  religion: String.raw`religieuze|boeddhistische gemeenschap|geloofsovertuiging|moslima?|hoofddoek|moskee|synagoge|joodse|christelijke overtuiging|huiskerk|laten dopen|gedoopt|bekeerd|christendom|islam|(?:gereformeerde|hervormde|katholieke|protestantse|evangelische|baptisten)\s?(?:kerk|gemeente)`,
  union: String.raw`vakbondslid|lid van de vakbond|kaderlid|lid van (?:de )?(?:fnv|cnv|aob|vcp|afmp|acom|bond)`,
  sexual: String.raw`homoseksue\w*|lesbisch\w*|biseksue\w*|transgender|seksuele (?:geaardheid|voorkeur|oriëntatie)`,
  biometric: String.raw`vingerafdruk\w*|dna-profiel|genetische (?:aandoening|test)|gezichtsherkenning`,
};
const CATEGORIES = Object.keys(CATEGORY_WORDS) as SpecialCategory[];
const TRIGGER = new RegExp(CATEGORIES.map((category) => `(?<${category}>${CATEGORY_WORDS[category]})`).join('|'), 'giu');
/** A word boundary around a trigger: not inside a longer word ("Kerkstraat", "gezondheidszorg"). */
const LETTER = /\p{L}/u;

/** A denial right before the trigger ("zit niet in voorlopige hechtenis"): the sentence states no such fact. */
const DENIED = /(?<![\p{L}])(?:niet|geen|nooit)\s+(?:\p{L}+\s+)?$/u;

/** Words that make the sentence general, about groups: "het aantal veroordelingen", "mensen met …". */
const GENERAL = /(?<![\p{L}])(?:aantal|cijfers|mensen|personen|burgers|gedetineerden|patiënten|werknemers|medewerkers|iedereen|jaarlijks|gemiddeld|beleid|regeling|wetsvoorstel|voorlichting)(?![\p{L}])/iu;

/** The most words a subject before the predicate has ("De heer Van Zoggel", "Een verdachte, de heer A.B. Belhaj uit Rotterdam,"). */
const SUBJECT_WORDS = 9;
/** Words before the verb that belong to the statement, not to the subject: a date, "door de politierechter". */
const NOT_SUBJECT = /\d|(?<![\p{L}])(?:door|sinds|op|in|bij|tijdens|na|vanwege)(?![\p{L}])/u;
/** A verb that starts the predicate after the subject ("Mevrouw Brouns is …", "Hij wordt …"). */
const PREDICATE = /(?<![\p{L}])(?:is|heeft|wordt|werd|kreeg|krijgt|ligt|lag|raakte|zit|zat|was|had|draagt|behoort|lijdt|leed|verblijft|gebruikt|sprak|stelde)(?![\p{L}])/u;

/** `persons`: the spans of the names found in the text, sorted. */
export function findSpecialCategories(source: SourceDocument, persons: readonly Span[]): PiiCandidate[] {
  const { text } = source;
  const out: PiiCandidate[] = [];
  let covered = -1;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    if (LETTER.test(text[m.index - 1] ?? '') || LETTER.test(text[m.index + m[0].length] ?? '')) continue;
    if (m.index < covered) continue;
    if (DENIED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const written = text.slice(sentence.start, sentence.end);
    if (GENERAL.test(written) || !mentionsPerson(text, sentence, persons)) continue;
    const category = CATEGORIES.find((c) => m.groups?.[c] !== undefined) ?? 'health';
    const start = predicateStart(text, sentence.start, m.index);
    const span = { start, end: sentence.end };
    covered = span.end;
    const candidate = makeCandidate('special-category', text, span, 0.7, [`category:${category}`], { message: 'pii.special-category.what', args: { text: m[0] } }, { message: `pii.special-category.${category}` as MessageId }, false);
    // AVG art. 9 data are withheld on the absolute ground 5.1.1d (UAVG paragraph 3.1); criminal data (AVG
    // art. 10, UAVG paragraph 3.2) are not in 5.1.1d and fall under privacy, the configured marker.
    out.push(category === 'criminal' ? candidate : { ...candidate, ground: '5.1.1d' });
  }
  return out;
}

/**
 * Where the statement starts: after "dat" when the sentence reports it ("blijkt dat …"), and from there at
 * the first finite verb when the few words before it are only the subject ("Mevrouw Brouns is …").
 */
function predicateStart(text: string, sentenceStart: number, trigger: number): number {
  const head = text.slice(sentenceStart, trigger);
  const reported = /^[\s\S]*(?<![\p{L}])dat\s/u.exec(head);
  const base = reported ? sentenceStart + reported[0].length : sentenceStart;
  const verb = PREDICATE.exec(text.slice(base, trigger));
  if (!verb) return base;
  const subject = text.slice(base, base + verb.index).trim();
  return subject.split(/\s+/).length <= SUBJECT_WORDS && !NOT_SUBJECT.test(subject) ? base + verb.index : base;
}
