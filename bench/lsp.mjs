// The language server as an editor sees it: `node dist/server.js --stdio`, spoken to over JSON-RPC with
// vscode-languageserver-protocol, announcing workspace/configuration like VS Code does (the server then
// asks for settings on each change, and we answer at once with none).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { schedstat } from './load.mjs';
import { median, msSince, now, summary } from './stats.mjs';

/** The server's debounce, read from its source so the harness follows a change of it. */
export function debounceMs(root) {
  try {
    const source = fs.readFileSync(path.join(root, 'server', 'src', 'lsp', 'service.ts'), 'utf8');
    const match = /DEBOUNCE_MS\s*=\s*(\d+)/.exec(source);
    if (match) return { ms: Number(match[1]), from: 'server/src/lsp/service.ts' };
  } catch {}
  return { ms: 200, from: 'assumed (DEBOUNCE_MS not found)' };
}

export function vmStatus(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKB: kb('VmRSS'), hwmKB: kb('VmHWM') };
}

export class BenchClient {
  constructor(serverPath) {
    this.started = now();
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.waiters = new Map(); // `${uri} ${version}` → resolve
    this.latest = new Map(); // uri → { version, at, count }
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = now();
      this.latest.set(params.uri, { version: params.version, at, count: params.diagnostics.length });
      const key = `${params.uri} ${params.version}`;
      const wake = this.waiters.get(key);
      if (wake) {
        this.waiters.delete(key);
        wake({ at, count: params.diagnostics.length });
      }
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.listen();
  }

  get pid() {
    return this.child.pid;
  }

  async initialize() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'nl',
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the arrival time of the diagnostics for this version of the document. */
  diagnostics(uri, version, timeoutMs = 60000) {
    const seen = this.latest.get(uri);
    if (seen && seen.version === version) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; server stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.set(`${uri} ${version}`, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nota', version, text } });
  }

  change(uri, version, range, text) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async shutdown() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {}
    this.connection.dispose();
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.child.kill(), 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** A prose line in the middle of the document, to type into. */
function editLine(text) {
  const lines = text.split('\n');
  for (let d = 0; d < lines.length; d++) {
    for (const i of [(lines.length >> 1) + d, (lines.length >> 1) - d]) {
      const line = lines[i];
      if (line && line.length > 40 && /^[A-Z]/.test(line)) return i;
    }
  }
  return 0;
}

/**
 * Latency from didChange to publishDiagnostics. The server waits `debounce` ms after the last change
 * before it checks; that wait is subtracted, so the figure is the server's own work (settings round
 * trip, check, conversion, JSON-RPC) plus the timer's lateness (a conservative overestimate). One
 * change at a time: the next is sent when the previous one's diagnostics arrived, so none coalesce.
 * Changes alternate between typing a letter and deleting it, so the document keeps its size.
 */
export async function changeLatency(serverPath, dir, doc, { changes, warmup, debounce }) {
  const client = new BenchClient(serverPath);
  try {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, doc.fileName)).toString();
    await client.open(uri, doc.text, 1);
    await client.diagnostics(uri, 1);
    const line = editLine(doc.text);
    const raw = [];
    const cpu = [];
    const wait = [];
    let version = 1;
    for (let i = 0; i < warmup + changes; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = { start: { line, character: 10 }, end: { line, character: insert ? 10 : 11 } };
      const before = schedstat(client.pid);
      const start = now();
      await client.change(uri, version, range, insert ? 'x' : '');
      const { at } = await client.diagnostics(uri, version);
      if (i < warmup) continue;
      raw.push(Number(at - start) / 1e6);
      const after = schedstat(client.pid);
      if (before && after) {
        cpu.push(after.cpu - before.cpu);
        wait.push(after.wait - before.wait);
      }
    }
    const net = raw.map((ms) => ms - debounce);
    return {
      doc: doc.id,
      bytes: doc.bytes,
      changes,
      debounceMs: debounce,
      ...summary(net),
      raw: summary(raw),
      // The server's own CPU per change (all its threads, GC included) and the time its threads were
      // runnable but waiting for a CPU taken by other processes: the machine's share of the latency.
      serverCpuMs: cpu.length ? median(cpu) : undefined,
      serverRunQueueMs: wait.length ? median(wait) : undefined,
      samples: net,
    };
  } finally {
    await client.shutdown();
  }
}

