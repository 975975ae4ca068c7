// Property tests: for every generated nota and arbitrary text, the checker never throws, every range lies
// in the document, every fix applies, fix-all loses no text it did not mean to replace and is idempotent.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveConfig } from '../../server/src/core/config';
import { parseDutchDate } from '../../server/src/core/dates';
import { checkText, fixAllText } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { anyText, notaText } from './generators';

const RUNS = Number(process.env.NOTA_PROPERTY_RUNS ?? 150);
const options = (fileName: string) => ({ config: resolveConfig([]), locale: 'en' as const, fileName, now: new Date('2024-03-15T12:00:00Z') });
const FILES = ['x.nota.md', 'x.kv.md', 'x.nota.txt'];

/** Letters and digits of a text as a multiset (markup and case ignored). */
function letters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.replace(/<[^<>]{0,20}>/g, '').toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

function contained(part: Map<string, number>, whole: Map<string, number>): boolean {
  return [...part].every(([char, count]) => (whole.get(char) ?? 0) >= count);
}

/** A safe fix may restyle text, never drop it: the letters it replaces reappear (dates: the same date). */
function assertKeepsText(text: string, finding: Finding): void {
  for (const fix of finding.fixes.filter((f) => f.safe)) {
    for (const edit of fix.edits) {
      const original = text.slice(edit.span.start, edit.span.end);
      if (finding.ruleId === 'date-format') {
        const before = parseDutchDate(original);
        const after = parseDutchDate(edit.newText);
        assert.deepEqual([after?.day, after?.month, after?.year], [before?.day, before?.month, before?.year], `date-format changed the date "${original}"`);
      } else {
        assert.ok(contained(letters(original), letters(edit.newText)), `${finding.ruleId} dropped text: "${original}" -> "${edit.newText}"`);
      }
    }
  }
}

function assertSound(text: string, fileName: string): void {
  const { findings } = checkText(text, options(fileName));
  for (const finding of findings) {
    assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length, `${finding.ruleId}: range ${finding.span.start}-${finding.span.end} outside a text of ${text.length}`);
    assert.notEqual(finding.ruleId, undefined);
    assert.ok(!finding.message.startsWith(`Rule "${finding.ruleId}" failed`), `rule crashed: ${finding.message}`);
    for (const fix of finding.fixes) {
      const fixed = applyEdits(text, fix.edits); // throws on overlapping or out-of-range edits
      checkText(fixed, options(fileName));
    }
    assertKeepsText(text, finding);
  }
  const once = fixAllText(text, options(fileName));
  assert.equal(fixAllText(once, options(fileName)), once, 'fix-all is not idempotent');
}

describe('properties of the checker', function () {
  this.timeout(300000);

  it(`holds for ${RUNS} generated notas, beantwoordingen and plain-text notas`, () => {
    fc.assert(fc.property(notaText, fc.constantFrom(...FILES), (text, fileName) => assertSound(text, fileName)), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });

  it(`holds for ${RUNS} arbitrary strings (control characters, lone surrogates)`, () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...FILES), (text, fileName) => assertSound(text, fileName)), { numRuns: RUNS, seed: Number(process.env.NOTA_SEED ?? 20261123) });
  });
});
