// Property: a safe fix (applied by --fix and fix-all without asking) keeps every character it does not mean
// to change. Its edits lie inside the finding's range, so the text outside is byte-identical; inside, each
// rule may make only its documented change, checked here against the source text, markup and all.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveConfig } from '../../server/src/core/config';
import { parseDutchDate } from '../../server/src/core/dates';
import { checkText } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { markupText, notaText } from './generators';

const RUNS = Number(process.env.NOTA_PROPERTY_RUNS ?? 150);
const options = (fileName: string) => ({ config: resolveConfig([]), locale: 'en' as const, fileName, now: new Date('2024-03-15T12:00:00Z') });
const FILES = ['x.nota.md', 'x.kv.md', 'x.nota.txt'];

/** The cells of a GFM row: split at every pipe that no backslash escapes (as GFM does). */
function gfmCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      current += row[i] + row[++i];
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else {
      current += row[i];
    }
  }
  return [...cells, current].slice(1, -1);
}

/** An escaped pipe in a cell reads as `|` in running text: compare them as one (other escapes stay as written). */
const pipes = (text: string) => text.replace(/\\[^]/g, (escape) => (escape === '\\|' ? '|' : escape)).replace(/\s+/g, '');

/** The non-blank characters of a GFM table's body rows (each of exactly three cells), borders removed. */
function gfmBodyCharacters(table: string): string {
  const rows = table.split(/\r\n|\r|\n/).slice(2).map(gfmCells);
  for (const cells of rows) assert.equal(cells.length, 3, `a row of ${cells.length} cells: ${cells.join('|')}`);
  return rows.flat().map(pipes).join('');
}

/** The non-blank characters of the rows of a tolerated Bijlagen form: everything after its header line. */
function sourceBodyCharacters(source: string): string {
  return source.split(/\r\n|\r|\n/).slice(1).map(pipes).join('');
}

/** What each safe fix may do inside its range, stated against the source, not the checker's plain text. */
const DOCUMENTED: Record<string, (original: string, replacement: string) => void> = {
  'date-format': (original, replacement) => {
    assert.equal(original, original.trim(), 'the date range holds surrounding blanks');
    // A date without its year ("4 mrt.") is compared as if both named the same year.
    const year = parseDutchDate(original) ? '' : ' 2000';
    const before = parseDutchDate(original + year);
    const after = parseDutchDate(replacement + year);
    assert.ok(before && after, `not a date: "${original}" -> "${replacement}"`);
    assert.deepEqual([after.day, after.month, after.year], [before.day, before.month, before.year]);
  },
  'date-relative': (original, replacement) => {
    const letters = (text: string) => text.replace(/[.\s]/g, '').toLowerCase();
    assert.equal(letters(replacement), letters(original), 'only dots, blanks and case may change in jl./a.s.');
  },
  'reference-format': (original, replacement) => {
    const [year, number] = original.match(/\d+/g) ?? [];
    assert.equal(replacement, `${year}-${number?.padStart(10, '0')}`);
  },
  'heading-unmarked': (original, replacement) => {
    assert.equal(replacement, `### ${original.trim()}`, 'the heading line must be kept as written, markup and all');
  },
  'list-bullet': (original, replacement) => {
    assert.match(original, /^[\uF0B7\u2022]$/, 'only the bullet itself is replaced');
    assert.equal(replacement, '-');
  },
  'bijlagen-table': (original, replacement) => {
    assert.match(replacement, /^\| Volgnummer \| Naam \| Informatie \|(\r\n|\r|\n)\| --- \| --- \| --- \|/);
    assert.equal(gfmBodyCharacters(replacement), sourceBodyCharacters(original), 'a cell lost or changed characters');
  },
};

function within(edit: TextEdit, finding: Finding): boolean {
  return edit.span.start >= finding.span.start && edit.span.end <= finding.span.end;
}

function assertSafeFixesKeepText(text: string, fileName: string): void {
  for (const finding of checkText(text, options(fileName)).findings) {
    for (const fix of finding.fixes.filter((candidate) => candidate.safe)) {
      const documented = DOCUMENTED[finding.ruleId];
      assert.ok(documented, `${finding.ruleId} has a safe fix whose change this test does not know: add it to DOCUMENTED`);
      for (const edit of fix.edits) {
        assert.ok(within(edit, finding), `${finding.ruleId}: an edit at ${edit.span.start}-${edit.span.end} reaches outside its finding ${finding.span.start}-${finding.span.end}`);
        const original = text.slice(edit.span.start, edit.span.end);
        try {
          documented(original, edit.newText);
        } catch (error) {
          throw new Error(`${finding.ruleId}: ${(error as Error).message}\n--- source\n${original}\n--- fix\n${edit.newText}`);
        }
      }
      const fixed = applyEdits(text, fix.edits);
      const [first] = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
      const last = [...fix.edits].sort((a, b) => b.span.end - a.span.end)[0];
      const tail = text.length - last.span.end;
      assert.equal(fixed.slice(0, first.span.start), text.slice(0, first.span.start));
      assert.equal(fixed.slice(fixed.length - tail), text.slice(last.span.end));
    }
  }
}

describe('safe fixes keep every character they do not mean to change', function () {
  this.timeout(300000);

  it('a plain-line Bijlagen row keeps the _ * \\ and inline HTML of its continuation lines (issue 22, item 9)', () => {
    const text = ['### Bijlagen', '', 'Volgnummer Naam Informatie', '1 Overzicht van de', 'bijlage_b.xlsx en *concept* \\[x] <b>vet</b> &amp; `code`', '2 Brief'].join('\n');
    const [finding] = checkText(text, options('x.nota.md')).findings.filter((f) => f.ruleId === 'bijlagen-table');
    assert.equal(
      applyEdits(text, finding.fixes[0].edits),
      ['### Bijlagen', '', '| Volgnummer | Naam | Informatie |', '| --- | --- | --- |', '| 1 | Overzicht van de bijlage_b.xlsx en *concept* \\[x] <b>vet</b> &amp; `code` |  |', '| 2 | Brief |  |'].join('\n'),
    );
  });

  it(`holds for ${RUNS} generated notas`, () => {
    fc.assert(fc.property(notaText, fc.constantFrom(...FILES), assertSafeFixesKeepText), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });

  it(`holds for ${RUNS} notas whose tables, headings, dates and references carry Markdown markup`, () => {
    fc.assert(fc.property(markupText, fc.constantFrom(...FILES), assertSafeFixesKeepText), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });
});
