import nominalisationData from '../../../../data/nominalisations-nl.json';
import { lowerWords, phraseAt, spanOfWords } from '../writing/words';
import type { Rule } from './rule';

interface Phrase {
  words: string[];
  verb: string;
}

const PHRASES: readonly Phrase[] = nominalisationData;
/** The phrases by their first word, looked up for every word of the prose. */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) BY_FIRST_WORD.set(phrase.words[0], [...(BY_FIRST_WORD.get(phrase.words[0]) ?? []), phrase]);

/** Nouns in -en that are no infinitives: "het leven van", "het examen van". */
const NOT_INFINITIVE = new Set(['leven', 'teken', 'verleden', 'vermogen', 'examen', 'wapen', 'bestaan', 'wezen', 'eten', 'vertrouwen', 'belang', 'laken', 'regen', 'zegen', 'deken', 'open', 'midden', 'einde']);

/** "het doen van een aanvraag": the article, an infinitive, "van". */
function infinitiveNominalisation(words: readonly string[], index: number): boolean {
  const verb = words[index + 1];
  return words[index] === 'het' && words[index + 2] === 'van' && verb !== undefined && verb.length >= 5 && verb.endsWith('en') && !NOT_INFINITIVE.has(verb);
}

/** A verb made into a noun ("het nemen van een besluit", "in overweging nemen"), with the count in its section. */
export const nominalisation: Rule = {
  id: 'nominalisation',
  defaultSeverity: 'hint',
  optIn: true,
  description: 'A verb made into a noun ("het doen van een aanvraag", "in overweging nemen").',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: {},
  check({ doc, prose, report }) {
    for (const unit of prose().units) {
      const found: { span: { start: number; end: number }; verb: string }[] = [];
      for (const sentence of unit.sentences) {
        const words = lowerWords(sentence);
        for (let i = 0; i < words.length; i++) {
          const phrase = BY_FIRST_WORD.get(words[i])?.find((candidate) => phraseAt(words, i, candidate.words));
          if (phrase) {
            found.push({ span: spanOfWords(sentence.words, i, i + phrase.words.length - 1), verb: phrase.verb });
            i += phrase.words.length - 1;
          } else if (words[i] === 'het' && infinitiveNominalisation(words, i)) {
            found.push({ span: spanOfWords(sentence.words, i, i + 2), verb: words[i + 1] });
            i += 2;
          }
        }
      }
      for (const { span, verb } of found) {
        const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        report({ message: 'nominalisation', args: { text, count: found.length, section: unit.title, verb: `"${verb}"` }, span });
      }
    }
  },
};
