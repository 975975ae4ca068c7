// Word notas: the same findings as the same nota in Markdown, with the paragraph each one is in.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { readDocx } from '../../server/src/core/source/formats/docx';
import { DocumentReadError, placeAt } from '../../server/src/core/source/formats/types';
import { docxFromMarkdown } from '../support/documents';

const config = resolveConfig([]);
const now = new Date('2024-04-01T12:00:00Z');
const example = (name: string) => fs.readFileSync(path.join(__dirname, '../../examples', name), 'utf8');
const findingsOf = (text: string, fileName: string) =>
  checkText(text, { config, locale: 'en', fileName, now }).findings.map((finding) => `${finding.ruleId}: ${finding.message}`);

describe('reading Word (.docx)', function () {
  this.timeout(20000);

  it('reads a nota with bold labels, heading styles and bullets as the Markdown nota reads', async () => {
    const markdown = example('goed/besluitvorming.nota.md');
    const read = readDocx(await docxFromMarkdown(markdown));
    assert.deepEqual(findingsOf(read.text, 'x.docx'), findingsOf(markdown, 'x.nota.md'));
    assert.deepEqual(findingsOf(read.text, 'x.docx'), []);
    const { doc } = checkText(read.text, { config, locale: 'en', fileName: 'x.docx', now });
    assert.deepEqual(
      doc.sections.map((section) => section.title),
      ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Informatie die niet openbaar gemaakt kan worden'],
    );
    assert.equal(doc.header.fields.find((field) => field.key === 'referentie')?.value, '2024-0000012345');
  });

  it('gives each finding its paragraph: a missing section and a wrong count', async () => {
    const markdown = example('goed/besluitvorming.nota.md').replace('### Kern\n', '### Kernn\n').replace('**Bijlage(n)**  \n0', '**Bijlage(n)**  \ntwee');
    const read = readDocx(await docxFromMarkdown(markdown));
    const { findings } = checkText(read.text, { config, locale: 'en', fileName: 'x.docx', now });
    const where = findings.map((finding) => [finding.ruleId, placeAt(read, finding.span.start)?.paragraph, read.text.slice(finding.span.start, finding.span.end)]);
    // paragraphs: Aan(1) value(2) Van(3) DGDOO(4) nota(5) onderwerp(6) TER(7) … Bijlage(n) label(18) value(19)
    assert.deepEqual(
      where.filter(([rule]) => rule === 'field-value' || rule === 'section-unknown'),
      [
        ['field-value', 19, 'twee'],
        ['section-unknown', 24, 'Kernn'],
      ],
    );
  });

  it('reads a Bijlagen table as a table, with its count checked', async () => {
    const markdown = example('goed/besluitvorming.nota.md')
      .replace('**Bijlage(n)**  \n0', '**Bijlage(n)**  \n2')
      .concat('\n### Bijlagen\n\n| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Regeling | Ontwerp |\n');
    const read = readDocx(await docxFromMarkdown(markdown));
    assert.match(read.text, /\| Volgnummer \| Naam \| Informatie \|\n\| --- \| --- \| --- \|\n\| 1 \| Regeling \| Ontwerp \|\n/);
    const { doc, findings } = checkText(read.text, { config, locale: 'en', fileName: 'x.docx', now });
    assert.equal(doc.bijlagen?.rows.length, 1);
    assert.deepEqual(findings.filter((finding) => finding.ruleId.startsWith('bijlage')).map((finding) => finding.message), [
      '"Bijlage(n)" says 2, but the Bijlagen table has 1 row(s).',
    ]);
  });

  it('reads tracked changes as accepted and counts them; comments and hidden text are not text', () => {
    const body = `<w:p><w:r><w:t>Kern van </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>de zaak</w:t></w:r></w:ins><w:del w:id="2" w:author="B"><w:r><w:delText>het geheel</w:delText></w:r></w:del></w:p>
      <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>zichtbaar</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>`;
    const read = readDocx(rawDocx(body));
    assert.equal(read.text, 'Kern van de zaak\n\nzichtbaar\n');
    assert.equal(read.trackedChanges, 2);
  });

  it('reads text boxes after their paragraph, and the page header and footer', () => {
    const box = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Onze referentie</w:t></w:r></w:p><w:p><w:r><w:t>2024-0000012345</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const read = readDocx(rawDocx(`<w:p><w:r><w:t>Aan</w:t></w:r>${box}</w:p>`, { 'word/header1.xml': part('hdr', '<w:p><w:r><w:t>Ministerie van BZK</w:t></w:r></w:p>'), 'word/footer1.xml': part('ftr', '<w:p><w:r><w:t>Pagina 1 van 1</w:t></w:r></w:p>') }));
    assert.equal(read.text, 'Ministerie van BZK\n\nAan\n\nOnze referentie\n\n2024-0000012345\n\nPagina 1 van 1\n');
    assert.deepEqual(read.places.map((place) => place.paragraph), [1, 2, 3]);
  });

  it('reads footnotes as Markdown footnotes after the body, numbered as Word shows them, each with its place', () => {
    const mark = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const body = `<w:p><w:r><w:t>Zie de brief</w:t></w:r>${mark(7)}<w:r><w:t> en het besluit</w:t></w:r>${mark(3)}<w:r><w:t>.</w:t></w:r></w:p>`;
    const footnote = (id: number, type: string, inner: string) => `<w:footnote w:id="${id}"${type ? ` w:type="${type}"` : ''}>${inner}</w:footnote>`;
    const footnotes = part(
      'footnotes',
      footnote(-1, 'separator', '<w:p><w:r><w:separator/></w:r></w:p>') +
        footnote(0, 'continuationSeparator', '<w:p><w:r><w:continuationSeparator/></w:r></w:p>') +
        footnote(3, '', '<w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Besluit van 1 maart 2024.</w:t></w:r></w:p>') +
        footnote(7, '', '<w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kamerstuk 36 000, nr. 2.</w:t></w:r></w:p>') +
        footnote(9, '', '<w:p><w:r><w:t>Never marked in the text.</w:t></w:r></w:p>'),
    );
    const read = readDocx(rawDocx(body, { 'word/footnotes.xml': footnotes, 'word/footer1.xml': part('ftr', '<w:p><w:r><w:t>Pagina 1</w:t></w:r></w:p>') }));
    assert.equal(read.text, 'Zie de brief[^1] en het besluit[^2].\n\n[^1]: Kamerstuk 36 000, nr. 2.\n\n[^2]: Besluit van 1 maart 2024.\n\nPagina 1\n');
    const at = (needle: string) => placeAt(read, read.text.indexOf(needle));
    assert.deepEqual([at('Zie'), at('Kamerstuk'), at('Besluit van')], [
      { start: 0, paragraph: 1 },
      { start: read.text.indexOf('[^1]:'), footnote: 1 },
      { start: read.text.indexOf('[^2]:'), footnote: 2 },
    ]);
  });

  it('says plainly when a file is not a Word document', () => {
    assert.throws(() => readDocx(strToU8('no zip')), (error: unknown) => error instanceof DocumentReadError && error.reason === 'damaged');
    assert.throws(() => readDocx(zipSync({ 'a.txt': strToU8('x') })), (error: unknown) => error instanceof DocumentReadError && error.reason === 'not-a-document');
  });
});

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

function part(root: string, inner: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:${root} ${NAMESPACES}>${inner}</w:${root}>`);
}

/** A minimal .docx around a body, as Word writes the parts that matter here. */
function rawDocx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`), ...extra });
}
