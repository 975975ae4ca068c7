// Before publication (issue 17): each case a published PDF or Word file can hold, bad and not bad, in a
// fixture made by the test (pdf-lib, raw OOXML), judged by the pub-* rules as `nota check --publication` does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts, TextRenderingMode, rgb, setTextRenderingMode, type PDFPage } from 'pdf-lib';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { cleanDocx, cleanPdf } from '../../server/src/core/publication/clean';
import { inspectDocx } from '../../server/src/core/publication/docx';
import { readDocx } from '../../server/src/core/source/formats/docx';
import { inspectPdf } from '../../server/src/core/publication/pdf';
import type { PublicationFacts } from '../../server/src/core/publication/types';
import { cleanVerdict } from '../../server/src/core/publication/verdict';
import { REPO } from '../support/check';

const config = resolveConfig([]);

/** The pub-* findings as rule: message, for a file's facts and text. */
function judged(facts: PublicationFacts, text = '', locale: 'en' | 'nl' = 'en'): string[] {
  return checkText(text, { config, locale, fileName: 'x.pdf', publication: facts })
    .findings.filter((finding) => finding.ruleId.startsWith('pub-'))
    .map((finding) => `${finding.ruleId}: ${finding.message}`);
}

async function pdf(draw: (page: PDFPage, doc: PDFDocument, font: Awaited<ReturnType<PDFDocument['embedFont']>>) => void, meta: { author?: string; title?: string; lang?: string; showTitle?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.title !== undefined) doc.setTitle(meta.title, { showInWindowTitleBar: meta.showTitle ?? false });
  if (meta.lang !== undefined) doc.setLanguage(meta.lang);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  draw(doc.addPage([595, 842]), doc, font);
  return doc.save();
}

/** A PDF that passes every pub-* rule but tags (pdf-lib cannot tag): title shown, Dutch, no person in it. */
const CLEAN = { author: 'Ministerie van BZK', title: 'Nota over de regeling', lang: 'nl-NL', showTitle: true };

function annotate(page: PDFPage, doc: PDFDocument, subtype: string, rect: number[], color?: number[]): void {
  const annotation = doc.context.obj({ Type: 'Annot', Subtype: subtype, Rect: rect, ...(color ? { C: color } : {}), QuadPoints: [rect[0], rect[3], rect[2], rect[3], rect[0], rect[1], rect[2], rect[1]] });
  const annots = page.node.lookup(PDFName.of('Annots'), PDFArray) ?? doc.context.obj([]);
  annots.push(doc.context.register(annotation));
  page.node.set(PDFName.of('Annots'), annots);
}

