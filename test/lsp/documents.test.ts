// Word and PDF in the language server: Check workspace checks them through their view (nota-doc:), the
// view's text is the text as Nota reads it, and Export to Word redacts personal data unless a review copy.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { documentViewUri, fileUriOf } from '../../server/src/lsp/documents';
import { checkFiles } from '../../server/src/lsp/requests/checkFiles';
import { exportWord, readDocument } from '../../server/src/lsp/requests/documents';
import type { ReadDocumentResult } from '../../server/src/lsp/requests';
import { VALID_NOTA } from '../support/check';
import { docxFromMarkdown, pdfFromPages } from '../support/documents';
import { NOT_CANCELLED, ServiceHarness } from '../support/service-harness';

const LEAKY = VALID_NOTA.replace('- Met de regeling', '- Contactpersoon: mevr. J. de Vries, 06-12345678. Met de regeling');

const textOf = (read: ReadDocumentResult) => {
  assert.ok('text' in read, `not read: ${'unreadable' in read ? read.unreadable : ''}`);
  return read.text;
};

/** The text of the body of a Word file, as Word stores it. */
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);

describe('language server: Word and PDF files', function () {
  this.timeout(30000);
  let harness: ServiceHarness;
  let dir: string;

  beforeEach(() => {
    harness = new ServiceHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-lsp-docx-'));
  });
  afterEach(async () => {
    await harness.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Check workspace checks a .docx through its view, with the diagnostics at the finding in the text as Nota reads it', async () => {
    const file = path.join(dir, 'lek.docx');
    const markdown = path.join(dir, 'lek.nota.md');
    fs.writeFileSync(file, await docxFromMarkdown(LEAKY));
    fs.writeFileSync(markdown, LEAKY);
    const result = await checkFiles(harness.service, { uris: [fileUriOf(file), fileUriOf(markdown)] }, NOT_CANCELLED);
    assert.equal(result.checked, 2);
    const view = documentViewUri(fileUriOf(file));
    assert.match(view, /^nota-doc:\/tmp\/.*\/lek\.docx$/);
    assert.equal(harness.published.get(fileUriOf(file)), undefined, 'diagnostics on the binary file');
    const diagnostics = harness.published.get(view)?.diagnostics ?? [];
    // the same findings as the same nota in Markdown, up to positions
    const codes = (list: { code?: unknown; message: unknown }[]) => list.map((d) => `${String(d.code)}: ${String(d.message)}`).sort();
    assert.deepEqual(codes(diagnostics), codes(harness.published.get(fileUriOf(markdown))?.diagnostics ?? []));
    const phone = diagnostics.find((diagnostic) => diagnostic.code === 'pii-phone');
    assert.ok(phone, `no pii-phone in ${diagnostics.map((d) => d.code).join(', ')}`);
    // the same range in the view the client opens (its text comes from nota/readDocument)
    const text = textOf(await readDocument(harness.service, { uri: fileUriOf(file) }, NOT_CANCELLED));
    const lines = text.split('\n');
    assert.equal(lines[phone.range.start.line].slice(phone.range.start.character, phone.range.end.character), '06-12345678');
    // opened, the view is checked as it is shown, with the same diagnostic
    const opened = await harness.open(view, text);
    assert.ok(opened.result.findings.some((finding) => finding.ruleId === 'pii-phone' && text.slice(finding.span.start, finding.span.end) === '06-12345678'));
  });

  it('Check workspace checks a .pdf through its view: a beantwoording with the invalid date marked where it is', async () => {
    const file = path.join(dir, 'antwoorden.pdf');
    fs.writeFileSync(file, await pdfFromPages([{ lines: ['Vraag 1', 'Klopt het bericht?', '', 'Antwoord 1', 'Ja.'] }, { lines: ['Vraag 2', 'Wanneer?', '', 'Antwoord 2', 'Op 31 november 2024.'] }]));
    const result = await checkFiles(harness.service, { uris: [fileUriOf(file)] }, NOT_CANCELLED);
    assert.deepEqual(result, { checked: 1, errors: 1, skipped: [] });
    const text = textOf(await readDocument(harness.service, { uri: fileUriOf(file) }, NOT_CANCELLED));
    const diagnostics = harness.published.get(documentViewUri(fileUriOf(file)))?.diagnostics ?? [];
    assert.deepEqual(
      diagnostics.map((d) => [d.code, text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)]),
      [['date-invalid', '31 november 2024']],
    );
  });

  it('Check workspace reports a damaged .docx or .pdf as not checked, with the reason, and checks the rest', async () => {
    const broken = path.join(dir, 'kapot.docx');
    const pdf = path.join(dir, 'kapot.pdf');
    const good = path.join(dir, 'goed.nota.md');
    fs.writeFileSync(broken, 'not a zip');
    fs.writeFileSync(pdf, 'not a pdf');
    fs.writeFileSync(good, VALID_NOTA);
    const result = await checkFiles(harness.service, { uris: [broken, pdf, good].map(fileUriOf) }, NOT_CANCELLED);
    assert.equal(result.checked, 1);
    assert.deepEqual(result.skipped.map((skipped) => skipped.uri), [fileUriOf(broken), fileUriOf(pdf)]);
    assert.match(result.skipped[0].reason, /^cannot be read: not a readable Word file/);
    assert.match(result.skipped[1].reason, /^cannot be read: /);
  });

  it('Export to Word redacts personal data by default and keeps it only in a review copy', async () => {
    const uri = fileUriOf(path.join(dir, 'lek.nota.md'));
    await harness.open(uri, LEAKY);
    const redacted = await exportWord(harness.service, { uri, reviewCopy: false });
    assert.ok('base64' in redacted);
    assert.ok(redacted.redacted >= 2, `redacted ${redacted.redacted}`);
    const xml = documentXml(Buffer.from(redacted.base64, 'base64'));
    assert.match(xml, /Contactpersoon/);
    assert.doesNotMatch(xml, /06-12345678|de Vries/);
    const review = await exportWord(harness.service, { uri, reviewCopy: true });
    assert.ok('base64' in review);
    assert.equal(review.redacted, 0);
    assert.match(documentXml(Buffer.from(review.base64, 'base64')), /06-12345678/);
  });

  it('keeps the Word and PDF readers out of the server bundle: they load from dist/documents.js on first use', () => {
    const bundle = fs.readFileSync(path.join(__dirname, '../../dist/server.js'), 'utf8');
    assert.doesNotMatch(bundle, /GlobalWorkerOptions|getDocument\(/, 'pdfjs-dist is in dist/server.js');
    assert.doesNotMatch(bundle, /wordprocessingml\/2006\/main/, 'the Word reader or the docx library is in dist/server.js');
    assert.match(fs.readFileSync(path.join(__dirname, '../../dist/documents.js'), 'utf8'), /exportText/);
  });
});
