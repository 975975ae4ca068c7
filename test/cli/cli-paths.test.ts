// Issue 22, item 14: folders and globs with symlinks: each file once, a loop walked once, symlinked
// files included, and a glob matches files by their own name (not files inside a folder that matches).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandPaths } from '../../cli/src/files';

describe('PATH arguments with symlinks (issue 22)', () => {
  let dir: string;
  const files = (args: string[]) => expandPaths(args, dir).files.map((file) => path.relative(dir, file));
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nota-paths-')));
    fs.mkdirSync(path.join(dir, 'map', 'sub'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'x.nota.md'));
    fs.mkdirSync(path.join(dir, 'elders'));
    fs.writeFileSync(path.join(dir, 'map', 'a.nota.md'), 'a');
    fs.writeFileSync(path.join(dir, 'map', 'sub', 'b.nota.md'), 'b');
    fs.writeFileSync(path.join(dir, 'x.nota.md', 'in.nota.md'), 'c');
    fs.writeFileSync(path.join(dir, 'elders', 'c.nota.md'), 'c');
    fs.symlinkSync('..', path.join(dir, 'map', 'sub', 'terug'));
    fs.symlinkSync(path.join('..', 'elders', 'c.nota.md'), path.join(dir, 'map', 'gelinkt.nota.md'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder walk includes a symlinked file and walks a link back up once', () => {
    assert.deepEqual(files(['map']), ['map/a.nota.md', 'map/gelinkt.nota.md', 'map/sub/b.nota.md']);
  });

  it('a glob through a link back up lists each file once', () => {
    assert.deepEqual(files(['map/**/*.nota.md']), ['map/a.nota.md', 'map/gelinkt.nota.md', 'map/sub/b.nota.md']);
  });

  it('a file named twice (by its name and through a link) is checked once', () => {
    assert.deepEqual(files(['elders/c.nota.md', 'map']), ['elders/c.nota.md', 'map/a.nota.md', 'map/sub/b.nota.md']);
  });

  it('*.nota.md does not match a file inside a folder named x.nota.md; ./ and ../ globs work', () => {
    assert.deepEqual(files(['*.nota.md']), []);
    assert.deepEqual(expandPaths(['*.nota.md'], dir).missing, ['*.nota.md']);
    assert.deepEqual(files(['./map/*.nota.md']), ['map/a.nota.md', 'map/gelinkt.nota.md']);
    assert.deepEqual(expandPaths([`../${path.basename(dir)}/x.nota.md/*.nota.md`], dir).files, [path.join(dir, 'x.nota.md', 'in.nota.md')]);
  });
});
