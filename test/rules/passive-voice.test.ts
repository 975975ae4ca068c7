import assert from 'node:assert/strict';
import { KERN_LINE, findings, nota, on } from './writing';

describe('passive-voice', () => {
  it('is off by default', () => {
    assert.deepEqual(findings(nota('- De regeling wordt vastgesteld.'), 'passive-voice'), []);
  });

  it('reports "wordt … participle" and "participle wordt", with the count in the section', () => {
    const text = nota('- De regeling wordt door de minister vastgesteld.\n- Wij weten dat de regeling gepubliceerd wordt.');
    assert.deepEqual(findings(text, 'passive-voice', on('passive-voice')), [
      `${KERN_LINE}:15–${KERN_LINE}:49 Passive voice "wordt … vastgesteld" (2 in Kern): say who does it.`,
      `${KERN_LINE + 1}:29–${KERN_LINE + 1}:47 Passive voice "gepubliceerd wordt" (2 in Kern): say who does it.`,
    ]);
  });

  it('reports "is … door" but not a perfect tense without a doer, nor "worden" as a copula', () => {
    const text = nota('- Het besluit is door de Kamer genomen.\n- De kosten zijn gestegen.\n- Het wordt duidelijk dat het beleid werkt.');
    assert.deepEqual(findings(text, 'passive-voice', on('passive-voice')), [`${KERN_LINE}:15–${KERN_LINE}:39 Passive voice "is … genomen" (1 in Kern): say who does it.`]);
  });

  it('counts per section', () => {
    const text = nota('- De regeling wordt vastgesteld.', 'De motie werd aangenomen.');
    assert.deepEqual(findings(text, 'passive-voice', on('passive-voice')), [
      '33:10–33:25 Passive voice "werd aangenomen" (1 in Aanleiding): say who does it.',
      `${KERN_LINE}:15–${KERN_LINE}:32 Passive voice "wordt vastgesteld" (1 in Kern): say who does it.`,
    ]);
  });
});
