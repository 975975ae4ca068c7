// Issue 22, item 7: `ignore` globs run in linear time (cli/src/ignore.ts), with picomatch's meaning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { UnsupportedGlob, ignoreMatcher } from '../../cli/src/ignore';
import { REPO, VALID_NOTA } from '../support/check';

const GLOBS = ['concept/**', '**/*.kv.md', '*.nota.md', 'a?c.nota.md', '{oud,archief}/*.nota.txt', '**/x[0-9].nota.md', '.verborgen/**', 'map/**/diep/*.md'];
const PATHS = [
  'concept/kern.nota.md', 'concept/a/b.nota.md', 'concept', 'x.kv.md', 'map/x.kv.md', 'goed.nota.md', 'map/goed.nota.md', 'abc.nota.md', 'abbc.nota.md',
  'oud/n.nota.txt', 'archief/n.nota.txt', 'nieuw/n.nota.txt', 'oud/sub/n.nota.txt', 'q/x1.nota.md', 'x1.nota.md', 'x12.nota.md', '.verborgen/n.nota.md',
  'map/diep/n.md', 'map/a/b/diep/n.md', 'map/diepte/n.md', '.nota.md',
];

describe('ignore globs (issue 22)', () => {
  it('match as picomatch does, for each glob and path', () => {
    for (const glob of GLOBS) {
      const expected = picomatch(glob, { dot: true });
      const matcher = ignoreMatcher([glob]);
      for (const file of PATHS) assert.equal(matcher(file), expected(file), `${glob} against ${file}`);
    }
  });

  it('never ignore a file outside the configuration folder', () => {
    assert.equal(ignoreMatcher(['**'])('../x.nota.md'), false);
  });

  it('*a*a*a*a*a*a*a*a*a*a*b against a 200-character name at once (picomatch takes minutes from 60)', () => {
    const start = performance.now();
    assert.equal(ignoreMatcher(['*a*a*a*a*a*a*a*a*a*a*b'])('a'.repeat(200)), false);
    assert.ok(performance.now() - start < 1000, `${(performance.now() - start).toFixed(0)} ms`);
  });

  it('refuse a negation RE2 cannot match, by name', () => {
    assert.throws(() => ignoreMatcher(['!(concept).nota.md']), (error: unknown) => error instanceof UnsupportedGlob && /"!\(concept\)\.nota\.md" cannot be matched safely/.test(error.message));
  });

  it('nota check with such a glob and a long file name: done, the file checked', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-ignore-'));
    try {
      fs.writeFileSync(path.join(dir, '.notarc.json'), JSON.stringify({ ignore: ['*a*a*a*a*a*a*a*a*a*a*b'] }));
      fs.writeFileSync(path.join(dir, `${'a'.repeat(120)}.nota.md`), VALID_NOTA);
      const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.equal(result.signal, null, 'nota check did not finish');
      assert.equal(result.status, 0, result.stderr);
      assert.equal(JSON.parse(result.stdout).length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
