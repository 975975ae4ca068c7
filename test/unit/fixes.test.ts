// Each fix applied, and the whole resulting text compared; fix-all is idempotent.
import assert from 'node:assert/strict';
import { VALID_NOTA, applyFix, findingsOf, fixAll, lineOf } from '../support/check';

const HEADER = `**Aan**  
Minister van BZK

**Van**  
DGDOO

## nota

Voorstel voor een regeling

### TER BESLUITVORMING

**Nota actief openbaar**  
Nee

**Onze referentie**  
2024-0000012345

**Datum**  
12 maart 2024

**Opgesteld door**  
[5.1.2e]

**Bijlage(n)**  
0
`;

const nota = (body: string) => `${HEADER}\n${body}`;

describe('fixes', () => {
  it('section-missing inserts "### Kern" with a placeholder before the next section', () => {
    const text = nota('### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Toelichting\n\nUitleg.\n');
    const [finding] = findingsOf(text, 'section-missing');
    assert.equal(finding.message, 'Required section "Kern" is missing (it belongs before "Toelichting").');
    // in the blank line before "### Toelichting" (1-based: the heading's 0-based index), not on the heading
    assert.equal(lineOf(text, finding), text.split('\n').indexOf('### Toelichting'));
    assert.equal(finding.span.end, finding.span.start);
    assert.equal(finding.fixes[0].title, 'Insert section "Kern"');
    assert.equal(
      applyFix(text, finding),
      nota(
        '### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Kern\n\n[De kern van de zaak in enkele punten.]\n\n### Toelichting\n\nUitleg.\n',
      ),
    );
  });

  it('section-missing appends at the end when no later section exists, and matches the neighbour depth', () => {
    const text = nota('#### Aanleiding\n\nTekst.\n\n#### Geadviseerd besluit\n\nAdvies.');
    const [finding] = findingsOf(text, 'section-missing');
    assert.equal(
      applyFix(text, finding),
      nota('#### Aanleiding\n\nTekst.\n\n#### Geadviseerd besluit\n\nAdvies.\n\n#### Kern\n\n[De kern van de zaak in enkele punten.]\n'),
    );
  });

  it('section-missing for Geadviseerd besluit follows the purpose, Bijlagen follows Bijlage(n)', () => {
    const informatie = nota('### Aanleiding\n\nTekst.\n\n### Kern\n\nKern.\n').replace('TER BESLUITVORMING', 'TER INFORMATIE');
    assert.deepEqual(findingsOf(informatie, 'section-missing'), []);
    const withBijlage = informatie.replace('**Bijlage(n)**  \n0', '**Bijlage(n)**  \n2');
    assert.deepEqual(findingsOf(withBijlage, 'section-missing').map((f) => f.message), ['Required section "Bijlagen" is missing.']);
  });

  it('section-missing in a plain-text nota inserts a plain line, as the document is written', () => {
    const text = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst.\n\nToelichting\nUitleg.\n';
    const [finding] = findingsOf(text, 'section-missing', { layer: { rules: { 'field-missing': { severity: 'off' } } } });
    assert.equal(applyFix(text, finding), text.replace('Toelichting\n', 'Kern\n\n[De kern van de zaak in enkele punten.]\n\nToelichting\n'));
  });

  it('section-order moves the section with its text intact', () => {
    const text = nota('### Kern\n\nKern.\n\n### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n');
    const findings = findingsOf(text, 'section-order');
    assert.deepEqual(findings.map((f) => f.message), ['Section "Kern" is out of order: it belongs after "Geadviseerd besluit".']);
    assert.equal(applyFix(text, findings[0]), nota('### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Kern\n\nKern.\n'));
  });

  it('section-order moves a section before a later one', () => {
    const text = nota('### Aanleiding\n\nTekst.\n\n### Kern\n\nKern.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Toelichting\n\nUitleg.\n');
    const [finding] = findingsOf(text, 'section-order');
    assert.equal(
      applyFix(text, finding),
      nota('### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Kern\n\nKern.\n\n### Toelichting\n\nUitleg.\n'),
    );
  });

  it('section-unknown renames a misspelt heading and keeps its markup', () => {
    const text = nota('### **Aanleding**\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Kern\n\nKern.\n');
    const [finding] = findingsOf(text, 'section-unknown');
    assert.equal(finding.message, 'Unknown section "Aanleding". Did you mean "Aanleiding"?');
    assert.equal(applyFix(text, finding), text.replace('### **Aanleding**', '### **Aanleiding**'));
  });

  it('section-unknown offers no fix for a heading unlike any section', () => {
    const text = nota('### Aanleiding\n\nTekst.\n\n### Geadviseerd besluit\n\nAdvies.\n\n### Kern\n\nKern.\n\n### Risico\'s\n\nGeen.\n');
    const [finding] = findingsOf(text, 'section-unknown');
    assert.equal(finding.message, 'Unknown section "Risico\'s".');
    assert.deepEqual(finding.fixes, []);
  });

  it('heading-unmarked turns the plain line into a heading', () => {
    const text = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst.\n\n Kern\nKern.\n';
    const findings = findingsOf(text, 'heading-unmarked', { layer: { rules: { 'field-missing': { severity: 'off' } } } });
    assert.equal(findings.length, 2);
    assert.equal(applyFix(text, findings[1]), text.replace(' Kern\n', '### Kern\n'));
  });

  it('field-missing inserts the label after the field that precedes it canonically', () => {
    const text = VALID_NOTA.replace('**Datum**  \n12 maart 2024\n\n', '');
    const [finding] = findingsOf(text, 'field-missing');
    assert.equal(finding.message, 'Required header field "Datum" is missing.');
    assert.equal(applyFix(text, finding), text.replace('2024-0000012345\n', '2024-0000012345\n\n**Datum**\n'));
    // The inserted label is then an empty field, as the user is about to fill it in.
    assert.deepEqual(findingsOf(applyFix(text, finding), 'field-empty').map((f) => f.message), ['Header field "Datum" has no value.']);
  });

  it('field-missing inserts Aan before Van', () => {
    const text = VALID_NOTA.replace('**Aan**  \nMinister van Binnenlandse Zaken en Koninkrijksrelaties\n\n', '');
    const [finding] = findingsOf(text, 'field-missing');
    assert.equal(applyFix(text, finding), `**Aan**\n\n${text}`);
  });

  it('purpose-missing offers each purpose and inserts it after the onderwerp', () => {
    const text = VALID_NOTA.replace('### TER BESLUITVORMING\n\n', '');
    const [finding] = findingsOf(text, 'purpose-missing');
    assert.deepEqual(finding.fixes.map((f) => f.title).slice(0, 2), ['Insert purpose line "TER BESLUITVORMING"', 'Insert purpose line "TER ONDERTEKENING"']);
    assert.equal(finding.fixes.length, 7);
    assert.equal(applyFix(text, finding, 2), VALID_NOTA.replace('TER BESLUITVORMING', 'TER INFORMATIE'));
  });

  it('purpose-unknown replaces the value by the closest purpose', () => {
    const text = VALID_NOTA.replace('TER BESLUITVORMING', 'TER BESLUITVOMRING');
    const [finding] = findingsOf(text, 'purpose-unknown');
    assert.equal(applyFix(text, finding), VALID_NOTA);
  });

  it('fix-all applies only safe fixes, and a second run changes nothing', () => {
    const text = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst.\n\nKern\nKern.\n';
    const once = fixAll(text);
    assert.equal(once, 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\n### Aanleiding\nTekst.\n\n### Kern\nKern.\n');
    assert.equal(fixAll(once), once);
  });

  it('fix-all keeps CRLF line endings', () => {
    const text = 'Aan Minister van BZK\r\nVan DGDOO\r\n\r\nTER INFORMATIE\r\n\r\nOnderwerp\r\n\r\nAanleiding\r\nTekst.\r\n';
    assert.equal(fixAll(text), text.replace('\r\nAanleiding\r\n', '\r\n### Aanleiding\r\n'));
  });
});
