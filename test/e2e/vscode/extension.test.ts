// End-to-end suite: runs inside a real VS Code extension host against the fixtures in
// test/e2e/workspace/ (the launcher opens a scratch copy of that folder, so edits and saves are safe).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'nota-tools.nota';
const DIAGNOSTIC_TIMEOUT = 20_000;

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Asks the launcher for a screenshot of the workbench (when it takes them) and returns its answer. */
async function screenshot(name: string): Promise<{ path: string; previewBars: number } | undefined> {
  const signalDir = process.env.NOTA_E2E_SIGNAL_DIR;
  if (!signalDir || !process.env.NOTA_E2E_SCREENSHOT) return undefined;
  await new Promise((r) => setTimeout(r, 1500));
  const done = path.join(signalDir, 'screenshot.done');
  if (fs.existsSync(done)) fs.rmSync(done);
  fs.writeFileSync(path.join(signalDir, 'screenshot.request'), JSON.stringify({ name }));
  const answer = await waitFor(() => (fs.existsSync(done) ? JSON.parse(fs.readFileSync(done, 'utf8')) as { path: string; previewBars: number } : undefined), `the ${name} screenshot`, 30_000);
  fs.rmSync(done);
  console.log(`screenshot: ${answer.path} (${answer.previewBars} black bar(s) in the preview webview)`);
  return answer;
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c !== null && typeof c === 'object') return String(c.value);
  return c === undefined ? '' : String(c);
}

function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => ({ code: codeOf(d), severity: d.severity, line: d.range.start.line, message: d.message })));
}

/** Resolves with the document's diagnostics once `accept` returns true for them; rejects after `timeout`. */
function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = DIAGNOSTIC_TIMEOUT,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (!accept(diags)) return false;
      cleanup();
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeout} ms waiting for ${what}; diagnostics now: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`));
    }, timeout);
    function cleanup(): void {
      sub.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeout = DIAGNOSTIC_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The document's text as it would read after `edits` (non-overlapping), without touching the document. */
function withEdits(doc: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  let text = doc.getText();
  const byOffset = edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }));
  for (const e of byOffset.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

function lineIndex(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.trim() === text) return i;
  return -1;
}

function flattenSymbols(items: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): (vscode.DocumentSymbol | vscode.SymbolInformation)[] {
  const out: (vscode.DocumentSymbol | vscode.SymbolInformation)[] = [];
  const walk = (list: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): void => {
    for (const s of list) {
      out.push(s);
      if ('children' in s && s.children) walk(s.children);
    }
  };
  walk(items);
  return out;
}

function symbolLine(s: vscode.DocumentSymbol | vscode.SymbolInformation): number {
  return 'location' in s ? s.location.range.start.line : s.range.start.line;
}

/** A Markdown nota of the fixtures' shape (bold labels, `###` headings, paragraphs) as Word writes it, with the `docx` library. */
async function wordFromMarkdown(markdown: string): Promise<Uint8Array> {
  // required at run time: the suite is not bundled, and the library is one of the extension's dependencies
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = require('docx') as typeof import('docx');
  const paragraphs = markdown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const label = /^\*\*(.+?)\*\*$/.exec(line);
      const heading = /^#{2,3}\s+(.*)$/.exec(line);
      if (label) return new Paragraph({ children: [new TextRun({ text: label[1], bold: true })] });
      if (heading) return new Paragraph({ text: heading[1], heading: HeadingLevel.HEADING_1 });
      return new Paragraph(line);
    });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

/** The body of a Word file as Word stores it (word/document.xml). */
function wordBody(docx: Uint8Array): string {
  const { strFromU8, unzipSync } = require('fflate') as typeof import('fflate');
  return strFromU8(unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);
}

