// The caches that make re-checking fast must not change what is found: the line-cached tokeniser gives
// the same tokens as one pass over the text, and the parse guard neutralises exactly the excess markers.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import { tokenize, type Tok } from '../../server/src/core/pii/nameparse';
import { CachedReaders } from '../../server/src/core/cache/readers';
import { LineTokenCache } from '../../server/src/core/cache/tokens';
import { guardForParsing } from '../../server/src/core/source/parse-guard';
import { buildNotaDocument } from '../../server/src/core/model/build';
import { resolveConfig } from '../../server/src/core/config';
import { checkText } from '../../server/src/core/engine';
import { corpusFiles } from '../support/check';
import { notaText } from './generators';

const runs = Number(process.env.NOTA_PROPERTY_RUNS ?? 300);
const seed = Number(process.env.NOTA_SEED ?? 7);

/** Tokens without their memos (the cached ones come with `cap` and `lc` filled in). */
const bare = (toks: Tok[]) => toks.map(({ s, e, t, kind, nl, ws }) => ({ s, e, t, kind, nl, ws }));

const nameish = fc
  .array(fc.constantFrom('J', '.', 'A.', 'Th.', ' ', '\n', '\r', '\r\n', '\t', "'s", '-', 'de', 'Vries', '’t', '1', '\u00a0', 'É', ',', '\n\n', 'Gravenhage'), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('line-cached tokenising', function () {
  this.timeout(60000);

  // Below 200,000 characters tokenizeByLine copies the cached tokens, above it moves them: both, always.
  const cache = new LineTokenCache();
  const byLine = (text: string, move: boolean) => bare(cache.tokenize(text, move));

  it('gives the same tokens as tokenising the whole text, for the corpus, copied or moved', () => {
    for (const file of corpusFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      for (const move of [false, true]) assert.deepEqual(byLine(text, move), bare(tokenize(text)), file);
    }
  });

  it('… for generated notas and for initials, particles and line breaks in any order, also a second time (cached)', () => {
    fc.assert(
      fc.property(fc.oneof(notaText, nameish), fc.boolean(), (text, move) => {
        const expected = bare(tokenize(text));
        assert.deepEqual(byLine(text, move), expected);
        assert.deepEqual(byLine(text, !move), expected);
        assert.deepEqual(byLine(text, move), expected);
      }),
      { numRuns: runs * 3, seed },
    );
  });

  it('keeps each token\'s offsets and memo right when a cached line moves, and back', () => {
    const line = 'Overleg met J. de Vries.';
    const vriesIn = (text: string, move: boolean) => cache.tokenize(text, move).find((t) => t.t === 'Vries')!;
    for (const move of [true, false]) {
      assert.equal(vriesIn(`${line}\n`, move).s, 'Overleg met J. de '.length);
      const moved = vriesIn(`Nieuwe regel.\n${line}\n`, move);
      assert.equal(moved.s, 'Nieuwe regel.\nOverleg met J. de '.length);
      assert.equal(moved.cap, true);
      assert.equal(moved.lc, 'vries');
      assert.equal(vriesIn(`${line}\n`, !move).s, 'Overleg met J. de '.length);
    }
  });

  it('gives a line that occurs more than once tokens of its own at each place', () => {
    const text = 'Overleg met J. de Vries.\n\nOverleg met J. de Vries.\nOverleg met J. de Vries.';
    const toks = cache.tokenize(text, true);
    assert.deepEqual(bare(toks), bare(tokenize(text)));
    const vries = toks.filter((t) => t.t === 'Vries');
    assert.equal(new Set(vries).size, 3);
    assert.deepEqual(vries.map((t) => t.cap), [true, true, true]);
  });
});

describe('parse guard', () => {
  const NBSP = '\u00a0';

  it('keeps the length of the text and leaves a normal nota alone', () => {
    for (const file of corpusFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      assert.equal(guardForParsing(text), text, file);
    }
  });

  it('neutralises only what goes beyond the limits: 16 quote levels, 64 columns of indent, runs of 32, 256 per line', () => {
    assert.equal(guardForParsing(`${'>'.repeat(20)} x`), `${'>'.repeat(16)}${NBSP.repeat(4)} x`);
    assert.equal(guardForParsing(`${' '.repeat(70)}- x`), `${' '.repeat(64)}${NBSP.repeat(6)}- x`);
    assert.equal(guardForParsing(`a ${'*'.repeat(40)} b`), `a ${'*'.repeat(32)}${NBSP.repeat(8)} b`);
    const spread = '[x] '.repeat(300);
    const guarded = guardForParsing(spread);
    assert.equal(guarded.length, spread.length);
    assert.equal([...guarded].filter((c) => c === '[').length, 256);
    assert.equal(guardForParsing(`${'>'.repeat(20)}\n${'>'.repeat(3)} y`), `${'>'.repeat(16)}${NBSP.repeat(4)}\n>>> y`, 'the count starts again on each line');
  });
});

describe('re-checking an edited large nota', function () {
  // 1.2 MB checked three times: on a loaded 2-core machine this takes over a minute
  this.timeout(180000);

  it('recomputes only the line and the block of the edit, also for a nota of more than 1,000,000 characters', () => {
    // Distinct lines (a memo keeps one copy of equal lines), in paragraphs of five, 1.2 MB in all.
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 1_200_000; i++) {
      lines.push(`Regel ${i} van de toelichting noemt het besluit van ${1 + (i % 28)} maart en de gevolgen voor de uitvoering.`);
      if (i % 5 === 4) lines.push('');
    }
    const text = `# Nota\n\n${lines.join('\n')}\n`;
    const config = resolveConfig([]);
    const readers = new CachedReaders();
    // personal data too: the name tokens are read on first use of it
    void buildNotaDocument(text, { config, readers }).personalData;
    const edited = text.replace('Regel 9000 van', 'Regel 9000 (gewijzigd) van');
    const memos = { blockTrees: readers.blockTrees, readings: readers.lineReadings, lineTokens: readers.nameTokens.lines };
    const before = Object.fromEntries(Object.entries(memos).map(([name, memo]) => [name, memo.computedCharacters]));
    void buildNotaDocument(edited, { config, readers }).personalData;
    for (const [name, memo] of Object.entries(memos)) {
      const recomputed = memo.computedCharacters - before[name];
      assert.ok(recomputed > 0 && recomputed < 1000, `${name} recomputed ${recomputed} characters for an edit of one line`);
    }
  });
});

