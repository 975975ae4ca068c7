// Nota before a commit: the pre-commit hooks (.pre-commit-hooks.yaml, and the offline `repo: local` form
// of docs/ci.md installed with Debian's pre-commit) and the plain git hook, each in a repository made here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { NOTA_FILE } from '../../cli/src/files';
import { REPO, VALID_NOTA } from '../support/check';
import { notaOnPath } from '../support/nota-on-path';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');
const UNMARKED = 'Aan Minister van BZK\nVan DGDOO\n\nTER INFORMATIE\n\nOnderwerp\n\nAanleiding\nTekst.\n';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
}

const publishedHooks = () => load(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** The `repo: local` configuration of docs/ci.md, as written there. */
function documentedLocalConfig(): { repos: { repo: string; hooks: Hook[] }[] } {
  const text = fs.readFileSync(path.join(REPO, 'docs', 'ci.md'), 'utf8');
  const configs = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => load(match[1]) as { repos?: { repo: string; hooks: Hook[] }[] });
  const local = configs.find((config) => config.repos?.[0]?.repo === 'local');
  assert.ok(local, 'docs/ci.md has a repo: local configuration');
  return local as { repos: { repo: string; hooks: Hook[] }[] };
}

function havePreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('nota before a commit', function () {
  this.timeout(120000);
  let root: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-hooks-'));
    const bin = notaOnPath(path.join(root, 'bin'));
    env = {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      LANG: 'en_US.UTF-8',
      NO_COLOR: '1',
      HOME: root,
      PRE_COMMIT_HOME: path.join(root, 'pre-commit-cache'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  function repository(name: string): { dir: string; git: (...args: string[]) => ReturnType<typeof spawnSync> & { output: string }; write: (file: string, text: string) => void } {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
      return Object.assign(result, { output: `${result.stdout}${result.stderr}` });
    };
    assert.equal(git('init', '-q', '-b', 'main').status, 0);
    return { dir, git, write: (file, text) => fs.writeFileSync(path.join(dir, file), text) };
  }
  const committed = (git: (...args: string[]) => { stdout: string | Buffer }) => String(git('-c', 'core.quotePath=false', 'ls-tree', '-r', '--name-only', 'HEAD').stdout).trim().split('\n').filter(Boolean);

  it('.pre-commit-hooks.yaml has the hooks nota and nota-fix (language node) for both kinds of document', () => {
    const hooks = publishedHooks();
    assert.deepEqual(hooks.map((hook) => [hook.id, hook.entry, hook.language]), [['nota', 'nota check', 'node'], ['nota-fix', 'nota check --fix', 'node']]);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const extensions: string[] = pkg.contributes.languages.flatMap((language: { extensions: string[] }) => language.extensions);
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      for (const extension of extensions) assert.match(`notas/a${extension}`, files, `${hook.id} takes ${extension}`);
      for (const other of ['README.md', 'a.txt', 'nota.md.bak', 'notas.json']) assert.doesNotMatch(other, files, `${hook.id} skips ${other}`);
    }
    assert.deepEqual(new Set(extensions), new Set(['.nota.md', '.nota', '.nota.txt', '.kv.md', '.kv.txt']));
  });

  it('the hooks take exactly the files that nota check finds in a folder (Word and PDF too, once it reads them)', () => {
    const names = ['a.nota.md', 'a.nota', 'a.nota.txt', 'a.kv.md', 'a.kv.txt', 'a.docx', 'a.pdf', 'a.md', 'a.txt', 'nota', 'a.nota.md.orig'];
    for (const hook of publishedHooks()) {
      const files = new RegExp(hook.files);
      assert.deepEqual(names.filter((name) => files.test(name)), names.filter((name) => NOTA_FILE.test(name)), hook.id);
    }
  });

  it('the documented local hook is the published one, run with the installed nota', () => {
    const [local] = documentedLocalConfig().repos[0].hooks;
    const [published] = publishedHooks();
    assert.deepEqual({ ...local, language: 'node' }, { id: published.id, name: published.name, entry: published.entry, language: published.language, files: published.files, types: published.types });
  });

  describe('with pre-commit (Debian package)', function () {
    before(function () {
      if (havePreCommit()) return;
      if (process.env.NOTA_REQUIRE_PRE_COMMIT) throw new Error('pre-commit is not installed: scripts/e2e/install.sh installs it (apt-get install pre-commit)');
      this.skip(); // `npm test` on a machine without pre-commit; `npm run test:e2e` installs it and runs these
    });

    it('refuses a commit of a broken nota, naming the finding, and lets a good one and other files through', () => {
      const { dir, git, write } = repository('pre-commit');
      fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), fs.readFileSync(path.join(REPO, 'docs', 'ci.md'), 'utf8').match(/^```yaml\n(repos:\n {2}- repo: local\n[\s\S]*?)^```$/m)![1]);
      const install = spawnSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' });
      assert.equal(install.status, 0, install.stdout + install.stderr);
      assert.ok(fs.existsSync(path.join(dir, '.git', 'hooks', 'pre-commit')));

      write('README.md', '# Dossier\n');
      git('add', 'README.md', '.pre-commit-config.yaml');
      const plain = git('commit', '-q', '-m', 'readme');
      assert.equal(plain.status, 0, plain.output);
      assert.match(plain.output, /nota check\.+\(no files to check\)Skipped/);

      write('kern.nota.md', KERN_MISSING);
      git('add', 'kern.nota.md');
      const broken = git('commit', '-q', '-m', 'broken');
      assert.notEqual(broken.status, 0, 'the commit of a broken nota was refused');
      assert.match(broken.output, /nota check\.+Failed/);
      assert.match(broken.output, /kern\.nota\.md\n\s+\d+:1\s+error\s+Required section "Kern" is missing/);
      assert.deepEqual(committed(git), ['.pre-commit-config.yaml', 'README.md']);

      write('kern.nota.md', VALID_NOTA);
      git('add', 'kern.nota.md');
      const good = git('commit', '-q', '-m', 'good');
      assert.equal(good.status, 0, good.output);
      assert.match(good.output, /nota check\.+Passed/);
      assert.deepEqual(committed(git), ['.pre-commit-config.yaml', 'README.md', 'kern.nota.md']);
    });

    it('nota-fix applies the safe fixes, stops the commit so they can be staged, and then lets it through', () => {
      const { dir, git, write } = repository('pre-commit-fix');
      const hook = publishedHooks().find((candidate) => candidate.id === 'nota-fix')!;
      // The published hook as a local one (docs/ci.md): language system, the nota on PATH.
      const config = { repos: [{ repo: 'local', hooks: [{ ...hook, language: 'system' }] }] };
      fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), JSON.stringify(config, null, 2));
      assert.equal(spawnSync('pre-commit', ['install'], { cwd: dir, env }).status, 0);
      write('plat.nota.txt', UNMARKED);
      git('add', '.');
      const first = git('commit', '-q', '-m', 'plat');
      assert.notEqual(first.status, 0);
      assert.match(first.output, /files were modified by this hook/);
      assert.match(fs.readFileSync(path.join(dir, 'plat.nota.txt'), 'utf8'), /^### Aanleiding$/m, 'the fix was applied in the working tree');
      git('add', 'plat.nota.txt');
      const second = git('commit', '-q', '-m', 'plat, fixed');
      // What is left (missing fields, sections) has no safe fix and is an error: still refused, unchanged.
      assert.notEqual(second.status, 0);
      assert.doesNotMatch(second.output, /files were modified/);
      assert.match(second.output, /field-missing/);
      write('plat.nota.txt', VALID_NOTA);
      git('add', 'plat.nota.txt');
      const good = git('commit', '-q', '-m', 'good');
      assert.equal(good.status, 0, good.output);
    });
  });

  describe('the plain git hook (scripts/git-hooks/pre-commit)', () => {
    it('refuses a broken nota, lets a good one and other files through, and names unstaged changes', () => {
      const { dir, git, write } = repository('git-hook');
      // As docs/ci.md says: copy it into .git/hooks.
      fs.copyFileSync(path.join(REPO, 'scripts', 'git-hooks', 'pre-commit'), path.join(dir, '.git', 'hooks', 'pre-commit'));
      fs.chmodSync(path.join(dir, '.git', 'hooks', 'pre-commit'), 0o755);

      write('README.md', '# Dossier\n');
      git('add', 'README.md');
      assert.equal(git('commit', '-q', '-m', 'readme').status, 0);

      fs.mkdirSync(path.join(dir, 'map met spatie'));
      write('map met spatie/beëindiging.nota.md', KERN_MISSING);
      git('add', '.');
      const broken = git('commit', '-q', '-m', 'broken');
      assert.notEqual(broken.status, 0);
      assert.match(broken.output, /map met spatie\/beëindiging\.nota\.md\n\s+\d+:1\s+error\s+Required section "Kern"/);
      assert.deepEqual(committed(git), ['README.md']);

      write('map met spatie/beëindiging.nota.md', VALID_NOTA);
      git('add', '.');
      write('map met spatie/beëindiging.nota.md', `${VALID_NOTA}\nNog niet gestaged.\n`);
      const good = git('commit', '-q', '-m', 'good');
      assert.equal(good.status, 0, good.output);
      assert.match(good.output, /map met spatie\/beëindiging\.nota\.md has unstaged changes; the working copy is checked/);
      assert.deepEqual(committed(git), ['README.md', 'map met spatie/beëindiging.nota.md']);
    });

    it('says so when no nota command can be found', () => {
      const { dir, git, write } = repository('git-hook-no-nota');
      fs.copyFileSync(path.join(REPO, 'scripts', 'git-hooks', 'pre-commit'), path.join(dir, '.git', 'hooks', 'pre-commit'));
      fs.chmodSync(path.join(dir, '.git', 'hooks', 'pre-commit'), 0o755);
      write('a.nota.md', VALID_NOTA);
      git('add', '.');
      const result = spawnSync('git', ['commit', '-q', '-m', 'a'], { cwd: dir, env: { ...env, PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /the nota command was not found \(install Nota, or set NOTA=\/path\/to\/nota\)/);
    });
  });
});
