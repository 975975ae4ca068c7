// The writing rules cut prose into sentences with FastParseDutch: parse-dutch with a table lookup in
// parse-latin's character loop instead of three regex tests per character. Its trees must be parse-dutch's,
// node for node and position for position, or a sentence count, a range or a readability figure changes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { ParseDutch } from 'parse-dutch';
import { generateNota } from '../../bench/generate.mjs';
import { FastParseDutch } from '../../server/src/core/writing/prose';
import { corpusFiles } from '../support/check';

const fast = new FastParseDutch();
const reference = new ParseDutch();

function assertSameTree(text: string) {
  assert.deepEqual(fast.tokenizeParagraph(text), reference.tokenizeParagraph(text), JSON.stringify(text.slice(0, 200)));
}

// Characters on which the loop decides something: word, white space (CR, LF and CRLF count lines
// differently), punctuation that repeats or not, symbols, letters outside ASCII, surrogate pairs and a
// lone surrogate, and the marks the Dutch plugins merge ('s, d', c.q., en/of).
const PIECES = ['a', 'Z', 'é', 'ë', 'İ', 'ĳ', '7', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '.', '..', '...', '!', '?', '…', ',', ';', ':', "'", '’', '"', '-', '–', '/', '&', '(', ')', '[', ']', '€', '§', '%', '+', '=', '@', '_', '#', '•', '\uf0b7', '😀', '𝐀', '\ud800', '\udc00', "'s", "d'", 'c.q.', 'en/of', 'e-mail', 'Dhr.', 'art.', 'nr.', 'U.S.A.', 'word', 'Woo', 'BZK', '2024'];

describe('FastParseDutch (the writing rules\' tokenizer)', () => {
  it('gives parse-dutch\'s tree for every paragraph of the corpus', () => {
    for (const file of corpusFiles()) for (const paragraph of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) assertSameTree(paragraph);
  });

  it('gives parse-dutch\'s tree for a generated nota of 30 KB, paragraph by paragraph and whole', () => {
    const text = generateNota({ seed: 3, bytes: 30 * 1024 });
    for (const paragraph of text.split(/\n\s*\n/)) assertSameTree(paragraph);
    assertSameTree(text);
  });

  it('gives parse-dutch\'s tree for random text made of the characters the loop decides on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => assertSameTree(pieces.join(''))),
      { numRuns: 3000 },
    );
  });

  it('gives parse-dutch\'s tree for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), assertSameTree), { numRuns: 500 });
  });

  it('gives nothing for an empty text, as parse-dutch does', () => {
    assert.deepEqual(fast.tokenize(''), []);
    assertSameTree('');
  });
});