describe('checking an open nota again after each edit', function () {
  this.timeout(120000);
  const config = resolveConfig([]);
  const now = new Date('2026-11-23T12:00:00Z');
  const readers = new CachedReaders();
  const findings = (text: string, cached: boolean) =>
    checkText(text, { config, locale: 'nl', now, readers: cached ? readers : undefined }).findings.map(({ ruleId, span, message, severity, explanation }) => ({ ruleId, span, message, severity, explanation }));

  /** An edit as an editor sends it: replace a range (possibly empty) with text (possibly empty). */
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 40 }),
    insert: fc.constantFrom('', 'x', ' J. de Vries', '\n', '\n\n', 'Kern\n', 'w.g. P. Jansen\n', '06-12345678', '| 1 | a |\n', 'mevrouw Koning', 'De Minister van BZK,\n\n', '### Toelichting\n'),
  });
  const apply = (text: string, { at, remove, insert }: { at: number; remove: number; insert: string }) => {
    const start = Math.floor(at * text.length);
    return text.slice(0, start) + insert + text.slice(start + remove);
  };

  it('finds what a fresh check finds, edit after edit, with two notas edited in turn', () => {
    const corpus = corpusFiles().map((file) => fs.readFileSync(file, 'utf8'));
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.constantFrom(...corpus), fc.array(fc.tuple(fc.boolean(), edit), { minLength: 1, maxLength: 12 }), (first, second, edits) => {
        const open = [first, second];
        for (const text of open) findings(text, true);
        for (const [which, change] of edits) {
          const k = which ? 1 : 0;
          open[k] = apply(open[k], change);
          assert.deepEqual(findings(open[k], true), findings(open[k], false));
        }
      }),
      { numRuns: Math.max(10, Math.round(runs / 10)), seed },
    );
  });

  it('… also for notas of more than 200,000 characters, whose cached name tokens are moved, not copied', () => {
    const corpus = corpusFiles().map((file) => fs.readFileSync(file, 'utf8'));
    // Every edit brings a name: the corpus itself has no personal data to find.
    const nameEdit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 20 }),
      insert: fc.constantFrom(' J. de Vries', 'w.g. P. Jansen\n', ' mevrouw Koning', '\n\nDe heer A. Bakker belde.\n'),
    });
    const large = (first: number) => {
      let text = '';
      for (let k = first; text.length < 210_000; k++) text += `${corpus[k % corpus.length]}\n\nRegel ${k} van de bijlage.\n\n`;
      return text;
    };
    fc.assert(
      fc.property(fc.nat({ max: 4 }), fc.array(fc.tuple(fc.boolean(), nameEdit), { minLength: 2, maxLength: 4 }), (first, edits) => {
        const open = [large(first), large(first + 1)];
        for (const text of open) findings(text, true);
        for (const [which, change] of edits) {
          const k = which ? 1 : 0;
          open[k] = apply(open[k], change);
          assert.deepEqual(findings(open[k], true), findings(open[k], false));
        }
      }),
      { numRuns: 4, seed },
    );
  });
});
