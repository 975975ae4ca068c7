// The CLI with files that go wrong: huge files, a --fix killed while writing, and parity with the
// server's fix-all on generated notas.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { resolveConfig } from '../../server/src/core/config';
import { fixAllText } from '../../server/src/core/engine';
import { REPO } from '../support/check';
import { notaText } from '../robustness/generators';

const CLI = path.join(REPO, 'bin', 'nota.js');

describe('nota check with difficult files', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-files-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a file over 10 MB is refused with a clear message and exit code 2', () => {
    const file = path.join(dir, 'groot.nota.md');
    fs.writeFileSync(file, 'Kern\n'.repeat(2_200_000));
    const result = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /groot\.nota\.md: file is larger than 10 MB \(10\.5 MB\); not checked/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  it('--fix killed while it works leaves either the original or the fixed nota, never a mix', async () => {
    const original = `${'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst op 04-03-2024.\n\n'}${'Kern\nEen regel tekst op 04-03-2024 met een datum.\n\n'.repeat(20000)}`;
    const file = path.join(dir, 'lang.nota.txt');
    for (const delay of [50, 200, 400, 800, 1600]) {
      fs.writeFileSync(file, original);
      const child = spawn(process.execPath, [CLI, 'check', '--fix', file], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('close', resolve));
      const after = fs.readFileSync(file, 'utf8');
      assert.ok(after === original || (!after.includes('04-03-2024') && after.length > original.length), `after ${delay} ms the file is half-written (${after.length} characters)`);
    }
  });

  it('--fix writes the same text as the server\'s fix-all, for generated notas', () => {
    const samples = fc.sample(notaText, { numRuns: 6, seed: 42 });
    samples.forEach((text, i) => {
      const file = path.join(dir, `n${i}.nota.md`);
      fs.writeFileSync(file, text);
      spawnSync(process.execPath, [CLI, 'check', '--fix', file], { encoding: 'utf8' });
      const expected = fixAllText(text.replace(/^\uFEFF/, ''), { config: resolveConfig([]), locale: 'en', fileName: file });
      assert.equal(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), expected, `sample ${i}`);
    });
  });
});