describe('before publication: PDF', function () {
  this.timeout(30000);
  const text = 'Opgesteld door J. de Vries';

  it('finds text still under an opaque black box, says the page and the kind, never the name', async () => {
    const facts = await inspectPdf(await pdf((page, _doc, font) => {
      page.drawText(text, { x: 50, y: 780, size: 11, font });
      page.drawRectangle({ x: 127, y: 776, width: 60, height: 14, color: rgb(0, 0, 0) });
    }, CLEAN));
    assert.deepEqual(facts.failedRedactions.map((failure) => [failure.kind, failure.page, failure.text]), [['text-under-box', 1, 'J. de Vries']]);
    const findings = judged(facts);
    assert.deepEqual(findings.filter((finding) => finding.startsWith('pub-redaction-failed')), [
      'pub-redaction-failed: Page 1: a person\'s name is still in the text layer under a black box: anyone can copy it. Redact the source document again and make a new PDF; a box drawn over text hides nothing.',
    ]);
    assert.ok(!findings.join('\n').includes('Vries'));
  });

  it('names every kind of personal data under a box, in both languages (a licence plate or V-number made the rule fail)', () => {
    const under = (text: string): PublicationFacts => ({ format: 'pdf', metadata: [], hidden: [], failedRedactions: [{ kind: 'text-under-box', page: 2, text, box: [50, 700, 120, 14] }], language: 'nl-NL', tagged: true, title: 'Nota', titleShown: true, hasText: true });
    assert.deepEqual(judged(under('Haar auto met kenteken 47-HRT-6')), ['pub-redaction-failed: Page 2: a licence plate is still in the text layer under a black box: anyone can copy it. Redact the source document again and make a new PDF; a box drawn over text hides nothing.']);
    assert.deepEqual(judged(under('V-nummer 2718430956'), '', 'nl'), ['pub-redaction-failed: Pagina 2: een V-nummer (vreemdelingennummer) staat nog in de tekstlaag onder een zwart vlak: iedereen kan die kopiëren. Lak het brondocument opnieuw en maak een nieuwe pdf; een vlak over tekst verbergt niets.']);
  });

  it('a box over two lines finds both; white text drawn on a dark box, a white box, a rule line and a box over spaces are no failed redaction', async () => {
    const facts = await inspectPdf(await pdf((page, _doc, font) => {
      page.drawText('Jan Jansen', { x: 50, y: 700, size: 11, font });
      page.drawText('Piet Pietersen', { x: 50, y: 686, size: 11, font });
      page.drawRectangle({ x: 45, y: 682, width: 100, height: 32, color: rgb(0, 0, 0) });
      page.drawRectangle({ x: 40, y: 600, width: 200, height: 30, color: rgb(0.1, 0.1, 0.3) });
      page.drawText('Wit op donker', { x: 50, y: 610, size: 11, font, color: rgb(1, 1, 1) });
      page.drawText('Onder wit', { x: 50, y: 560, size: 11, font });
      page.drawRectangle({ x: 45, y: 556, width: 80, height: 16, color: rgb(1, 1, 1) });
      page.drawText('Onderstreept', { x: 50, y: 520, size: 11, font });
      page.drawRectangle({ x: 50, y: 517, width: 70, height: 1, color: rgb(0, 0, 0) });
      page.drawText('Regel      eind', { x: 50, y: 480, size: 11, font });
      page.drawRectangle({ x: 82, y: 478, width: 20, height: 12, color: rgb(0, 0, 0) });
    }, CLEAN));
    assert.deepEqual(facts.failedRedactions.map((failure) => failure.text), ['Jan Jansen Piet Pietersen']);
  });

  it('an unapplied Redact annotation and a dark highlight over text are failed redactions; a yellow highlight is not', async () => {
    const facts = await inspectPdf(await pdf((page, doc, font) => {
      page.drawText('BSN 123456782', { x: 50, y: 780, size: 11, font });
      annotate(page, doc, 'Redact', [48, 776, 130, 792]);
      page.drawText('Naam P. Bakker', { x: 50, y: 740, size: 11, font });
      annotate(page, doc, 'Highlight', [80, 736, 135, 752], [0, 0, 0]);
      page.drawText('Belangrijk', { x: 50, y: 700, size: 11, font });
      annotate(page, doc, 'Highlight', [48, 696, 110, 712], [1, 1, 0]);
    }, CLEAN));
    assert.deepEqual(facts.failedRedactions.map((failure) => [failure.kind, failure.text]), [
      ['unapplied-redaction', 'BSN 123456782'],
      ['dark-highlight', 'P. Bakker'],
    ]);
  });

  it('metadata: a person as Author is an error, a user name too; the organisation is not', async () => {
    const person = judged(await inspectPdf(await pdf(() => {}, { ...CLEAN, author: 'Jan de Vries' })));
    assert.ok(person.includes('pub-metadata: The document properties hold a person\'s name in "PDF Info Author": empty the field or set it to the organisation, then publish again.'), person.join('\n'));
    const login = judged(await inspectPdf(await pdf(() => {}, { ...CLEAN, author: 'jdvries' })));
    assert.ok(login.some((finding) => finding.includes('a user name in "PDF Info Author"')));
    const organisation = judged(await inspectPdf(await pdf((page, _doc, font) => page.drawText('Tekst', { x: 50, y: 780, size: 11, font }), CLEAN)));
    assert.deepEqual(organisation.filter((finding) => finding.startsWith('pub-metadata')), []);
  });

  it('language, title, tags and text: each said when missing, nothing when set', async () => {
    const bare = judged(await inspectPdf(await pdf(() => {}, {})));
    assert.deepEqual(bare.map((finding) => finding.split(':')[0]).sort(), ['pub-language', 'pub-no-text', 'pub-title', 'pub-untagged']);
    const english = judged(await inspectPdf(await pdf((page, _doc, font) => page.drawText('Tekst', { x: 50, y: 780, size: 11, font }), { ...CLEAN, lang: 'en-GB', showTitle: false })));
    assert.deepEqual(english.sort(), [
      'pub-language: The document language is "en-GB", not Dutch: screen readers and search engines read it in the wrong language.',
      'pub-title: The PDF has a title, but viewers show the file name instead (DisplayDocTitle is not set).',
      'pub-untagged: The PDF is not tagged: screen readers cannot follow its headings, lists and tables.',
    ]);
  });

  it('hidden text drawn over visible text (white, tiny, render mode 3) is hidden content; invisible text on its own (OCR of a scan) is not', async () => {
    const facts = await inspectPdf(await pdf((page, _doc, font) => {
      page.drawText('Het besluit is genomen', { x: 50, y: 780, size: 11, font });
      page.drawText('Jan de Vries', { x: 52, y: 781, size: 11, font, color: rgb(1, 1, 1) });
      page.drawText('Tweede alinea van de nota', { x: 50, y: 740, size: 11, font });
      page.drawText('Piet Bakker 06-12345678', { x: 60, y: 741, size: 0.5, font });
      page.drawText('Derde alinea', { x: 50, y: 700, size: 11, font });
      page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
      page.drawText('Klaas Smit', { x: 50, y: 700, size: 11, font });
      page.drawText('Gescande tekst', { x: 50, y: 400, size: 11, font });
      page.pushOperators(setTextRenderingMode(TextRenderingMode.Fill));
      page.drawText('Wit op wit', { x: 50, y: 300, size: 11, font, color: rgb(1, 1, 1) });
    }, CLEAN));
    assert.deepEqual(facts.hidden.map((item) => [item.kind, item.page, item.name, item.text]), [
      ['text-over-text', 1, 'white', 'Jan de Vries'],
      ['text-over-text', 1, 'tiny', 'Piet Bakker 06-12345678'],
      ['text-over-text', 1, 'render-mode-3', 'Klaas Smit'],
    ]);
    assert.ok(judged(facts).includes('pub-hidden-content: Page 1 holds text drawn invisibly (white) over visible text, and it holds personal data: remove it before publication.'), judged(facts).join('\n'));
    // why it cannot be seen, in the reader's language
    assert.deepEqual(judged(facts, '', 'nl').filter((finding) => finding.startsWith('pub-hidden-content')), [
      'pub-hidden-content: Pagina 1 bevat onzichtbaar getekende tekst (wit) over zichtbare tekst, en het bevat persoonsgegevens: verwijder dit vóór publicatie.',
      'pub-hidden-content: Pagina 1 bevat onzichtbaar getekende tekst (kleiner dan 1 pt) over zichtbare tekst, en het bevat persoonsgegevens: verwijder dit vóór publicatie.',
      'pub-hidden-content: Pagina 1 bevat onzichtbaar getekende tekst (weergavemodus 3: niet gevuld, niet omlijnd) over zichtbare tekst, en het bevat persoonsgegevens: verwijder dit vóór publicatie.',
    ]);
    assert.ok(judged(facts).includes('pub-hidden-content: Page 1 holds text drawn invisibly (render mode 3: neither filled nor stroked) over visible text, and it holds personal data: remove it before publication.'), judged(facts).join('\n'));
  });

  it('an annotation with text and a filled-in form field are hidden content', async () => {
    const bytes = await pdf((page, doc, font) => {
      page.drawText('Tekst', { x: 50, y: 780, size: 11, font });
      const note = doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [300, 700, 320, 720], Contents: PDFString.of('Bel Jan de Vries, 06-12345678') });
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(note)]));
      const form = doc.getForm();
      const field = form.createTextField('naam');
      field.setText('Piet');
      field.addToPage(page, { x: 50, y: 500 });
    }, CLEAN);
    const findings = judged(await inspectPdf(bytes));
    assert.ok(findings.includes('pub-hidden-content: Page 1 holds a Text annotation with text, and it holds personal data: remove it before publication.'), findings.join('\n'));
    assert.ok(findings.includes('pub-hidden-content: The file holds a filled-in form field "naam": remove it before publication.'), findings.join('\n'));
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

