// The `nota` command as users and CI run it: formats, exit codes, folders, globs, --fix, bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, VALID_NOTA, readCorpus } from '../support/check';

const KERN_MISSING = VALID_NOTA.replace(/### Kern\n\n- .*\n\n/, '');

function nota(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nota check (CLI)', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };

  it('exits 0 on a valid nota, and says so', () => {
    write('goed.nota.md', VALID_NOTA);
    const result = nota(['check', 'goed.nota.md'], dir);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /1 file checked, no problems/);
  });

  it('--format json reports section-missing at the right line, with the fix that inserts ### Kern', () => {
    write('kern.nota.md', KERN_MISSING);
    const result = nota(['check', '--format', 'json', 'kern.nota.md'], dir);
    assert.equal(result.code, 1);
    const [file] = JSON.parse(result.stdout);
    assert.equal(file.file, 'kern.nota.md');
    assert.equal(file.kind, 'nota');
    const line = KERN_MISSING.split('\n').indexOf('### Informatie die niet openbaar gemaakt kan worden') + 1;
    const [diagnostic] = file.diagnostics;
    // in the blank line before that heading (empty), where the section belongs
    assert.deepEqual(
      { rule: diagnostic.rule, severity: diagnostic.severity, line: diagnostic.line, column: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn },
      { rule: 'section-missing', severity: 'error', line: line - 1, column: 1, endLine: line - 1, endColumn: 1 },
    );
    assert.equal(diagnostic.message, 'Required section "Kern" is missing (it belongs before "Informatie die niet openbaar gemaakt kan worden").');
    assert.deepEqual(diagnostic.fixes[0].edits, [{ line, column: 1, endLine: line, endColumn: 1, text: '### Kern\n\n[De kern van de zaak in enkele punten.]\n\n' }]);
  });

  it('stylish output lists line:column, severity, message and rule, with a summary', () => {
    write('kern.nota.md', KERN_MISSING);
    const result = nota(['check', 'kern.nota.md'], dir);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^kern\.nota\.md\n {2}\d+:1 {2}error {4}Required section "Kern" is missing .* {2}section-missing$/m);
    assert.match(result.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 info, 0 hints\) in 1 file/);
  });

  it('--format sarif gives SARIF 2.1.0 with one rule entry per rule id', () => {
    write('kern.nota.md', KERN_MISSING);
    const sarif = JSON.parse(nota(['check', '--format', 'sarif', 'kern.nota.md'], dir).stdout);
    assert.equal(sarif.version, '2.1.0');
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(rules).size, rules.length);
    assert.ok(rules.includes('section-missing'));
    assert.equal(sarif.runs[0].results[0].ruleId, 'section-missing');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'kern.nota.md');
  });

  it('checks folders recursively (only nota files) and globs', () => {
    write('a/goed.nota.md', VALID_NOTA);
    write('a/b/kern.nota.md', KERN_MISSING);
    write('a/b/notities.md', '# not a nota');
    write('a/node_modules/x.nota.md', KERN_MISSING);
    const folder = JSON.parse(nota(['check', '--format', 'json', 'a'], dir).stdout);
    assert.deepEqual(folder.map((f: { file: string }) => f.file), [path.join('a', 'b', 'kern.nota.md'), path.join('a', 'goed.nota.md')]);
    const glob = JSON.parse(nota(['check', '--format', 'json', 'a/**/kern.*'], dir).stdout);
    assert.deepEqual(glob.map((f: { file: string }) => f.file), [path.join('a', 'b', 'kern.nota.md')]);
  });

  it('--type forces the kind of other files', () => {
    write('seed.txt', readCorpus('002'));
    assert.equal(JSON.parse(nota(['check', '--format', 'json', 'seed.txt'], dir).stdout)[0].kind, 'beantwoording');
    const forced = nota(['check', '--format', 'json', '--type', 'nota', 'seed.txt'], dir);
    assert.equal(JSON.parse(forced.stdout)[0].kind, 'nota');
    assert.equal(forced.code, 1);
  });

  it('exits 2 with a clear message for a missing file, and still reports the others', () => {
    write('goed.nota.md', VALID_NOTA);
    const result = nota(['check', 'weg.nota.md', 'goed.nota.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^nota: no such file, folder or matching glob: weg\.nota\.md$/m);
    assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'stack trace shown');
  });

  it('exits 2 for a usage error, an unknown format, and no PATH', () => {
    assert.equal(nota(['check', '--format', 'xml', 'x'], dir).code, 2);
    assert.match(nota(['check', '--format', 'xml', 'x'], dir).stderr, /Unknown format "xml"/);
    assert.equal(nota(['check'], dir).code, 2);
    assert.equal(nota(['lint', 'x'], dir).code, 2);
    assert.equal(nota(['check', '--bogus', 'x'], dir).code, 2);
  });

  it('exits 2 for binary and non-UTF-8 files, naming the file and the reason', () => {
    fs.writeFileSync(path.join(dir, 'bin.nota.md'), Buffer.from([0x41, 0x00, 0x42]));
    fs.writeFileSync(path.join(dir, 'latin1.nota.md'), Buffer.from('Caf\xe9', 'latin1'));
    const result = nota(['check', 'bin.nota.md', 'latin1.nota.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bin\.nota\.md: binary file/);
    assert.match(result.stderr, /latin1\.nota\.md: not valid UTF-8/);
  });

  it('exits 2 for a broken configuration, naming the file, line and reason', () => {
    write('.notarc.json', '{ "rules": { "section-missing": "of" } }');
    write('kern.nota.md', KERN_MISSING);
    const result = nota(['check', 'kern.nota.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(`broken configuration ${path.join(dir, '.notarc.json').replace(/[.\\]/g, '\\$&')}:1:33: Rule "section-missing"`));
    assert.match(result.stdout, /section-missing/, 'the defaults kept working');
  });

  it('--config FILE replaces discovery; --print-config shows values and their origins', () => {
    write('sub/.notarc.json', JSON.stringify({ rules: { 'section-missing': 'off' } }));
    write('sub/kern.nota.md', KERN_MISSING);
    write('strict.json', JSON.stringify({ rules: { 'section-missing': 'warning' } }));
    assert.equal(nota(['check', 'sub/kern.nota.md'], dir).code, 0);
    const explicit = JSON.parse(nota(['check', '--format', 'json', '--config', 'strict.json', 'sub/kern.nota.md'], dir).stdout);
    assert.equal(explicit[0].diagnostics[0].severity, 'warning');
    const printed = JSON.parse(nota(['check', '--print-config', 'sub/kern.nota.md'], dir).stdout);
    assert.deepEqual(printed.config.rules, { 'section-missing': { severity: 'off' } });
    assert.equal(printed.origins['rules.section-missing'], path.join(dir, 'sub', '.notarc.json'));
    assert.equal(printed.origins.purposes, 'default');
  });

  it('ignore globs in .notarc.json skip files', () => {
    write('.notarc.json', JSON.stringify({ ignore: ['concept/**'] }));
    write('concept/kern.nota.md', KERN_MISSING);
    write('goed.nota.md', VALID_NOTA);
    const result = JSON.parse(nota(['check', '--format', 'json', '.'], dir).stdout);
    assert.deepEqual(result.map((f: { file: string }) => f.file), ['goed.nota.md']);
  });

  it('--fix applies safe fixes in place, keeps BOM and CRLF, and reports what is left', () => {
    const plain = '\uFEFFAan Minister van BZK\r\nVan DGDOO\r\n\r\nTER INFORMATIE\r\n\r\nOnderwerp\r\n\r\nAanleiding\r\nTekst.\r\n\r\nKern\r\nKern.\r\n';
    write('plat.nota.txt', plain);
    const result = nota(['check', '--fix', '--format', 'json', 'plat.nota.txt'], dir);
    const after = fs.readFileSync(path.join(dir, 'plat.nota.txt'), 'utf8');
    assert.equal(after, plain.replace('\r\nAanleiding\r\n', '\r\n### Aanleiding\r\n').replace('\r\nKern\r\n', '\r\n### Kern\r\n'));
    const rules = JSON.parse(result.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(!rules.includes('heading-unmarked'));
    assert.ok(rules.includes('field-missing'));
    assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'a temporary file was left behind');
  });

  it('--concurrency 2 gives the same output, stderr and exit code as one thread, in file order, and --fix works in the workers', () => {
    for (let i = 0; i < 24; i++) write(`map-${String(i).padStart(2, '0')}/nota-${i}.nota.md`, i % 3 === 0 ? KERN_MISSING : VALID_NOTA);
    fs.writeFileSync(path.join(dir, 'map-05', 'kapot.nota.md'), Buffer.from([0x41, 0x00, 0x42]));
    write('map-07/plat.nota.txt', 'Aan Minister van BZK\n\nAanleiding\nTekst.\n');
    const single = nota(['check', '--format', 'json', '--concurrency', 'off', '.'], dir);
    const threaded = nota(['check', '--format', 'json', '--concurrency', '2', '.'], dir);
    assert.equal(single.code, 2, 'the binary file makes it exit 2');
    assert.equal(threaded.code, single.code);
    assert.equal(threaded.stdout, single.stdout);
    assert.equal(threaded.stderr, single.stderr);
    const entries = JSON.parse(threaded.stdout) as { file: string; error?: string }[];
    const files = entries.map((entry) => entry.file);
    assert.equal(files.length, 26);
    assert.deepEqual(files, [...files].sort(), 'reports in file order, the failed file in its place');
    assert.deepEqual(entries.filter((entry) => entry.error), [{ file: 'map-05/kapot.nota.md', error: 'binary file (contains NUL bytes); not checked' }]);

    const fixed = nota(['check', '--fix', '--concurrency', '2', '--format', 'json', '.'], dir);
    assert.equal(fixed.code, 2);
    assert.match(fs.readFileSync(path.join(dir, 'map-07', 'plat.nota.txt'), 'utf8'), /^### Aanleiding$/m, 'a worker applied the fix');
  });

  it('--concurrency: a worker process that dies makes nota say so and exit 2', () => {
    for (let i = 0; i < 20; i++) write(`nota-${i}.nota.md`, VALID_NOTA);
    // NODE_OPTIONS reaches the worker processes through their environment; only they stop.
    const stopWorker = path.join(dir, 'stop-worker.cjs');
    fs.writeFileSync(stopWorker, 'if (process.env.NOTA_CLI_WORKER) process.exit(3);\n');
    const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'nota.js'), 'check', '--concurrency', '2', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${JSON.stringify(stopWorker)}` },
    });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'nota: a worker process stopped with exit code 3 (check again with --concurrency off)\n');
    assert.equal(result.stdout, '');
  });

  it('--concurrency takes a number, auto or off', () => {
    write('goed.nota.md', VALID_NOTA);
    assert.equal(nota(['check', '--concurrency', 'auto', 'goed.nota.md'], dir).code, 0);
    const wrong = nota(['check', '--concurrency', 'veel', 'goed.nota.md'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--concurrency takes a number of threads, auto or off, not "veel"/);
  });

  it('--locale nl gives Dutch messages', () => {
    write('kern.nota.md', KERN_MISSING);
    assert.match(nota(['check', '--locale', 'nl', 'kern.nota.md'], dir).stdout, /Verplichte sectie "Kern" ontbreekt/);
  });

  describe('stylish output follows --locale (labels and summary; JSON and SARIF stay fixed)', () => {
    // A misspelt Aanleiding: an info (unknown section) and an error (the required section is missing); an empty Communicatie: a warning.
    const TEXT = VALID_NOTA.replace('### Aanleiding', '### Aanleding').replace('### Informatie die niet openbaar', '### Communicatie\n\n### Informatie die niet openbaar');
    const lines = TEXT.split('\n');
    const at = (line: string) => lines.indexOf(line) + 1;

    it('English: error, warning, info; "✖ 3 problems (1 error, 1 warning, 1 info, 0 hints) in 2 files"', () => {
      write('fout.nota.md', TEXT);
      write('goed.nota.md', VALID_NOTA);
      const result = nota(['check', '--locale', 'en', 'fout.nota.md', 'goed.nota.md'], dir);
      assert.equal(result.code, 1);
      assert.equal(
        result.stdout,
        [
          'fout.nota.md',
          `  ${at('### Aanleding')}:5  info     Unknown section "Aanleding". Did you mean "Aanleiding"?  section-unknown`,
          `  ${at('### Geadviseerd besluit') - 1}:1  error    Required section "Aanleiding" is missing (it belongs before "Geadviseerd besluit").  section-missing`,
          `  ${at('### Communicatie')}:1  warning  Section "Communicatie" has no text.  section-empty`,
          '',
          '✖ 3 problems (1 error, 1 warning, 1 info, 0 hints) in 2 files',
          '',
        ].join('\n'),
      );
      assert.equal(nota(['check', '--locale', 'en', 'goed.nota.md'], dir).stdout, '✔ 1 file checked, no problems\n');
    });

    it('Dutch: fout, waarschuwing, informatie; "✖ 3 problemen (1 fout, 1 waarschuwing, 1 informatie, 0 hints) in 2 bestanden"', () => {
      write('fout.nota.md', TEXT);
      write('goed.nota.md', VALID_NOTA);
      const result = nota(['check', '--locale', 'nl', 'fout.nota.md', 'goed.nota.md'], dir);
      assert.equal(result.code, 1);
      assert.equal(
        result.stdout,
        [
          'fout.nota.md',
          `  ${at('### Aanleding')}:5  informatie    Onbekende sectie "Aanleding". Bedoelt u "Aanleiding"?  section-unknown`,
          `  ${at('### Geadviseerd besluit') - 1}:1  fout          Verplichte sectie "Aanleiding" ontbreekt (die hoort vóór "Geadviseerd besluit").  section-missing`,
          `  ${at('### Communicatie')}:1  waarschuwing  Sectie "Communicatie" bevat geen tekst.  section-empty`,
          '',
          '✖ 3 problemen (1 fout, 1 waarschuwing, 1 informatie, 0 hints) in 2 bestanden',
          '',
        ].join('\n'),
      );
      assert.equal(nota(['check', '--locale', 'nl', 'goed.nota.md'], dir).stdout, '✔ 1 bestand gecontroleerd, geen problemen\n');
      write('ook-goed.nota.md', VALID_NOTA);
      assert.equal(nota(['check', '--locale', 'nl', 'goed.nota.md', 'ook-goed.nota.md'], dir).stdout, '✔ 2 bestanden gecontroleerd, geen problemen\n');
    });

    it('JSON keeps its fixed severity values with --locale nl', () => {
      write('fout.nota.md', TEXT);
      const [file] = JSON.parse(nota(['check', '--locale', 'nl', '--format', 'json', 'fout.nota.md'], dir).stdout);
      assert.deepEqual(file.diagnostics.map((d: { severity: string }) => d.severity), ['information', 'error', 'warning']);
    });
  });

  it('--help and --version', () => {
    assert.match(nota(['--help'], dir).stdout, /Usage: nota check/);
    assert.equal(nota(['--version'], dir).stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});
