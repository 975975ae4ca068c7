// Hover and completion over stdio, as an editor asks for them.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { todayInDutch } from '../../server/src/core/dates';
import { VALID_NOTA } from '../support/check';
import { TestLspClient, fileUri } from '../support/lsp-client';

const TEXT = VALID_NOTA.replace('Op 4 maart 2024 heeft', 'Op 29 februari jl. heeft').replace(
  '### Informatie die niet openbaar',
  'Naam: [5.1.2e] en [10.2.e].\n\n### Informatie die niet openbaar',
);
const LINES = TEXT.split('\n');
const at = (needle: string, delta = 0) => {
  const line = LINES.findIndex((l) => l.includes(needle));
  return { line, character: LINES[line].indexOf(needle) + delta };
};

describe('language server: hover and completion', function () {
  this.timeout(20000);
  let client: TestLspClient;
  const uri = fileUri(path.join(__dirname, 'hover.nota.md'));

  before(async () => {
    client = new TestLspClient();
    await client.initialize();
    await client.open(uri, TEXT);
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  const hoverAt = async (position: { line: number; character: number }) => {
    const result: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    return (result?.contents as MarkupContent | undefined)?.value;
  };
  const complete = async (text: string, position: { line: number; character: number }) => {
    const other = fileUri(path.join(__dirname, `c${Math.random()}.nota.md`));
    await client.open(other, text);
    const result: CompletionItem[] | CompletionList = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: other }, position });
    return Array.isArray(result) ? result : result.items;
  };

  it('hover on a Woo ground gives its meaning and article; a Wob ground says it is old', async () => {
    assert.equal(await hoverAt(at('5.1.2e', 1)), 'Woo ground **5.1.2e**: respect for personal privacy (art. 5.1, tweede lid, onder e, Woo).');
    assert.match((await hoverAt(at('10.2.e', 1)))!, /ground of the former Wob/);
  });

  it('hover on a jl. date resolves it against the nota date, with its weekday', async () => {
    assert.equal(await hoverAt(at('29 februari', 3)), 'jl. refers to **29 februari 2024** (Thursday), 12 day(s) before the nota date 12 maart 2024.');
    assert.equal(await hoverAt(at('12 maart 2024', 2)), '**12 maart 2024** is a Tuesday.');
  });

  it('hover on the referentie shows what was read; on a section heading, what belongs in it', async () => {
    assert.equal(await hoverAt(at('2024-0000012345', 3)), 'Onze referentie: year **2024**, number **0000012345**. Matches the pattern `^\\d{4}-\\d{10}$`.');
    assert.match((await hoverAt(at('### Kern', 5)))!, /^\*\*Kern\*\*: /);
  });

  it('completion at a heading offers the missing sections, required ones first, in canonical order', async () => {
    const text = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '').replace('### Informatie die', '### \n\n### Informatie die');
    const line = text.split('\n').indexOf('### ');
    const items = (await complete(text, { line, character: 4 })).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(items[0].label, 'Kern');
    assert.equal(items[0].detail, 'Required section, missing');
    assert.deepEqual(items.slice(1, 4).map((i) => i.label), ['Toelichting', 'Politieke context', 'Financiële consequenties']);
    assert.ok(!items.some((i) => i.label === 'Aanleiding'));
  });

  it('completion offers purposes after TER, Woo codes in a marker, months after a day, today after Datum', async () => {
    const purposes = await complete('TER ', { line: 0, character: 4 });
    assert.ok(purposes.some((i) => i.label === 'BESLUITVORMING'));
    // a one-line description on each row of the list
    assert.deepEqual(purposes.find((i) => i.label === 'BESLUITVORMING')?.labelDetails, { description: 'The addressee decides on a proposal (a beslisnota).' });
    assert.deepEqual(purposes.find((i) => i.label === 'KENNISNAME')?.labelDetails, { description: 'To be noted: the addressee takes note of it.' });
    const codes = await complete('Naam: [5.1', { line: 0, character: 10 });
    assert.equal(codes.find((i) => i.label === '5.1.2e')?.documentation, 'respect for personal privacy');
    const months = await complete('Op 12 ', { line: 0, character: 6 });
    assert.equal(months[0].label, 'januari');
    const today = await complete('**Datum**  \n', { line: 1, character: 0 });
    assert.deepEqual(today.map((i) => i.label), [todayInDutch(new Date())]);
  });

  it('completion in the header offers the missing field labels', async () => {
    const text = VALID_NOTA.replace('**Datum**  \n12 maart 2024\n\n', '\n\n');
    const line = text.split('\n').indexOf('2024-0000012345') + 2;
    const items = await complete(text, { line, character: 0 });
    assert.ok(items.some((i) => i.label === 'Datum' && i.insertText === '**Datum**  \n$0'));
    assert.ok(!items.some((i) => i.label === 'Aan'));
  });
});
