// The block-cached parse must see the same structure as parsing the whole text at once.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { CachedReaders } from '../../server/src/core/cache/readers';
import { parseBlock, parseForModel } from '../../server/src/core/source/parse';
import { guardForParsing } from '../../server/src/core/source/parse-guard';
import { corpusFiles } from '../support/check';
import * as fs from 'node:fs';
import { notaText } from './generators';

/** The nodes the model reads, with their source offsets. */
function structure(tree: Root): string[] {
  const found: string[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (['heading', 'table', 'code', 'html', 'inlineCode'].includes(node.type)) {
        found.push(`${node.type}@${node.position?.start.offset}-${node.position?.end.offset}:${node.position?.start.line}`);
      }
      if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return found.sort();
}

const whole = (text: string) => fromMarkdown(guardForParsing(text), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

describe('block-wise parsing', function () {
  const cached = new CachedReaders();
  this.timeout(120000);

  it('finds the same headings, tables, code and HTML as a whole-text parse, for the corpus', () => {
    for (const file of corpusFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(structure(cached.parse(text)), structure(whole(text)), file);
      assert.deepEqual(structure(parseForModel(text)), structure(whole(text)), `${file}, uncached`);
    }
  });

  it('… and for generated notas: uncached, then cached twice (the second time from the cache)', () => {
    fc.assert(
      fc.property(notaText, (text) => {
        const expected = structure(whole(text));
        assert.deepEqual(structure(parseForModel(text)), expected);
        assert.deepEqual(structure(cached.parse(text)), expected);
        assert.deepEqual(structure(cached.parse(text)), expected);
      }),
      { numRuns: Number(process.env.NOTA_PROPERTY_RUNS ?? 300), seed: Number(process.env.NOTA_SEED ?? 7) },
    );
  });

  it('parses a block without the table extension only when no table can start in it: the same tree either way', () => {
    const tableish = fc
      .array(fc.constantFrom('a', 'b c', '|', ' | ', ':', '-', '--', ':-', '-:', ':-:', '---', '\n', '\n\n', ' ', '\\', '`', '> ', '- ', '1. ', '#', '*'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    const withTables = (text: string) => fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }).children;
    for (const text of ['a\n:-', 'a\n-:', 'a\n:-:\nb', 'a | b\n--|--', 'a\n-\n', 'a\n---', '[a]: /u\nb\n===\n', 'a\nb\n---\nc\n===\n', '> a\n---\n', '- a\n  b\n  ==\n']) assert.deepEqual(parseBlock(text), withTables(text), text);
    fc.assert(
      fc.property(fc.oneof(tableish, notaText), (text) => {
        assert.deepEqual(parseBlock(text), withTables(text));
      }),
      { numRuns: Number(process.env.NOTA_PROPERTY_RUNS ?? 300) * 3, seed: Number(process.env.NOTA_SEED ?? 7) },
    );
  });

  it('parses a paragraph of 20 KB (pasted without blank lines) in pieces: the same inline code and table as a whole-text parse', () => {
    const line = (n: number) => `Regel ${n} met \`code ${n}\`, een [link](https://example.org/${n}) en *nadruk* in de zin.\n`;
    const text = `Voor.\n\n${Array.from({ length: 250 }, (_, n) => line(n)).join('')}\n| a | b |\n| --- | --- |\n| c | d |\n`;
    assert.ok(text.length > 20000);
    const expected = structure(whole(text));
    assert.equal(expected.filter((entry) => entry.startsWith('inlineCode')).length, 250);
    assert.deepEqual(structure(parseForModel(text)), expected);
    assert.deepEqual(structure(new CachedReaders().parse(text)), expected);
  });

  it('takes a block of 150,000 thematic breaks without a blank line (more nodes than a call takes arguments)', () => {
    // A line-dense block costs the parser more than the default budget allows: this test is about the
    // number of nodes, so it gives the parse all the time it needs.
    const text = Array.from({ length: 150_000 }, () => '***').join('\n');
    const unbounded = { initialMs: 1e9, msPerKb: 1e9 };
    assert.equal(parseForModel(text, unbounded).children.length, 150_000);
    assert.equal(new CachedReaders().parse(text, unbounded).children.length, 150_000);
  });

  it('keeps a table longer than one block (split at 64 KB for memory) as one table with every row in its place', () => {
    const row = (n: number) => `| ${n} | J. Jansen | 111222333 |\n`;
    const rows = Array.from({ length: 8000 }, (_, n) => row(n)).join('');
    const text = `Voor.\n\n| Nr | Naam | BSN |\n| --- | --- | --- |\n${rows}\nNa de tabel.\n`;
    const expected = structure(whole(text));
    // About the split, not the budget: a GFM table costs 6–14 ms of CPU per KB to parse, more than the
    // default budget gives (docs/rules/markdown-too-complex.md), so this parse gets all the time it needs.
    const unbounded = { initialMs: 1e9, msPerKb: 1e9 };
    for (const tree of [parseForModel(text, unbounded), new CachedReaders().parse(text, unbounded)]) {
      assert.deepEqual(structure(tree), expected);
      const table = tree.children.find((node) => node.type === 'table');
      assert.ok(table && table.type === 'table');
      assert.equal(table.children.length, 8001);
      for (const [n, tableRow] of table.children.slice(1).entries()) {
        assert.equal(text.slice(tableRow.position!.start.offset, tableRow.position!.end.offset) + '\n', row(n), `row ${n}`);
      }
    }
  });
});
