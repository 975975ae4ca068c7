import { passiveClauses } from '../writing/passive';
import { spanOfWords } from '../writing/words';
import type { Rule } from './rule';

/** Passive clauses, reported one by one with the number in their section. */
export const passiveVoice: Rule = {
  id: 'passive-voice',
  defaultSeverity: 'hint',
  optIn: true,
  description: 'A passive clause ("wordt … besloten"), with the number of them in its section.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: {},
  check({ doc, prose, report }) {
    for (const unit of prose().units) {
      const spans = unit.sentences.flatMap((sentence) => passiveClauses(doc.text, sentence).map((clause) => spanOfWords(sentence.words, clause.first, clause.last)));
      for (const span of spans) {
        const text = shorten(doc.text.slice(span.start, span.end));
        report({ message: 'passive-voice', args: { text, count: spans.length, section: unit.title }, span });
      }
    }
  },
};

/** "wordt door de minister … genomen": the two ends of a long stretch. */
export function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 4 ? words.join(' ') : `${words[0]} … ${words[words.length - 1]}`;
}
