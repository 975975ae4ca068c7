import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseBlock, parseWithin } from '../../server/src/core/source/parse';
import { BudgetClock, DEFAULT_PARSE_BUDGET } from '../../server/src/core/source/parse-budget';
import { readTableBlock } from '../../server/src/core/source/table-rows';

// The row reader must give the tree that micromark gives for the whole block: every position, every
// cell, the inline markup of the rows it hands to micromark, and nothing for a block that is not one table.
const words = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((chosen) => chosen.join(''));
const plainCell = words(['a', 'Nr', '12', ' ', '  ', '?', '.', 'é', '😀', ':', '-', '#', '>', '+', '~']);
const markupCell = words(['a', ' ', '\t', '\\|', '\\', '\\\\', '`', '`x`', '*', '*b*', '_', 'a_b', '[', ']', '[x](y)', '<', '<b>', '&amp;', '&', '!', '|']);
const cellText = fc.oneof({ arbitrary: plainCell, weight: 3 }, { arbitrary: markupCell, weight: 1 });
const row = (cells: string[], lead: boolean, trail: boolean, space: string) => `${lead ? '|' : ''}${cells.join('|')}${trail ? '|' : ''}${space}`;
const delimiterCell = fc.constantFrom('---', ' - ', ':--', '--:', ':-:', ' :---: ', '-');
const lineBreak = fc.constantFrom('\n', '\r\n');

const table = fc
  .record({
    header: fc.array(cellText, { minLength: 1, maxLength: 4 }),
    delimiters: fc.array(delimiterCell, { minLength: 4, maxLength: 4 }),
    delimiterCount: fc.constantFrom(0, 0, 0, 1),
    rows: fc.array(fc.record({ cells: fc.array(cellText, { maxLength: 5 }), lead: fc.constantFrom(true, true, true, true, true, true, true, false), trail: fc.boolean(), space: fc.constantFrom('', ' ', '\t') }), { minLength: 1, maxLength: 8 }),
    leadHeader: fc.constantFrom(true, true, true, false),
    breakAt: lineBreak,
    finalBreak: fc.boolean(),
  })
  .map(({ header, delimiters, delimiterCount, rows, leadHeader, breakAt, finalBreak }) => {
    // mostly as many delimiter cells as header cells (a table), sometimes one more (a paragraph)
    const lines = [row(header, leadHeader, true, ''), row(delimiters.slice(0, header.length + delimiterCount), true, true, ''), ...rows.map((r) => row(r.cells, r.lead, r.trail, r.space))];
    return lines.join(breakAt) + (finalBreak ? breakAt : '');
  });

describe('source: the table row reader (issue 22)', () => {
  it('gives the tree of the whole block parse on generated tables', () => {
    let compared = 0;
    let plainRows = 0;
    fc.assert(
      fc.property(table, (text) => {
        let parsedRows = 0;
        const read = readTableBlock(text, (part) => {
          parsedRows = part.split('\n').length - 3;
          return parseBlock(part);
        });
        if (read === undefined || read === null) return;
        compared++;
        plainRows += text.trimEnd().split('\n').length - 2 - parsedRows;
        assert.deepEqual(read, parseBlock(text));
      }),
      { numRuns: 3000 },
    );
    // the comparison is not vacuous: most generated blocks are tables, and many rows are read without the parser
    assert.ok(compared > 1000 && plainRows > 1000, `${compared} tables compared, ${plainRows} plain rows`);
  });

  it('reads the plain rows itself and the rows with markup through the parser, at their places', () => {
    const text = '| Nr | Vraag | Antwoord |\n|---|:--|--:|\n| 1 | A? | B. |\n| 2 | *C*? | `x \\| y` |\n|3|D?||\n';
    const read = readTableBlock(text, parseBlock);
    assert.deepEqual(read, parseBlock(text));
    const parsedAlone: string[] = [];
    readTableBlock(text, (part) => (parsedAlone.push(part), parseBlock(part)));
    assert.deepEqual(parsedAlone, ['| Nr | Vraag | Antwoord |\n|---|:--|--:|\n| 2 | *C*? | `x \\| y` |\n']);
  });

  it('leaves every other block to the parser', () => {
    for (const text of ['| a |\n| - |\n> quote\n', 'text\n| a |\n| - |\n| b |\n', '| a |\n| - |\n\n| b |\n', '| a | b |\n| - |\n| c |\n', '| a |\n| - |\n  | b |\n']) {
      const read = readTableBlock(text, parseBlock);
      assert.equal(read, undefined, JSON.stringify(text));
    }
  });

  it('limits a table per row, and lines of `|` that are no table as one paragraph', () => {
    const clock = () => new BudgetClock(DEFAULT_PARSE_BUDGET);
    const rows = Array.from({ length: 300 }, (_, i) => `| ${i + 1} | bijlage_${i + 1}.pdf |\n`).join('');
    assert.equal((parseWithin(`| Nr | Naam |\n| - | - |\n${rows}`, clock()) as { type: string }[])[0].type, 'table');
    // the delimiter row has one cell too many: a paragraph of 300 emphasis delimiters, read as plain text without trying
    assert.equal(parseWithin(`| Nr | Naam |\n| - | - | - |\n${rows}`, clock()), null);
  });
});
