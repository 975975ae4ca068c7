// Check Before Publication in the language server (nota/checkPublication, nota/writeCleanCopy): each finding
// with its kind of issue and its place, never the personal data itself; the cleaned copy only when the check
// allows it, with the organisation as its author, and never over an existing file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { inspectPdf } from '../../server/src/core/publication/pdf';
import { fileUriOf } from '../../server/src/lsp/documents';
import { checkPublication, writeCleanCopy } from '../../server/src/lsp/requests/publication';
import { ServiceHarness } from '../support/service-harness';

/** A one-page PDF: a name under a black box, and a second name in plain sight; or only harmless text. */
async function pdf(leaky: boolean, author = 'Jan de Vries'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setAuthor(author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  if (leaky) {
    page.drawText('Opgesteld door J. de Vries', { x: 50, y: 780, size: 11, font });
    page.drawRectangle({ x: 127, y: 776, width: 60, height: 14, color: rgb(0, 0, 0) });
  } else page.drawText('Tekst van de nota', { x: 50, y: 780, size: 11, font });
  return doc.save();
}

describe('language server: Check Before Publication', function () {
  this.timeout(30000);
  let harness: ServiceHarness;
  let dir: string;

  beforeEach(() => {
    harness = new ServiceHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-lsp-publication-'));
  });
  afterEach(async () => {
    await harness.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each finding its kind of issue, page and position, says what kind of personal data, never the data, and refuses the cleaned copy', async () => {
    const file = path.join(dir, 'gelakt.pdf');
    fs.writeFileSync(file, await pdf(true));
    const [result] = await checkPublication(harness.service, { uris: [fileUriOf(file)] });
    const shown = JSON.parse(JSON.stringify(result.findings.map(({ docs: _docs, ...finding }) => finding)));
    assert.deepEqual(shown, [
      { rule: 'pub-language', severity: 'warning', category: 'accessibility', message: 'No document language is set: set it to Dutch (nl-NL).' },
      { rule: 'pub-metadata', severity: 'error', category: 'metadata', message: 'The document properties hold a person\'s name in "PDF Info Author": empty the field or set it to the organisation, then publish again.' },
      { rule: 'pub-title', severity: 'warning', category: 'accessibility', message: 'The document has no title in its properties.' },
      { rule: 'pub-untagged', severity: 'warning', category: 'accessibility', message: 'The PDF is not tagged: screen readers cannot follow its headings, lists and tables.' },
      { rule: 'pii-name', severity: 'error', category: 'personal-data', message: 'Personal data (a person\'s name) in the text as published: redact it in the source document and make a new file.', line: 1, column: 16, page: 1 },
      {
        rule: 'pub-redaction-failed',
        severity: 'error',
        category: 'failed-redaction',
        message: 'Page 1: a person\'s name is still in the text layer under a black box: anyone can copy it. Redact the source document again and make a new PDF; a box drawn over text hides nothing.',
        page: 1,
        box: [127, 776, 60, 14],
      },
    ]);
    assert.match(result.findings[0].docs, /pub-language\.md$/);
    assert.equal(result.cleanCopy.why, 'gelakt.publicatie.pdf not written: 1 personal-data finding and 1 failed redaction remain; redact the source document, make a new PDF and check again.');
    assert.ok(!JSON.stringify(result).includes('Vries'), JSON.stringify(result));
    const refused = await writeCleanCopy(harness.service, { uri: fileUriOf(file) });
    assert.deepEqual(refused, { refused: 'gelakt.publicatie.pdf not written: 1 personal-data finding and 1 failed redaction remain; redact the source document, make a new PDF and check again.' });
    assert.deepEqual(fs.readdirSync(dir), ['gelakt.pdf']);
  });

  it('writes the cleaned copy where the check allows it, with the organisation of .notarc.json as author, and never over an existing file', async () => {
    const file = path.join(dir, 'schoon.pdf');
    fs.writeFileSync(file, await pdf(false));
    fs.writeFileSync(path.join(dir, '.notarc.json'), JSON.stringify({ organisation: 'Ministerie van BZK' }));
    const [result] = await checkPublication(harness.service, { uris: [fileUriOf(file)] });
    assert.deepEqual(result.cleanCopy, { uri: fileUriOf(path.join(dir, 'schoon.publicatie.pdf')), allowed: true, why: undefined });
    assert.deepEqual(await writeCleanCopy(harness.service, { uri: fileUriOf(file) }), { written: fileUriOf(path.join(dir, 'schoon.publicatie.pdf')) });
    const copy = await inspectPdf(new Uint8Array(fs.readFileSync(path.join(dir, 'schoon.publicatie.pdf'))));
    assert.deepEqual(copy.metadata.filter((field) => field.field === 'PDF Info Author'), [{ field: 'PDF Info Author', value: 'Ministerie van BZK' }]);
    const again = await writeCleanCopy(harness.service, { uri: fileUriOf(file) });
    assert.deepEqual(again, { refused: 'schoon.publicatie.pdf exists already: move it away or delete it first (nothing was written).' });
    const [ofCopy] = await checkPublication(harness.service, { uris: [fileUriOf(path.join(dir, 'schoon.publicatie.pdf'))] });
    assert.deepEqual(ofCopy.cleanCopy.allowed, false);
    assert.deepEqual(ofCopy.findings.map((finding) => finding.rule), ['pub-untagged']);
  });
});
