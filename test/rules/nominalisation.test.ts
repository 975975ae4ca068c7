import assert from 'node:assert/strict';
import { KERN_LINE, findings, nota, on } from './writing';

describe('nominalisation', () => {
  it('is off by default', () => {
    assert.deepEqual(findings(nota('- Het toetsen van websites gebeurt elk jaar.'), 'nominalisation'), []);
  });

  it('reports "het + infinitive + van" and fixed phrases, with the verb and the count in the section', () => {
    const text = nota('- Het toetsen van websites gebeurt elk jaar.\n- De directie draagt zorg voor de uitvoering.');
    assert.deepEqual(findings(text, 'nominalisation', on('nominalisation')), [
      `${KERN_LINE}:3–${KERN_LINE}:18 Nominalisation "Het toetsen van" (2 in Kern): use the verb ("toetsen").`,
      `${KERN_LINE + 1}:15–${KERN_LINE + 1}:31 Nominalisation "draagt zorg voor" (2 in Kern): use the verb ("zorgt voor").`,
    ]);
  });

  it('does not take a noun in -en for an infinitive ("het leven van")', () => {
    assert.deepEqual(findings(nota('- Het leven van burgers wordt makkelijker.'), 'nominalisation', on('nominalisation')), []);
  });
});
