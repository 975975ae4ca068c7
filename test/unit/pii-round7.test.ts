// Detector changes of the seventh personal-data round (issue 19, tuned on blind6 after its first score).
import { strict as assert } from 'node:assert';
import * as pii from '../../server/src/core/pii';
import { readSource } from '../../server/src/core/source/document';
import { spaceTables } from '../../server/src/core/source/tables';

const detect = (text: string) => pii.detectPersonalData(readSource(text), { publicPersons: [] });

describe('pii round 7: adversarial input (linear time)', () => {
  // 200 KB each: a linear scan takes well under a second, a quadratic one minutes, so the test timeout (20 s)
  // only catches a scan that is not linear.
  const N = 200_000;
  const inputs: Record<string, [string, Record<string, number>]> = {
    // one line of thousands of space-separated cells, then rows of it: the column lookup is a set, not a scan
    wideSpaceTable: [Array.from({ length: 4 }, () => 'ab  '.repeat(N / 16)).join('\n'), {}],
    tallSpaceTable: ['Kolom  Stad  Code\n' + 'ab     cd    ef\n'.repeat(N / 16), {}],
    documentWords: ['paspoort (nummer '.repeat(N / 17), {}],
    paraafAtLineEnds: ['paraaf\n'.repeat(N / 7), {}],
    vnRuns: ['VN 1 '.repeat(N / 5), {}],
  };
  for (const [name, [text, expected]] of Object.entries(inputs)) {
    it(`200 KB of ${name}: the expected personal data, in linear time`, () => {
      const byType: Record<string, number> = {};
      for (const c of detect(text)) byType[c.type] = (byType[c.type] ?? 0) + 1;
      assert.deepEqual(byType, expected);
    });
  }
});

describe('pii round 7: tables laid out with spaces', () => {
  it('reads a header of three or more cells and the rows aligned under it; a two-column letterhead is no table', () => {
    const text = ['Nota                 Datum 17 november 2026', 'Aan de minister      Kenmerk 6284113', '', 'Naam        Geb.datum    V-nummer', 'Jan Smit    03-08-1991   2906 447 182', 'Piet Bos                 2877193405', ''].join('\n');
    const tables = spaceTables(readSource(text).lines);
    assert.equal(tables.length, 1);
    assert.deepEqual(tables[0].header.map((c) => c.plain), ['Naam', 'Geb.datum', 'V-nummer']);
    assert.deepEqual(tables[0].rows.map((r) => r.cells.map((c) => c.plain)), [['Jan Smit', '03-08-1991', '2906 447 182'], ['Piet Bos', '', '2877193405']]);
  });
  it('stops at a line whose cells do not start at the header columns', () => {
    const text = ['Naam        Geb.datum    V-nummer', 'Jan Smit    03-08-1991   2906 447 182', 'Dit is gewone tekst  die verder loopt', ''].join('\n');
    assert.deepEqual(spaceTables(readSource(text).lines), []);
  });
});
