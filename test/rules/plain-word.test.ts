import assert from 'node:assert/strict';
import { fixAll } from '../support/check';
import { KERN_LINE, findings, fixed, nota, on, ruleFindings } from './writing';

describe('plain-word', () => {
  it('is on by default: a formal word in the prose, with the plain word as the message', () => {
    const text = nota('Wij informeren u middels deze nota.');
    assert.deepEqual(findings(text, 'plain-word'), [`${KERN_LINE}:18–${KERN_LINE}:25 "middels" is formal: write "met" or "via".`]);
  });

  it('reads phrases of several words, "c.q." as one word, and keeps the capital in the fix', () => {
    const text = nota('Ten behoeve van de uitvoering dient te worden gekeken naar gemeenten c.q. provincies.');
    const found = ruleFindings(text, 'plain-word');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['Ten behoeve van', 'dient te', 'c.q.']);
    assert.equal(fixed(text, found[0]), nota('Voor de uitvoering dient te worden gekeken naar gemeenten c.q. provincies.'));
    assert.equal(fixed(text, found[2], 1), nota('Ten behoeve van de uitvoering dient te worden gekeken naar gemeenten en provincies.'));
    assert.deepEqual(found[2].fixes.map((fix) => [fix.title, fix.safe]), [['Write "of"', false], ['Write "en"', false]]);
  });

  it('does not change the text in fix-all: the fixes are not safe', () => {
    const text = nota('Wij informeren u middels deze nota.');
    assert.equal(fixAll(text), text);
  });

  it('does not read the header, headings, code or words that merely contain a formal word', () => {
    const text = nota('- De reedsgenoemde `middels` en <!-- middels --> staan er niet.\n\n```\nmiddels\n```', 'Over het onderwerp inzakelijk.').replace('Voorstel voor de Regeling', 'Middels de Regeling');
    assert.deepEqual(findings(text, 'plain-word'), []);
  });

  it('switches an entry off, adds one, and replaces the advice of one, from .notarc.json', () => {
    const text = nota('Wij informeren u middels deze nota en tevens over de planning op voorhand.');
    const layer = on('plain-word', 'hint', { words: { middels: false, planning: ['plan'], 'op voorhand': 'eerst' } });
    assert.deepEqual(findings(text, 'plain-word', layer), [
      `${KERN_LINE}:39–${KERN_LINE}:45 "tevens" is formal: write "ook".`,
      `${KERN_LINE}:54–${KERN_LINE}:62 "planning" is formal: write "plan".`,
      `${KERN_LINE}:63–${KERN_LINE}:74 "op voorhand" is formal: write "eerst".`,
    ]);
  });

  it('is off when configured off', () => {
    assert.deepEqual(findings(nota('Wij informeren u middels deze nota.'), 'plain-word', { rules: { 'plain-word': { severity: 'off' } } }), []);
  });
});
