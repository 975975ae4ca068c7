import { formatMessage } from '../messages';
import { type PlainWordSettings, plainWordIndex } from '../writing/plain-words';
import { matchCase } from '../writing/words';
import type { Rule } from './rule';

interface Options {
  /** Per formal word or phrase: `false` to allow it, or the plainer alternatives (a new entry or new advice). */
  words: PlainWordSettings;
}

/** Formal, bureaucratic words ("middels", "teneinde", "dient te") where a plain word says the same. */
export const plainWord: Rule<Options> = {
  id: 'plain-word',
  defaultSeverity: 'information',
  description: 'A formal word or phrase with a plainer alternative.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: { words: {} },
  optionsSchema: {
    properties: {
      words: {
        type: 'object',
        description: 'Per formal word or phrase: false to allow it, or the plainer alternative(s): a new entry or new advice.',
        additionalProperties: { anyOf: [{ const: false }, { type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      },
    },
  },
  check({ doc, prose, options, locale, report }) {
    const index = plainWordIndex(typeof options.words === 'object' && options.words !== null ? options.words : {});
    for (const unit of prose().units) {
      const words = unit.words;
      for (let i = 0; i < words.length; i++) {
        if (!index.mayStart(words, i)) continue;
        const entry = index.byFirstWord.get(words.lower(i))?.find((candidate) => words.hasPhraseAt(i, candidate.words));
        if (!entry) continue;
        const last = i + entry.words.length - 1;
        const span = { start: words.start(i), end: words.end(last) };
        const written = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const alternatives = entry.alternatives.map((alternative) => `"${alternative}"`).join(` ${formatMessage(locale, 'plain-word.or')} `);
        report({
          message: 'plain-word',
          args: { word: written, alternatives },
          span,
          fixes: entry.alternatives.map((alternative) => {
            const text = matchCase(alternative, written);
            return { title: 'fix.plain-word', titleArgs: { text }, edits: [{ span, newText: text }] };
          }),
        });
        i = last;
      }
    }
  },
};
