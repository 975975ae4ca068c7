// VS Code for the Web: the extension in the web worker extension host (the launcher forces it there with
// extensionDevelopmentKind=web), its language server in a web worker, against a scratch copy of
// test/e2e/workspace/. What a user does there: open a nota, see its diagnostics, apply a quick fix, have
// .notarc.json apply (read through the workspace file system), open the preview.
import * as vscode from 'vscode';

// A worker has no node:assert; these three are all the suite needs.
const assert: {
  ok(value: unknown, message?: string): asserts value;
  strictEqual<T>(actual: T, expected: T, message?: string): void;
  match(text: string, pattern: RegExp): void;
} = {
  ok(value: unknown, message?: string): asserts value {
    if (!value) throw new Error(message ?? `expected a truthy value, got ${String(value)}`);
  },
  strictEqual<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) throw new Error(`${message ?? 'not equal'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
  match(text: string, pattern: RegExp): void {
    if (!pattern.test(text)) throw new Error(`${JSON.stringify(text.slice(0, 300))} does not match ${pattern}`);
  },
};

const EXTENSION_ID = 'nota-tools.nota';
const TIMEOUT = 20_000;

const fixture = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
const codeOf = (d: vscode.Diagnostic) => (d.code !== null && typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''));

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture(name)), { preview: false });
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && (value as unknown) !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const diagnosticsOf = (uri: vscode.Uri, rule: string) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === rule);
const lineOf = (document: vscode.TextDocument, text: string) => {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.trim() === text) return i;
  return -1;
};

describe('Nota in VS Code for the Web (web worker extension host)', function () {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
  });

  it('runs in a web worker, not in Node', async () => {
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    assert.strictEqual(typeof scope.importScripts, 'function', 'a worker global scope');
    assert.strictEqual(scope.process?.versions?.node, undefined, 'no Node');
    await open('valid.nota.md');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in this extension host`);
    await waitFor(() => extension.isActive || undefined, 'the extension to activate');
  });

  it('reports section-missing in the blank line where Kern belongs', async () => {
    const { document } = await open('missing-kern.nota.md');
    const [diagnostic] = await waitFor(() => (diagnosticsOf(document.uri, 'section-missing').length ? diagnosticsOf(document.uri, 'section-missing') : undefined), 'section-missing');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.range.start.line, lineOf(document, '### Toelichting') - 1);
    assert.match(diagnostic.message, /Kern/);
  });

  it('applies the quick fix that inserts ### Kern, and the diagnostic goes away', async () => {
    const { document } = await open('quickfix-kern.nota.md');
    const [diagnostic] = await waitFor(() => (diagnosticsOf(document.uri, 'section-missing').length ? diagnosticsOf(document.uri, 'section-missing') : undefined), 'section-missing');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.edit && /Kern/.test(action.title));
    assert.ok(fix, `a quick fix for Kern; got ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const kern = lineOf(document, '### Kern');
    assert.ok(kern > lineOf(document, '### Geadviseerd besluit') && kern < lineOf(document, '### Toelichting'), document.getText());
    await waitFor(() => diagnosticsOf(document.uri, 'section-missing').length === 0 || undefined, 'section-missing to go away');
  });

  it('reads .notarc.json through the workspace file system: a rule turned off there goes away', async () => {
    const { document } = await open('missing-kern.nota.md');
    await waitFor(() => diagnosticsOf(document.uri, 'section-missing').length > 0 || undefined, 'section-missing before the change');
    const config = fixture('.notarc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'section-missing': 'off' } })));
    await waitFor(() => diagnosticsOf(document.uri, 'section-missing').length === 0 || undefined, 'section-missing to go away with the rule off');
    await vscode.workspace.fs.delete(config);
    await waitFor(() => diagnosticsOf(document.uri, 'section-missing').length > 0 || undefined, 'section-missing to return without the file');
  });

  it('opens the preview, rendered in the worker, with [5.1.2e] as a black bar', async () => {
    const editor = await open('valid.nota.md');
    await vscode.commands.executeCommand('nota.openPreviewToSide');
    type State = { uri: string; updates: number; html: string };
    const state = async () => (await vscode.commands.executeCommand<State[]>('nota.preview.state')).find((s) => s.uri === editor.document.uri.toString());
    const rendered = await waitFor(async () => (((await state())?.updates ?? 0) > 0 ? state() : undefined), 'the preview to render');
    assert.match(rendered!.html, /<span class="redaction" title="5\.1\.2e: [^"]*">5\.1\.2e<\/span>/);
    assert.match(rendered!.html, /<p class="purpose"[^>]*>TER BESLUITVORMING<\/p>/);
  });
});
