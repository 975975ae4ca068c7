// Export to Word and read back: the same model (fields, sections, Bijlagen, redactions) and the same
// findings, for the example notas and the corpus notas; personal data redacted unless a review copy is asked for.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { exportDocx } from '../../server/src/core/export/docx';
import { readDocx } from '../../server/src/core/source/formats/docx';
import { corpusFiles } from '../support/check';

const config = resolveConfig([]);
const now = new Date('2024-04-01T12:00:00Z');
const check = (text: string, fileName: string) => checkText(text, { config, locale: 'en', fileName, now });
const EXAMPLES = path.join(__dirname, '../../examples');
const notas = [
  ...['goed', 'fout'].flatMap((folder) => fs.readdirSync(path.join(EXAMPLES, folder)).filter((name) => /\.nota\.(md|txt)$/.test(name)).map((name) => path.join(EXAMPLES, folder, name))),
  ...corpusFiles().filter((file) => check(fs.readFileSync(file, 'utf8'), file).doc.kind === 'nota'),
];

/** What a reader of the nota sees, position-free. */
function model(text: string, fileName: string) {
  const { doc, findings } = check(text, fileName);
  return {
    fields: doc.header.fields.map((field) => [field.key, field.value]),
    purposes: doc.header.purposes.map((purpose) => purpose.value),
    sections: doc.sections.map((section) => section.title),
    bijlagen: doc.bijlagen?.rows.map((row) => [row.number, row.naam]),
    redactions: doc.redactions.map((redaction) => doc.text.slice(redaction.span.start, redaction.span.end)),
    findings: findings.filter((finding) => !['heading-unmarked', 'bijlagen-table', 'date-format'].includes(finding.ruleId)).map((finding) => `${finding.ruleId}: ${finding.message}`).sort(),
  };
}

describe('export to Word', function () {
  this.timeout(60000);

  for (const file of notas) {
    it(`round-trips ${path.basename(file)}: export, read back, the same model and findings`, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const { doc } = check(text, file);
      const read = readDocx(await exportDocx(doc, { config, keepPersonalData: true }));
      assert.deepEqual(model(read.text, 'x.docx'), model(text, file));
    });
  }

  it('redacts personal data by default, names no person in the properties, and sets Dutch', async () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'goed/besluitvorming.nota.md'), 'utf8').replace('### Kern\n', '### Kern\n\nGesproken met J. de Vries (06-12345678).\n');
    const { doc } = check(text, 'x.nota.md');
    assert.ok(doc.personalData.length >= 2);
    const bytes = await exportDocx(doc, { config, organisation: 'Ministerie van BZK' });
    const read = readDocx(bytes);
    assert.match(read.text, /Gesproken met \[5\.1\.2e\] \(\[5\.1\.2e\]\)\./);
    assert.doesNotMatch(read.text, /Vries|12345678/);
    const files = unzipSync(bytes);
    const core = strFromU8(files['docProps/core.xml']);
    assert.match(core, /<dc:creator>Ministerie van BZK<\/dc:creator>/);
    assert.doesNotMatch(core, /Vries|Un-named/);
    const withName = check(text.replace('Voorstel voor de Regeling', 'Brief van J. de Vries over de Regeling'), 'x.nota.md').doc;
    const titled = strFromU8(unzipSync(await exportDocx(withName, { config }))['docProps/core.xml']);
    assert.match(titled, /<dc:title>Brief van \[5\.1\.2e\] over de Regeling/);
    // without --organisation, the configured organisation (.notarc.json, nota.organisation)
    const configured = strFromU8(unzipSync(await exportDocx(doc, { config: { ...config, organisation: 'Ministerie van EZK' } }))['docProps/core.xml']);
    assert.match(configured, /<dc:creator>Ministerie van EZK<\/dc:creator>/);
    assert.match(strFromU8(files['word/styles.xml']), /w:lang w:val="nl-NL"/);
    const review = readDocx(await exportDocx(doc, { config, keepPersonalData: true }));
    assert.match(review.text, /Gesproken met J\. de Vries \(06-12345678\)\./);
  });
});
