// Issue 22, items 8 and 10: the CLI reads only regular files, counts the size while reading, and
// `--fix` writes the file the user means: through a symlink, keeping mode, owner and hard links, and
// never over a file that changed since it was read or that the user may not write.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileError, readFileBytes } from '../../cli/src/read';
import { REPO } from '../support/check';

const CLI = path.join(REPO, 'bin', 'nota.js');
const FIXABLE = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst op 04-03-2024.\n';
const FIXED = FIXABLE.replace('04-03-2024', '4 maart 2024').replace('\nAanleiding\n', '\n### Aanleiding\n');

describe('nota check: which files it reads and how --fix writes them (issue 22)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-fix-files-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const nota = (args: string[], options: { env?: NodeJS.ProcessEnv; user?: number } = {}) => {
    const command = options.user === undefined ? [process.execPath, CLI] : ['setpriv', `--reuid=${options.user}`, `--regid=${options.user}`, '--clear-groups', process.execPath, CLI];
    const result = spawnSync(command[0], [...command.slice(1), 'check', ...args], { cwd: dir, encoding: 'utf8', timeout: 30000, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...options.env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
  };

  it('a FIFO named like a nota: refused at once with exit 2, the other file still checked', () => {
    spawnSync('mkfifo', [path.join(dir, 'pijp.nota.md')]);
    fs.writeFileSync(path.join(dir, 'goed.nota.txt'), FIXABLE);
    const result = nota(['--format', 'json', 'pijp.nota.md', 'goed.nota.txt']);
    assert.equal(result.signal, null, 'the check did not finish');
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'nota: pijp.nota.md: a named pipe (FIFO), not a regular file; not checked\n');
    const entries = JSON.parse(result.stdout) as { file: string; error?: string; diagnostics?: unknown[] }[];
    assert.deepEqual(entries[0], { file: 'pijp.nota.md', error: 'a named pipe (FIFO), not a regular file; not checked' });
    assert.equal(entries[1].file, 'goed.nota.txt');
    assert.ok((entries[1].diagnostics ?? []).length > 0);
  });

  it('a link to /dev/zero named like a nota: refused as a device, nothing read', () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'nul.nota.md'));
    const result = nota(['nul.nota.md']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'nota: nul.nota.md: a device, not a regular file; not checked\n');
  });

  it('the size limit counts the bytes read, not what stat says (0 for a generated file)', () => {
    assert.equal(fs.statSync('/proc/self/status').size, 0);
    assert.throws(() => readFileBytes('/proc/self/status', 100), (error: unknown) => error instanceof FileError && /larger than .* MB \(it grew while it was read\)/.test(error.message));
    assert.match(readFileBytes('/proc/self/status').toString('utf8'), /^Name:/);
  });

  it('--fix through a symlink fixes its target and leaves the link a link', () => {
    fs.mkdirSync(path.join(dir, 'echt'));
    fs.writeFileSync(path.join(dir, 'echt', 'nota.nota.txt'), FIXABLE);
    fs.symlinkSync(path.join('echt', 'nota.nota.txt'), path.join(dir, 'link.nota.txt'));
    nota(['--fix', 'link.nota.txt']);
    assert.ok(fs.lstatSync(path.join(dir, 'link.nota.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'echt', 'nota.nota.txt'), 'utf8'), FIXED);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'echt')), ['nota.nota.txt'], 'no temporary file left');
  });

  it('--fix keeps the mode (also bits the umask would clear), the owner and the group', () => {
    const file = path.join(dir, 'nota.nota.txt');
    fs.writeFileSync(file, FIXABLE);
    fs.chmodSync(file, 0o666);
    if (process.getuid?.() === 0) fs.chownSync(file, 1234, 2345);
    const umask = process.umask(0o022);
    try {
      nota(['--fix', 'nota.nota.txt']);
    } finally {
      process.umask(umask);
    }
    const stat = fs.statSync(file);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(stat.mode & 0o777, 0o666);
    if (process.getuid?.() === 0) assert.deepEqual([stat.uid, stat.gid], [1234, 2345]);
  });

  it('--fix of a file with two hard links: both names show the fix, still one file', () => {
    const file = path.join(dir, 'nota.nota.txt');
    fs.writeFileSync(file, FIXABLE);
    fs.linkSync(file, path.join(dir, 'ook.nota.txt'));
    const inode = fs.statSync(file).ino;
    nota(['--fix', 'nota.nota.txt']);
    assert.equal(fs.readFileSync(path.join(dir, 'ook.nota.txt'), 'utf8'), FIXED);
    assert.equal(fs.statSync(file).ino, inode);
    assert.equal(fs.statSync(file).nlink, 2);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['nota.nota.txt', 'ook.nota.txt'], 'no backup left');
  });

  it('--fix writes nothing when the file changed since it was read (a line saved by an editor), and says so', () => {
    const file = path.join(dir, 'nota.nota.txt');
    fs.writeFileSync(file, FIXABLE);
    // An editor saves a line after nota read the file and before it writes the fix (when --fix starts writing).
    const hook = path.join(dir, 'editor.cjs');
    fs.writeFileSync(
      hook,
      `const fs = require('node:fs');
const realpath = fs.realpathSync;
let saved = false;
fs.realpathSync = function (file, ...rest) {
  if (!saved && String(file).endsWith('nota.nota.txt') && /writeFixedNotaFile/.test(new Error().stack)) { saved = true; fs.appendFileSync(file, 'Een regel uit de editor.\\n'); }
  return realpath.call(this, file, ...rest);
};`,
    );
    const result = nota(['--fix', 'nota.nota.txt'], { env: { NODE_OPTIONS: `--require ${JSON.stringify(hook)}` } });
    assert.equal(fs.readFileSync(file, 'utf8'), `${FIXABLE}Een regel uit de editor.\n`);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^nota: nota\.nota\.txt: the file changed since it was read; not fixed \(check it again\)$/m);
  });

  it('--fix refuses a read-only file of another user in a folder everyone may write, and leaves it theirs', function () {
    if (process.getuid?.() !== 0) this.skip();
    fs.chmodSync(dir, 0o1777);
    const file = path.join(dir, 'nota.nota.txt');
    fs.writeFileSync(file, FIXABLE);
    fs.chmodSync(file, 0o444);
    const result = nota(['--fix', 'nota.nota.txt'], { user: 65534 });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /nota\.nota\.txt: you may not write this file \(its permissions do not allow it\); not fixed/);
    const stat = fs.statSync(file);
    assert.deepEqual([stat.uid, stat.mode & 0o777, fs.readFileSync(file, 'utf8')], [0, 0o444, FIXABLE]);
  });
});
