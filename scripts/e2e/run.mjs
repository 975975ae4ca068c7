#!/usr/bin/env node
// `npm run test:e2e`: the extension, the language server and the CLI's server build tested in real editors.
//   1. scripts/e2e/install.sh (idempotent; everything into .cache/e2e/)
//   2. npm run build (dist/client.js, dist/server.js)
//   3. esbuild test/e2e/vscode/*.ts -> out/e2e/*.js (CommonJS, 'vscode' left to the extension host)
//   4. the suite in the real VS Code workbench (code-server's VS Code server + headless Chromium)
//   4b. the web suite (test/e2e/web/) in the same workbench with the extension in the web worker
//      extension host (VS Code for the Web: browser entry, server in a web worker)
//   5. the same suite in desktop VS Code via @vscode/test-electron, when one is available
//   6. Neovim 0.7 and Emacs 28 + eglot against `node dist/server.js --stdio`
//   7. the pre-commit hooks with Debian's pre-commit (skipped by `npm test` where it is missing)
// Options: --no-install, --no-build, --only=grammar,vscode,web,desktop,neovim,emacs,pre-commit
// Env: VSCODE_EXECUTABLE (desktop VS Code), NOTA_E2E_GREP (mocha grep), NOTA_E2E_KEEP_TMP=1.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runInVSCodeServer, CACHE } from './vscode-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'out/e2e');
const OUT_WEB = path.join(ROOT, 'out/e2e-web');
const SHOTS = path.join(ROOT, 'test-results/e2e');
const FIXTURES = path.join(ROOT, 'test/e2e/workspace');

const { values: opts } = parseArgs({ options: {
  'no-install': { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
  only: { type: 'string' },
} });
const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;
const wanted = (part) => !only || only.has(part);

const T0 = Date.now();
const parts = []; // { name, seconds, passed, failed, skipped, note }
const totals = { passed: 0, failed: 0, skipped: 0 };
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);
const say = (s) => console.log(`[e2e] ${s}`);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-e2e-'));

function record(name, t, r) {
  const p = { name, seconds: secs(t), passed: 0, failed: 0, skipped: 0, note: '', ...r };
  parts.push(p);
  totals.passed += p.passed; totals.failed += p.failed; totals.skipped += p.skipped;
  say(`${name}: ${p.failed ? 'FAILED' : p.passed ? 'ok' : p.skipped ? 'skipped' : 'done'} in ${p.seconds}s` +
    (p.passed + p.failed + p.skipped ? ` (${p.passed} passed, ${p.failed} failed${p.skipped ? `, ${p.skipped} skipped` : ''})` : '') +
    (p.note ? ` - ${p.note}` : ''));
}

function finish() {
  console.log('');
  say(`times: ${parts.map((p) => `${p.name} ${p.seconds}s`).join(', ')}; total ${secs(T0)}s`);
  if (!process.env.NOTA_E2E_KEEP_TMP) fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(totals.failed ? 1 : 0);
}

/** A fresh copy of the fixture workspace: the suite edits and saves files in it. */
function workspaceCopy(name) {
  const dir = path.join(scratch, name);
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/** Runs a command, streams its output indented, resolves with { code, out }. */
function run(cmd, args, { env, cwd = ROOT, timeoutMs = 600_000, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d) => {
      const s = d.toString();
      out += s;
      if (!quiet) process.stdout.write(s.replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => { out += `\n(killed after ${timeoutMs / 1000}s)\n`; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (e) => { out += String(e); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? signal, out }); });
  });
}

/** Counts TAP-style "ok N - ..." / "not ok N - ..." lines of the editor probes. */
function tapCounts(out, code) {
  const passed = (out.match(/^ok \d+/gm) || []).length;
  let failed = (out.match(/^not ok \d+/gm) || []).length;
  if (code !== 0 && failed === 0) failed = 1; // crashed before reporting
  return { passed, failed };
}

function mochaCounts(res) {
  const s = res.results?.stats;
  if (!s) return { passed: 0, failed: 1, note: `no results from the suite (exit: ${res.code})` };
  const failed = s.failures + (res.code !== 0 && s.failures === 0 ? 1 : 0);
  return { passed: s.passes, failed, skipped: s.pending || 0, note: res.code === 0 ? '' : `exit: ${res.code}` };
}

// ---------------------------------------------------------------- 1. install
let t = Date.now();
if (!opts['no-install']) {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/e2e/install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) { record('install', t, { failed: 1, note: 'scripts/e2e/install.sh failed' }); finish(); }
  record('install', t, {});
}

// ---------------------------------------------------------------- 2. build
t = Date.now();
if (!opts['no-build']) {
  const r = await run('npm', ['run', 'build'], { env: { npm_config_loglevel: 'error' } });
  const missing = ['dist/client.js', 'dist/server.js'].filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (r.code !== 0 || missing.length) {
    record('build', t, { failed: 1, note: r.code !== 0 ? `npm run build exited ${r.code}` : `missing ${missing.join(', ')}` });
    finish();
  }
  record('build', t, {});
}

