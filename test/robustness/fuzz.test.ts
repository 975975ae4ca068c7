// Fuzzing: mutated corpus documents and hostile inputs never crash or hang the checker, and a rule that
// throws becomes one diagnostic while the other rules still report. `npm run fuzz` runs longer.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { resolveConfig } from '../../server/src/core/config';
import { checkText, fixAllText } from '../../server/src/core/engine';
import { RULES } from '../../server/src/core/rules';
import type { AnyRule } from '../../server/src/core/rules/rule';
import { renderPreview } from '../../server/src/core/preview/render';
import { VALID_NOTA, corpusFiles } from '../support/check';
import { mutate } from './generators';

const ITERATIONS = Number(process.env.NOTA_FUZZ_ITERATIONS ?? 60);
/** The single-line input: 250 KB in `npm test`, 5 MB in `npm run fuzz`. */
const BIG_KB = Number(process.env.NOTA_FUZZ_BIG_KB ?? 250);
const options = (fileName: string) => ({ config: resolveConfig([]), locale: 'en' as const, fileName });

/** A small deterministic generator, so a failure can be replayed with NOTA_SEED. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function survives(text: string, fileName: string): void {
  const result = checkText(text, options(fileName));
  for (const finding of result.findings) assert.ok(finding.span.end <= text.length && finding.span.start >= 0);
  assert.ok(!result.findings.some((f) => f.message.includes('failed on this document')), 'a rule crashed');
  fixAllText(text, options(fileName));
  renderPreview(result, { mode: 'published', locale: 'nl', checkOptions: options(fileName) });
}

describe('fuzzing', function () {
  this.timeout(600000);
  const seed = Number(process.env.NOTA_SEED ?? 1123);

  it(`${ITERATIONS} rounds of mutations of each corpus document (seed ${seed})`, () => {
    const random = seeded(seed);
    for (const file of corpusFiles()) {
      let text = fs.readFileSync(file, 'utf8');
      for (let round = 0; round < ITERATIONS; round++) {
        text = mutate(text, random);
        if (text.length < 200) text = fs.readFileSync(file, 'utf8');
        try {
          survives(text, round % 2 ? file : 'fuzz.kv.md');
        } catch (error) {
          fs.writeFileSync('fuzz-failure.txt', text);
          throw new Error(`${file} round ${round} (input saved to fuzz-failure.txt): ${(error as Error).message}`);
        }
      }
    }
  });

  const hostile: Record<string, () => string> = {
    'a 100,000-deep blockquote': () => `${'>'.repeat(100000)} tekst\n`,
    'a 2,000-deep list': () => Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'),
    '100,000 emphasis markers': () => `${'*'.repeat(50000)}x${'*'.repeat(50000)}`,
    '100,000 brackets': () => `${'['.repeat(50000)}${']'.repeat(50000)}`,
    [`a single ${BIG_KB} KB line of prose, dates and numbers`]: () => 'Kern van de zaak op 12 maart 2024 jl., bel 06-12345678 of mail j.jansen@minbzk.nl. '.repeat(BIG_KB * 12),
    'NUL bytes, BOM, right-to-left and zero-width marks, lone CR': () => `\uFEFF${VALID_NOTA.replace(/\n/g, '\r').replace(/a/g, 'a\u200B').replace(/e/g, '\u202Ee\u0000')}`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`survives ${name}`, () => survives(make(), 'x.nota.md'));
  }

  it('a rule that throws becomes one diagnostic, and the other rules still report', () => {
    const broken: AnyRule = { id: 'section-empty', defaultSeverity: 'warning', description: '', appliesTo: ['nota'], defaultOptions: {}, check: () => { throw new Error('kapot'); } };
    const errors: string[] = [];
    const text = VALID_NOTA.replace('### Kern\n', '### Kern\n\n### Kernpunten\n');
    const { findings } = checkText(text, { ...options('x.nota.md'), rules: [broken, ...RULES.filter((r) => r.id !== 'section-empty')], onRuleError: (id) => errors.push(id) });
    assert.deepEqual(errors, ['section-empty']);
    const crash = findings.filter((f) => f.ruleId === 'section-empty');
    assert.deepEqual(crash.map((f) => [f.severity, f.message]), [['error', 'Rule "section-empty" failed on this document: kapot. The other rules still ran.']]);
    assert.ok(findings.some((f) => f.ruleId === 'section-duplicate'), 'the other rules still reported');
  });
});
