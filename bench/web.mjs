// VS Code for the Web: the language server's browser bundle (dist/web/server.js) started as a web worker in
// headless Chromium, spoken to over postMessage as vscode-languageclient/browser does, timed from
// `new Worker` to the first diagnostics of a nota. Chromium and playwright-core come from the e2e install
// (scripts/e2e/install.sh); without them this part is skipped with a note.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { summary } from './stats.mjs';

const CHROMIUM = process.env.NOTA_E2E_CHROMIUM || '/usr/bin/chromium';

function playwright(root) {
  const cache = process.env.NOTA_E2E_CACHE || path.join(root, '.cache', 'e2e');
  const tools = path.join(cache, 'tools', 'package.json');
  if (!fs.existsSync(tools) || !fs.existsSync(CHROMIUM)) return undefined;
  try {
    return createRequire(tools)('playwright-core');
  } catch {
    return undefined;
  }
}

/**
 * In the page: one run = a new worker from the bundle's text, initialize, initialized, didOpen, and the
 * time until publishDiagnostics for version 1. Requests from the server (nota/configFiles) get `[]`: no
 * .notarc.json, as in a folder without one.
 */
async function runInPage({ script, text, fileName }) {
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  const started = performance.now();
  const worker = new Worker(url);
  let id = 0;
  const pending = new Map();
  let initializedAt = 0;
  const diagnostics = new Promise((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({ data }) => {
      if (data.method === 'textDocument/publishDiagnostics' && data.params.version === 1) resolve({ at: performance.now(), count: data.params.diagnostics.length });
      else if (data.method !== undefined && data.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: data.id, result: data.method === 'nota/configFiles' ? [] : null });
      else if (data.id !== undefined && pending.has(data.id)) pending.get(data.id)(data);
    };
  });
  const request = (method, params) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  await request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'nl' });
  initializedAt = performance.now();
  worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
  worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: `vscode-vfs://bench/${fileName}`, languageId: 'nota', version: 1, text } } });
  const first = await diagnostics;
  worker.terminate();
  URL.revokeObjectURL(url);
  return { firstDiagnosticsMs: first.at - started, initializeMs: initializedAt - started, diagnostics: first.count };
}

/** `probe`: a document with findings, checked once more to show that the worker finds what the core finds. */
export async function webStartup(root, serverBundle, doc, runs, probe) {
  const pw = playwright(root);
  if (!pw) return { skipped: `no headless Chromium and playwright-core (run scripts/e2e/install.sh; looked in ${process.env.NOTA_E2E_CACHE || '.cache/e2e'})` };
  const script = fs.readFileSync(serverBundle, 'utf8');
  const browser = await pw.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await page.evaluate(runInPage, { script, text: doc.text, fileName: doc.fileName }));
    const probed = probe ? await page.evaluate(runInPage, { script, text: probe.text, fileName: probe.fileName }) : undefined;
    return {
      doc: doc.id,
      probe: probe && { doc: probe.id, diagnostics: probed.diagnostics },
      runs,
      browser: browser.version(),
      diagnostics: samples[0].diagnostics,
      ...summary(samples.map((s) => s.firstDiagnosticsMs)),
      initialize: summary(samples.map((s) => s.initializeMs)),
    };
  } finally {
    await browser.close();
  }
}
