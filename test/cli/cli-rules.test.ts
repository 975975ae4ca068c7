// The example notas with typical faults, through the CLI's JSON: each rule at the right line, and
// applying the fixes it lists leaves only what needs a human decision.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/core/source/lines';
import { applyEdits } from '../../server/src/core/fixes';
import { REPO } from '../support/check';

interface JsonEdit { line: number; column: number; endLine: number; endColumn: number; text: string }
interface JsonDiagnostic { rule: string; line: number; severity: string; fixes?: { title: string; safe: boolean; edits: JsonEdit[] }[] }

function checkJson(file: string): JsonDiagnostic[] {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--format', 'json', '--locale', 'en', file], { encoding: 'utf8' });
  return JSON.parse(result.stdout)[0].diagnostics;
}

/** Applies the first fix of every diagnostic (skipping overlaps), as a user clicking each quick fix would. */
function applyListedFixes(text: string, diagnostics: JsonDiagnostic[]): string {
  const index = new LineIndex(text);
  const offset = (line: number, column: number) => index.offsetAt({ line: line - 1, character: column - 1 });
  const edits = diagnostics.flatMap((d) => d.fixes?.[0]?.edits ?? []).map((e) => ({ span: { start: offset(e.line, e.column), end: offset(e.endLine, e.endColumn) }, newText: e.text }));
  const chosen: typeof edits = [];
  for (const edit of edits.sort((a, b) => a.span.start - b.span.start)) {
    if (chosen.some((c) => c.span.start < edit.span.end && edit.span.start < c.span.end || (c.span.start === edit.span.start && c.span.end === edit.span.end))) continue;
    chosen.push(edit);
  }
  return applyEdits(text, chosen);
}

function fixUntilStable(file: string): JsonDiagnostic[] {
  for (let pass = 0; pass < 5; pass++) {
    const diagnostics = checkJson(file);
    if (!diagnostics.some((d) => d.fixes)) return diagnostics;
    fs.writeFileSync(file, applyListedFixes(fs.readFileSync(file, 'utf8'), diagnostics));
  }
  return checkJson(file);
}

describe('the faulty examples through the CLI', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-rules-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('references, dates, running header and Bijlagen: every rule at its line', () => {
    const diagnostics = checkJson(path.join(REPO, 'examples', 'fout', 'datums-en-bijlagen.nota.md'));
    assert.deepEqual(diagnostics.map((d) => `${d.line} ${d.rule}`), [
      '17 reference-year',
      '17 reference-format',
      '26 bijlagen-count',
      '30 date-weekday',
      '30 kamer-id-format',
      '30 date-relative',
      '31 date-invalid',
      '31 date-format',
      '31 date-relative',
      '35 bijlage-reference',
      '41 running-header-mismatch',
      '47 bijlagen-numbering',
      '48 bijlagen-name',
      '48 bijlagen-numbering',
    ]);
  });

  it('references, dates, running header and Bijlagen: the fixes leave only what has no fix', () => {
    const file = path.join(dir, 'x.nota.md');
    fs.copyFileSync(path.join(REPO, 'examples', 'fout', 'datums-en-bijlagen.nota.md'), file);
    const left = fixUntilStable(file).map((d) => d.rule).sort();
    // A wrong year, an impossible date, a jl. date after the nota, a missing Naam and a reference to a
    // bijlage that does not exist need the author; everything else was fixed.
    assert.deepEqual(left, ['bijlage-reference', 'bijlagen-name', 'date-invalid', 'date-relative', 'reference-year']);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^2021-0000012345$/m);
    assert.match(text, /Op maandag 4 maart 2024 .*\(2024Z01294\)/);
    assert.match(text, /advies van 4 maart 2024 jl\./);
    assert.match(text, /^\| 1 \| Ontwerpregeling \|/m);
  });

  it('a beantwoording with a missing answer, a wrong number and a dangling reference', () => {
    const file = path.join(REPO, 'examples', 'fout', 'beantwoording.kv.md');
    assert.deepEqual(checkJson(file).map((d) => `${d.line} ${d.severity} ${d.rule}`), ['9 error antwoord-missing', '15 error antwoord-mismatch', '16 error antwoord-crossref']);
    const copy = path.join(dir, 'b.kv.md');
    fs.copyFileSync(file, copy);
    assert.deepEqual(fixUntilStable(copy).map((d) => d.rule), ['antwoord-crossref']);
  });
});
