// PDF notas: lines and pages from the text layer, the header column in reading order, page numbers left
// out; the same findings as the same nota in Markdown, with the page of each.
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { readPdf } from '../../server/src/core/source/formats/pdf';
import { DocumentReadError, placeAt } from '../../server/src/core/source/formats/types';
import { pdfFromPages } from '../support/documents';

const config = resolveConfig([]);
const now = new Date('2024-04-01T12:00:00Z');

const NOTA_PAGE_1 = {
  lines: ['Aan', 'Minister van Binnenlandse Zaken en Koninkrijksrelaties', '', 'Van', 'DGDOO', '', 'nota', '', 'Voorstel voor de Regeling digitale toegankelijkheid', '', 'TER BESLUITVORMING', '', 'Aanleiding', 'Op 4 maart 2024 heeft de Tweede Kamer een motie aangenomen.', '', 'Geadviseerd besluit', 'U wordt verzocht in te stemmen met het voorstel.'],
  footer: '1',
  column: ['Nota actief openbaar', 'Nee', '', 'Onze referentie', '2024-0000012345', '', 'Datum', '12 maart 2024', '', 'Opgesteld door', '[5.1.2e]', '', 'Bijlage(n)', '0'],
};
const NOTA_PAGE_2 = { lines: ['Kern', 'Met de regeling voldoen alle overheidswebsites in 2026 aan de eisen.', '', 'Toelichting', 'De regeling gaat in op 31 november 2024.'], footer: '2' };

describe('reading PDF', function () {
  this.timeout(30000);

  it('reads the main column, then the header column, page by page, without page numbers', async () => {
    const read = await readPdf(await pdfFromPages([NOTA_PAGE_1, NOTA_PAGE_2]));
    assert.equal(read.places.length, 2);
    const page2 = read.text.slice(read.places[1].start);
    assert.match(page2, /^Kern\nMet de regeling/);
    assert.doesNotMatch(read.text, /^\s*[12]\s*$/m);
    const { doc, findings } = checkText(read.text, { config, locale: 'en', fileName: 'x.pdf', now });
    assert.equal(doc.kind, 'nota');
    assert.equal(doc.header.fields.find((field) => field.key === 'referentie')?.value, '2024-0000012345');
    assert.deepEqual(doc.sections.map((section) => section.title), ['Aanleiding', 'Geadviseerd besluit', 'Kern', 'Toelichting']);
    const errors = findings.filter((finding) => finding.severity === 'error');
    assert.deepEqual(errors.map((finding) => [finding.ruleId, placeAt(read, finding.span.start)?.page, read.text.slice(finding.span.start, finding.span.end)]), [['date-invalid', 2, '31 november 2024']]);
  });

  it('reads larger type as a heading', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont('Helvetica');
    const page = pdf.addPage([595, 842]);
    page.drawText('Aanleiding', { x: 60, y: 780, size: 16, font });
    page.drawText('Een gewone zin in de platte tekst.', { x: 60, y: 750, size: 11, font });
    page.drawText('Nog een gewone zin in de platte tekst.', { x: 60, y: 736, size: 11, font });
    const read = await readPdf(await pdf.save());
    assert.equal(read.text, '### Aanleiding\n\nEen gewone zin in de platte tekst.\nNog een gewone zin in de platte tekst.\n');
  });

  it('says "no text layer" for a scanned document, and "not a readable PDF" for a damaged one', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([595, 842]);
    await assert.rejects(readPdf(await blank.save()), (error: unknown) => error instanceof DocumentReadError && error.reason === 'no-text' && /no text layer/.test(error.message));
    await assert.rejects(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really')), (error: unknown) => error instanceof DocumentReadError && error.reason === 'damaged');
  });
});