describe('before publication: Word', () => {
  const body = (inner: string) => `<w:document ${W}><w:body>${inner}</w:body></w:document>`;
  const styles = (lang: string) => `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;
  const core = (creator: string) => `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Nota</dc:title><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy></cp:coreProperties>`;

  it('comments with their author, tracked changes, hidden text and the author in the properties are found', () => {
    const facts = inspectDocx(
      docx({
        'word/document.xml': body('<w:p><w:r><w:t>Kern</w:t></w:r><w:ins w:id="1" w:author="Jan de Vries"><w:r><w:t>nieuw</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>geheim</w:t></w:r></w:p>'),
        'word/comments.xml': `<w:comments ${W}><w:comment w:id="0" w:author="Jan de Vries"><w:p><w:r><w:t>Klopt dit?</w:t></w:r></w:p></w:comment></w:comments>`,
        'word/styles.xml': styles('nl-NL'),
        'docProps/core.xml': core('Jan de Vries'),
      }),
    );
    const findings = judged(facts, 'Kern nieuw');
    assert.deepEqual(findings.filter((finding) => finding.startsWith('pub-hidden-content')).sort(), [
      'pub-hidden-content: The file holds a comment with its author\'s name: remove it before publication.',
      'pub-hidden-content: The file holds a tracked change (an insertion) with its author\'s name: remove it before publication.',
      'pub-hidden-content: The file holds hidden text: remove it before publication.',
    ]);
    assert.equal(findings.filter((finding) => finding.startsWith('pub-metadata')).length, 2);
    assert.ok(!findings.join('\n').includes('Vries'));
  });

  it('a clean Word file in Dutch, by the organisation, gives no pub-* finding', () => {
    const facts = inspectDocx(docx({ 'word/document.xml': body('<w:p><w:r><w:t>Kern</w:t></w:r></w:p>'), 'word/styles.xml': styles('nl-NL'), 'docProps/core.xml': core('Ministerie van BZK') }));
    assert.deepEqual(judged(facts, 'Kern'), []);
  });
});

describe('nota check --publication', function () {
  this.timeout(30000);
  it('reports the failed redaction with its page, makes unredacted personal data an error, and exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-publication-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'nota.pdf'),
        await pdf((page, _doc, font) => {
          page.drawText('Vraag 1', { x: 50, y: 800, size: 11, font });
          page.drawText('Wie belde?', { x: 50, y: 786, size: 11, font });
          page.drawText('Antwoord 1', { x: 50, y: 760, size: 11, font });
          page.drawText('Gebeld door J. de Vries', { x: 50, y: 746, size: 11, font });
          page.drawRectangle({ x: 120, y: 742, width: 70, height: 14, color: rgb(0, 0, 0) });
        }, CLEAN),
      );
      const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--publication', '--format', 'json', 'nota.pdf'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      assert.equal(run.status, 1, run.stderr);
      const [file] = JSON.parse(run.stdout);
      const rules = file.diagnostics.map((d: { rule: string; severity: string; page: number }) => [d.rule, d.severity, d.page]);
      assert.deepEqual(rules.filter(([rule]: string[]) => rule === 'pub-redaction-failed' || rule === 'pii-name'), [
        ['pii-name', 'error', 1],
        ['pub-redaction-failed', 'error', 1],
      ]);
      const plain = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--format', 'json', 'nota.pdf'], { cwd: dir, encoding: 'utf8' });
      assert.deepEqual(JSON.parse(plain.stdout)[0].diagnostics.filter((d: { rule: string }) => d.rule.startsWith('pub-')), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cleaned copies for publication', function () {
  this.timeout(30000);
  it('Word: comments, tracked changes, hidden text, variables and the author are gone; the accepted text stays', () => {
    const original = docx({
      'word/document.xml': `<w:document ${W}><w:body><w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Kern</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:ins w:id="1" w:author="Jan de Vries"><w:r><w:t xml:space="preserve"> nieuw</w:t></w:r></w:ins><w:del w:id="2" w:author="Jan de Vries"><w:r><w:delText> oud</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>geheim</w:t></w:r></w:p></w:body></w:document>`,
      'word/comments.xml': `<w:comments ${W}><w:comment w:id="0" w:author="Jan de Vries"><w:p><w:r><w:t>Klopt dit?</w:t></w:r></w:p></w:comment></w:comments>`,
      'word/settings.xml': `<w:settings ${W}><w:docVars><w:docVar w:name="behandelaar" w:val="J. de Vries"/></w:docVars></w:settings>`,
      'word/styles.xml': `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
      'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Nota</dc:title><dc:creator>Jan de Vries</dc:creator><cp:lastModifiedBy>jdvries</cp:lastModifiedBy></cp:coreProperties>',
      'docProps/app.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Ministerie van BZK</Company><Manager>Piet Bakker</Manager></Properties>',
      'docProps/custom.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="Behandelaar"><vt:lpwstr xmlns:vt="x">Jan de Vries</vt:lpwstr></property></Properties>',
    });
    const before = inspectDocx(original);
    assert.deepEqual(before.hidden.map((item) => item.kind).sort(), ['comment', 'document-variable', 'hidden-text', 'tracked-change', 'tracked-change']);
    const cleaned = cleanDocx(original, { organisation: 'Ministerie van BZK' });
    const after = inspectDocx(cleaned);
    assert.deepEqual(after.hidden, []);
    assert.deepEqual(after.metadata, [
      { field: 'docProps/core.xml title', value: 'Nota' },
      { field: 'docProps/core.xml creator', value: 'Ministerie van BZK' },
      { field: 'docProps/core.xml lastModifiedBy', value: 'Ministerie van BZK' },
      { field: 'docProps/app.xml Company', value: 'Ministerie van BZK' },
      { field: 'docProps/app.xml Manager', value: 'Ministerie van BZK' },
    ]);
    assert.equal(readDocx(cleaned).text.trim(), 'Kern nieuw');
    assert.deepEqual(judged(after, 'Kern nieuw'), []);
  });

  it('PDF: the author and the XMP packet are gone, the language is Dutch and the title shown; a failed redaction is still reported', async () => {
    const original = await pdf((page, _doc, font) => {
      page.drawText('Opgesteld door J. de Vries', { x: 50, y: 780, size: 11, font });
      page.drawRectangle({ x: 127, y: 776, width: 60, height: 14, color: rgb(0, 0, 0) });
    }, { author: 'Jan de Vries' });
    const withXmp = await PDFDocument.load(original);
    const xmp = withXmp.context.stream('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Jan de Vries</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>', { Type: 'Metadata', Subtype: 'XML' });
    withXmp.catalog.set(PDFName.of('Metadata'), withXmp.context.register(xmp));
    const bytes = await withXmp.save();
    assert.deepEqual(judged(await inspectPdf(bytes)).map((finding) => finding.split(':')[0]).sort(), ['pub-language', 'pub-metadata', 'pub-metadata', 'pub-redaction-failed', 'pub-title', 'pub-untagged']);
    const after = await inspectPdf(await cleanPdf(bytes, { title: 'nota' }));
    assert.equal(after.language, 'nl-NL');
    assert.equal(after.title, 'nota');
    assert.ok(!after.metadata.some((field) => field.value.includes('Vries')), JSON.stringify(after.metadata));
    // pdf-lib cannot tag a PDF, and a box over text is not a redaction: both stay
    assert.deepEqual(judged(after).map((finding) => finding.split(':')[0]).sort(), ['pub-redaction-failed', 'pub-untagged']);
  });

  it('nota check --publication --write-clean writes NAME.publicatie.pdf beside the file and never changes the original', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-clean-'));
    try {
      const original = await pdf((page, _doc, font) => page.drawText('Tekst van de nota', { x: 50, y: 780, size: 11, font }), { author: 'Jan de Vries' });
      fs.writeFileSync(path.join(dir, 'nota.pdf'), original);
      const nota = (...args: string[]) => spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      const run = nota('--publication', '--write-clean', '--format', 'json', 'nota.pdf');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /nota: nota\.pdf: wrote the cleaned copy nota\.publicatie\.pdf/);
      assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(dir, 'nota.pdf'))), original);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['nota.pdf', 'nota.publicatie.pdf']);
      const copy = nota('--publication', '--format', 'json', 'nota.publicatie.pdf');
      assert.deepEqual(JSON.parse(copy.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule).filter((rule: string) => rule.startsWith('pub-') || rule.startsWith('pii-')), ['pub-untagged']);
      assert.equal(nota('--write-clean', 'nota.pdf').status, 2, '--write-clean without --publication is a usage error');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nota check --publication --write-clean writes no copy while personal data or a failed redaction remains, and says why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-clean-refused-'));
    try {
      const original = await pdf((page, _doc, font) => {
        page.drawText('Gebeld door mevrouw J. de Vries, 06-12345678', { x: 50, y: 780, size: 11, font });
        page.drawText('Opgesteld door P. Bakker', { x: 50, y: 740, size: 11, font });
        page.drawRectangle({ x: 125, y: 736, width: 60, height: 14, color: rgb(0, 0, 0) });
      }, { author: 'Jan de Vries' });
      fs.writeFileSync(path.join(dir, 'nota.pdf'), original);
      const nota = (...args: string[]) => spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      const run = nota('--publication', '--write-clean', '--format', 'json', 'nota.pdf');
      assert.equal(run.status, 1, run.stderr);
      const rules = JSON.parse(run.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
      const personal = rules.filter((rule: string) => rule.startsWith('pii-')).length;
      assert.ok(personal >= 2, rules.join(' '));
      assert.match(run.stderr, new RegExp(`^nota: nota\\.pdf: nota\\.publicatie\\.pdf not written: ${personal} personal-data findings and 1 failed redaction remain; redact the source document, make a new PDF and check again\\.$`, 'm'));
      assert.deepEqual(fs.readdirSync(dir), ['nota.pdf']);
      const dutch = nota('--publication', '--write-clean', '--locale', 'nl', 'nota.pdf');
      assert.match(dutch.stderr, new RegExp(`^nota: nota\\.pdf: nota\\.publicatie\\.pdf niet geschreven: er staan nog ${personal} meldingen van persoonsgegevens en 1 mislukte lakking in; lak het brondocument, maak een nieuwe pdf en controleer opnieuw\\.$`, 'm'));
      assert.deepEqual(fs.readdirSync(dir), ['nota.pdf']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nota check --publication --write-clean writes the organisation of .notarc.json as the author of a Word copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-clean-organisation-'));
    try {
      fs.writeFileSync(path.join(dir, '.notarc.json'), JSON.stringify({ organisation: 'Ministerie van BZK' }));
      fs.writeFileSync(
        path.join(dir, 'nota.docx'),
        docx({
          'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:t>Kern van de nota</w:t></w:r></w:p></w:body></w:document>`,
          'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Nota</dc:title><dc:creator>Jan de Vries</dc:creator><cp:lastModifiedBy>jdvries</cp:lastModifiedBy></cp:coreProperties>',
        }),
      );
      const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--publication', '--write-clean', 'nota.docx'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      assert.match(run.stderr, /^nota: nota\.docx: wrote the cleaned copy nota\.publicatie\.docx$/m);
      assert.deepEqual(inspectDocx(new Uint8Array(fs.readFileSync(path.join(dir, 'nota.publicatie.docx')))).metadata, [
        { field: 'docProps/core.xml title', value: 'Nota' },
        { field: 'docProps/core.xml creator', value: 'Ministerie van BZK' },
        { field: 'docProps/core.xml lastModifiedBy', value: 'Ministerie van BZK' },
      ]);
      const again = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--publication', '--write-clean', 'nota.publicatie.docx'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      assert.match(again.stderr, /^nota: nota\.publicatie\.docx: this is a cleaned copy already; no copy of it is written$/m);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['.notarc.json', 'nota.docx', 'nota.publicatie.docx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a PDF note with personal data stops the copy (the PDF cleaner keeps annotations); a note without does not', async () => {
    const withNote = (contents: string) =>
      pdf((page, doc, font) => {
        page.drawText('Tekst van de nota', { x: 50, y: 780, size: 11, font });
        const note = doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [300, 700, 320, 720], Contents: PDFString.of(contents) });
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(note)]));
      }, CLEAN);
    const verdictOf = async (bytes: Uint8Array) => {
      const facts = await inspectPdf(bytes);
      return cleanVerdict(checkText('Tekst van de nota', { config, locale: 'en', fileName: 'x.pdf', publication: facts }).findings, facts, []);
    };
    assert.deepEqual(await verdictOf(await withNote('Bel Jan de Vries, 06-12345678')), { personalData: 0, failedRedactions: 0, hiddenPersonalData: 1 });
    assert.deepEqual(await verdictOf(await withNote('Klopt de tabel?')), { personalData: 0, failedRedactions: 0, hiddenPersonalData: 0 });
  });

  it('nota check --publication --write-clean never writes over an existing cleaned copy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-clean-exists-'));
    try {
      fs.writeFileSync(path.join(dir, 'nota.pdf'), await pdf((page, _doc, font) => page.drawText('Tekst van de nota', { x: 50, y: 780, size: 11, font }), { author: 'Jan de Vries' }));
      fs.writeFileSync(path.join(dir, 'nota.publicatie.pdf'), 'bewerkt door de redactie');
      const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--publication', '--write-clean', 'nota.pdf'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /^nota: nota\.pdf: nota\.publicatie\.pdf exists already: move it away or delete it first \(nothing was written\)\.$/m);
      assert.equal(fs.readFileSync(path.join(dir, 'nota.publicatie.pdf'), 'utf8'), 'bewerkt door de redactie');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['nota.pdf', 'nota.publicatie.pdf']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
