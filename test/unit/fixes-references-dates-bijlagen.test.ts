// Fixes of the reference, date and Bijlagen rules, applied and compared on the whole text.
import assert from 'node:assert/strict';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VALID_NOTA, applyFix, check, findingsOf, fixAll, lineOf, readCorpus } from '../support/check';

const WITH_TABLE = `${VALID_NOTA.replace('**Bijlage(n)**  \n0', '**Bijlage(n)**  \n2')}
### Bijlagen

| Volgnummer | Naam | Informatie |
| --- | --- | --- |
| 1 | Ontwerpregeling | ter vaststelling |
| 2 | Advies Raad van State | |
`;

const markdownTableRows = (text: string) => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const table = tree.children.find((node): node is Table => node.type === 'table');
  return table?.children.map((row) => row.children.map((cell) => toString(cell)));
};

describe('reference, date and Bijlagen fixes', () => {
  it('reference-format zero-pads the reference (safe)', () => {
    const text = VALID_NOTA.replace('2024-0000012345', '2024-12345');
    const [finding] = findingsOf(text, 'reference-format');
    assert.equal(finding.message, 'Reference "2024-12345" does not match the expected form ^\\d{4}-\\d{10}$.');
    assert.equal(applyFix(text, finding), VALID_NOTA);
    assert.equal(fixAll(text), VALID_NOTA);
  });

  it('reference-format follows a configured pattern and offers no fix it cannot justify', () => {
    const text = VALID_NOTA.replace('2024-0000012345', 'BZK/2024/1234');
    assert.deepEqual(findingsOf(text, 'reference-format', { layer: { referencePattern: '^[A-Z]{2,5}/\\d{4}/\\d{3,6}$' } }), []);
    assert.deepEqual(findingsOf(text, 'reference-format')[0].fixes, []);
  });

  it('reference-year accepts the year before and reports an older one', () => {
    assert.deepEqual(findingsOf(VALID_NOTA.replace('2024-0000012345', '2023-0000012345'), 'reference-year'), []);
    assert.equal(findingsOf(VALID_NOTA.replace('2024-0000012345', '2022-0000012345'), 'reference-year')[0].message, 'Reference year 2022 is neither the year of the Datum (2024) nor the year before.');
  });

  it('kamer-id-format pads a short zaak number (quick fix, not safe)', () => {
    const text = VALID_NOTA.replace('digitale toegankelijkheid.', 'digitale toegankelijkheid (2024Z1294).');
    const [finding] = findingsOf(text, 'kamer-id-format');
    assert.equal(applyFix(text, finding), text.replace('2024Z1294', '2024Z01294'));
    assert.equal(fixAll(text).includes('2024Z1294'), true);
    for (const good of ['2024Z01294', '2024D34636', 'kv-tk-2024Z01294', 'ah-tk-20232024-1065', 'kst-29279-874']) {
      assert.deepEqual(findingsOf(VALID_NOTA.replace('toegankelijkheid.', `toegankelijkheid (${good}).`), 'kamer-id-format'), [], good);
    }
    assert.equal(findingsOf(VALID_NOTA.replace('toegankelijkheid.', 'toegankelijkheid (ah-tk-20232025-1065).'), 'kamer-id-format').length, 1);
  });

  it('running-header-mismatch replaces the repeat with the header value', () => {
    const text = VALID_NOTA.replace('### Kern\n', '**Datum**  \n13 maart 2024\n\n### Kern\n');
    const [finding] = findingsOf(text, 'running-header-mismatch');
    assert.equal(finding.message, 'The repeated "Datum" is "13 maart 2024", but the header says "12 maart 2024".');
    assert.equal(applyFix(text, finding), VALID_NOTA.replace('### Kern\n', '**Datum**  \n12 maart 2024\n\n### Kern\n'));
  });

  it('date-invalid reports 31 november and 29 februari of a common year, not of a leap year', () => {
    const text = VALID_NOTA.replace('Op 4 maart 2024', 'Op 31 november 2023, 29 februari 2025 en 29 februari 2024');
    const findings = findingsOf(text, 'date-invalid');
    assert.deepEqual(findings.map((f) => f.message), [
      '"31 november 2023" does not exist: november 2023 has 30 days.',
      '"29 februari 2025" does not exist: februari 2025 has 28 days.',
    ]);
  });

  it('date-weekday corrects the weekday, keeping its capitalisation', () => {
    const text = VALID_NOTA.replace('Op 4 maart 2024', 'Op Dinsdag 4 maart 2024');
    const [finding] = findingsOf(text, 'date-weekday');
    assert.equal(finding.message, '4 maart 2024 is a maandag, not a Dinsdag.');
    assert.equal(applyFix(text, finding), VALID_NOTA.replace('Op 4 maart 2024', 'Op Maandag 4 maart 2024'));
  });

  it('date-format writes the canonical form (safe), for numeric, abbreviated and capitalised dates', () => {
    const text = VALID_NOTA.replace('Op 4 maart 2024', 'Op 04-03-2024, 5 Maart 2024 en 6 mrt. 2024');
    assert.equal(findingsOf(text, 'date-format').length, 3);
    assert.equal(fixAll(text), VALID_NOTA.replace('Op 4 maart 2024', 'Op 4 maart 2024, 5 maart 2024 en 6 maart 2024'));
  });

  it('date-relative fixes j.l. and reports jl. after the nota date and a.s. before it', () => {
    const text = VALID_NOTA.replace('Op 4 maart 2024 heeft', 'Op 4 maart j.l. heeft');
    assert.equal(fixAll(text), VALID_NOTA.replace('Op 4 maart 2024 heeft', 'Op 4 maart jl. heeft'));
    const wrong = VALID_NOTA.replace('Op 4 maart 2024 heeft', 'Op 20 maart 2024 jl. en 1 maart 2024 a.s. heeft');
    assert.deepEqual(findingsOf(wrong, 'date-relative').map((f) => f.message), [
      '"20 maart 2024 jl." (jongstleden) must lie before the nota date 12 maart 2024, but 20 maart 2024 does not.',
      '"1 maart 2024 a.s." (aanstaande) must lie after the nota date 12 maart 2024, but 1 maart 2024 does not.',
    ]);
  });

  it('date-relative resolves a yearless jl. date across the year boundary', () => {
    const january = VALID_NOTA.replace('12 maart 2024', '10 januari 2024').replace('Op 4 maart 2024 heeft', 'Op 29 december jl. heeft');
    assert.deepEqual(findingsOf(january, 'date-relative'), []);
  });

  it('date-future uses the configured slack', () => {
    const now = new Date('2024-03-01T12:00:00Z');
    const run = (slackDays?: number) =>
      check(VALID_NOTA, { layer: slackDays === undefined ? undefined : { rules: { 'date-future': { options: { slackDays } } } }, now }).findings.filter((f) => f.ruleId === 'date-future');
    assert.deepEqual(run(), []);
    assert.deepEqual(run(5).map((f) => f.message), ['The nota is dated 12 maart 2024, 11 days in the future.']);
  });

  it('bijlagen-count sets the count to the number of rows', () => {
    const text = WITH_TABLE.replace('**Bijlage(n)**  \n2', '**Bijlage(n)**  \n3');
    const [finding] = findingsOf(text, 'bijlagen-count');
    assert.equal(finding.message, '"Bijlage(n)" says 3, but the Bijlagen table has 2 row(s).');
    assert.equal(applyFix(text, finding), WITH_TABLE);
  });

  it('bijlagen-numbering renumbers rows and the references that pointed to them', () => {
    const text = WITH_TABLE.replace('| 1 | Ontwerpregeling', '| 2 | Ontwerpregeling').replace('| 2 | Advies', '| 3 | Advies').replace(
      'in te stemmen met het voorstel.',
      'in te stemmen met het voorstel (bijlage 2) en kennis te nemen van het advies (Bijlage 3).',
    );
    const findings = findingsOf(text, 'bijlagen-numbering');
    assert.equal(findings.length, 2);
    assert.equal(
      applyFix(text, findings[0]),
      WITH_TABLE.replace('in te stemmen met het voorstel.', 'in te stemmen met het voorstel (bijlage 1) en kennis te nemen van het advies (Bijlage 2).'),
    );
  });

  it('bijlagen-name and bijlage-reference', () => {
    const noName = WITH_TABLE.replace('| 2 | Advies Raad van State | |', '| 2 |  | |');
    assert.deepEqual(findingsOf(noName, 'bijlagen-name').map((f) => f.message), ['Bijlage 2 has no Naam.']);
    const dangling = WITH_TABLE.replace('in te stemmen met het voorstel.', 'in te stemmen met bijlage 3.');
    const [finding] = findingsOf(dangling, 'bijlage-reference');
    assert.equal(finding.message, '"bijlage 3" refers to no row of the Bijlagen table (2 row(s)).');
    assert.equal(lineOf(dangling, finding), dangling.split('\n').findIndex((l) => l.includes('bijlage 3')) + 1);
  });

  it('bijlagen-table: missing table is an error', () => {
    const text = WITH_TABLE.replace(/\| Volgnummer[\s\S]*$/, 'Zie de bijlagen.\n');
    assert.deepEqual(check(text).findings.filter((f) => f.ruleId === 'bijlagen-table').map((f) => [f.severity, f.message]), [
      ['error', 'The Bijlagen section has no table (Volgnummer | Naam | Informatie).'],
    ]);
  });

  for (const [seed, form] of [['000', 'tabs'], ['001', 'plain']] as const) {
    it(`bijlagen-table converts seed ${seed}'s ${form} table to a GFM table with the same rows`, () => {
      const text = readCorpus(seed);
      const [finding] = findingsOf(text, 'bijlagen-table', { fileName: `${seed}.txt` });
      assert.equal(finding.severity, 'information');
      const before = check(text, { fileName: `${seed}.txt` }).doc.bijlagen!.rows.map((row) => [String(row.number), row.naam, row.informatie]);
      const converted = applyFix(text, finding);
      assert.deepEqual(markdownTableRows(converted), [['Volgnummer', 'Naam', 'Informatie'], ...before]);
      const after = check(converted, { fileName: `${seed}.txt` });
      assert.equal(after.doc.bijlagen?.form, 'gfm');
      assert.deepEqual(after.findings.filter((f) => f.severity === 'error'), []);
    });
  }
});