// ---------------------------------------------------------------- 3. compile the suite
t = Date.now();
try {
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild');
  fs.rmSync(OUT, { recursive: true, force: true });
  const dir = path.join(ROOT, 'test/e2e/vscode');
  await esbuild.build({
    entryPoints: fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)),
    outdir: OUT, format: 'cjs', platform: 'node', target: 'node20', bundle: false,
    sourcemap: 'inline', logLevel: 'warning', // not bundled: require('vscode') stays for the extension host
  });
  // The web suite runs in a web worker: one bundle with mocha's browser build, no Node modules.
  fs.rmSync(OUT_WEB, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/web/index.ts')], outfile: path.join(OUT_WEB, 'index.js'), bundle: true,
    format: 'cjs', platform: 'browser', target: 'es2022', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
  });
  record('compile suite', t, {});
} catch (e) {
  record('compile suite', t, { failed: 1, note: String(e.message || e) });
  finish();
}
fs.rmSync(SHOTS, { recursive: true, force: true });
fs.mkdirSync(SHOTS, { recursive: true });

// ---------------------------------------------------------------- 4. VS Code (code-server's workbench)
if (wanted('vscode')) {
  t = Date.now();
  say('VS Code 1.139 workbench (code-server 4.139.1 server, headless Chromium): running the suite');
  try {
    const res = await runInVSCodeServer({
      extensionPath: ROOT, testsPath: path.join(OUT, 'index.js'), workspace: workspaceCopy('ws-vscode'),
      shotsDir: SHOTS, log: (s) => console.log(s),
    });
    if (res.shots.length) say(`screenshots: ${res.shots.map((s) => path.relative(ROOT, s)).join(', ')}`);
    record('vscode (web workbench)', t, mochaCounts(res));
  } catch (e) {
    record('vscode (web workbench)', t, { failed: 1, note: String(e.stack || e) });
  }
}

// ---------------------------------------------------------------- 4b. VS Code for the Web
if (wanted('web')) {
  t = Date.now();
  say('VS Code for the Web: the extension in the web worker extension host of the same workbench');
  try {
    const workspace = workspaceCopy('ws-web');
    // VS Code 1.139's browser workbench ignores the extensionDevelopmentKind payload (it reads a property
    // that its browser environment does not have); remote.extensionKind, a window-scoped setting, works.
    const settingsFile = path.join(workspace, '.vscode', 'settings.json');
    const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'remote.extensionKind': { 'nota-tools.nota': ['web'] } }, null, 2));
    const res = await runInVSCodeServer({
      extensionPath: ROOT, testsPath: path.join(OUT_WEB, 'index.js'), workspace,
      resultsFile: path.join(workspace, '.nota-e2e-web-results.json'), log: (s) => console.log(s),
    });
    record('vscode (web worker)', t, mochaCounts(res));
  } catch (e) {
    record('vscode (web worker)', t, { failed: 1, note: String(e.stack || e) });
  }
}

// ---------------------------------------------------------------- 5. desktop VS Code
if (wanted('desktop')) {
  t = Date.now();
  const exe = findDesktopVSCode();
  if (process.env.VSCODE_EXECUTABLE && !exe) {
    record('vscode (desktop)', t, { failed: 1, note: `VSCODE_EXECUTABLE=${process.env.VSCODE_EXECUTABLE} does not exist` });
  } else if (!exe) {
    record('vscode (desktop)', t, { skipped: 1,
      note: 'no desktop VS Code: set VSCODE_EXECUTABLE or put a download in .cache/e2e/vscode-test/ (this machine cannot download one)' });
  } else {
    say(`desktop VS Code ${exe}: running the suite via @vscode/test-electron`);
    let xvfb;
    try {
      const env = {};
      if (process.platform === 'linux' && !process.env.DISPLAY) {
        xvfb = startXvfb(env);
        if (xvfb) await new Promise((r) => setTimeout(r, 1000));
      }
      const signal = fs.mkdtempSync(path.join(scratch, 'desktop-signal-'));
      const req = createRequire(path.join(CACHE, 'tools/package.json'));
      const { runTests } = req('@vscode/test-electron');
      Object.assign(process.env, env);
      let code;
      try {
        code = await runTests({
          vscodeExecutablePath: exe, extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(OUT, 'index.js'),
          extensionTestsEnv: { NOTA_E2E_SIGNAL_DIR: signal },
          // (@vscode/test-electron adds --no-sandbox, --disable-updates, --skip-welcome, --disable-workspace-trust …)
          launchArgs: [workspaceCopy('ws-desktop'), '--disable-extensions', '--disable-gpu', '--user-data-dir', path.join(scratch, 'desktop-ud'), '--extensions-dir', path.join(scratch, 'desktop-ext')],
        });
      } catch (e) {
        code = e.code ?? String(e);
      }
      let results;
      try { results = JSON.parse(fs.readFileSync(path.join(signal, 'results.json'), 'utf8')); } catch { /* none */ }
      record('vscode (desktop)', t, mochaCounts({ code, results }));
    } catch (e) {
      record('vscode (desktop)', t, { failed: 1, note: String(e.stack || e) });
    } finally {
      if (xvfb) xvfb.kill();
    }
  }
}

