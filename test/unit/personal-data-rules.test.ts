// The pii-* rules: severity from the evidence, the redact fix, redact all, explanations, the corpus clean.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { redactAllEdits } from '../../server/src/core/redact';
import { applyEdits } from '../../server/src/core/fixes';
import { resolveConfig } from '../../server/src/core/config';
import { VALID_NOTA, applyFix, check, corpusFiles, findingsOf } from '../support/check';

const LEAKY = VALID_NOTA.replace(
  '- Met de regeling',
  '- Contactpersoon: mevr. J. de Vries, 06-12345678, j.devries@minbzk.nl. Dossier van BSN 111222333. Met de regeling',
);

describe('personal-data rules', () => {
  it('the five corpus documents give no personal-data finding at all', () => {
    for (const file of corpusFiles()) {
      const findings = check(fs.readFileSync(file, 'utf8'), { fileName: file }).findings.filter((f) => f.ruleId.startsWith('pii-'));
      assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), [], file);
    }
  });

  it('finds the name, phone, e-mail and BSN, each with an explanation', () => {
    const findings = check(LEAKY).findings.filter((f) => f.ruleId.startsWith('pii-'));
    assert.deepEqual(findings.map((f) => [f.ruleId, LEAKY.slice(f.span.start, f.span.end)]), [
      ['pii-name', 'J. de Vries'],
      ['pii-phone', '06-12345678'],
      ['pii-email', 'j.devries@minbzk.nl'],
      ['pii-bsn', '111222333'],
    ]);
    assert.ok(findings.every((f) => f.explanation && f.explanation.length > 20), 'every finding explains itself');
    assert.equal(findings.find((f) => f.ruleId === 'pii-bsn')!.severity, 'error');
  });

  it('the redact fix writes [5.1.2e], and [5.1.1e] for a BSN', () => {
    const [phone] = findingsOf(LEAKY, 'pii-phone');
    assert.equal(phone.fixes[0].title, 'Redact as [5.1.2e]');
    assert.equal(applyFix(LEAKY, phone), LEAKY.replace('06-12345678', '[5.1.2e]'));
    const [bsn] = findingsOf(LEAKY, 'pii-bsn');
    assert.equal(applyFix(LEAKY, bsn), LEAKY.replace('111222333', '[5.1.1e]'));
  });

  it('the configured marker is used', () => {
    const [phone] = findingsOf(LEAKY, 'pii-phone', { layer: { redactionMarker: '[5.1.2.e]' } });
    assert.equal(applyFix(LEAKY, phone), LEAKY.replace('06-12345678', '[5.1.2.e]'));
  });

  it('redact all replaces every finding in one edit set, and leaves nothing to find', () => {
    const { doc } = check(LEAKY);
    const redacted = applyEdits(LEAKY, redactAllEdits(doc, resolveConfig([]), () => true));
    assert.equal(
      redacted,
      LEAKY.replace('J. de Vries', '[5.1.2e]').replace('06-12345678', '[5.1.2e]').replace('j.devries@minbzk.nl', '[5.1.2e]').replace('111222333', '[5.1.1e]'),
    );
    assert.deepEqual(check(redacted).findings.filter((f) => f.ruleId.startsWith('pii-')), []);
  });

  it('a name in publicPersons is not reported; a public-role mention elsewhere makes every mention public', () => {
    const text = VALID_NOTA.replace('- Met de regeling', '- De heer Jansen belde. Met de regeling');
    assert.equal(findingsOf(text, 'pii-name').length, 1);
    assert.deepEqual(findingsOf(text, 'pii-name', { layer: { publicPersons: ['Jansen'] } }), []);
    const withRole = text.replace('Op 4 maart 2024 heeft de Tweede Kamer', 'Op 4 maart 2024 heeft het lid Jansen (VVD) in de Tweede Kamer');
    assert.deepEqual(findingsOf(withRole, 'pii-name'), []);
  });

  it('a public person marks exactly that person: "Van den Berg" does not clear Pieter van den Berg (issue 15)', () => {
    const text = VALID_NOTA.replace('- Met de regeling', '- Mevrouw Van den Berg belde over de aanvraag van de heer Pieter van den Berg (BSN 111222333). Met de regeling');
    const names = (publicPersons: string[], source = text) => findingsOf(source, 'pii-name', { layer: { publicPersons } }).map((f) => source.slice(f.span.start, f.span.end));
    assert.deepEqual(names([]), ['Van den Berg', 'Pieter van den Berg']);
    assert.deepEqual(names(['Van den Berg']), ['Pieter van den Berg']);
    // A fuller configured name covers the bare surname only while no other person shares it.
    assert.deepEqual(names(['Pieter van den Berg']), []);
    const two = text.replace('Mevrouw Van den Berg belde', 'Mevrouw Van den Berg en de heer Jan van den Berg belden');
    assert.deepEqual(names(['Pieter van den Berg'], two), ['Van den Berg', 'Jan van den Berg']);
  });

  it('the value of Opgesteld door is a civil servant\'s name when not redacted', () => {
    const text = VALID_NOTA.replace('**Opgesteld door**  \n[5.1.2e]', '**Opgesteld door**  \nPieter Bakker');
    assert.deepEqual(findingsOf(text, 'pii-name').map((f) => text.slice(f.span.start, f.span.end)), ['Pieter Bakker']);
  });
});