/** From spawning the process to the first diagnostics of a document opened right after initialize. */
export async function startup(serverPath, dir, doc, runs) {
  const samples = [];
  const initSamples = [];
  for (let i = 0; i < runs; i++) {
    const client = new BenchClient(serverPath);
    try {
      await client.initialize();
      initSamples.push(msSince(client.started));
      const uri = pathToFileURL(path.join(dir, `start-${i}-${doc.fileName}`)).toString();
      await client.open(uri, doc.text, 1);
      const { at } = await client.diagnostics(uri, 1);
      samples.push(Number(at - client.started) / 1e6);
    } finally {
      await client.shutdown();
    }
  }
  return { doc: doc.id, runs, ...summary(samples), initialize: summary(initSamples) };
}

/** RSS of the server process with `docs` open and checked. */
export async function memory(serverPath, dir, docs) {
  const client = new BenchClient(serverPath);
  try {
    await client.initialize();
    await new Promise((r) => setTimeout(r, 300));
    const baseline = vmStatus(client.pid);
    const uris = docs.map((doc, i) => pathToFileURL(path.join(dir, `open-${String(i).padStart(3, '0')}-${doc.fileName}`)).toString());
    const start = now();
    const waits = uris.map((uri) => client.diagnostics(uri, 1, 300000));
    for (let i = 0; i < docs.length; i++) await client.open(uris[i], docs[i].text, 1);
    await Promise.all(waits);
    const allChecked = msSince(start);
    await new Promise((r) => setTimeout(r, 1000));
    const after = vmStatus(client.pid);
    const bytes = docs.reduce((a, d) => a + d.bytes, 0);
    return { notas: docs.length, textBytes: bytes, baselineRssKB: baseline.rssKB, rssKB: after.rssKB, hwmKB: after.hwmKB, perNotaKB: (after.rssKB - baseline.rssKB) / docs.length, allCheckedMs: allChecked };
  } finally {
    await client.shutdown();
  }
}

/** The position of the Onze referentie value: a hover there always answers (with how it was read). */
function referentiePosition(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^\d{4}-\d{10}\s*$/.test(l));
  return { line: Math.max(0, line), character: 3 };
}

/**
 * Hover latency on a checked 10 KB nota while another document is being checked, against the same
 * hover with nothing else running (same process, same run). One hover at a time, 20 ms apart, for as
 * long as the slow document's check runs (at most `windowMs`). A server that checks on its main thread
 * answers only when the check is done: the largest sample then approaches the slow check's duration.
 */
export async function hoverDuringCheck(serverPath, dir, doc, slow, { idleHovers, windowMs }) {
  const client = new BenchClient(serverPath);
  const hoverOnce = async (uri, position) => {
    const start = now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    return Number(now() - start) / 1e6;
  };
  try {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, `hover-${doc.fileName}`)).toString();
    await client.open(uri, doc.text, 1);
    await client.diagnostics(uri, 1);
    const position = referentiePosition(doc.text);
    const idle = [];
    for (let i = 0; i < idleHovers; i++) idle.push(await hoverOnce(uri, position));
    const slowUri = pathToFileURL(path.join(dir, slow.fileName)).toString();
    const slowStart = now();
    let slowDone;
    const slowChecked = client.diagnostics(slowUri, 1, 120000).then(({ at, count }) => (slowDone = { ms: Number(at - slowStart) / 1e6, count }));
    await client.open(slowUri, slow.text, 1);
    const busy = [];
    while (!slowDone && msSince(slowStart) < windowMs) {
      busy.push(await hoverOnce(uri, position));
      await new Promise((r) => setTimeout(r, 20));
    }
    await slowChecked;
    return {
      doc: doc.id,
      slow: slow.id,
      slowBytes: slow.bytes,
      slowCheckMs: slowDone.ms,
      slowDiagnostics: slowDone.count,
      idle: summary(idle),
      busy: { ...summary(busy), max: Math.max(...busy) },
      samples: busy,
    };
  } finally {
    await client.shutdown();
  }
}
