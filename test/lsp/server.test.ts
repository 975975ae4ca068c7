// The language server over stdio with a real JSON-RPC connection: the messages an editor exchanges with it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionKind, DiagnosticSeverity, type DocumentSymbol, type CodeAction, type FoldingRange, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VALID_NOTA, fixAll, readCorpus } from '../support/check';
import { TestLspClient, fileUri } from '../support/lsp-client';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');

function applyLspEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'nota', 1, text), edits);
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: TestLspClient;
  let dir: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-lsp-'));
    client = new TestLspClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('links a diagnostic to the rule page in the display language: docs/rules/nl/ in Dutch, under the base the client gives', async () => {
    const uri = fileUri(path.join(dir, 'kern.nota.md'));
    const dutch = new TestLspClient();
    await dutch.initialize('nl');
    await dutch.open(uri, KERN_MISSING);
    const [nl] = await dutch.diagnostics(uri);
    await dutch.shutdown();
    assert.match(nl.codeDescription!.href, /docs\/rules\/nl\/section-missing\.md$/);
    assert.ok(fs.existsSync(new URL(nl.codeDescription!.href)));

    const vscodeLike = new TestLspClient();
    await vscodeLike.initialize('en', { ruleDocBase: 'vscode://nota-tools.nota/rule/' });
    await vscodeLike.open(uri, KERN_MISSING);
    const [en] = await vscodeLike.diagnostics(uri);
    await vscodeLike.shutdown();
    assert.equal(en.codeDescription!.href, 'vscode://nota-tools.nota/rule/section-missing.md');
  });

  it('initialize announces incremental sync, code actions with fixAll, symbols and folding', async () => {
    const other = new TestLspClient();
    const result = (await other.initialize()) as { capabilities: Record<string, any> };
    await other.shutdown();
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.nota', 'source.redactAll.nota']);
    assert.equal(result.capabilities.documentSymbolProvider, true);
    assert.equal(result.capabilities.foldingRangeProvider, true);
  });

  it('publishes section-missing for a nota without Kern, with a link to the rule page; the quick fix inserts "### Kern"', async () => {
    const uri = fileUri(path.join(dir, 'kern.nota.md'));
    await client.open(uri, KERN_MISSING);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['section-missing']);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.equal(diagnostic.source, 'nota');
    const headingLine = KERN_MISSING.split('\n').indexOf('### Informatie die niet openbaar gemaakt kan worden');
    // in the blank line before that heading, so that the outline does not mark the present section
    assert.deepEqual(diagnostic.range, { start: { line: headingLine - 1, character: 0 }, end: { line: headingLine - 1, character: 0 } });
    assert.match(diagnostic.codeDescription!.href, /docs\/rules\/section-missing\.md$/);
    assert.ok(fs.existsSync(new URL(diagnostic.codeDescription!.href)));

    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Insert section "Kern"', 'Disable section-missing for this line']);
    const fixed = applyLspEdits(KERN_MISSING, actions[0].edit!.changes![uri]);
    assert.equal(fixed, VALID_NOTA.replace(/(### Kern\n\n)- .*\n/, '$1[De kern van de zaak in enkele punten.]\n'));
  });

  it('re-checks after didChange (incremental) and publishes for the new version only', async () => {
    const uri = fileUri(path.join(dir, 'change.nota.md'));
    await client.open(uri, VALID_NOTA);
    assert.deepEqual(await client.diagnostics(uri), []);
    const lines = VALID_NOTA.split('\n');
    const kernLine = lines.indexOf('### Kern');
    // Two quick edits: the first version's result must never be published after the second.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: kernLine, character: 4 }, end: { line: kernLine, character: 8 } }, text: 'Kren' }],
    });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: kernLine, character: 4 }, end: { line: kernLine, character: 8 } }, text: 'Kern' }],
    });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: kernLine, character: 4 }, end: { line: kernLine, character: 8 } }, text: 'Kenr' }],
    });
    const diagnostics = await client.diagnostics(uri, (p) => p.version === 4);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['section-missing', 'section-unknown']);
    assert.ok(client.publications(uri).every((p) => p.version === 1 || p.version === 4), 'a stale version was published');
  });

  it('source.fixAll.nota applies the safe fixes only', async () => {
    const uri = fileUri(path.join(dir, 'plain.nota.txt'));
    const text = readCorpus('001');
    await client.open(uri, text);
    await client.diagnostics(uri);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.nota'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.nota');
    const fixed = applyLspEdits(text, actions[0].edit!.changes![uri]);
    // The safe fixes: plain-line headings become headings, PDF bullets "-", the plain Bijlagen table a Markdown table.
    const table =
      '| Volgnummer | Naam | Informatie |\n| --- | --- | --- |\n| 1 | Beantwoording van de vragen van het lid Eerdmans (JA21) over bijeenkomsten met ambtenaren naar aanleiding van de verkiezingsuitslag |  |';
    const expected = text
      .replace(/^(Aanleiding|Geadviseerd besluit|Kern|Politieke context|Bijlagen)$/gm, '### $1')
      .replace(/^ Toelichting$/m, '### Toelichting')
      .replace(/^\uF0B7 /gm, '- ')
      .replace(/Volgnummer Naam Informatie\n\n1 Beantwoording van de vragen \nvan het lid Eerdmans \(JA21\)  \nover bijeenkomsten met \nambtenaren naar aanleiding van \nde verkiezingsuitslag/, table);
    assert.equal(fixed, expected);
    assert.equal(fixed, fixAll(text, { fileName: 'plain.nota.txt' }), 'the server and the CLI fix the same way');
  });

  it('documentSymbol gives the nota with its header fields and sections; missing and empty marked', async () => {
    const uri = fileUri(path.join(dir, 'outline.nota.md'));
    await client.open(uri, KERN_MISSING.replace('### Informatie die', '### Communicatie\n\n### Informatie die'));
    const [root]: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(root.name, 'Voorstel voor de Regeling digitale toegankelijkheid overheidswebsites');
    assert.equal(root.detail, 'missing: Kern');
    const [header, ...sections] = root.children!;
    assert.equal(header.name, 'Header');
    assert.deepEqual(header.children!.map((c) => c.name), ['TER BESLUITVORMING', 'Aan', 'Van', 'Nota actief openbaar', 'Onze referentie', 'Datum', 'Opgesteld door', 'Samengewerkt met', 'Bijlage(n)']);
    assert.equal(header.children!.find((c) => c.name === 'Datum')!.detail, '12 maart 2024');
    assert.deepEqual(sections.map((s) => [s.name, s.detail ?? '']), [
      ['Aanleiding', ''],
      ['Geadviseerd besluit', ''],
      ['Communicatie', 'empty'],
      ['Informatie die niet openbaar gemaakt kan worden', ''],
    ]);
    assert.deepEqual(sections[3].children!.map((c) => c.name), ['Motivering']);
  });

  it('foldingRange folds the header and each section, without trailing blank lines', async () => {
    const uri = fileUri(path.join(dir, 'fold.nota.md'));
    await client.open(uri, VALID_NOTA);
    const ranges: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    const lines = VALID_NOTA.split('\n');
    const at = (text: string) => lines.indexOf(text);
    assert.deepEqual(ranges.find((r) => r.startLine === 0), { startLine: 0, endLine: at('### Aanleiding') - 2, kind: 'region' });
    assert.deepEqual(ranges.find((r) => r.startLine === at('### Kern')), { startLine: at('### Kern'), endLine: at('### Kern') + 2, kind: 'region' });
  });

  it('a broken .notarc.json is a diagnostic on that file, and the nota is still checked with defaults', async () => {
    fs.writeFileSync(path.join(dir, '.notarc.json'), '{ "rules": { "section-missing": "of" } }');
    const uri = fileUri(path.join(dir, 'config.nota.md'));
    await client.open(uri, KERN_MISSING);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['section-missing']);
    const configDiagnostics = await client.diagnostics(fileUri(path.join(dir, '.notarc.json')));
    assert.equal(configDiagnostics.length, 1);
    assert.match(configDiagnostics[0].message as string, /Rule "section-missing": use "off"/);
    assert.deepEqual(configDiagnostics[0].range, { start: { line: 0, character: 32 }, end: { line: 0, character: 36 } });
  });

  it('a valid .notarc.json applies, and a change to it applies without a restart', async () => {
    const config = path.join(dir, '.notarc.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'section-missing': 'warning' } }));
    const uri = fileUri(path.join(dir, 'live.nota.md'));
    await client.open(uri, KERN_MISSING);
    assert.equal((await client.diagnostics(uri))[0].severity, DiagnosticSeverity.Warning);
    fs.writeFileSync(config, JSON.stringify({ rules: { 'section-missing': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 2 }] });
    assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.length === 0), []);
  });

  it('messages follow the client locale', async () => {
    const dutch = new TestLspClient();
    await dutch.initialize('nl');
    const uri = fileUri(path.join(dir, 'nl.nota.md'));
    await dutch.open(uri, KERN_MISSING);
    const [diagnostic] = await dutch.diagnostics(uri);
    await dutch.shutdown();
    assert.equal(diagnostic.message, 'Verplichte sectie "Kern" ontbreekt (die hoort vóór "Informatie die niet openbaar gemaakt kan worden").');
  });

  it('onSave mode checks on save, not while typing', async () => {
    client.settings = { validate: { run: 'onSave' } };
    const uri = fileUri(path.join(dir, 'save.nota.md'));
    await client.open(uri, VALID_NOTA);
    await client.diagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: KERN_MISSING }] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.publications(uri).length, 1, 'checked while typing in onSave mode');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2)).map((d) => d.code), ['section-missing']);
  });
});
