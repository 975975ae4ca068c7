// Personal data over stdio: explanation on hover, mark as public in .notarc.json, redact all.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VALID_NOTA } from '../support/check';
import { TestLspClient, fileUri } from '../support/lsp-client';

const LEAKY = VALID_NOTA.replace('- Met de regeling', '- Contactpersoon: mevr. J. de Vries, 06-12345678. Met de regeling');

describe('language server: personal data', function () {
  this.timeout(20000);
  let client: TestLspClient;
  let dir: string;
  let uri: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-pii-'));
    uri = fileUri(path.join(dir, 'lek.nota.md'));
    client = new TestLspClient();
    await client.initialize();
    await client.open(uri, LEAKY);
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const actionsFor = async (code: string) => {
    const diagnostics = await client.diagnostics(uri);
    const diagnostic = diagnostics.find((d) => d.code === code)!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return { diagnostic, actions };
  };

  it('hover on a finding explains what was found and why', async () => {
    const { diagnostic } = await actionsFor('pii-phone');
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: diagnostic.range.start.line, character: diagnostic.range.start.character + 2 } });
    assert.match((hover.contents as MarkupContent).value, /06/);
  });

  it('"mark as public" asks before it creates .notarc.json with the name, then adds to it keeping its formatting, and says where', async () => {
    const { actions } = await actionsFor('pii-name');
    const mark = actions.find((a) => a.title === 'Mark exactly "J. de Vries" as a public person (creates .notarc.json, after asking)')!;
    assert.ok(mark, actions.map((a) => a.title).join('; '));
    const [create, edit] = mark.edit!.documentChanges!;
    assert.deepEqual(create, { kind: 'create', uri: fileUri(path.join(dir, '.notarc.json')), options: { ignoreIfExists: true }, annotationId: 'nota.createConfig' });
    assert.equal(((edit as TextDocumentEdit).edits[0] as TextEdit).newText, '{\n  "publicPersons": [\n    "J. de Vries"\n  ]\n}\n');
    assert.deepEqual(mark.edit!.changeAnnotations, { 'nota.createConfig': { label: 'Create .notarc.json with "J. de Vries" as a public person', needsConfirmation: true, description: path.join(dir, '.notarc.json') } });
    // Once applied, the client says what changed where and offers Undo.
    assert.deepEqual(mark.command?.command, 'nota.markedPublic');
    assert.deepEqual(mark.command?.arguments, [{ name: 'J. de Vries', uri: fileUri(path.join(dir, '.notarc.json')), created: true }]);

    const config = '{\n  "rules": { "section-empty": "off" },\n  "publicPersons": ["A. Bakker"]\n}\n';
    fs.writeFileSync(path.join(dir, '.notarc.json'), config);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, '.notarc.json')), type: 1 }] });
    const again = (await actionsFor('pii-name')).actions.find((a) => a.title.startsWith('Mark'))!;
    assert.equal(again.title, 'Mark exactly "J. de Vries" as a public person (adds it to .notarc.json)');
    assert.equal(again.edit!.changeAnnotations, undefined, 'adding to an existing file needs no confirmation');
    const change = again.edit!.changes![fileUri(path.join(dir, '.notarc.json'))][0];
    const updated = TextDocument.applyEdits(TextDocument.create('c', 'json', 1, config), [change]);
    assert.deepEqual(JSON.parse(updated), { rules: { 'section-empty': 'off' }, publicPersons: ['A. Bakker', 'J. de Vries'] });
    assert.ok(updated.startsWith('{\n  "rules": { "section-empty": "off" },'), 'the rest of the file is untouched');
  });

  it('source.redactAll.nota redacts every finding in one edit', async () => {
    await client.diagnostics(uri);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.redactAll.nota'] },
    });
    assert.equal(actions.length, 1);
    const redacted = TextDocument.applyEdits(TextDocument.create('x', 'nota', 1, LEAKY), actions[0].edit!.changes![uri]);
    assert.equal(redacted, LEAKY.replace('J. de Vries', '[5.1.2e]').replace('06-12345678', '[5.1.2e]'));
  });
});
