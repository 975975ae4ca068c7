import { positiveOr } from '../writing/words';
import type { Rule } from './rule';

interface Options {
  /** A sentence of more words than this is reported. */
  max: number;
  /** A sentence of more words than this is reported one level higher (information when the rule is a hint). */
  veryLong: number;
}

/** Long sentences: readers at B1 level lose the thread after about 20 words. */
export const sentenceLength: Rule<Options> = {
  id: 'sentence-length',
  defaultSeverity: 'hint',
  optIn: true,
  description: 'A sentence longer than the configured number of words.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: { max: 25, veryLong: 40 },
  optionsSchema: {
    properties: {
      max: { type: 'integer', minimum: 1, default: 25, description: 'A sentence of more words than this is reported.' },
      veryLong: { type: 'integer', minimum: 1, default: 40, description: 'A sentence of more words than this is reported as information instead of a hint.' },
    },
  },
  check({ prose, options, report }) {
    const max = positiveOr(options.max, 25);
    const veryLong = Math.max(max, positiveOr(options.veryLong, 40));
    for (const unit of prose().units) {
      for (const sentence of unit.sentences) {
        const count = sentence.words.length;
        if (count <= max) continue;
        report({ message: 'sentence-length', args: { count, max }, span: sentence.span, raise: count > veryLong });
      }
    }
  },
};
