// Every feature in-process on an in-memory document, as the server calls it: (context, params, token).
// The stdio tests beside this file are the smoke tests of the same features over JSON-RPC.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, CompletionItemKind, type Diagnostic, InsertTextFormat, type DocumentSymbol, DiagnosticSeverity, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { codeActions } from '../../server/src/lsp/features/codeActions';
import { completion } from '../../server/src/lsp/features/completion';
import { toDiagnostic } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/documentSymbols';
import { foldingRanges } from '../../server/src/lsp/features/folding';
import { hover } from '../../server/src/lsp/features/hover';
import { workspaceSymbols } from '../../server/src/lsp/features/workspaceSymbols';
import { definition, references } from '../../server/src/lsp/features/navigation';
import { fileUriOf } from '../../server/src/lsp/documents';
import { checkFiles } from '../../server/src/lsp/requests/checkFiles';
import { documentInfo } from '../../server/src/lsp/requests/documentInfo';
import { effectiveConfig } from '../../server/src/lsp/requests/effectiveConfig';
import { REPO, VALID_NOTA, corpusFiles, readCorpus } from '../support/check';
import { CANCELLED, NOT_CANCELLED, ServiceHarness, testUri } from '../support/service-harness';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');
const LEAKY = VALID_NOTA.replace('- Met de regeling', '- Contactpersoon: mevr. J. de Vries, 06-12345678. Met de regeling');
const textDocument = (uri: string) => ({ uri });
const positionOf = (text: string, needle: string, delta = 0) => {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(needle));
  return { line, character: lines[line].indexOf(needle) + delta };
};
const applied = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'nota', 1, text), edits);

