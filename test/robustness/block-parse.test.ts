// The block-cached parse must see the same structure as parsing the whole text at once.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseForModel, parseInBlocks } from '../../server/src/core/model/parse';
import { guardForParsing } from '../../server/src/core/model/parse-guard';
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
  this.timeout(120000);

  it('finds the same headings, tables, code and HTML as a whole-text parse, for the corpus', () => {
    for (const file of corpusFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(structure(parseInBlocks(guardForParsing(text))), structure(whole(text)), file);
      assert.deepEqual(structure(parseForModel(text)), structure(whole(text)), `${file}, uncached`);
    }
  });

  it('… and for generated notas: uncached, then cached twice (the second time from the cache)', () => {
    fc.assert(
      fc.property(notaText, (text) => {
        const expected = structure(whole(text));
        assert.deepEqual(structure(parseForModel(text)), expected);
        assert.deepEqual(structure(parseInBlocks(guardForParsing(text))), expected);
        assert.deepEqual(structure(parseInBlocks(guardForParsing(text))), expected);
      }),
      { numRuns: Number(process.env.NOTA_PROPERTY_RUNS ?? 300), seed: Number(process.env.NOTA_SEED ?? 7) },
    );
  });

  it('takes a block of 150,000 thematic breaks without a blank line (more nodes than a call takes arguments)', () => {
    const text = Array.from({ length: 150_000 }, () => '***').join('\n');
    assert.equal(parseForModel(text).children.length, 150_000);
    assert.equal(parseForModel(text, true).children.length, 150_000);
  });
});