describe('Nota in VS Code', function () {
  before(async function () {
    // Keep the screenshot and focus on the editor: the Chat side bar opens by default in new profiles.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
  });

  it('gives a .nota.md file the language id "nota"', async function () {
    const { document } = await open('valid.nota.md');
    assert.strictEqual(document.languageId, 'nota');
  });

  it(`activates the extension ${EXTENSION_ID}`, async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed in the development host`);
    await open('valid.nota.md');
    await waitFor(() => ext.isActive || undefined, 'the extension to activate on a nota');
    assert.strictEqual(ext.isActive, true);
  });

  it('reports section-missing (Error) for a nota without a Kern section', async function () {
    const { document } = await open('missing-kern.nota.md');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'a section-missing diagnostic');
    const missing = diags.filter((d) => codeOf(d) === 'section-missing');
    assert.strictEqual(missing.length, 1, `exactly one section-missing: ${describeDiagnostics(diags)}`);
    const [d] = missing;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /Kern/);
    // The finding sits where the section belongs: in the blank line before the section that follows it,
    // not on that heading (the outline would mark the present section).
    const expectedLine = lineIndex(document, '### Toelichting') - 1;
    assert.strictEqual(d.range.start.line, expectedLine, `range ${JSON.stringify(d.range)}`);
    assert.ok(d.range.isEmpty, `range ${JSON.stringify(d.range)}`);
    // The valid nota has no errors at all (a control for the check above).
    const valid = await open('valid.nota.md');
    await new Promise((r) => setTimeout(r, 500));
    const errors = vscode.languages.getDiagnostics(valid.document.uri).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(describeDiagnostics(errors), '[]');
  });

  it('quick fix for section-missing inserts "### Kern" and a placeholder before the next section', async function () {
    const { document } = await open('quickfix-kern.nota.md');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'a section-missing diagnostic');
    const diag = diags.find((d) => codeOf(d) === 'section-missing')!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, diag.range, vscode.CodeActionKind.QuickFix.value, 10,
    );
    // (the API command does not hand back CodeAction.diagnostics, so pick the fix by kind and title)
    const fixes = (actions ?? []).filter((a): a is vscode.CodeAction =>
      'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && !!a.edit && /Kern/.test(a.title));
    const seen = (actions ?? []).map((a) => ({ title: a.title, kind: 'kind' in a ? a.kind?.value : undefined, edit: 'edit' in a && !!a.edit }));
    assert.ok(fixes.length >= 1, `a quick fix with an edit that inserts Kern; got ${JSON.stringify(seen)}`);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!), 'applyEdit succeeded');

    const besluit = lineIndex(document, '### Geadviseerd besluit');
    const kern = lineIndex(document, '### Kern');
    const toelichting = lineIndex(document, '### Toelichting');
    assert.ok(kern > besluit && kern < toelichting, `### Kern (line ${kern}) between Geadviseerd besluit (${besluit}) and Toelichting (${toelichting}):\n${document.getText()}`);
    const between = [];
    for (let i = kern + 1; i < toelichting; i++) between.push(document.lineAt(i).text);
    const paragraph = between.filter((l) => l.trim() !== '');
    assert.ok(paragraph.length >= 1, `a placeholder paragraph under ### Kern:\n${document.getText()}`);
    assert.ok(paragraph.every((l) => !l.trimStart().startsWith('#')), `only the placeholder (no other heading) before the next section:\n${document.getText()}`);
    assert.strictEqual(document.lineAt(toelichting - 1).text.trim(), '', 'a blank line before the next section');

    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'section-missing'), 'section-missing to go away after the fix');
  });

  it('applies source.fixAll.nota on save (editor.codeActionsOnSave): an unmarked "Toelichting" line becomes a heading', async function () {
    const editor = await open('unmarked.nota.md');
    const { document } = editor;
    const original = document.getText();
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'heading-unmarked'), 'a heading-unmarked diagnostic');
    // Dirty the document (a save of an unchanged file runs no save participants).
    const last = document.lineCount - 1;
    const lastText = document.lineAt(last).text === '' ? last - 1 : last;
    await editor.edit((eb) => eb.insert(document.lineAt(lastText).range.end, ' Meer tekst.'));
    assert.ok(document.isDirty);
    // The server must have the edit before the save: a fix-all computed on the old text would be wrong, and
    // this also tells a server-side failure ("no fix-all offered") apart from a save-participant one below.
    const expected = original
      .replace(/^Toelichting$/m, '### Toelichting')
      .replace(/Tekst\.(\s*)$/, 'Tekst. Meer tekst.$1');
    const fullRange = new vscode.Range(0, 0, document.lineCount, 0);
    await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, fullRange, 'source.fixAll.nota');
      const fixAll = (actions ?? []).find((a) => a.kind?.value === 'source.fixAll.nota' && a.edit);
      return fixAll && withEdits(document, fixAll.edit!.get(document.uri)) === expected;
    }, 'the server to offer source.fixAll.nota for the edited text');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor(() => !document.isDirty || undefined, 'the save to finish');

    assert.strictEqual(document.getText(), expected, 'VS Code ran source.fixAll.nota as a save participant');
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(document.uri)).toString('utf8');
    assert.strictEqual(onDisk, expected, 'the fixed text is what was saved');
  });

  it('lists the sections in the outline (document symbols)', async function () {
    const { document } = await open('valid.nota.md');
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return s && s.length ? s : undefined;
    }, 'document symbols');
    const all = flattenSymbols(symbols);
    const names = all.map((s) => s.name.replace(/^#+\s*/, '').trim());
    const expected = ['Aanleiding', 'Geadviseerd besluit', 'Kern'];
    const found = expected.map((n) => all.find((_s, i) => names[i].toLowerCase() === n.toLowerCase()));
    expected.forEach((n, i) => assert.ok(found[i], `outline has "${n}"; got ${JSON.stringify(names)}`));
    const lines = found.map((s) => symbolLine(s!));
    assert.deepStrictEqual(lines, expected.map((n) => lineIndex(document, `### ${n}`)), 'each section symbol starts at its heading');
  });

  it('provides folding ranges, one per section', async function () {
    const { document } = await open('valid.nota.md');
    const ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
      return r && r.length ? r : undefined;
    }, 'folding ranges');
    for (const n of ['Aanleiding', 'Geadviseerd besluit']) {
      const line = lineIndex(document, `### ${n}`);
      assert.ok(ranges.some((r) => r.start === line && r.end > line), `a folding range starts at "### ${n}" (line ${line}); got ${JSON.stringify(ranges.map((r) => [r.start, r.end]))}`);
    }
  });

  it('gives a .kv.md file the language "nota-kv" and outlines its questions with their answers', async function () {
    const { document } = await open('beantwoording.kv.md');
    assert.strictEqual(document.languageId, 'nota-kv');
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return s && s.length ? s : undefined;
    }, 'document symbols of the beantwoording');
    // named as the document names them, whatever the display language
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Vraag 1', 'Vraag 2', 'Vraag 3']);
    assert.deepStrictEqual(symbols.map((s) => s.children.map((c) => c.name)), [['Antwoord 1'], ['Antwoord 2'], ['Antwoord 3']]);
  });

  it('Find All References works from "het antwoord op vraag 2" as from "Vraag 2"', async function () {
    const { document } = await open('beantwoording.kv.md');
    const line = lineIndex(document, 'Zie het antwoord op vraag 2. Daarnaast wordt bij elke nieuwe huisvestingsvraag eerst bekeken of een leegstaand kantoor kan worden gebruikt.');
    const where = (locations: vscode.Location[]) => locations.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character]).sort((a, b) => a[0] - b[0]);
    const fromReference = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(line, 'Zie het ant'.length));
      return found && found.length ? found : undefined;
    }, 'references from the word "antwoord"');
    const question = lineIndex(document, 'Vraag 2');
    assert.deepStrictEqual(where(fromReference), [[question, 0, 'Vraag 2'.length], [line, 0, 'Zie het antwoord op vraag 2'.length]]);
    const fromQuestion = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(question, 2));
    assert.deepStrictEqual(where(fromQuestion), where(fromReference));
  });

  it('completion at a heading offers the missing required section first', async function () {
    const fixtureText = Buffer.from(await vscode.workspace.fs.readFile(fixture('missing-kern.nota.md'))).toString('utf8');
    const content = fixtureText.replace('### Toelichting', '### \n\n### Toelichting');
    const document = await vscode.workspace.openTextDocument({ language: 'nota', content });
    await vscode.window.showTextDocument(document);
    const line = lineIndex(document, '###');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 4));
    const items = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    assert.strictEqual(label(items[0]), 'Kern', `first completion: ${items.slice(0, 5).map(label).join(', ')}`);
  });

  it('prose editing: [nota] word wrap on, no quick suggestions, so Enter after "De pil" is a line break; completion still after "TER "', async function () {
    for (const languageId of ['nota', 'nota-kv']) {
      const editor = vscode.workspace.getConfiguration('editor', { languageId });
      assert.strictEqual(editor.get('wordWrap'), 'on', `${languageId}: wordWrap`);
      assert.deepStrictEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' }, `${languageId}: quickSuggestions`);
      assert.strictEqual(editor.get('wordBasedSuggestions'), 'off', `${languageId}: wordBasedSuggestions`);
      assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false, `${languageId}: unicodeHighlight.ambiguousCharacters`);
    }
    const fixtureText = Buffer.from(await vscode.workspace.fs.readFile(fixture('missing-kern.nota.md'))).toString('utf8');
    const document = await vscode.workspace.openTextDocument({ language: 'nota', content: `${fixtureText}\nDe pilot loopt.\n\n` });
    const shown = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    shown.selection = new vscode.Selection(end, end);
    for (const ch of 'De pil') await vscode.commands.executeCommand('type', { text: ch });
    await new Promise((r) => setTimeout(r, 800)); // the quick-suggest delay is 10 ms: a widget would be open by now
    await vscode.commands.executeCommand('type', { text: '\n' });
    assert.ok(document.getText().endsWith('\nDe pil\n'), `the text ends with: ${JSON.stringify(document.getText().slice(-20))}`);
    const line = document.lineCount - 1;
    await shown.edit((edit) => edit.insert(new vscode.Position(line, 0), 'TER '));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 4), ' ');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('BESLUITVORMING') && labels.includes('INFORMATIE'), `completion after TER: ${labels.slice(0, 8).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the rule link of a diagnostic opens the rule page rendered and read-only, in the display language (English here; the Dutch page under nl/)', async function () {
    assert.match(vscode.env.language, /^en/, 'this suite runs with English as the display language');
    const { document } = await open('missing-kern.nota.md');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'a section-missing diagnostic');
    const code = diags.find((d) => codeOf(d) === 'section-missing')!.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.toString(), `${vscode.env.uriScheme}://${EXTENSION_ID}/rule/section-missing.md`);
    const previewTab = (label: RegExp) => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && label.test(tab.label));
    for (const [target, page, heading] of [
      [code.target, '/section-missing.md', '## What it checks'],
      [vscode.Uri.parse(`${vscode.env.uriScheme}://${EXTENSION_ID}/rule/nl/section-missing.md`), '/nl/section-missing.md', '## Wat de regel controleert'],
    ] as const) {
      // What a click on the link in the Problems panel or the hover does: VS Code's opener, then the extension's URI handler.
      await vscode.commands.executeCommand('vscode.open', target);
      await waitFor(() => previewTab(/section-missing\.md/), `the Markdown preview of ${page}`);
      const shown = await waitFor(() => vscode.workspace.textDocuments.find((doc) => doc.uri.scheme === 'nota-rule' && doc.uri.path === page), `the rule page ${page}`);
      assert.match(shown.getText(), new RegExp(`^${heading}$`, 'm'));
      // The page is not an editable file: no editor of the bundled docs/rules/ is opened.
      const editable = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && /docs\/rules\//.test(tab.input.uri.path));
      assert.deepStrictEqual(editable.map((tab) => tab.label), []);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('hovers follow the display language (English here) and keep the document\'s terms: a section heading, a date', async function () {
    const { document } = await open('valid.nota.md');
    const hoverText = async (line: number, character: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, character));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    assert.match(await hoverText(lineIndex(document, '### Kern'), 5), /^\*\*Kern\*\*: The heart of the matter in a few points: what the minister needs to know\./);
    const datum = lineIndex(document, '**Datum**') + 1;
    assert.match(await hoverText(datum, 2), /^\*\*\d{1,2} [a-z]+ \d{4}\*\* is a (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.$/);
  });

  it('hover on a Woo ground in a redaction marker explains it', async function () {
    const { document } = await open('valid.nota.md');
    const line = lineIndex(document, '[5.1.2e]');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /5\.1\.2e/);
    assert.match(text, /privacy|levenssfeer/);
  });

  it('"Nota: New Nota" writes a complete skeleton whose only problems are its placeholders', async function () {
    const target = fixture('nieuw.nota.md');
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('nota.newNota', {
      purpose: 'BESLUITVORMING', aan: 'Minister van BZK', van: 'DGDOO', referentie: `${new Date().getFullYear()}-0000012345`, target,
    });
    assert.ok(document, 'the command returned the new document');
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.match(onDisk, /^### TER BESLUITVORMING$/m);
    for (const section of ['Aanleiding', 'Geadviseerd besluit', 'Kern']) assert.match(onDisk, new RegExp(`^### ${section}$`, 'm'));
    const diags = await waitForDiagnostics(target, () => true, 'diagnostics of the new nota');
    await new Promise((r) => setTimeout(r, 500));
    const problems = vscode.languages.getDiagnostics(target).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    // What is left to do is exactly the placeholders: the subject and the text of each section.
    assert.deepStrictEqual(describeDiagnostics(problems.filter((d) => codeOf(d) !== 'placeholder')), '[]', `all diagnostics: ${describeDiagnostics(diags)}`);
    const placeholders = problems.filter((d) => codeOf(d) === 'placeholder').map((d) => document!.getText(d.range));
    assert.ok(placeholders.includes('[Onderwerp]') && placeholders.includes('[De kern van de zaak in enkele punten.]'), `placeholders: ${placeholders.join(', ')}`);
    assert.ok(problems.filter((d) => codeOf(d) === 'placeholder').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('"Nota: New Nota" asks in titled steps (1/4 … 4/4), checks the referentie as it is typed, opens an untitled nota.nota.md, and Tab walks the placeholders', async function () {
    type Input = vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;
    const seen: { title?: string; step?: number; totalSteps?: number }[] = [];
    const failures: string[] = [];
    // An answer that fails hides the input (the command then ends) and is reported below.
    const answer = (input: Input) => answerStep(input).catch((error) => (failures.push(`step ${input.step}: ${error?.message ?? error}`), input.hide()));
    const answerStep = async (input: Input) => {
      seen.push({ title: input.title, step: input.step, totalSteps: input.totalSteps });
      await new Promise((r) => setTimeout(r, 300));
      if ('items' in input) {
        input.activeItems = input.items.filter((item) => item.label === 'TER BESLUITVORMING');
      } else if (input.step === 4) {
        input.value = '2024-12';
        await new Promise((r) => setTimeout(r, 300));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await waitFor(() => (input.validationMessage ? true : undefined), 'the referentie to be refused', 5000);
        assert.match(String(input.validationMessage), /^Does not match the reference pattern \^\\d\{4\}-\\d\{10\}\$$/);
        assert.strictEqual(seen.length, 4, 'a refused referentie is not accepted');
        input.value = '2024-0000012345';
        await new Promise((r) => setTimeout(r, 300));
      } else {
        input.value = input.step === 2 ? 'Minister van BZK' : 'DGDOO';
      }
      const shown = seen.length;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await waitFor(() => (seen.length > shown || finished ? true : undefined), `step ${input.step} to be accepted`, 5000);
    };
    let finished = false;
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('nota.newNota', { onInput: (input: Input) => void answer(input) }).then((d) => ((finished = true), d));
    assert.deepStrictEqual(failures, []);
    assert.deepStrictEqual(seen.map((s) => `${s.title} ${s.step}/${s.totalSteps}`), ['New Nota 1/4', 'New Nota 2/4', 'New Nota 3/4', 'New Nota 4/4']);
    assert.ok(document);
    assert.strictEqual(document.uri.scheme, 'untitled');
    assert.match(document.uri.path, /(^|\/)nota(-\d+)?\.nota\.md$/);
    assert.strictEqual(document.languageId, 'nota');
    const text = document.getText();
    assert.match(text, /^\*\*Aan\*\* {2}\nMinister van BZK\n/);
    assert.match(text, /\*\*Onze referentie\*\* {2}\n2024-0000012345\n/);
    assert.match(text, /^### TER BESLUITVORMING$/m);
    // The skeleton is a snippet: the first placeholder is selected, and Tab goes to the next.
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, document);
    const first = document.getText(editor.selection);
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const second = document.getText(editor.selection);
    assert.strictEqual(first, '[Onderwerp]');
    assert.ok(second !== first && second.length > 0, `the second placeholder: "${second}"`);
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('"Nota: Check Workspace" fills the Problems panel for files that are not open', async function () {
    const closed = fixture('dossier/niet-geopend.nota.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the file is not open');
    const result = await vscode.commands.executeCommand<{ checked: number; errors: number }>('nota.checkWorkspace');
    assert.ok(result.checked >= 6, `checked ${result.checked} files`);
    const diags = await waitForDiagnostics(closed, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'section-missing on the closed file');
    assert.ok(diags.length > 0);
  });

  it('workspace symbols (Ctrl+T) find sections in notas that are not open, and follow a file created and changed on disk', async function () {
    const closed = fixture('dossier/niet-geopend.nota.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the file is not open');
    const named = async (query: string) => (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)).map((s) => `${s.name} ${vscode.workspace.asRelativePath(s.location.uri)}:${s.location.range.start.line}`);
    const toelichting = fs.readFileSync(closed.fsPath, 'utf8').split('\n').indexOf('### Toelichting');
    await waitFor(async () => ((await named('toelichting')).includes(`Toelichting dossier/niet-geopend.nota.md:${toelichting}`) ? true : undefined), `Toelichting in the closed nota; found: ${(await named('toelichting')).join(', ')}`);
    const created = fixture('dossier/nieuw-op-schijf.nota.md');
    const text = fs.readFileSync(closed.fsPath, 'utf8').replace('### Toelichting', '### Juridische aspecten');
    fs.writeFileSync(created.fsPath, text);
    await waitFor(async () => ((await named('juridische')).some((s) => s.startsWith('Juridische aspecten dossier/nieuw-op-schijf.nota.md:')) ? true : undefined), 'the created file in the workspace symbols');
    fs.writeFileSync(created.fsPath, text.replace('### Juridische aspecten', '### Uitvoering'));
    await waitFor(async () => ((await named('uitvoering')).some((s) => s.startsWith('Uitvoering dossier/nieuw-op-schijf.nota.md:')) && !(await named('juridische')).length ? true : undefined), 'the change on disk in the workspace symbols');
    fs.rmSync(created.fsPath);
    await waitFor(async () => (!(await named('uitvoering')).some((s) => s.includes('nieuw-op-schijf')) ? true : undefined), 'the deleted file to leave the workspace symbols');
  });

  it('"Nota: Show Effective Configuration" shows each value and where it came from', async function () {
    await open('valid.nota.md');
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('nota.showConfiguration');
    const shown = JSON.parse(document.getText());
    // a read-only view (a content provider's document), not an untitled file that asks to be saved
    assert.strictEqual(document.uri.scheme, 'nota-config');
    assert.strictEqual(document.isUntitled, false);
    assert.strictEqual(document.languageId, 'json');
    assert.strictEqual(shown.origins.referencePattern, 'default');
    assert.ok(Array.isArray(shown.config.purposes));
  });

  it('a change to .notarc.json changes the diagnostics without a restart', async function () {
    const { document } = await open('missing-kern.nota.md');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'section-missing before the change');
    const config = fixture('.notarc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'section-missing': 'off' } })));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'section-missing'), 'section-missing to go away with the rule off');
    await vscode.workspace.fs.delete(config);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'section-missing to return without the file');
  });

  it('a plain-text nota: the unmarked headings the CLI reports are Information, so the Problems panel lists them', async function () {
    const file = fixture('platte-tekst-e2e.nota.txt');
    // the valid nota as text pasted from a PDF: two headings without their ###
    const valid = fs.readFileSync(fixture('valid.nota.md').fsPath, 'utf8');
    const plain = valid.replace(/^### (Aanleiding|Kern)$/gm, '$1');
    assert.notStrictEqual(plain, valid);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(plain));
    try {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const diags = await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => codeOf(d) === 'heading-unmarked').length === 2, 'two heading-unmarked diagnostics');
      const unmarked = diags.filter((d) => codeOf(d) === 'heading-unmarked');
      assert.deepStrictEqual(unmarked.map((d) => [document.getText(d.range), d.severity]), [['Aanleiding', vscode.DiagnosticSeverity.Information], ['Kern', vscode.DiagnosticSeverity.Information]]);
      assert.ok(!diags.some((d) => d.severity === vscode.DiagnosticSeverity.Hint), describeDiagnostics(diags));

      // the lightbulb on one of them offers "Fix all", which marks both headings
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, unmarked[0].range, vscode.CodeActionKind.QuickFix.value);
      const fixAll = actions.find((a) => a.title === 'Fix all safely fixable Nota problems' && a.edit);
      assert.ok(fixAll, `a Fix all entry; got ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fixAll!.edit!));
      assert.strictEqual(document.getText(), valid);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('the lightbulb of a personal-data finding offers "Redact all personal data (N)", which redacts every finding', async function () {
    const { document } = await open('telefoon.nota.md');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'pii-phone'), 'a pii-phone diagnostic');
    const personal = diags.filter((d) => codeOf(d).startsWith('pii-'));
    const diag = diags.find((d) => codeOf(d) === 'pii-phone')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const redactAll = actions.find((a) => a.title === `Redact all personal data (${personal.length})` && a.edit);
    assert.ok(redactAll, `a Redact all entry for ${personal.length}; got ${actions.map((a) => a.title).join(', ')}`);
    const texts = personal.map((d) => document.getText(d.range));
    assert.ok(await vscode.workspace.applyEdit(redactAll!.edit!));
    for (const found of texts) assert.ok(!document.getText().includes(found), `${found} is still in the text`);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d).startsWith('pii-')), 'no personal-data finding after Redact all');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports pii-phone for a phone number, and its quick fix replaces it by [5.1.2e]', async function () {
    const { document } = await open('telefoon.nota.md');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'pii-phone'), 'a pii-phone diagnostic');
    const diag = diags.find((d) => codeOf(d) === 'pii-phone')!;
    assert.strictEqual(document.getText(diag.range), '06-12345678');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const redact = actions.find((a) => a.title === 'Redact as [5.1.2e]' && a.edit);
    assert.ok(redact, `a redact fix; got ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(redact!.edit!));
    assert.match(document.getText(), /bellen met \[5\.1\.2e\]\./);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'pii-phone'), 'pii-phone to go away');
  });

  it('opens the preview beside the editor, updates it after an edit, and shows [5.1.2e] as a black bar', async function () {
    const editor = await open('valid.nota.md');
    await vscode.commands.executeCommand('nota.openPreviewToSide');
    type State = { uri: string; mode: string; updates: number; html: string };
    const state = async () => (await vscode.commands.executeCommand<State[]>('nota.preview.state')).find((s) => s.uri === editor.document.uri.toString());
    const first = await waitFor(async () => ((await state())?.updates ?? 0) > 0 ? state() : undefined, 'the preview to render');
    assert.match(first!.html, /<span class="redaction" title="5\.1\.2e: [^"]*">5\.1\.2e<\/span>/);
    assert.match(first!.html, /<p class="purpose"[^>]*>TER BESLUITVORMING<\/p>/);
    const kern = lineIndex(editor.document, '### Kern');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await editor.edit((eb) => eb.insert(new vscode.Position(kern + 2, 0), 'Een nieuwe zin in de kern.\n\n'));
    const updated = await waitFor(async () => ((await state())?.html.includes('Een nieuwe zin in de kern.') ? state() : undefined), 'the preview to show the edit');
    assert.ok(updated!.updates > first!.updates);
    await vscode.commands.executeCommand('nota.togglePublished');
    await waitFor(async () => ((await state())?.mode === 'published' ? true : undefined), 'the published view');
    await vscode.commands.executeCommand('nota.togglePublished');

    const target = fixture('export.html');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('nota.exportHtml', { target });
    const exported = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.match(exported, /<span class="redaction"/);
    assert.doesNotMatch(exported, /<script/i);

    const signalDir = process.env.NOTA_E2E_SIGNAL_DIR;
    if (signalDir && process.env.NOTA_E2E_SCREENSHOT) {
      await new Promise((r) => setTimeout(r, 1500));
      const done = path.join(signalDir, 'screenshot.done');
      if (fs.existsSync(done)) fs.rmSync(done);
      fs.writeFileSync(path.join(signalDir, 'screenshot.request'), JSON.stringify({ name: 'preview' }));
      const answer = await waitFor(() => (fs.existsSync(done) ? JSON.parse(fs.readFileSync(done, 'utf8')) as { path: string; previewBars: number } : undefined), 'the preview screenshot', 30_000);
      fs.rmSync(done);
      console.log(`screenshot: ${answer.path} (${answer.previewBars} black bar(s) in the preview webview)`);
      assert.ok(answer.previewBars > 0, 'the webview itself shows the black bar');
    }
  });

  it('the preview follows the active nota, a locked preview stays, and a name made public in the settings stops being marked', async function () {
    type State = { uri: string; mode: string; updates: number; html: string; locked: boolean; title: string };
    const states = async () => vscode.commands.executeCommand<State[]>('nota.preview.state');
    const a = fixture('volgen-a.nota.md');
    const b = fixture('volgen-b.nota.md');
    const nota = (sentence: string) => Buffer.from(fs.readFileSync(fixture('telefoon.nota.md').fsPath, 'utf8').replace(/Voor vragen kunt u bellen met [^\n]*/, sentence));
    fs.writeFileSync(a.fsPath, nota('De aanvraag van de heer Pieter Bakker is niet volledig.'));
    fs.writeFileSync(b.fsPath, nota('Voor vragen kunt u bellen met 06-12345678.'));
    const first = await open('volgen-a.nota.md');
    await vscode.commands.executeCommand('nota.openPreviewToSide');
    const marked = await waitFor(async () => (await states()).find((s) => s.uri === a.toString() && !s.locked && /<mark class="pii"[^>]*>Pieter Bakker<\/mark>/.test(s.html)), 'the preview of volgen-a marking the name');
    // the Woo ground it will be published as, not "personal data"
    assert.match(marked.html, /<mark class="pii" title="Published as \[5\.1\.2e\][^"]*" data-ground="5\.1\.2e" data-rule="pii-name">Pieter Bakker<\/mark>/);
    assert.strictEqual(marked.title, 'Preview volgen-a.nota.md');

    // Another nota becomes active: the (unlocked) preview follows it.
    const second = await open('volgen-b.nota.md');
    await waitFor(async () => (await states()).find((s) => s.uri === b.toString() && s.html.includes('data-ground="5.1.2e" data-rule="pii-phone">06-12345678')), 'the preview to follow volgen-b');
    assert.strictEqual((await states()).length, 1, 'still one preview');

    // A locked preview of volgen-b stays on it while the unlocked one follows volgen-a again.
    await vscode.commands.executeCommand('nota.openLockedPreviewToSide');
    await vscode.window.showTextDocument(first.document, vscode.ViewColumn.One);
    const both = await waitFor(async () => {
      const now = await states();
      return now.some((s) => s.locked && s.uri === b.toString() && s.updates > 0) && now.some((s) => !s.locked && s.uri === a.toString() && s.updates > 0) ? now : undefined;
    }, 'a locked preview of volgen-b beside the unlocked one of volgen-a');
    assert.strictEqual(both.find((s) => s.locked)!.title, '[Preview] volgen-b.nota.md');

    // The settings change what is personal data: the preview renders again without an edit.
    await vscode.workspace.getConfiguration('nota').update('publicPersons', ['Pieter Bakker'], vscode.ConfigurationTarget.Workspace);
    try {
      const unmarked = await waitFor(async () => (await states()).find((s) => s.uri === a.toString() && s.html.includes('Pieter Bakker') && !s.html.includes('<mark')), 'the preview to stop marking Pieter Bakker');
      assert.doesNotMatch(unmarked.html, /data-rule="pii-name"/);
    } finally {
      await vscode.workspace.getConfiguration('nota').update('publicPersons', undefined, vscode.ConfigurationTarget.Workspace);
    }

    // Toggle Preview Locking on the locked one (the preview of the active editor): it follows again, and is the only one.
    await vscode.window.showTextDocument(second.document, vscode.ViewColumn.One);
    assert.strictEqual(await vscode.commands.executeCommand('nota.togglePreviewLock'), false);
    const unlocked = await waitFor(async () => ((await states()).length === 1 ? states() : undefined), 'one preview left');
    assert.deepStrictEqual(unlocked.map((s) => [s.uri, s.locked, s.title]), [[b.toString(), false, 'Preview volgen-b.nota.md']]);
  });

  it('"Export Preview as HTML" writes the published form: no personal-data finding\'s text is in the file, and it says where', async function () {
    const editor = await open('publiceren.nota.md');
    const diags = await waitForDiagnostics(editor.document.uri, (ds) => ['pii-phone', 'pii-email', 'pii-bsn', 'pii-name', 'pii-address'].every((code) => ds.some((d) => codeOf(d) === code)), 'every kind of personal data');
    const reported = diags.filter((d) => codeOf(d).startsWith('pii-')).map((d) => editor.document.getText(d.range));
    assert.ok(reported.length >= 6, reported.join(', '));
    await vscode.commands.executeCommand('nota.openPreviewToSide');
    type State = { uri: string; mode: string; updates: number; html: string };
    const state = async () => (await vscode.commands.executeCommand<State[]>('nota.preview.state')).find((s) => s.uri === editor.document.uri.toString());
    await waitFor(async () => ((await state())?.updates ?? 0) > 0 ? true : undefined, 'the preview to render');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('nota.togglePublished');
    const shown = await waitFor(async () => ((await state())?.mode === 'published' ? state() : undefined), 'the published view');
    for (const span of reported) assert.ok(!shown!.html.includes(span), `"${span}" is in the published preview`);
    const target = fixture('publiceren.openbaar.html');
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; form: string; told: string }>('nota.exportHtml', { target });
    assert.strictEqual(result.form, 'published');
    assert.match(result.told, /published form/);
    assert.ok(result.told.includes(target.fsPath), `the message names the file: ${result.told}`);
    const exported = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    const text = exported.replace(/&#x26;|&amp;/g, '&');
    const hrefs = [...exported.matchAll(/href="([^"]*)"/g)].map((match) => decodeURIComponent(match[1]));
    for (const span of reported) assert.ok(!text.includes(span) && !hrefs.some((href) => href.includes(span)), `"${span}" is in the exported file`);
    assert.match(exported, /<span class="redaction" title="5\.1\.1e: [^"]*">5\.1\.1e<\/span>/);
    assert.doesNotMatch(exported, /mailto:/);
    const shot = await screenshot('export');
    if (shot) assert.ok(shot.previewBars > 0, 'the published preview shows the bars');
    await vscode.commands.executeCommand('nota.togglePublished');
  });

  it('"Export Review Copy as HTML" asks first when the copy still holds personal data, and writes nothing when declined', async function () {
    const editor = await open('publiceren.nota.md');
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'pii-bsn'), 'the BSN finding');
    const target = fixture('publiceren.reviewversie.html');
    if (fs.existsSync(target.fsPath)) fs.rmSync(target.fsPath);
    const questions: string[] = [];
    const declined = await vscode.commands.executeCommand<{ uri?: vscode.Uri; asked?: string }>('nota.exportReviewHtml', { target, confirm: (q: string) => (questions.push(q), false) });
    assert.strictEqual(declined.uri, undefined);
    assert.ok(!fs.existsSync(target.fsPath), 'nothing is written when the writer declines');
    assert.match(questions[0] ?? '', /^The review copy shows \d+ personal-data findings in plain text\./);
    const accepted = await vscode.commands.executeCommand<{ uri?: vscode.Uri; told?: string }>('nota.exportReviewHtml', { target, confirm: () => true });
    assert.ok(accepted.uri);
    assert.match(accepted.told ?? '', /review copy with personal data/);
    assert.match(Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8'), /06-12345678/);
  });

  it('"Mark as public person" marks exactly that person, says where, and Undo takes it out again', async function () {
    const config = fixture('publiek/.notarc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {}\n}\n'));
    const editor = await open('publiek/van-den-berg.nota.md');
    const uri = editor.document.uri;
    const names = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'pii-name').map((d) => editor.document.getText(d.range));
    const diags = await waitForDiagnostics(uri, (ds) => names(ds).length === 2, 'both names reported');
    const bare = diags.find((d) => codeOf(d) === 'pii-name' && editor.document.getText(d.range) === 'Van den Berg')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, bare.range, vscode.CodeActionKind.QuickFix.value);
    const mark = actions.find((a) => a.title.startsWith('Mark exactly "Van den Berg"'));
    assert.ok(mark?.edit, actions.map((a) => a.title).join('; '));
    assert.strictEqual(mark!.title, 'Mark exactly "Van den Berg" as a public person (adds it to .notarc.json)');
    // As the lightbulb runs it: the edit, then the action's command, which saves the file and says what
    // changed where; its Undo (answered here) takes the name out again.
    assert.ok(await vscode.workspace.applyEdit(mark!.edit!));
    let undo: (choice: string | undefined) => void = () => undefined;
    const answer = new Promise<string | undefined>((resolve) => (undo = resolve));
    const message = await vscode.commands.executeCommand<string>(mark!.command!.command, ...(mark!.command!.arguments ?? []), () => answer);
    assert.deepStrictEqual(JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8')).publicPersons, ['Van den Berg']);
    await waitForDiagnostics(uri, (ds) => names(ds).join() === 'Pieter van den Berg', 'only Pieter van den Berg still reported');
    undo('Undo');
    assert.match(message, /^"Van den Berg" is added to the public persons in publiek\/\.notarc\.json; only this exact name is no longer reported\.$/);
    await waitFor(async () => (JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8')).publicPersons?.length === 0 ? true : undefined), 'Undo to take the name out');
    await waitForDiagnostics(uri, (ds) => names(ds).length === 2, 'both names reported again');
    await vscode.workspace.fs.delete(config);
  });

  it('snippets: sectie-toelichting inside a nota (English description), nota-besluitvorming in an empty document only, which inserts a nota that only its placeholders make imperfect', async function () {
    const labels = async (uri: vscode.Uri, position: vscode.Position) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    const inside = await open('valid.nota.md');
    const blank = lineIndex(inside.document, '### Kern') - 1;
    assert.ok(!(await labels(inside.document.uri, new vscode.Position(blank, 0))).some((label) => label.startsWith('nota-')), 'no whole-nota snippet inside a nota');
    // Inside the nota: the section snippets, from the language server, described in the display language.
    const insideItems = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', inside.document.uri, new vscode.Position(blank, 0))).items;
    const toelichting = insideItems.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'sectie-toelichting');
    assert.strictEqual(toelichting?.detail, 'The section "Toelichting": heading and what belongs in it');
    assert.strictEqual((toelichting!.insertText as vscode.SnippetString).value, '### Toelichting\n\n${1:[Toelichting.]}\n$0');
    assert.ok(!insideItems.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'sectie-kern'), 'no snippet for a section the nota has');
    const document = await vscode.workspace.openTextDocument({ language: 'nota', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const offered = await waitFor(async () => {
      const items = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0))).items;
      return items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'nota-besluitvorming');
    }, 'nota-besluitvorming offered in the empty document');
    assert.ok(offered.insertText instanceof vscode.SnippetString);
    await editor.insertSnippet(offered.insertText as vscode.SnippetString, new vscode.Position(0, 0));
    await waitFor(() => (document.getText().includes('### TER BESLUITVORMING') ? true : undefined), 'the snippet to be inserted');
    await vscode.commands.executeCommand('leaveSnippet');
    const diags = await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'diagnostics of the snippet nota');
    await new Promise((r) => setTimeout(r, 500));
    const all = vscode.languages.getDiagnostics(document.uri);
    assert.ok(all.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).every((d) => codeOf(d) === 'placeholder'), describeDiagnostics(all));
    assert.deepStrictEqual([...new Set(all.map(codeOf))].sort(), ['placeholder', 'reference-format'], `only the placeholders are flagged: ${describeDiagnostics(diags)}`);
    assert.ok(all.some((d) => codeOf(d) === 'placeholder' && document.getText(d.range) === 'JJJJ-NNNNNNNNNN'));
  });

  it('restarts the language server after it crashes, and diagnostics come back', async function () {
    const { execSync } = await import('child_process');
    // Only this extension host's own server (its child): other sessions on the machine run servers too.
    const ownServers = () => execSync(`pgrep -P ${process.pid} -f "[d]ist/server.js --node-ipc" || true`, { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
    const pids = ownServers();
    assert.ok(pids.length >= 1, 'the server process is running');
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    await waitFor(() => {
      const now = ownServers();
      return now.length > 0 && now.every((pid) => !pids.includes(pid)) ? true : undefined;
    }, 'a new server process');
    const content = Buffer.from(await vscode.workspace.fs.readFile(fixture('missing-kern.nota.md'))).toString('utf8');
    const document = await vscode.workspace.openTextDocument({ language: 'nota', content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'diagnostics from the restarted server');
  });

  it('keeps 5.1.2e and 2023-0000768759 whole as words, and continues a "-" list on Enter', async function () {
    const document = await vscode.workspace.openTextDocument({ language: 'nota', content: 'Zie [5.1.2e] en 2023-0000768759.\n- eerste punt' });
    const editor = await vscode.window.showTextDocument(document);
    const word = (needle: string) => document.getText(document.getWordRangeAtPosition(document.positionAt(document.getText().indexOf(needle) + 2)));
    assert.strictEqual(word('5.1.2e'), '5.1.2e');
    assert.strictEqual(word('2023-0000768759'), '2023-0000768759');
    const end = document.lineAt(1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '\n' });
    await waitFor(() => (document.lineCount > 2 ? true : undefined), 'a new line');
    assert.strictEqual(document.lineAt(2).text, '- ');
  });

  it('validates .notarc.json with the contributed JSON schema', async function () {
    const config = fixture('schema-check/.notarc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": { "section-missing": "loud" },\n  "colour": 1\n}\n'));
    const document = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(document);
    const diags = await waitForDiagnostics(config, (ds) => ds.some((d) => d.source !== 'nota'), 'JSON schema diagnostics', 30_000);
    const fromSchema = diags.filter((d) => d.source !== 'nota').map((d) => document.getText(d.range));
    assert.ok(fromSchema.some((t) => t.includes('colour')), `the unknown key is flagged by the schema: ${JSON.stringify(fromSchema)}`);
    assert.ok(fromSchema.some((t) => t.includes('loud')), `the bad severity is flagged by the schema: ${JSON.stringify(fromSchema)}`);
  });

  it('"Check Word/PDF Document" shows a .docx as Nota reads it, with its diagnostics at the finding; Check Workspace includes it', async function () {
    const docx = fixture('dossier/telefoon.docx');
    const markdown = Buffer.from(await vscode.workspace.fs.readFile(fixture('telefoon.nota.md'))).toString('utf8');
    await vscode.workspace.fs.writeFile(docx, await wordFromMarkdown(markdown));
    const view = await vscode.commands.executeCommand<vscode.TextDocument>('nota.openDocument', docx);
    assert.strictEqual(view.uri.scheme, 'nota-doc');
    assert.strictEqual(view.uri.path, docx.path);
    assert.strictEqual(view.languageId, 'nota');
    assert.match(view.getText(), /^\*\*Aan\*\*\n\nMinister van BZK\n/);
    const diags = await waitForDiagnostics(view.uri, (ds) => ds.some((d) => codeOf(d) === 'pii-phone'), 'pii-phone in the view of the .docx');
    const phone = diags.find((d) => codeOf(d) === 'pii-phone')!;
    assert.strictEqual(view.getText(phone.range), '06-12345678');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const result = await vscode.commands.executeCommand<{ checked: number; skipped: { uri: string }[] }>('nota.checkWorkspace');
    assert.ok(!result.skipped.some((skipped) => skipped.uri === docx.toString()), JSON.stringify(result.skipped));
    await waitForDiagnostics(view.uri, (ds) => ds.some((d) => codeOf(d) === 'pii-phone'), 'pii-phone from Check Workspace');
  });

  it('"Export to Word" writes the nota redacted: no personal-data finding\'s text is in the file, and it says where', async function () {
    const editor = await open('publiceren.nota.md');
    const diags = await waitForDiagnostics(editor.document.uri, (ds) => ['pii-phone', 'pii-email', 'pii-bsn'].every((code) => ds.some((d) => codeOf(d) === code)), 'the personal-data findings');
    const reported = diags.filter((d) => codeOf(d).startsWith('pii-')).map((d) => editor.document.getText(d.range));
    const target = fixture('publiceren.export.docx');
    const result = await vscode.commands.executeCommand<{ uri?: vscode.Uri; told?: string; asked?: string }>('nota.exportWord', { target });
    assert.strictEqual(result.asked, undefined, 'the redacted export asks nothing');
    assert.ok(result.told?.includes(target.fsPath), `the message names the file: ${result.told}`);
    const body = wordBody(await vscode.workspace.fs.readFile(target));
    assert.match(body, /Aanleiding/);
    for (const span of reported) assert.ok(!body.includes(span.replace(/&/g, '&amp;')), `"${span}" is in the exported Word file`);
    // a review copy asks first, and writes nothing when declined
    const review = fixture('publiceren.review.docx');
    const declined = await vscode.commands.executeCommand<{ uri?: vscode.Uri; asked?: string }>('nota.exportWordReviewCopy', { target: review, confirm: () => false });
    assert.match(declined.asked ?? '', /^The review copy shows \d+ personal-data findings in plain text\./);
    assert.ok(!fs.existsSync(review.fsPath), 'nothing is written when the writer declines');
  });

  it('"Check Before Publication" on a folder: pub-* and pii-* findings in the Problems panel, a report per file and kind of issue without the personal data, and Write cleaned copy only where allowed', async function () {
    this.timeout(120_000);
    // required at run time: the suite is not bundled, and pdf-lib is one of the extension's dependencies
    const { PDFDocument, StandardFonts, rgb } = require('pdf-lib') as typeof import('pdf-lib');
    const pdf = async (leaky: boolean) => {
      const doc = await PDFDocument.create();
      doc.setAuthor('Jan de Vries');
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([595, 842]);
      page.drawText(leaky ? 'Opgesteld door J. de Vries' : 'Tekst van de nota', { x: 50, y: 780, size: 11, font });
      if (leaky) page.drawRectangle({ x: 127, y: 776, width: 60, height: 14, color: rgb(0, 0, 0) });
      return doc.save();
    };
    const leaky = fixture('publicatie/gelakt.pdf');
    const clean = fixture('publicatie/schoon.pdf');
    await vscode.workspace.fs.writeFile(leaky, await pdf(true));
    await vscode.workspace.fs.writeFile(clean, await pdf(false));
    const outcome = await vscode.commands.executeCommand<{ files: { uri: string; cleanCopy: { allowed: boolean } }[]; report: vscode.TextDocument; offered: string[] }>('nota.checkPublication', fixture('publicatie'), [fixture('publicatie')]);
    assert.deepStrictEqual(outcome.files.map((file) => [file.uri, file.cleanCopy.allowed]), [[leaky.toString(), false], [clean.toString(), true]]);
    assert.deepStrictEqual(outcome.offered, ['Show Problems', 'Write cleaned copy']);
    const problems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Nota (publication)').map((d) => `${d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning'} ${codeOf(d)}: ${d.message}`);
    assert.deepStrictEqual(problems(leaky), [
      'warning pub-language: No document language is set: set it to Dutch (nl-NL).',
      'error pub-metadata: The document properties hold a person\'s name in "PDF Info Author": empty the field or set it to the organisation, then publish again.',
      'warning pub-title: The document has no title in its properties.',
      'warning pub-untagged: The PDF is not tagged: screen readers cannot follow its headings, lists and tables.',
      'error pii-name: Page 1, line 1, column 16 of the text as Nota reads it: Personal data (a person\'s name) in the text as published: redact it in the source document and make a new file.',
      'error pub-redaction-failed: Page 1: a person\'s name is still in the text layer under a black box: anyone can copy it. Redact the source document again and make a new PDF; a box drawn over text hides nothing. (box at 127, 776 pt from the lower left, 60 × 14 pt)',
    ]);
    assert.ok(problems(clean).includes('error pub-metadata: The document properties hold a person\'s name in "PDF Info Author": empty the field or set it to the organisation, then publish again.'), problems(clean).join('\n'));
    const report = outcome.report.getText();
    assert.strictEqual(outcome.report.uri.scheme, 'nota-publication-report');
    assert.ok(!report.includes('Vries'), 'the report never shows the personal data');
    const section = report.slice(report.indexOf('## publicatie/gelakt.pdf'), report.indexOf('## publicatie/schoon.pdf'));
    assert.strictEqual(
      section,
      [
        '## publicatie/gelakt.pdf',
        '',
        '### Metadata with personal data',
        '',
        '- Error pub-metadata: The document properties hold a person\'s name in "PDF Info Author": empty the field or set it to the organisation, then publish again.',
        '',
        '### Hidden content',
        '',
        'Nothing found.',
        '',
        '### Failed redactions',
        '',
        '- Error pub-redaction-failed: Page 1: a person\'s name is still in the text layer under a black box: anyone can copy it. Redact the source document again and make a new PDF; a box drawn over text hides nothing. (box at 127, 776 pt from the lower left, 60 × 14 pt)',
        '',
        '### Personal data in the text layer',
        '',
        '- Error pii-name: Page 1, line 1, column 16 of the text as Nota reads it: Personal data (a person\'s name) in the text as published: redact it in the source document and make a new file.',
        '',
        '### Accessibility and findability',
        '',
        '- Warning pub-language: No document language is set: set it to Dutch (nl-NL).',
        '- Warning pub-title: The document has no title in its properties.',
        '- Warning pub-untagged: The PDF is not tagged: screen readers cannot follow its headings, lists and tables.',
        '',
        '### Cleaned copy',
        '',
        'gelakt.publicatie.pdf not written: 1 personal-data finding and 1 failed redaction remain; redact the source document, make a new PDF and check again.',
        '',
        '',
      ].join('\n'),
    );
    assert.match(report, /### Cleaned copy\n\nschoon\.publicatie\.pdf can be written \("Write cleaned copy"\)\./);
    // the action writes where the check allows it, and refuses (writing nothing) where it does not
    const refused = await vscode.commands.executeCommand<{ written: string[]; refused: string[] }>('nota.writeCleanCopy', leaky);
    assert.deepStrictEqual(refused, { written: [], refused: ['gelakt.pdf: gelakt.publicatie.pdf not written: 1 personal-data finding and 1 failed redaction remain; redact the source document, make a new PDF and check again.'] });
    const written = await vscode.commands.executeCommand<{ written: string[]; refused: string[] }>('nota.writeCleanCopy', clean);
    assert.deepStrictEqual(written, { written: [fixture('publicatie/schoon.publicatie.pdf').toString()], refused: [] });
    assert.deepStrictEqual(fs.readdirSync(fixture('publicatie').fsPath).sort(), ['gelakt.pdf', 'schoon.pdf', 'schoon.publicatie.pdf']);
  });

  it('shows the diagnostics in the workbench (screenshot)', async function () {
    const signalDir = process.env.NOTA_E2E_SIGNAL_DIR;
    if (!signalDir || !process.env.NOTA_E2E_SCREENSHOT) this.skip();
    const { document } = await open('missing-kern.nota.md');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'section-missing'), 'a section-missing diagnostic');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const line = lineIndex(document, '### Toelichting');
    const editor = await open('missing-kern.nota.md');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await new Promise((r) => setTimeout(r, 1500)); // let the squiggles and the Problems view render
    // Ask the launcher (which drives the browser) for a screenshot and wait for its answer.
    const done = path.join(signalDir!, 'screenshot.done');
    fs.writeFileSync(path.join(signalDir!, 'screenshot.request'), JSON.stringify({ name: 'missing-kern' }));
    const answer = await waitFor(() => (fs.existsSync(done) ? JSON.parse(fs.readFileSync(done, 'utf8')) as { path: string; errorSquiggles: number; problems: string } : undefined), 'the launcher to take the screenshot', 30_000);
    console.log(`screenshot: ${answer.path} (${answer.errorSquiggles} error squiggle(s); problems view: ${answer.problems})`);
    assert.ok(answer.errorSquiggles > 0, 'the editor shows an error squiggle');
    assert.match(answer.problems, /Kern/, 'the Problems view lists the missing Kern section');
  });
});