// ---------------------------------------------------------------- 6. grammar, Neovim, Emacs
if (wanted('grammar')) {
  // `npm test` skips these on a clean clone: VS Code's Markdown grammar arrives with the install above.
  t = Date.now();
  say("grammar tests on VS Code's own Markdown grammar (from the code-server install)");
  const r = await run(process.execPath, [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--require', 'tsx', '--reporter', 'tap',
    '--grep', "VS Code's Markdown grammar", path.join(ROOT, 'test/grammar/grammar.test.ts')],
    { env: { NOTA_REQUIRE_VSCODE_GRAMMAR: '1' }, quiet: true });
  for (const line of r.out.split('\n')) if (/^not ok \d|^# (?:pass|fail)/.test(line)) console.log(`    ${line}`);
  record('grammar', t, tapCounts(r.out, r.code));
}

// ---------------------------------------------------------------- 7. Word export opened by LibreOffice
if (wanted('libreoffice')) {
  // `npm test` skips this where LibreOffice is missing; the install above brings it.
  t = Date.now();
  say('LibreOffice headless: the exported .docx converted to PDF and checked again');
  const r = await run(process.execPath, [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--require', 'tsx', '--reporter', 'tap', '--timeout', '180000',
    path.join(ROOT, 'test/formats/libreoffice.test.ts')], { env: { NOTA_REQUIRE_LIBREOFFICE: '1' }, quiet: true });
  for (const line of r.out.split('\n')) if (/^not ok \d|^# (?:pass|fail)/.test(line)) console.log(`    ${line}`);
  record('libreoffice', t, tapCounts(r.out, r.code));
}

const serverCmd = `${process.execPath} ${path.join(ROOT, 'dist/server.js')} --stdio`;
if (wanted('neovim')) {
  t = Date.now();
  say('Neovim (vim.lsp.start_client) -> node dist/server.js --stdio');
  const dir = workspaceCopy('ws-neovim');
  const r = await run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test/e2e/neovim/probe.lua')}`],
    { cwd: dir, env: { NOTA_SERVER_CMD: serverCmd, NOTA_FIXTURES: dir, XDG_CACHE_HOME: path.join(dir, '.xdg-cache'),
      XDG_STATE_HOME: path.join(dir, '.xdg-state'), XDG_CONFIG_HOME: path.join(dir, '.xdg-config') }, timeoutMs: 120_000 });
  record('neovim', t, tapCounts(r.out, r.code));
}
if (wanted('emacs')) {
  t = Date.now();
  say('Emacs + eglot -> node dist/server.js --stdio');
  const dir = workspaceCopy('ws-emacs');
  const r = await run('emacs', ['--batch', '-l', path.join(ROOT, 'test/e2e/emacs/probe.el')],
    { cwd: dir, env: { NOTA_SERVER_CMD: serverCmd, NOTA_FIXTURES: dir }, timeoutMs: 120_000, quiet: true });
  // emacs --batch is chatty on stderr (site-start, eglot); show the probe's own lines
  for (const line of r.out.split('\n')) if (/^(not )?ok \d|^#/.test(line)) console.log(`    ${line}`);
  if (r.code !== 0 && !/^not ok/m.test(r.out)) console.log(r.out.replace(/^/gm, '    '));
  record('emacs', t, tapCounts(r.out, r.code));
}

if (wanted('pre-commit')) {
  // `npm test` skips the pre-commit cases where pre-commit is missing; here it is installed, so they must run.
  t = Date.now();
  say("pre-commit hooks in a new git repository (Debian's pre-commit)");
  const r = await run(process.execPath, [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--require', 'tsx', '--reporter', 'tap',
    '--timeout', '120000', path.join(ROOT, 'test/cli/pre-commit.test.ts')],
    { env: { NOTA_REQUIRE_PRE_COMMIT: '1' }, quiet: true });
  for (const line of r.out.split('\n')) if (/^not ok \d|^# (?:pass|fail|skip)/.test(line)) console.log(`    ${line}`);
  record('pre-commit', t, tapCounts(r.out, r.code));
}

finish();

// ---------------------------------------------------------------- helpers
function findDesktopVSCode() {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) return fs.existsSync(fromEnv) ? path.resolve(fromEnv) : null;
  const dir = path.join(CACHE, 'vscode-test');
  if (!fs.existsSync(dir)) return null;
  for (const d of fs.readdirSync(dir).sort().reverse()) {
    for (const exe of ['code', 'VSCode-linux-x64/code', 'Visual Studio Code.app/Contents/MacOS/Electron', 'Code.exe']) {
      const p = path.join(dir, d, exe);
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

function startXvfb(env) {
  const which = spawnSync('sh', ['-c', 'command -v Xvfb'], { encoding: 'utf8' });
  if (which.status !== 0) { say('no DISPLAY and no Xvfb (apt-get install xvfb): desktop VS Code may fail to start'); return null; }
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const child = spawn('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  env.DISPLAY = display;
  return child;
}
