// plain-word and abbreviation-undefined read the words of a hand scan (server/src/core/writing/word-list.ts):
// it must find exactly the words of the regex it replaces, or a hint moves or goes missing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { scanWords } from '../../server/src/core/writing/word-list';
import { corpusFiles } from '../support/check';

/** Letters and digits joined by - ' ’ & / or a full stop, and the final full stop of "c.q.": the reference. */
const WORD = /[\p{L}\p{N}]+(?:[-'’&/.][\p{L}\p{N}]+)*(?:(?<=[.][\p{L}])[.])?/gu;

const scanned = (text: string) => {
  const words: string[] = [];
  scanWords(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`));
  return words;
};
const expected = (text: string) => [...text.matchAll(WORD)].map((match) => `${match.index}:${match[0]}`);

const PIECES = ['a', 'Q', 'é', 'ĳ', 'İ', '7', '½', '٣', ' ', '\n', '.', '..', "'", '’', '-', '–', '&', '/', ',', '(', '"', '€', '_', '𝐀', '😀', '\ud800', '\udc00', 'c.q.', 'd.w.z.', 'en/of', 'J&V', "'s", 'e-mail', 'U.S.A.', 'X'];

describe('the writing rules\' word scan', () => {
  it('finds the words of the word regex in the corpus', () => {
    for (const file of corpusFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(scanned(text), expected(text));
    }
  });

  it('finds the words of the word regex in random text made of joiners, letters, digits and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(scanned(text), expected(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the words of the word regex in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => assert.deepEqual(scanned(text), expected(text))),
      { numRuns: 1000 },
    );
  });

  it('ends "c.q.", "d.w.z." and "e.g." after their last full stop, "nr." before it', () => {
    assert.deepEqual(scanned('c.q. d.w.z. e.g. nr. 𝐀.𝐁.'), ['0:c.q.', '5:d.w.z.', '12:e.g.', '17:nr', '21:𝐀.𝐁.']);
  });
});
