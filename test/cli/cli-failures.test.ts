// Issue 22, item 2: a file whose check fails (a crash, a worker that stops, unreadable) is reported by
// name with the reason, on stderr, in JSON ({"file", "error"}) and in SARIF (a notification), and every
// other file's findings are still printed; exit 2. With and without worker processes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, VALID_NOTA } from '../support/check';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');
const MARK = 'KAPOT-INJECTIE';

/**
 * Fault injection through NODE_OPTIONS (it reaches the worker processes too): reading a file whose bytes
 * hold the mark throws as a bug in the checker would, or (`exit`) stops the worker process checking it.
 */
const INJECTION = `
const includes = Buffer.prototype.includes;
Buffer.prototype.includes = function (value, ...rest) {
  if (value === 0 && includes.call(this, ${JSON.stringify(MARK)})) {
    if (process.env.NOTA_INJECT === 'exit' && process.env.NOTA_CLI_WORKER) process.exit(3);
    throw new RangeError('Maximum call stack size exceeded');
  }
  return includes.call(this, value, ...rest);
};
`;

describe('nota check when one file fails (issue 22)', function () {
  this.timeout(120000);
  let dir: string;
  let inject: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-failures-'));
    inject = path.join(dir, 'inject.cjs');
    fs.writeFileSync(inject, INJECTION);
    for (let i = 0; i < 40; i++) {
      fs.mkdirSync(path.join(dir, 'map'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'map', `nota-${String(i).padStart(2, '0')}.nota.md`), i === 17 ? `${VALID_NOTA}\n${MARK}\n` : i % 4 === 0 ? KERN_MISSING : VALID_NOTA);
    }
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], mode = 'throw') => {
    const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', ...args, 'map'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', NOTA_INJECT: mode, NODE_OPTIONS: `--require ${JSON.stringify(inject)}` },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  for (const concurrency of ['off', '2']) {
    it(`a crash in one file: named on stderr and in JSON, the other 39 reported (--concurrency ${concurrency})`, () => {
      const result = run(['--format', 'json', '--concurrency', concurrency]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^nota: map\/nota-17\.nota\.md: the check failed \(RangeError: Maximum call stack size exceeded\); please report this with the file$/m);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      const entries = JSON.parse(result.stdout) as { file: string; error?: string; diagnostics?: { rule: string }[] }[];
      assert.equal(entries.length, 40);
      assert.deepEqual(entries[17], { file: 'map/nota-17.nota.md', error: 'the check failed (RangeError: Maximum call stack size exceeded); please report this with the file' });
      assert.deepEqual(
        entries.filter((entry) => entry.diagnostics?.some((d) => d.rule === 'section-missing')).map((entry) => entry.file),
        Array.from({ length: 10 }, (_, i) => `map/nota-${String(i * 4).padStart(2, '0')}.nota.md`),
      );
    });
  }

  it('a crash in one file: a SARIF tool execution notification naming it, and the results of the others', () => {
    const result = run(['--format', 'sarif', '--concurrency', 'off']);
    assert.equal(result.code, 2);
    const [sarifRun] = JSON.parse(result.stdout).runs;
    assert.equal(sarifRun.invocations[0].executionSuccessful, false);
    assert.deepEqual(sarifRun.invocations[0].toolExecutionNotifications, [
      {
        level: 'error',
        message: { text: 'the check failed (RangeError: Maximum call stack size exceeded); please report this with the file' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'map/nota-17.nota.md' } } }],
      },
    ]);
    assert.equal(sarifRun.results.filter((r: { ruleId: string }) => r.ruleId === 'section-missing').length, 10);
  });

  it('a file that stops its worker process: named with the reason, the files of its batch still checked', () => {
    const result = run(['--format', 'json', '--concurrency', '2'], 'exit');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'nota: map/nota-17.nota.md: the check stopped its worker process (exit code 3); the file is too large or too complex to check\n');
    const entries = JSON.parse(result.stdout) as { file: string; error?: string }[];
    assert.equal(entries.length, 40);
    assert.deepEqual(entries.filter((entry) => entry.error).map((entry) => entry.file), ['map/nota-17.nota.md']);
  });

  it('the stylish output lists the other files and stderr names the failed one', () => {
    const result = run(['--concurrency', 'off']);
    assert.equal(result.code, 2);
    assert.match(result.stdout, /10 problems \(10 errors, 0 warnings, 0 info, 0 hints\) in 39 files/);
    assert.match(result.stderr, /nota-17\.nota\.md: the check failed/);
  });

  it('6 KB of list markers on one line among good files: every file reported, that one with an info finding', () => {
    fs.writeFileSync(path.join(dir, 'map', 'nota-17.nota.md'), VALID_NOTA.replace('### Kern\n\n', `### Kern\n\n${'- + 1. 1) '.repeat(600)}x\n\n`));
    const result = run(['--format', 'json', '--concurrency', 'off']);
    assert.equal(result.code, 1, result.stderr);
    const entries = JSON.parse(result.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.equal(entries.length, 40);
    // the block read as plain text, and the rest of that nota checked as usual (its sections found; nota-length counts the 6 KB line)
    assert.deepEqual(entries[17].diagnostics.map((d) => d.rule).filter((rule) => rule !== 'nota-length'), ['markdown-too-complex']);
  });
});