describe('language features in-process', () => {
  let harness: ServiceHarness;
  beforeEach(() => {
    harness = new ServiceHarness();
  });
  afterEach(() => harness.dispose());

  describe('the model that crosses from the check worker', () => {
    const documents = [
      ...corpusFiles().map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })),
      ...['goed', 'fout'].flatMap((folder) =>
        fs.readdirSync(path.join(REPO, 'examples', folder)).map((name) => ({ file: path.join(REPO, 'examples', folder, name), text: fs.readFileSync(path.join(REPO, 'examples', folder, name), 'utf8') })),
      ),
    ];
    for (const { file, text } of documents) {
      it(`${path.basename(file)}: the features get the findings and model the rules saw`, async () => {
        const uri = testUri(path.basename(file));
        const context = await harness.open(uri, text);
        const direct = checkText(text, { config: resolveConfig([]), locale: 'en', fileName: new URL(uri).pathname, now: new Date('2024-03-15T12:00:00Z') });
        assert.deepEqual(context.result.findings, direct.findings);
        assert.deepEqual(context.result.doc.sections, direct.doc.sections);
        assert.deepEqual(context.result.doc.beantwoording?.parsed.questions, direct.doc.beantwoording?.parsed.questions);
        assert.deepEqual(context.result.doc.lineIndex.lineStarts, direct.doc.lineIndex.lineStarts);
        assert.deepEqual(await harness.diagnostics(uri), direct.findings.map((finding) => toDiagnostic(finding, direct.doc.lineIndex, 'en')));
      });
    }
  });

  describe('documents', () => {
    it('a python document is not checked and gets no context; a Nota file opened as markdown is', async () => {
      harness.service.didOpen(testUri('script.py'), 'python', 1, KERN_MISSING);
      assert.equal(await harness.service.contextFor(testUri('script.py'), NOT_CANCELLED), undefined);
      assert.equal(await harness.diagnostics(testUri('script.py')), undefined);
      await harness.open(testUri('kern.nota.md'), KERN_MISSING, 'markdown');
      assert.deepEqual((await harness.diagnostics(testUri('kern.nota.md')))!.map((d) => d.code), ['section-missing']);
    });

    it('a second didOpen of the same version with other text is checked again', async () => {
      const uri = testUri('twice.nota.md');
      await harness.open(uri, VALID_NOTA);
      assert.deepEqual(await harness.diagnostics(uri), []);
      const context = await harness.open(uri, KERN_MISSING);
      assert.deepEqual(context.result.findings.map((f) => f.ruleId), ['section-missing']);
    });

    it('an edit supersedes the check of the old version: features answer from the new one', async () => {
      const uri = testUri('edit.nota.md');
      await harness.open(uri, VALID_NOTA);
      await harness.service.didChange(uri, 2, [{ text: KERN_MISSING }]);
      const context = await harness.service.contextFor(uri, NOT_CANCELLED);
      assert.equal(context!.version, 2);
      assert.deepEqual(context!.result.findings.map((f) => f.ruleId), ['section-missing']);
    });
  });

  describe('the cancellation token is checked before the work', () => {
    it('a cancelled request gets no context and every feature answers empty', async () => {
      const uri = testUri('cancel.nota.md');
      const context = await harness.open(uri, VALID_NOTA);
      assert.equal(await harness.service.contextFor(uri, CANCELLED), undefined);
      const position = positionOf(VALID_NOTA, '### Kern', 5);
      assert.notEqual(hover(context, { textDocument: textDocument(uri), position }, NOT_CANCELLED), null);
      assert.equal(hover(context, { textDocument: textDocument(uri), position }, CANCELLED), null);
      assert.deepEqual(documentSymbols(context, { textDocument: textDocument(uri) }, CANCELLED), []);
      assert.deepEqual(foldingRanges(context, { textDocument: textDocument(uri) }, CANCELLED), []);
      assert.deepEqual(completion(context, { textDocument: textDocument(uri), position: { line: 0, character: 0 } }, CANCELLED), []);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.deepEqual(await codeActions(context, { textDocument: textDocument(uri), range, context: { diagnostics: [], only: ['source.fixAll.nota'] } }, CANCELLED), []);
    });
  });

  describe('hover', () => {
    const TEXT = VALID_NOTA.replace('### Informatie die niet openbaar', 'Naam: [5.1.2e].\n\n### Informatie die niet openbaar');
    it('explains a Woo ground, a date, the referentie and a section', async () => {
      const uri = testUri('hover.nota.md');
      const context = await harness.open(uri, TEXT);
      const at = (needle: string, delta: number) => hover(context, { textDocument: textDocument(uri), position: positionOf(TEXT, needle, delta) }, NOT_CANCELLED);
      assert.deepEqual(at('[5.1.2e].', 2), {
        contents: { kind: 'markdown', value: 'Woo ground **5.1.2e**: respect for personal privacy (art. 5.1, tweede lid, onder e, Woo).' },
        range: { start: positionOf(TEXT, '5.1.2e].'), end: positionOf(TEXT, '5.1.2e].', 6) },
      });
      assert.equal((at('12 maart 2024', 2)?.contents as { value: string }).value, '**12 maart 2024** is a Tuesday.');
      assert.equal((at('2024-0000012345', 3)?.contents as { value: string }).value, 'Onze referentie: year **2024**, number **0000012345**. Matches the pattern `^\\d{4}-\\d{10}$`.');
      assert.match((at('### Kern', 5)?.contents as { value: string }).value, /^\*\*Kern\*\*: /);
    });

    it('explains why a personal-data finding fired', async () => {
      const uri = testUri('lek.nota.md');
      const context = await harness.open(uri, LEAKY);
      const answer = hover(context, { textDocument: textDocument(uri), position: positionOf(LEAKY, '06-12345678', 2) }, NOT_CANCELLED);
      assert.match((answer?.contents as { value: string }).value, /phone/i);
    });
  });

  describe('symbols, folding, completion', () => {
    it('the outline marks the missing section', async () => {
      const uri = testUri('outline.nota.md');
      const context = await harness.open(uri, KERN_MISSING);
      const [root] = documentSymbols(context, { textDocument: textDocument(uri) }, NOT_CANCELLED);
      assert.equal(root.name, 'Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites');
      assert.equal(root.detail, 'missing: Kern');
      assert.deepEqual(root.children!.map((child) => child.name), ['Header', 'Aanleiding', 'Geadviseerd besluit', 'Informatie die niet openbaar gemaakt kan worden']);
    });

    it('the outline names a nota pasted from a PDF by its subject with the line-end hyphenation joined ("formerende", not "forme- rende")', async () => {
      const uri = testUri('afgebroken.nota.txt');
      const text = ['Aan', 'Minister van BZK', '', 'Van', 'DGDOO', '', 'Onderwerp van de forme-', 'rende nota', '', 'TER BESLUITVORMING', '', 'Aanleiding', 'Tekst.', ''].join('\n');
      const context = await harness.open(uri, text);
      const [root] = documentSymbols(context, { textDocument: textDocument(uri) }, NOT_CANCELLED);
      assert.equal(root.name, 'Onderwerp van de formerende nota');
    });

    it('the section-missing diagnostic lies in no present section of the outline, only in the nota', async () => {
      const uri = testUri('outline-rood.nota.md');
      const context = await harness.open(uri, KERN_MISSING);
      const [missing] = (await harness.diagnostics(uri))!;
      const [root] = documentSymbols(context, { textDocument: textDocument(uri) }, NOT_CANCELLED);
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      const contains = (range: Diagnostic['range'], position: { line: number; character: number }) => before(range.start, position) && before(position, range.end);
      assert.ok(contains(root.range, missing.range.start));
      const marked = root.children!.filter((child) => contains(child.range, missing.range.start) || contains(child.range, missing.range.end)).map((child) => child.name);
      assert.deepEqual(marked, []);
      assert.equal(KERN_MISSING.split('\n')[missing.range.start.line + 1], '### Informatie die niet openbaar gemaakt kan worden');
    });

    it('sticky scroll (the selection line of each symbol, over its range) shows the subject above the section heading', async () => {
      const uri = testUri('sticky.nota.md');
      const context = await harness.open(uri, VALID_NOTA);
      const lines = VALID_NOTA.split('\n');
      // What VS Code's sticky scroll shows at the top of the editor when `line` is the first visible line.
      const sticky = (symbols: DocumentSymbol[], line: number): string[] =>
        symbols.filter((s) => s.selectionRange.start.line < line && line <= s.range.end.line).flatMap((s) => [lines[s.selectionRange.start.line], ...sticky(s.children ?? [], line)]);
      const symbols = documentSymbols(context, { textDocument: textDocument(uri) }, NOT_CANCELLED);
      const kern = lines.indexOf('### Kern');
      assert.deepEqual(sticky(symbols, kern + 2), ['Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites', '### Kern']);
      assert.deepEqual(sticky(symbols, lines.indexOf('### Aanleiding') + 1), ['Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites', '### Aanleiding']);
    });

    it('offers a whole nota per purpose in an empty document only, described in the display language; the beantwoording in an empty .kv.md', async () => {
      const at = (context: Awaited<ReturnType<typeof harness.open>>, line: number, character: number) =>
        completion(context, { textDocument: textDocument(context.uri), position: { line, character } }, NOT_CANCELLED);
      const empty = await harness.open(testUri('leeg.nota.md'), 'nota\n');
      const items = at(empty, 0, 4);
      assert.deepEqual(items.map((item) => item.label), ['nota-besluitvorming', 'nota-ondertekening', 'nota-informatie', 'nota-advisering', 'nota-kennisname', 'nota-goedkeuring', 'nota-bespreking']);
      assert.deepEqual(items[0].labelDetails, { description: 'A whole nota TER BESLUITVORMING: header, the sections it requires, Woo justification and Bijlagen' });
      assert.match(items[0].insertText!, /^\*\*Aan\*\* {2}\n\$\{1:Minister van …\}\n[^]*### TER BESLUITVORMING\n/);
      // inside an existing nota: none, whatever is typed on an empty line
      const nota = await harness.open(testUri('bestaand.nota.md'), VALID_NOTA.replace('### Kern', 'nota\n\n### Kern'));
      const line = VALID_NOTA.replace('### Kern', 'nota\n\n### Kern').split('\n').indexOf('nota');
      assert.deepEqual(at(nota, line, 4).filter((item) => /^nota-|^beantwoording$/.test(item.label)), []);
      const kv = await harness.open(testUri('leeg.kv.md'), '', 'nota-kv');
      assert.deepEqual(at(kv, 0, 0).map((item) => item.label), ['beantwoording']);
      const dutch = new ServiceHarness({ locale: 'nl' });
      try {
        const [first] = completion(await dutch.open(testUri('leeg-nl.nota.md'), ''), { textDocument: textDocument(testUri('leeg-nl.nota.md')), position: { line: 0, character: 0 } }, NOT_CANCELLED);
        assert.deepEqual(first.labelDetails, { description: 'Een hele nota TER BESLUITVORMING: kop, de secties die het doel vraagt, Woo-motivering en Bijlagen' });
      } finally {
        await dutch.dispose();
      }
    });

    describe('the snippets for inside a document, as completion items described in the display language', () => {
      const at = (context: Awaited<ReturnType<typeof harness.open>>, line: number, character: number) =>
        completion(context, { textDocument: textDocument(context.uri), position: { line, character } }, NOT_CANCELLED);
      const snippetsOf = (items: ReturnType<typeof at>) => items.filter((item) => item.kind === CompletionItemKind.Snippet);
      // Kern missing, an empty line being typed before the Woo section, a Bijlagen table with one row.
      const KERN_BLANK = `${KERN_MISSING.replace('### Informatie die', 'sectie\n\n### Informatie die').replace('**Bijlage(n)**  \n0', '**Bijlage(n)**  \n1')}\n### Bijlagen\n\n| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Conceptregeling | |\n`;
      const sectieLine = KERN_BLANK.split('\n').indexOf('sectie');

      it('at the start of a body line of a nota: each absent section (sectie-…), the next bijlage row; not the sections present, not the Bijlagen table it has', async () => {
        const nota = await harness.open(testUri('sectie.nota.md'), KERN_BLANK);
        const items = snippetsOf(at(nota, sectieLine, 6));
        assert.deepEqual(items.map((item) => item.label), ['sectie-kern', 'sectie-toelichting', 'sectie-politieke-context', 'sectie-financiele-consequenties', 'sectie-juridische-aspecten', 'sectie-communicatie', 'sectie-uitvoering', 'bijlage-rij']);
        const kern = items[0];
        assert.equal(kern.insertTextFormat, InsertTextFormat.Snippet);
        assert.equal(kern.insertText, '### Kern\n\n${1:[De kern van de zaak in enkele punten.]}\n$0');
        assert.deepEqual(kern.labelDetails, { description: 'The section "Kern" (also written: Kernpunten): heading and what belongs in it' });
        assert.equal(kern.detail, 'The section "Kern" (also written: Kernpunten): heading and what belongs in it');
        // The nota has one bijlage: the row is number 2.
        const row = items.find((item) => item.label === 'bijlage-rij')!;
        assert.equal(row.insertText, '| ${1:2} | ${2:Naam van de bijlage} | ${3} |$0');
        assert.equal(row.detail, 'Row 2 of the Bijlagen table; Bijlage(n) in the header counts the rows');
        // The marker once its prefix is typed.
        const typed = await harness.open(testUri('lak.nota.md'), KERN_BLANK.replace('\nsectie\n', '\nNaam: la\n'));
        const lak = snippetsOf(at(typed, sectieLine, 8));
        assert.deepEqual(lak.map((item) => item.label), ['lak']);
        assert.equal(lak[0].insertText, '[${1|5.1.2e,5.1.1a,5.1.1b,5.1.1c,5.1.1d,5.1.1e,5.1.2a,5.1.2b,5.1.2c,5.1.2d,5.1.2f,5.1.2g,5.1.2h,5.1.2i,5.1.5,5.2|}]$0');
        assert.equal(lak[0].detail, 'A redaction marker, choosing its Woo ground');
        const woo = await harness.open(testUri('woo-grond.nota.md'), KERN_BLANK.replace('\nsectie\n', '\nNaam: woo\n'));
        assert.deepEqual(snippetsOf(at(woo, sectieLine, 9)).map((item) => item.label), ['woo-grond']);
      });

      it('in Dutch: the same snippets, described in Dutch, inserting the same Dutch text', async () => {
        const dutch = new ServiceHarness({ locale: 'nl' });
        try {
          const nota = await dutch.open(testUri('sectie-nl.nota.md'), KERN_BLANK);
          const items = snippetsOf(completion(nota, { textDocument: textDocument(nota.uri), position: { line: sectieLine, character: 6 } }, NOT_CANCELLED));
          const byLabel = (label: string) => items.find((item) => item.label === label)!;
          assert.deepEqual(byLabel('sectie-kern').labelDetails, { description: 'De sectie "Kern" (ook: Kernpunten): kop en wat erin hoort' });
          assert.equal(byLabel('sectie-kern').insertText, '### Kern\n\n${1:[De kern van de zaak in enkele punten.]}\n$0');
          assert.equal(byLabel('sectie-communicatie').detail, 'De sectie "Communicatie": kop en wat erin hoort');
          assert.equal(byLabel('bijlage-rij').detail, 'Rij 2 van de bijlagentabel; Bijlage(n) in de kop telt de rijen');
          const kv = await dutch.open(testUri('vraag-nl.kv.md'), '**Vraag 1**  \nEen vraag?\n\n**Antwoord 1**  \nEen antwoord.\n\n', 'nota-kv');
          const pair = snippetsOf(completion(kv, { textDocument: textDocument(kv.uri), position: { line: 6, character: 0 } }, NOT_CANCELLED)).find((item) => item.label === 'vraag');
          assert.equal(pair!.detail, 'Vraag 2 met antwoord (één nummer op beide)');
          assert.equal(pair!.insertText, '**Vraag ${1:2}**  \n${2:Tekst van de vraag}\n\n**Antwoord ${1:2}**  \n${3:Tekst van het antwoord}\n$0');
        } finally {
          await dutch.dispose();
        }
      });

      it('without a Woo section or Bijlagen table: sectie-niet-openbaar, woo-motivering, sectie-bijlagen and bijlagen-tabel, with their exact text', async () => {
        const text = VALID_NOTA.slice(0, VALID_NOTA.indexOf('### Informatie die niet openbaar')) + 'woo\n';
        const nota = await harness.open(testUri('zonder-woo.nota.md'), text);
        const items = snippetsOf(at(nota, text.split('\n').indexOf('woo'), 3));
        const byLabel = (label: string) => items.find((item) => item.label === label);
        assert.equal(
          byLabel('woo-motivering')!.insertText,
          '### Informatie die niet openbaar gemaakt kan worden\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn ${1:de persoonsgegevens van ambtenaren} weggelaten op grond van artikel ${2|5.1.2e,5.1.1a,5.1.1b,5.1.1c,5.1.1d,5.1.1e,5.1.2a,5.1.2b,5.1.2c,5.1.2d,5.1.2f,5.1.2g,5.1.2h,5.1.2i,5.1.5,5.2|} van de Woo.\n$0',
        );
        assert.equal(byLabel('woo-motivering')!.detail, 'The section "Informatie die niet openbaar gemaakt kan worden" with a Motivering that names the Woo ground');
        assert.equal(byLabel('bijlagen-tabel')!.insertText, '| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| ${1:1} | ${2:Naam van de bijlage} | ${3} |\n$0');
        assert.equal(byLabel('bijlagen-tabel')!.detail, 'The Bijlagen table (Volgnummer | Naam | Informatie) with one row');
        assert.ok(byLabel('sectie-niet-openbaar') && byLabel('sectie-bijlagen'));
        assert.equal(byLabel('bijlage-rij'), undefined, 'no row without a table');
      });

      it('not in the header, a heading, a marker or running prose; no section snippet in a beantwoording', async () => {
        const nota = await harness.open(testUri('kop.nota.md'), KERN_BLANK);
        const lines = KERN_BLANK.split('\n');
        const aan = lines.indexOf('**Aan**  ') + 1;
        assert.deepEqual(snippetsOf(at(nota, aan, 0)), [], 'in the header: the field labels only');
        assert.deepEqual(snippetsOf(at(nota, lines.indexOf('### Aanleiding'), 4)), [], 'in a heading: the section names only');
        const aanleiding = lines.findIndex((line) => line.startsWith('Op 4 maart'));
        assert.deepEqual(snippetsOf(at(nota, aanleiding, 3)), [], 'in running prose after a space (a trigger): nothing Enter would accept');
        const marker = lines.indexOf('[5.1.2e]');
        assert.deepEqual(snippetsOf(at(nota, marker, 3)), [], 'inside a marker: the Woo grounds only');
        const kv = await harness.open(testUri('vragen.kv.md'), '**Vraag 1**  \nEen vraag?\n\n**Antwoord 1**  \nEen antwoord.\n\n', 'nota-kv');
        assert.deepEqual(snippetsOf(at(kv, 6, 0)).map((item) => item.label), ['Vraag 2', 'vraag'], 'no section, table or Woo section snippet in a beantwoording');
      });

      it('in a beantwoording at a line start: vraag, numbered after the last question before the cursor', async () => {
        const text = '**Vraag 1**  \nEen vraag?\n\n**Antwoord 1**  \nEen antwoord.\n\nvraag';
        const kv = await harness.open(testUri('vraag.kv.md'), text, 'nota-kv');
        const pair = snippetsOf(at(kv, 6, 5)).find((item) => item.label === 'vraag')!;
        assert.equal(pair.insertText, '**Vraag ${1:2}**  \n${2:Tekst van de vraag}\n\n**Antwoord ${1:2}**  \n${3:Tekst van het antwoord}\n$0');
        assert.equal(pair.detail, 'Question 2 with its answer (one number on both)');
        assert.deepEqual(pair.labelDetails, { description: 'Question 2 with its answer (one number on both)' });
        const nota = await harness.open(testUri('geen-vraag.nota.md'), KERN_BLANK);
        assert.equal(snippetsOf(at(nota, sectieLine, 6)).find((item) => item.label === 'vraag'), undefined, 'not in a nota');
      });
    });

    it('folds the header and each section without trailing blank lines', async () => {
      const uri = testUri('fold.nota.md');
      const context = await harness.open(uri, VALID_NOTA);
      const ranges = foldingRanges(context, { textDocument: textDocument(uri) }, NOT_CANCELLED);
      const kern = positionOf(VALID_NOTA, '### Kern').line;
      assert.deepEqual(ranges.find((range) => range.startLine === kern), { startLine: kern, endLine: kern + 2, kind: 'region' });
    });

    it('completes the missing sections at a heading, required first, and today after Datum with the service clock', async () => {
      const text = KERN_MISSING.replace('### Informatie die', '### \n\n### Informatie die');
      const uri = testUri('complete.nota.md');
      const context = await harness.open(uri, text);
      const items = completion(context, { textDocument: textDocument(uri), position: { line: text.split('\n').indexOf('### '), character: 4 } }, NOT_CANCELLED);
      assert.equal(items.sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, 'Kern');
      const datum = await harness.open(testUri('datum.nota.md'), '**Datum**  \n');
      assert.deepEqual(completion(datum, { textDocument: textDocument(datum.uri), position: { line: 1, character: 0 } }, NOT_CANCELLED).map((item) => item.label), ['15 maart 2024']);
    });
  });

  describe('workspace symbols', () => {
    it('find the sections of every open nota and the questions of a beantwoording, each with its document', async () => {
      const nota = testUri('een.nota.md');
      const kv = testUri('vragen.kv.md');
      await harness.open(nota, KERN_MISSING);
      const kvText = readCorpus('003');
      await harness.open(kv, kvText);
      harness.service.didOpen(testUri('script.py'), 'python', 1, 'Kern = 1\n');
      const kern = await workspaceSymbols(harness.service, { query: 'aanl' }, NOT_CANCELLED);
      assert.deepEqual(kern.map((s) => [s.name, s.location.uri, s.location.range.start.line, s.containerName]), [
        ['Aanleiding', nota, KERN_MISSING.split('\n').indexOf('### Aanleiding'), 'Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites'],
      ]);
      const questions = await workspaceSymbols(harness.service, { query: 'vraag 3' }, NOT_CANCELLED);
      assert.deepEqual(questions.map((s) => [s.name, s.location.uri, s.location.range.start.line]), [['Vraag 3', kv, kvText.split('\n').indexOf('Vraag 3')]]);
      const all = await workspaceSymbols(harness.service, { query: '' }, NOT_CANCELLED);
      assert.deepEqual(all.filter((s) => s.location.uri === nota).map((s) => s.name), ['Aanleiding', 'Geadviseerd besluit', 'Informatie die niet openbaar gemaakt kan worden']);
      assert.equal(all.filter((s) => s.location.uri === kv).length, 9);
      assert.deepEqual(await workspaceSymbols(harness.service, { query: 'kern' }, CANCELLED), []);
    });
  });

  describe('workspace symbols of files that are not open', () => {
    let folder: string;
    const file = (name: string) => path.join(folder, name);
    const uriOf = (name: string) => fileUriOf(file(name));
    const query = async (q: string) => (await workspaceSymbols(harness.service, { query: q }, NOT_CANCELLED)).map((s) => [s.name, path.basename(s.location.uri), s.location.range.start.line]);
    beforeEach(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-symbols-'));
      fs.writeFileSync(file('a.nota.md'), VALID_NOTA);
      fs.writeFileSync(file('b.kv.md'), 'Vraag 1\nKomt het plan er?\n\nAntwoord 1\nJa.\n\nVraag 2\nWanneer?\n\nAntwoord 2\nIn 2025.\n');
      harness.service.workspaceFiles.setFiles([uriOf('a.nota.md'), uriOf('b.kv.md'), uriOf('weg.nota.md')]);
    });
    afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));
    const kern = VALID_NOTA.split('\n').indexOf('### Kern');

    it('finds sections and questions in the workspace\'s files; a file that cannot be read gives none', async () => {
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern]]);
      assert.deepEqual(await query('vraag 2'), [['Vraag 2', 'b.kv.md', 6]]);
    });

    it('reads a file once, until the watcher says it changed; an open document answers from the editor', async () => {
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern]]);
      fs.writeFileSync(file('a.nota.md'), VALID_NOTA.replace('### Kern', '### Toelichting\n\nTekst.\n\n### Kern'));
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern]], 'cached');
      harness.service.watchedFilesChanged([{ uri: uriOf('a.nota.md'), change: 'changed' }]);
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern + 4]]);
      await harness.open(uriOf('a.nota.md'), VALID_NOTA);
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern]], 'the open version, once');
    });

    it('a created file joins, a deleted one leaves', async () => {
      fs.writeFileSync(file('c.nota.md'), VALID_NOTA.replace('### Kern', '### Kern van de zaak'));
      harness.service.watchedFilesChanged([{ uri: uriOf('c.nota.md'), change: 'created' }, { uri: uriOf('b.kv.md'), change: 'deleted' }]);
      assert.deepEqual(await query('kern'), [['Kern', 'a.nota.md', kern], ['Kern van de zaak', 'c.nota.md', kern]]);
      assert.deepEqual(await query('vraag'), []);
    });
  });

  describe('navigation in a beantwoording', () => {
    it('goes from "op vraag 8" to question 8 and finds the two references to question 2', async () => {
      const text = readCorpus('003');
      const lines = text.split('\n');
      const uri = testUri('seed003.kv.txt');
      const context = await harness.open(uri, text, 'nota-kv');
      const refLine = lines.findIndex((line, i) => line.startsWith('op vraag 8') && lines[i - 1].includes('het antwoord'));
      const definitions = definition(context, { textDocument: textDocument(uri), position: { line: refLine, character: 'op vraag '.length } }, NOT_CANCELLED);
      assert.deepEqual(definitions.map((location) => location.range.start.line), [lines.indexOf('Vraag 8')]);
      const found = references(context, { textDocument: textDocument(uri), position: { line: lines.indexOf('Vraag 2'), character: 2 }, context: { includeDeclaration: true } }, NOT_CANCELLED);
      assert.equal(found.length, 3);
      assert.equal(found[0].range.start.line, lines.indexOf('Vraag 2'));
    });
  });

  describe('find all references from a reference', () => {
    const text = 'Vraag 1\nKomt het plan er?\n\nAntwoord 1\nJa, zie antwoord 3.\n\nVraag 2\nWanneer?\n\nAntwoord 2\nIn 2025; zie ook het antwoord op vraag 3.\n\nVraag 3\nWat kost het?\n\nAntwoord 3\nZie de antwoorden op vragen 1 en 3.\n';
    const lines = text.split('\n');
    const at = (line: number, needle: string) => ({ line, character: lines[line].indexOf(needle) });
    const found = async (position: { line: number; character: number }, includeDeclaration: boolean) => {
      const uri = testUri('verwijzingen.kv.md');
      const context = await harness.open(uri, text, 'nota-kv');
      return references(context, { textDocument: textDocument(uri), position, context: { includeDeclaration } }, NOT_CANCELLED).map((l) => [l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character]);
    };
    // "zie antwoord 3" (line 4), "zie ook het antwoord op vraag 3" (line 10) and "antwoorden op vragen 1 en 3" (line 16) name question 3
    const toThree = [[4, 4, 4, 18], [10, 9, 10, 40], [16, 7, 16, 34]];

    it('from the word "antwoord" of "zie antwoord 3", as from its number and from "Vraag 3"', async () => {
      assert.deepEqual(await found(at(4, 'antwoord'), false), toThree);
      assert.deepEqual(await found(at(4, '3'), false), toThree);
      assert.deepEqual(await found(at(12, 'Vraag'), true), [[12, 0, 12, 7], ...toThree]);
      assert.deepEqual(await found(at(4, 'zie'), true), [[12, 0, 12, 7], ...toThree]);
    });

    it('from "vraag 3" in "het antwoord op vraag 3", and from the number under the cursor in "vragen 1 en 3"', async () => {
      assert.deepEqual(await found(at(10, 'vraag'), false), toThree);
      assert.deepEqual(await found({ line: 16, character: lines[16].indexOf('1 en') }, false), [[16, 7, 16, 34]]);
      assert.deepEqual(await found({ line: 16, character: lines[16].indexOf('3.') }, false), toThree);
    });
  });

  describe('nothing hidden: what the CLI reports, the Problems panel lists', () => {
    it('platte-tekst.nota.txt: the two unmarked headings are information, not hints VS Code leaves out of the Problems panel', async () => {
      const text = fs.readFileSync(path.join(REPO, 'examples', 'fout', 'platte-tekst.nota.txt'), 'utf8');
      const uri = testUri('platte-tekst.nota.txt');
      await harness.open(uri, text);
      const diagnostics = (await harness.diagnostics(uri))!;
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line + 1, d.range.start.character + 1]), [
        ['heading-unmarked', DiagnosticSeverity.Information, 26, 1],
        ['heading-unmarked', DiagnosticSeverity.Information, 30, 1],
      ]);
    });

    it('date-format is information by default; a severity of "hint" in the configuration still gives a hint', async () => {
      const text = VALID_NOTA.replace('12 maart 2024\n', '12 Maart 2024\n');
      const uri = testUri('hint.nota.md');
      const context = await harness.open(uri, text);
      const config = resolveConfig([{ layer: { rules: { 'date-format': { severity: 'hint' } } }, origin: 'test' }]);
      const direct = checkText(text, { config, locale: 'en', fileName: new URL(uri).pathname, now: new Date('2024-03-15T12:00:00Z') });
      assert.deepEqual(context.result.findings.map((f) => [f.ruleId, f.severity]), [['date-format', 'information']]);
      assert.deepEqual(direct.findings.map((f) => [f.ruleId, f.severity]), [['date-format', 'hint']]);
    });
  });

  describe('code actions', () => {
    const quickFixes = async (uri: string, text: string, code: string) => {
      const context = await harness.open(uri, text);
      const diagnostic = (await harness.diagnostics(uri))!.find((d: Diagnostic) => d.code === code)!;
      const actions = await codeActions(context, { textDocument: textDocument(uri), range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } }, NOT_CANCELLED);
      return actions;
    };

    it('the section-missing quick fix inserts the heading and its placeholder', async () => {
      const uri = testUri('kern.nota.md');
      const actions = await quickFixes(uri, KERN_MISSING, 'section-missing');
      assert.deepEqual(actions.map((action) => action.title), ['Insert section "Kern"', 'Disable section-missing for this line']);
      assert.equal(applied(KERN_MISSING, actions[0].edit!.changes![uri]), VALID_NOTA.replace(/(### Kern\n\n)- .*\n/, '$1[De kern van de zaak in enkele punten.]\n'));
    });

    it('a pii-name finding offers redaction, marking as public (in a new .notarc.json) and disabling', async () => {
      const uri = testUri('lek.nota.md');
      const actions = await quickFixes(uri, LEAKY, 'pii-name');
      assert.deepEqual(actions.map((action) => action.title), ['Redact as [5.1.2e]', 'Mark exactly "J. de Vries" as a public person (creates .notarc.json, after asking)', 'Disable pii-name for this line', 'Redact all personal data (2)']);
    });

    it('the lightbulb of a personal-data finding offers "Redact all personal data (N)", which redacts every finding of the document', async () => {
      const uri = testUri('lek-alles.nota.md');
      const actions = await quickFixes(uri, LEAKY, 'pii-phone');
      const redactAll = actions.find((action) => action.title === 'Redact all personal data (2)')!;
      assert.equal(redactAll.kind, CodeActionKind.QuickFix);
      assert.equal(applied(LEAKY, redactAll.edit!.changes![uri]), LEAKY.replace('mevr. J. de Vries, 06-12345678', 'mevr. [5.1.2e], [5.1.2e]'));
    });

    it('the lightbulb of a safely fixable finding offers "Fix all", which applies every safe fix of the document and only those', async () => {
      const text = VALID_NOTA.replace('12 maart 2024\n', '12 Maart 2024\n').replace('### Kern\n', 'Kern\n');
      const uri = testUri('alles.nota.md');
      const actions = await quickFixes(uri, text, 'date-format');
      assert.deepEqual(actions.map((action) => action.title), ['Change to "12 maart 2024"', 'Disable date-format for this line', 'Fix all safely fixable Nota problems']);
      const fixAll = actions[2];
      assert.equal(fixAll.kind, CodeActionKind.QuickFix);
      assert.equal(applied(text, fixAll.edit!.changes![uri]), VALID_NOTA);
    });

    it('a finding without a safe fix and not personal data gets no document-wide entries', async () => {
      const uri = testUri('kern-alleen.nota.md');
      const actions = await quickFixes(uri, KERN_MISSING, 'section-missing');
      assert.equal(actions.some((action) => /Fix all|Redact all/.test(action.title)), false);
    });

    it('fix all runs off the calling thread and gives one minimal edit; redact all redacts the name and the number', async () => {
      const text = VALID_NOTA.replace('12 maart 2024\n', '12 Maart 2024\n');
      const uri = testUri('fix.nota.md');
      const context = await harness.open(uri, text);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const [fixAll] = await codeActions(context, { textDocument: textDocument(uri), range, context: { diagnostics: [], only: ['source.fixAll.nota'] } }, NOT_CANCELLED);
      assert.deepEqual(fixAll.edit!.changes![uri], [{ range: { start: positionOf(text, 'Maart'), end: positionOf(text, 'Maart', 1) }, newText: 'm' }]);
      const leaky = await harness.open(testUri('lek2.nota.md'), LEAKY);
      const [redactAll] = await codeActions(leaky, { textDocument: textDocument(leaky.uri), range, context: { diagnostics: [], only: ['source.redactAll.nota'] } }, NOT_CANCELLED);
      assert.equal(redactAll.title, 'Redact all personal data (2)');
      assert.equal(applied(LEAKY, redactAll.edit!.changes![leaky.uri]), LEAKY.replace('mevr. J. de Vries, 06-12345678', 'mevr. [5.1.2e], [5.1.2e]'));
    });
  });

  describe('custom requests', () => {
    it('documentInfo gives the kind and the error count; effectiveConfig the defaults and their origin', async () => {
      const uri = testUri('info.nota.md');
      await harness.open(uri, KERN_MISSING);
      assert.deepEqual(await documentInfo(harness.service, { uri }, NOT_CANCELLED), { kind: 'nota', errors: 1, reason: 'A nota: the header has the purpose line TER BESLUITVORMING.', length: { words: 101, pages: 0.3, maxPages: 2 } });
      assert.equal(await documentInfo(harness.service, { uri: testUri('closed.nota.md') }, NOT_CANCELLED), null);
      const effective = await effectiveConfig(harness.service, { uri }, NOT_CANCELLED);
      assert.equal(effective.config.referencePattern, '^\\d{4}-\\d{10}$');
      assert.equal(effective.origins.referencePattern, 'default');
    });

    it('checkFiles counts the errors of open documents as they are in the editor, and skips a FIFO without blocking', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-check-files-'));
      try {
        const onDisk = path.join(dir, 'disk.nota.md');
        fs.writeFileSync(onDisk, KERN_MISSING);
        const fifo = path.join(dir, 'fifo.nota.md');
        execFileSync('mkfifo', [fifo]);
        const open = path.join(dir, 'open.nota.md');
        fs.writeFileSync(open, VALID_NOTA);
        const openUri = pathToFileURL(open).toString();
        await harness.open(openUri, KERN_MISSING);
        const result = await checkFiles(harness.service, { uris: [open, onDisk, fifo].map((file) => pathToFileURL(file).toString()) }, NOT_CANCELLED);
        assert.deepEqual(result, {
          checked: 2,
          errors: 2,
          skipped: [{ uri: pathToFileURL(fifo).toString(), reason: 'not a regular file (a FIFO, a device or a socket); not read' }],
        });
        assert.deepEqual(harness.published.get(pathToFileURL(onDisk).toString())!.diagnostics.map((d) => d.code), ['section-missing']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
