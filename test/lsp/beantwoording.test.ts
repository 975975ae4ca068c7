// A beantwoording over stdio: outline, folding per question, definition and references.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DocumentSymbol, FoldingRange, Location } from 'vscode-languageserver-protocol';
import { readCorpus } from '../support/check';
import { TestLspClient, fileUri } from '../support/lsp-client';

describe('language server: beantwoording', function () {
  this.timeout(20000);
  let client: TestLspClient;
  const text = readCorpus('003');
  const uri = fileUri(path.join(__dirname, 'seed003.kv.txt'));
  const lines = text.split('\n');

  before(async () => {
    client = new TestLspClient();
    await client.initialize();
    await client.open(uri, text, 'nota-kv');
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  it('publishes for seed 003 only that it was answered after the three weeks (ingezonden 29 januari, ontvangen 23 februari 2024)', async () => {
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [['kamervragen-deadline', 3, 11, 0, 16]]);
    assert.equal(lines[11].slice(0, 16), '23 februari 2024');
  });

  it('outlines each question with its answer as a child, named as the document names them (Vraag, Antwoord) in an English client', async () => {
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), Array.from({ length: 9 }, (_, i) => `Vraag ${i + 1}`));
    assert.deepEqual(symbols.map((s) => s.children?.map((c) => c.name)), Array.from({ length: 9 }, (_, i) => [`Antwoord ${i + 1}`]));
    assert.equal(symbols[0].selectionRange.start.line, lines.indexOf('Vraag 1'));
    assert.equal(symbols[0].children![0].selectionRange.start.line, lines.indexOf('Antwoord 1'));
  });

  it('folds each question with its answer', async () => {
    const ranges: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    const first = ranges.find((r) => r.startLine === lines.indexOf('Vraag 1'));
    assert.ok(first && first.endLine >= lines.indexOf('Antwoord 1') + 1 && first.endLine < lines.indexOf('Vraag 2'));
  });

  it('goes from "antwoord op vraag 8" to question 8, and finds the references to question 2', async () => {
    const line = lines.findIndex((l) => l.includes('het antwoord') && lines[lines.indexOf(l) + 1]?.startsWith('op vraag 8'));
    const refLine = line + 1;
    const definitions: Location[] = await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: refLine, character: 'op vraag '.length },
    });
    assert.deepEqual(definitions.map((d) => d.range.start.line), [lines.indexOf('Vraag 8')]);
    const refs: Location[] = await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: { line: lines.indexOf('Vraag 2'), character: 2 },
      context: { includeDeclaration: false },
    });
    // Answers 6 and 7 of seed 003 refer to question 2.
    const answer6 = lines.indexOf('Antwoord 6');
    const answer7 = lines.indexOf('Antwoord 7');
    assert.equal(refs.length, 2);
    assert.ok(refs[0].range.start.line > answer6 && refs[0].range.start.line < lines.indexOf('Vraag 7'));
    assert.ok(refs[1].range.start.line > answer7 && refs[1].range.start.line < lines.indexOf('Vraag 8'));
  });

  it('completion offers the next Vraag/Antwoord pair, numbered after the last question, in the document\'s style', async () => {
    const seed = readCorpus('004');
    const other = fileUri(path.join(__dirname, 'seed004.kv.txt'));
    const lines004 = seed.split('\n');
    await client.open(other, seed, 'nota-kv');
    const line = lines004.findIndex((l) => l.startsWith('1) Science Guide')) - 1;
    const items: { label: string; insertText?: string }[] = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: other }, position: { line, character: 0 } });
    assert.equal(items[0].label, 'Vraag 7');
    assert.equal(items[0].insertText, 'Vraag 7\n${1:[vraag]}\n\nAntwoord vraag 7\n${2:[antwoord]}\n');
  });

  it('outlines a combined label ("Vraag 2 en 3") as one question with its combined answer', async () => {
    const combined = fileUri(path.join(__dirname, 'combined.txt'));
    await client.open(combined, 'Vraag 1\nA?\n\nAntwoord 1\nJa.\n\nVraag 2 en 3\nB?\n\nC?\n\nAntwoord 2 en 3\nNee.\n');
    assert.deepEqual(await client.diagnostics(combined), []);
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: combined } });
    assert.deepEqual(symbols.map((s) => [s.name, s.selectionRange.start.line, s.children?.map((c) => c.name)]), [
      ['Vraag 1', 0, ['Antwoord 1']],
      ['Vraag 2, 3', 6, ['Antwoord 2']],
    ]);
  });

  it('document info names the kind and why it was chosen: a letter to parliament is a brief, without structural errors', async () => {
    const letter = fileUri(path.join(__dirname, 'letter.txt'));
    await client.open(letter, 'Datum 28 november 2024\nBetreft Uitstel beantwoording\n\nGeachte voorzitter,\n\nDe vragen kan ik niet binnen drie weken beantwoorden.\n\nHoogachtend,\n');
    assert.deepEqual(await client.diagnostics(letter), []);
    const info = await client.connection.sendRequest('nota/documentInfo', { uri: letter });
    assert.deepEqual(info, { kind: 'brief', errors: 0, reason: 'A letter to parliament (brief): a Betreft line; a salutation ("Geachte voorzitter,"); a closing ("Hoogachtend,").', length: { words: 19, pages: 0.1, maxPages: null } });
  });
});
