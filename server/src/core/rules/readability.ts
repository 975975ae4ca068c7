import { DEFAULT_B1_MAX_WORDS, documentMetrics } from '../writing/readability';
import { positiveOr } from '../writing/words';
import type { Rule } from './rule';

interface Options {
  /** The lowest Flesch–Douma figure the nota should reach (0–100; higher is easier). */
  minFleschDouma: number;
  /** The lowest share (0–1) of sentences within the B1 guidance. */
  minB1Share: number;
  /** A sentence of at most this many words is within the B1 guidance. */
  b1MaxWords: number;
}

/** Below this many sentences the figures say little about a text. */
const MIN_SENTENCES = 5;

/** The nota's readability misses the target: one finding on the purpose line, for the whole nota. */
export const readability: Rule<Options> = {
  id: 'readability',
  defaultSeverity: 'information',
  optIn: true,
  description: 'The readability of the nota (Flesch–Douma, share of B1 sentences) misses the target.',
  appliesTo: ['nota'],
  defaultOptions: { minFleschDouma: 30, minB1Share: 0.6, b1MaxWords: DEFAULT_B1_MAX_WORDS },
  optionsSchema: {
    properties: {
      minFleschDouma: { type: 'number', default: 30, description: 'The lowest Flesch–Douma figure the nota should reach (higher is easier).' },
      minB1Share: { type: 'number', minimum: 0, maximum: 1, default: 0.6, description: 'The lowest share of sentences within the B1 guidance.' },
      b1MaxWords: { type: 'integer', minimum: 1, default: 20, description: 'A sentence of at most this many words is within the B1 guidance.' },
    },
  },
  check({ doc, prose, options, report }) {
    const purpose = doc.header.purposes[0];
    if (!purpose) return;
    const metrics = documentMetrics(prose(), { b1MaxWords: positiveOr(options.b1MaxWords, DEFAULT_B1_MAX_WORDS) });
    if (metrics.sentences < MIN_SENTENCES || metrics.fleschDouma === undefined || metrics.b1Share === undefined) return;
    const target = typeof options.minFleschDouma === 'number' ? options.minFleschDouma : 30;
    const targetShare = typeof options.minB1Share === 'number' ? options.minB1Share : 0.6;
    if (metrics.fleschDouma >= target && metrics.b1Share >= targetShare) return;
    report({
      message: 'readability',
      args: { score: metrics.fleschDouma, target, share: Math.round(metrics.b1Share * 100), targetShare: Math.round(targetShare * 100) },
      span: purpose.span,
    });
  },
};
