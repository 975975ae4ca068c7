import assert from 'node:assert/strict';
import { KERN_LINE, findings, fixed, nota, on, ruleFindings } from './writing';

describe('abbreviation-undefined', () => {
  it('is on by default: the first use of an abbreviation that is not written out, once', () => {
    const text = nota('- Gemeenten passen de WCAG toe.\n- De WCAG is een norm.');
    assert.deepEqual(findings(text, 'abbreviation-undefined'), [`${KERN_LINE}:23–${KERN_LINE}:27 Abbreviation "WCAG" is not written out at its first use.`]);
  });

  it('accepts "expansion (ABBR)", "ABBR (expansion)", the built-in list and an explanation earlier in the text', () => {
    const text = nota(
      '- Gemeenten passen de Web Content Accessibility Guidelines (WCAG) toe.\n- Elke website krijgt een DPIA (gegevensbeschermingseffectbeoordeling).\n- BZK, OCW, de VNG, de Woo en de AVG gelden.\n- De WCAG en de DPIA.',
    );
    assert.deepEqual(findings(text, 'abbreviation-undefined'), []);
  });

  it('writes a known abbreviation out as a quick fix that is not safe', () => {
    const text = nota('- Dit regelt een AMvB.');
    const [finding] = ruleFindings(text, 'abbreviation-undefined');
    assert.equal(finding.message, 'Abbreviation "AMvB" is not written out at its first use (algemene maatregel van bestuur).');
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(fixed(text, finding), nota('- Dit regelt een algemene maatregel van bestuur (AMvB).'));
  });

  it('takes an abbreviation out of a compound ("WCAG-norm"), not roman numerals or the header', () => {
    const text = nota('- De WCAG-norm geldt in fase II en III.');
    assert.deepEqual(findings(text, 'abbreviation-undefined'), [`${KERN_LINE}:6–${KERN_LINE}:10 Abbreviation "WCAG" is not written out at its first use.`]);
  });

  it('is configurable: allowed, required and expansions', () => {
    const text = nota('- KIEM, DGDOO en de WCAG overleggen.');
    const layer = on('abbreviation-undefined', 'hint', { allowed: ['KIEM'], required: ['DGDOO'], expansions: { WCAG: 'Web Content Accessibility Guidelines' } });
    const found = ruleFindings(text, 'abbreviation-undefined', layer);
    assert.deepEqual(found.map((f) => f.message), [
      'Abbreviation "DGDOO" is not written out at its first use (directoraat-generaal Digitalisering en Overheidsorganisatie).',
      'Abbreviation "WCAG" is not written out at its first use (Web Content Accessibility Guidelines).',
    ]);
    assert.equal(fixed(text, found[1]), nota('- KIEM, DGDOO en de Web Content Accessibility Guidelines (WCAG) overleggen.'));
  });

  it('takes the letters of a postcode for no abbreviation ("2511 DP Den Haag"), but still reports them used as one', () => {
    const text = nota('- Het adres is Kerkstraat 12, 2511 DP Den Haag.\n- Het DP-team besluit.');
    assert.deepEqual(findings(text, 'abbreviation-undefined'), [`${KERN_LINE + 1}:7–${KERN_LINE + 1}:9 Abbreviation "DP" is not written out at its first use.`]);
  });
});
