// Issue 22: Markdown that makes the parser super-linear or crash. Every family is checked at 200 KB
// within a bound that only a super-linear run exceeds: twenty times a normal text of the same size,
// plus a second (before the parse budget these took 15 s to minutes; a normal 200 KB text takes well
// under one). The exact numbers are in `npm run bench` (worst-case table).
import assert from 'node:assert/strict';
import { WORST_CASE_FAMILIES } from '../../bench/worst-case';
import { readSource } from '../../server/src/core/source/document';
import { VALID_NOTA, check } from '../support/check';

const SIZE = 200 * 1024;

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

describe('worst-case Markdown (issue 22)', function () {
  this.timeout(180000);
  let normal = 0;

  before(() => {
    const text = VALID_NOTA.repeat(Math.ceil(SIZE / VALID_NOTA.length));
    check(text);
    normal = seconds(() => check(text));
  });

  for (const [family, make] of Object.entries(WORST_CASE_FAMILIES)) {
    it(`${family}: 200 KB within 20× a normal nota of that size + 1 s`, () => {
      const text = make(SIZE);
      const taken = seconds(() => check(text));
      assert.ok(taken <= 20 * normal + 1, `${taken.toFixed(1)} s, bound ${(20 * normal + 1).toFixed(1)} s`);
    });
  }

  it('a 1 MB Nr/Vraag/Antwoord table is read whole, in time linear in its size (within 30× its 100 KB reading + 1 s)', () => {
    const table = (rows: number) => '| Nr. | Vraag | Antwoord |\n| --- | --- | --- |\n' + Array.from({ length: rows }, (_, i) => `| ${i + 1} | Vraag ${i + 1}? | Ja. |\n`).join('');
    const small = table(4500);
    const large = table(45000);
    readSource(small);
    const tenth = seconds(() => readSource(small));
    let source = readSource(small);
    const taken = seconds(() => (source = readSource(large)));
    assert.ok(large.length > 1024 * 1024, `${large.length} characters`);
    assert.deepEqual([source.tables.length, source.tables[0].rows.length, source.tooComplex.length], [1, 45000, 0]);
    assert.ok(taken <= 30 * tenth + 1, `${taken.toFixed(2)} s, bound ${(30 * tenth + 1).toFixed(2)} s`);
  });

  it('6 KB of list markers on one line: no stack overflow, one info finding on the line, the rest checked', () => {
    const line = `${'- + 1. 1) '.repeat(600)}x`;
    const text = VALID_NOTA.replace('### Kern\n\n', `### Kern\n\n${line}\n\n`);
    const { findings } = check(text);
    const start = text.indexOf(line);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'markdown-too-complex').map((f) => [f.severity, f.span]),
      [['information', { start, end: start + line.length }]],
    );
    // the rest checked as without the line (nota-length counts the line's 600 "words")
    const others = (list: typeof findings) => list.filter((f) => f.ruleId !== 'markdown-too-complex' && f.ruleId !== 'nota-length');
    assert.deepEqual(others(findings), others(check(VALID_NOTA).findings));
  });

  it('a paragraph of 3,000 emphasis openers is read as plain text; the headings after it are still sections', () => {
    const block = 'a* \n'.repeat(3000);
    const text = VALID_NOTA.replace('### Kern\n\n', `### Kern\n\n${block}\n`);
    const { doc, findings } = check(text);
    assert.equal(findings.filter((f) => f.ruleId === 'markdown-too-complex').length, 1);
    assert.deepEqual(doc.sections.map((s) => s.title), check(VALID_NOTA).doc.sections.map((s) => s.title));
  });

  it('200 KB of setext pairs without blank lines is read as 23,000 headings in linear time, given the time (micromark rebuilt the event list per heading)', () => {
    const text = WORST_CASE_FAMILIES['setext pairs without blank lines'](SIZE);
    const unbounded = { layer: { rules: { 'markdown-too-complex': { options: { msPerKb: 1e9, initialMs: 1e9 } } } } };
    let headings = 0;
    const taken = seconds(() => {
      headings = check(text, unbounded).doc.lines.filter((line) => line.headingDepth === 2).length;
    });
    assert.equal(headings, Math.ceil(SIZE / 9));
    assert.ok(taken <= 20 * normal + 1, `${taken.toFixed(1)} s, bound ${(20 * normal + 1).toFixed(1)} s`);
  });

  it('a block that runs out of budget is read as plain text, with its exact offsets', () => {
    const block = 'text\n---\n'.repeat(5000);
    const text = `${VALID_NOTA}\n${block}`;
    const { doc, findings } = check(text, { layer: { rules: { 'markdown-too-complex': { options: { msPerKb: 0.001, initialMs: 0.001 } } } } });
    const start = text.indexOf(block);
    assert.ok(doc.source.tooComplex.some((span) => span.start === start && span.end === text.length), JSON.stringify(doc.source.tooComplex));
    assert.ok(findings.some((f) => f.ruleId === 'markdown-too-complex' && f.span.start === start && f.span.end === start + 4));
    assert.ok(!doc.lines.slice(doc.lineIndex.positionAt(start).line).some((line) => line.block === 'heading'), 'no setext heading in the plain block');
  });
});
