// Woo rules: ground codes, legacy Wob codes, and the Motivering that must name the grounds used.
import assert from 'node:assert/strict';
import { VALID_NOTA, applyFix, check, findingsOf } from '../support/check';

const WITHOUT_SECTION = VALID_NOTA.replace(/### Informatie die niet openbaar[\s\S]*$/, '');

describe('Woo rules', () => {
  it('woo-ground-invalid and woo-ground-legacy tell unknown codes from Wob codes', () => {
    const text = VALID_NOTA.replace('**Opgesteld door**  \n[5.1.2e]', '**Opgesteld door**  \n[5.1.3e] [10.2.e] [5.1.2.e] [5.2]');
    assert.deepEqual(findingsOf(text, 'woo-ground-invalid').map((f) => f.message), ['"5.1.3e" is not a ground of the Woo (5.1.1a–e, 5.1.2a–i, 5.1.5, 5.2).']);
    const [legacy] = findingsOf(text, 'woo-ground-legacy');
    assert.equal(legacy.message, '"10.2.e" is a ground of the former Wob; the Woo ground is 5.1.2e.');
    assert.equal(applyFix(text, legacy), text.replace('[10.2.e]', '[5.1.2e]'));
  });

  it('woo-motivering adds the whole section, before Bijlagen, naming the grounds used', () => {
    const [finding] = findingsOf(WITHOUT_SECTION, 'woo-motivering');
    assert.equal(finding.severity, 'warning');
    const fixed = applyFix(WITHOUT_SECTION, finding);
    assert.equal(
      fixed,
      `${WITHOUT_SECTION.trimEnd()}\n\n### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van de eerbiediging van de persoonlijke levenssfeer (art. 5.1, tweede lid, onder e, Woo).\n`,
    );
    assert.deepEqual(findingsOf(fixed, 'woo-motivering'), []);
    assert.deepEqual(check(fixed).findings, []);
  });

  it('woo-motivering is silent when the nota is not actief openbaar, or has no redaction', () => {
    assert.deepEqual(findingsOf(WITHOUT_SECTION.replace('Ja\n\n**Onze', 'Nee\n\n**Onze'), 'woo-motivering'), []);
    assert.deepEqual(findingsOf(WITHOUT_SECTION.replace('[5.1.2e]', 'DGDOO/DOB'), 'woo-motivering'), []);
  });

  it('woo-motivering reports a ground the Motivering does not name, and the fix names it', () => {
    const text = VALID_NOTA.replace('U wordt verzocht in te stemmen met het voorstel.', 'U wordt verzocht in te stemmen met het voorstel [5.1.2i].');
    const [finding] = findingsOf(text, 'woo-motivering');
    assert.equal(finding.message, 'Ground 5.1.2i is used in a redaction but not named in the Motivering.');
    const fixed = applyFix(text, finding);
    assert.ok(fixed.endsWith('van de Woo.\n\nIn de openbaar gemaakte versie van deze nota is informatie weggelaten in het belang van het goed functioneren van de Staat en andere overheden (art. 5.1, tweede lid, onder i, Woo).\n'));
    assert.deepEqual(findingsOf(fixed, 'woo-motivering'), []);
  });

  it('an empty Opgesteld door counts as a redaction (seed 001 gets the warning, not an error)', () => {
    const text = WITHOUT_SECTION.replace('**Opgesteld door**  \n[5.1.2e]', '**Opgesteld door**  \n');
    assert.equal(findingsOf(text, 'woo-motivering').length, 1);
  });
});
