// `nota check` on Word and PDF files: the findings with their paragraph or page, folders with --ext, files
// that cannot be read named with the reason while the others are still reported, and --fix never writing them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, VALID_NOTA } from '../support/check';
import { docxFromMarkdown, pdfFromPages } from '../support/documents';

function nota(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nota check on Word and PDF files', function () {
  this.timeout(30000);
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-documents-'));
    fs.mkdirSync(path.join(dir, 'map'));
    fs.writeFileSync(path.join(dir, 'map', 'tikfout.docx'), await docxFromMarkdown(VALID_NOTA.replace('### Kern\n', '### Kernn\n')));
    fs.writeFileSync(
      path.join(dir, 'map', 'datum.pdf'),
      await pdfFromPages([{ lines: ['Vraag 1', 'Klopt het bericht?', '', 'Antwoord 1', 'Ja.'] }, { lines: ['Vraag 2', 'Wanneer?', '', 'Antwoord 2', 'Op 31 november 2024.'] }]),
    );
    fs.writeFileSync(path.join(dir, 'kapot.pdf'), '%PDF-1.7\nnot really a PDF');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--format json gives each finding its paragraph (Word) or page (PDF)', () => {
    const result = nota(['check', '--format', 'json', 'map/tikfout.docx', 'map/datum.pdf'], dir);
    assert.equal(result.code, 1, result.stderr);
    const [word, pdf] = JSON.parse(result.stdout);
    assert.equal(word.kind, 'nota');
    assert.deepEqual(
      word.diagnostics.map((d: { rule: string; paragraph: number }) => [d.rule, d.paragraph]),
      [
        ['section-unknown', 24],
        ['section-missing', 26],
      ],
    );
    assert.equal(pdf.kind, 'beantwoording');
    assert.deepEqual(
      pdf.diagnostics.map((d: { rule: string; page: number; message: string }) => [d.rule, d.page, d.message]),
      [['date-invalid', 2, '"31 november 2024" does not exist: november 2024 has 30 days.']],
    );
  });

  it('stylish output says the page or paragraph before line:column', () => {
    const result = nota(['check', 'map/datum.pdf', 'map/tikfout.docx'], dir);
    assert.match(result.stdout, /^ {2}p\. 2, \d+:\d+ +error +"31 november 2024" does not exist/m);
    assert.match(result.stdout, /^ {2}par\. 24, \d+:\d+ +info +Unknown section "Kernn"/m);
  });

  it('a finding in a Word footnote carries its footnote: "footnote" in JSON, fn. N in stylish', async () => {
    const { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } = await import('docx');
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('Zie de brief van 3 maart 2024.')] }, 2: { children: [new Paragraph('Bel mevrouw De Vries op 06-12345678.')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('Het besluit'), new FootnoteReferenceRun(1), new TextRun(' en de vragen'), new FootnoteReferenceRun(2), new TextRun('.')] })] }],
    });
    fs.writeFileSync(path.join(dir, 'voetnoot.docx'), new Uint8Array(await Packer.toBuffer(document)));
    const [file] = JSON.parse(nota(['check', '--format', 'json', 'voetnoot.docx'], dir).stdout);
    const phone = file.diagnostics.filter((d: { rule: string }) => d.rule === 'pii-phone');
    assert.deepEqual(phone.map((d: { footnote?: number; paragraph?: number }) => [d.footnote, d.paragraph]), [[2, undefined]]);
    assert.match(nota(['check', 'voetnoot.docx'], dir).stdout, /^ {2}fn\. 2, \d+:\d+ +\w+ +.*phone/im);
  });

  it('folders include Word and PDF files only with --ext', () => {
    assert.match(nota(['check', 'map'], dir).stderr, /no nota files/);
    const result = nota(['check', '--ext', 'docx,pdf', '--format', 'json', 'map'], dir);
    assert.deepEqual(JSON.parse(result.stdout).map((file: { file: string }) => file.file), ['map/datum.pdf', 'map/tikfout.docx']);
    assert.match(nota(['check', '--ext', 'odt', 'map'], dir).stderr, /--ext takes docx and pdf, not "odt"/);
  });

  it('a PDF that cannot be read exits 2 with the file and the reason; the other files are still reported', () => {
    const result = nota(['check', '--format', 'json', 'kapot.pdf', 'map/datum.pdf'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /nota: kapot\.pdf: not a readable PDF/);
    const [failed, read] = JSON.parse(result.stdout);
    assert.match(failed.error, /^not a readable PDF/);
    assert.deepEqual([failed.file, Object.keys(failed)], ['kapot.pdf', ['file', 'error']]);
    assert.equal(read.file, 'map/datum.pdf');
  });

  it('--fix never writes a Word or PDF file, and says so', () => {
    const file = path.join(dir, 'map', 'tikfout.docx');
    const before = fs.readFileSync(file);
    const result = nota(['check', '--fix', 'map/tikfout.docx'], dir);
    assert.match(result.stderr, /--fix does not change Word or PDF files/);
    assert.deepEqual(fs.readFileSync(file), before);
  });
});
