import assert from 'node:assert/strict';
import { KERN_LINE, findings, nota, on, ruleFindings } from './writing';

const words = (count: number) => Array.from({ length: count }, (_, i) => (i === 0 ? 'Woord' : 'woord')).join(' ');

describe('sentence-length', () => {
  it('is off by default', () => {
    assert.deepEqual(findings(nota(`${words(30)}.`), 'sentence-length'), []);
  });

  it('reports a sentence of more than 25 words with its count, over the whole sentence', () => {
    const text = nota(`${words(25)}. ${words(26)}.`);
    const start = words(25).length + 3;
    assert.deepEqual(findings(text, 'sentence-length', on('sentence-length')), [
      `${KERN_LINE}:${start}–${KERN_LINE}:${start + words(26).length + 1} Sentence of 26 words (more than 25): split it into shorter sentences.`,
    ]);
  });

  it('reports a sentence of more than 40 words one level higher, also at a configured severity', () => {
    const text = nota(`${words(41)}.`);
    assert.deepEqual(ruleFindings(text, 'sentence-length', on('sentence-length')).map((f) => f.severity), ['information']);
    assert.deepEqual(ruleFindings(text, 'sentence-length', on('sentence-length', 'information')).map((f) => f.severity), ['warning']);
    // 40 words is long but not very long: the configured severity.
    assert.deepEqual(ruleFindings(nota(`${words(40)}.`), 'sentence-length', on('sentence-length')).map((f) => f.severity), ['hint']);
  });

  it('does not end a sentence at a Dutch abbreviation, and counts a redaction marker as one word', () => {
    const sentence = 'Wij hebben o.a. met [5.1.2e] en c.q. de directie gesproken over art. 5 van de regeling.';
    const found = ruleFindings(nota(sentence), 'sentence-length', on('sentence-length', 'hint', { max: 15 }));
    // One sentence of 16 words (not cut at o.a., c.q. or art.), and the nota's own Motivering of 17.
    assert.deepEqual(found.map((f) => f.message), ['Sentence of 16 words (more than 15): split it into shorter sentences.', 'Sentence of 17 words (more than 15): split it into shorter sentences.']);
  });

  it('reads each list item and paragraph on its own, and not the header, headings, tables or code', () => {
    const text = nota(`- ${words(10)}\n- ${words(10)}\n\n| ${words(18)} |\n| --- |\n| x |\n\n\`\`\`\n${words(18)}\n\`\`\``);
    assert.deepEqual(findings(text, 'sentence-length', on('sentence-length', 'hint', { max: 17 })), []);
  });

  it('joins the lines of a paragraph into sentences (text pasted from a PDF)', () => {
    const text = nota(`${words(9)}\n${words(9)}.`);
    assert.deepEqual(findings(text, 'sentence-length', on('sentence-length', 'hint', { max: 17 })), [
      `${KERN_LINE}:1–${KERN_LINE + 1}:${words(9).length + 2} Sentence of 18 words (more than 17): split it into shorter sentences.`,
    ]);
  });
});
