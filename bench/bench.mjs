// `npm run bench` (scripts/bench.mjs): the whole benchmark in one run. Progress goes to stderr, the
// Markdown report to stdout (and bench/results/latest.md), the numbers to bench/results/latest.json
// plus a timestamped copy. See bench/README.md.
//
//   node scripts/bench.mjs [--quick] [--only core,profile,lsp,cli,bundle,web,formats,worst] [--files 2000]
//                          [--server PATH] [--no-save]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { buildEntry, buildProduction, bundleInputs, removeProduction } from './build.mjs';
import { cliBench } from './cli.mjs';
import { compare, parserVariants, phases, retainedHeap, scaling, writingCost } from './core.mjs';
import { folderSizes, generateNota, writeFolder } from './generate.mjs';
import { changeLatency, debounceMs, hoverDuringCheck, memory, startup } from './lsp.mjs';
import { cpuProfile } from './profile.mjs';
import { webStartup } from './web.mjs';
import { formatsBench } from './formats.mjs';
import { worstCaseBench } from './worst.mjs';
import { renderReport, compareRuns, flatMetrics, evaluateTargets } from './report.mjs';
import { loadMeter } from './load.mjs';
import { collectGarbage, msSince, now } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const RESULTS = path.join(ROOT, 'bench', 'results');

function parseArgs(argv) {
  const args = { quick: false, only: undefined, files: undefined, server: undefined, save: true, report: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--only') args.only = new Set(value().split(','));
    else if (flag === '--files') args.files = Number(value());
    else if (flag === '--server') args.server = path.resolve(value());
    else if (flag === '--no-save') args.save = false;
    else if (flag === '--report') args.report = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : path.join(RESULTS, 'latest.json'));
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write('node scripts/bench.mjs [--quick] [--only core,profile,lsp,cli,bundle,web,formats,worst] [--files N] [--server PATH] [--no-save]\nnode scripts/bench.mjs --report [RESULT.json]   re-render a saved result (no measuring)\n');
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  let nproc;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {}
  let commit;
  let dirty;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).length;
  } catch {}
  return {
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    nproc,
    availableParallelism: os.availableParallelism(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadavgStart: os.loadavg().map((l) => Number(l.toFixed(2))),
    git: { commit, changedFiles: dirty },
  };
}

function corpusDocs() {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      return { id: `corpus-${f.slice(0, 3)}`, label: `corpus ${f}`, fileName: f, text, bytes: Buffer.byteLength(text) };
    });
}

function generated(kb, seed = 1) {
  const text = generateNota({ seed, bytes: kb * 1024 });
  const label = kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`;
  return { id: `gen-${label.replace(' ', '').toLowerCase()}`, label: `generated nota ${label}`, fileName: `generated-${kb}kb.nota.md`, text, bytes: Buffer.byteLength(text), nominalKB: kb };
}

/** Re-renders a saved result with the current report code, compared with the run saved before it. */
function rerender(file) {
  const result = JSON.parse(fs.readFileSync(file, 'utf8'));
  result.targets = evaluateTargets(result);
  result.metrics = flatMetrics(result);
  const stamp = (r) => `${r.startedAt.replace(/[:.]/g, '-')}.json`;
  const earlier = fs.existsSync(RESULTS) ? fs.readdirSync(RESULTS).filter((f) => /^\d{4}-.*\.json$/.test(f) && f < stamp(result)).sort() : [];
  const previous = earlier.length ? JSON.parse(fs.readFileSync(path.join(RESULTS, earlier.at(-1)), 'utf8')) : undefined;
  if (previous) previous.metrics = flatMetrics(previous);
  process.stdout.write(renderReport(result, previous ? compareRuns(previous, result) : undefined, previous));
  return result;
}

export async function main(argv = process.argv.slice(2)) {
  const args = parseArgs(argv);
  if (args.report) return rerender(path.resolve(args.report));
  const wants = (part) => !args.only || args.only.has(part);
  const log = (line) => process.stderr.write(`${line}\n`);
  const started = now();
  const result = { version: 1, startedAt: new Date().toISOString(), quick: args.quick, machine: machine() };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-bench-'));
  let production;
  try {
    log(`nota bench: ${result.machine.cpu}, ${result.machine.nproc} CPUs, node ${result.machine.node}${args.quick ? ' (quick)' : ''}`);
    log('building out/bench/entry.cjs and a production build (scripts/build.mjs --production) …');
    const entry = await buildEntry(ROOT);
    production = buildProduction(ROOT, fs.mkdtempSync(path.join(scratch, 'build-')));
    const require = createRequire(import.meta.url);
    const core = require(entry);
    let variants;
    try {
      variants = require(await buildEntry(ROOT, 'variants')).variants;
    } catch (error) {
      result.variantsError = String(error?.message ?? error).split('\n')[0];
      log(`   (what-if parsers skipped: ${result.variantsError})`);
    }
    const missing = ['checkText', 'resolveConfig', 'parse', 'buildNotaDocument', 'runRules', 'RULES'].filter((name) => core[name] === undefined);
    if (missing.includes('checkText') || missing.includes('resolveConfig')) throw new Error(`the core no longer exports ${missing.join(', ')}: update bench/entry.ts`);
    result.missingExports = missing;
    result.rules = (core.RULES ?? []).map((r) => r.id);

    const series = [1, 10, 100, 1024].map((kb) => generated(kb));
    const [doc1, doc10, doc100, doc1m] = series;
    const docs = [...corpusDocs(), doc10, doc100, doc1m];
    result.load = {};
    const phase = async (name, fn) => {
      collectGarbage();
      const meter = loadMeter();
      await fn();
      result.load[name] = meter.stop();
    };
    const config = core.resolveConfig([]);
    // 200 notas of 3–16 KB: what the server keeps open in the memory measurement.
    const openDocs = folderSizes(200, 11).map((bytes, i) => {
      const text = generateNota({ seed: 5000 + i, bytes });
      return { fileName: `open-${i}.nota.md`, text, bytes: Buffer.byteLength(text) };
    });
    result.documents = [...docs, doc1].map((d) => ({
      id: d.id,
      label: d.label,
      bytes: d.bytes,
      findings: core.checkText(d.text, { config, locale: 'nl', fileName: d.fileName }).findings.length,
    }));

    const budgetMs = args.quick ? 300 : 1200;
    if (wants('core')) {
      await phase('core', async () => {
        log('1–3. full check vs markdownlint vs bare remark parse, interleaved …');
        const { lint } = await import('markdownlint/sync');
        // Smallest first: a large document's garbage must not be collected in a small one's time.
        result.core = compare(core, lint, [doc1, ...docs], { budgetMs, log });
        result.scaling = scaling(series, result.core);
        if (core.WRITING_RULE_IDS) {
          log('   the writing rules: off, defaults, all on …');
          result.writing = writingCost(core, [doc10, doc1m], { budgetMs, log });
        }
        if (core.buildNotaDocument && core.RULES && core.runRules) {
          log('   phases: parse, model, each rule …');
          result.phases = [phases(core, doc10, { rounds: args.quick ? 10 : 40, warmup: 10 }), phases(core, doc1m, { rounds: args.quick ? 1 : 2, warmup: 0 })];
        }
        if (variants) {
          log('   what-if parsers …');
          result.variants = parserVariants(core, variants, [doc10, doc100], { budgetMs: args.quick ? 300 : 1500, log });
        }
        result.retained = retainedHeap(core, openDocs);
      });
    }
    if (wants('profile')) {
      await phase('profile', async () => {
        const profileCheck = async (doc, label, { runs, intervalUs }) => {
          log(`   CPU profile of the full check on the ${label} nota …`);
          const file = `out/bench/check-${label.replace(/\s/g, '').toLowerCase()}.cpuprofile`;
          const options = { config, locale: 'nl', fileName: doc.fileName };
          const profile = await cpuProfile(() => core.checkText(doc.text, options), { bundle: entry, root: ROOT, runs, intervalUs, save: path.join(ROOT, file) });
          return { ...profile, doc: doc.id, file };
        };
        result.profile = await profileCheck(doc1m, '1 MB', { runs: args.quick ? 1 : 2 });
        result.profile10 = await profileCheck(doc10, '10 KB', { runs: args.quick ? 20 : 150, intervalUs: 100 });
      });
    }

    if (wants('bundle')) {
      result.bundle = { buildMs: production.ms };
      for (const name of ['server', 'client', 'cli', 'webServer', 'webClient']) {
        if (!fs.existsSync(production[name])) continue;
        const bytes = fs.readFileSync(production[name]);
        result.bundle[name] = { bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
      }
      try {
        result.bundle.serverInputs = (await bundleInputs(ROOT)).slice(0, 15);
      } catch (error) {
        result.bundle.serverInputsError = String(error?.message ?? error).split('\n')[0];
      }
    }

    const server = args.server ?? production.server;
    if (wants('lsp')) {
      await phase('lsp', async () => {
        const debounce = debounceMs(ROOT);
        const lspDir = fs.mkdtempSync(path.join(scratch, 'lsp-'));
        const fresh = server.startsWith(scratch);
        log(`4. language server (${fresh ? 'dist/server.js of a production build of the current sources' : server}); debounce ${debounce.ms} ms from ${debounce.from} …`);
        result.lsp = { server: fresh ? 'dist/server.js from scripts/build.mjs --production of the current sources' : server, debounce };
        result.lsp.change10 = await changeLatency(server, lspDir, doc10, { changes: args.quick ? 10 : 35, warmup: 15, debounce: debounce.ms });
        log(`   10 KB: median ${result.lsp.change10.median.toFixed(1)} ms, p95 ${result.lsp.change10.p95.toFixed(1)} ms after the debounce; server CPU ${result.lsp.change10.serverCpuMs?.toFixed(1)} ms per change`);
        result.lsp.change1m = await changeLatency(server, lspDir, doc1m, { changes: args.quick ? 6 : 30, warmup: 1, debounce: debounce.ms });
        log(`   1 MB: median ${result.lsp.change1m.median.toFixed(0)} ms, p95 ${result.lsp.change1m.p95.toFixed(0)} ms after the debounce; server CPU ${result.lsp.change1m.serverCpuMs?.toFixed(0)} ms per change`);
        // Issue 22, item 4: setext headings without blank lines, super-linear in the Markdown parser.
        const setext = 'a\n-\n'.repeat(10 * 1024);
        const slow = { id: 'setext-40kb', fileName: 'setext-40kb.nota.md', text: setext, bytes: Buffer.byteLength(setext) };
        result.lsp.hoverDuringCheck = await hoverDuringCheck(server, lspDir, doc10, slow, { idleHovers: args.quick ? 20 : 60, windowMs: args.quick ? 3000 : 8000 });
        const h = result.lsp.hoverDuringCheck;
        log(`   hover on a 10 KB nota while ${slow.id} is checked (${h.slowCheckMs.toFixed(0)} ms): median ${h.busy.median.toFixed(1)} ms, max ${h.busy.max.toFixed(0)} ms (${h.busy.n} hovers; idle median ${h.idle.median.toFixed(1)} ms)`);
        result.lsp.startup = await startup(server, lspDir, doc10, args.quick ? 2 : 5);
        log(`   start → first diagnostics: ${result.lsp.startup.median.toFixed(0)} ms`);
        result.lsp.memory = await memory(server, lspDir, openDocs);
        log(`   200 open notas: RSS ${(result.lsp.memory.rssKB / 1024).toFixed(0)} MB (baseline ${(result.lsp.memory.baselineRssKB / 1024).toFixed(0)} MB)`);
      });
    }

    if (wants('web')) {
      await phase('web', async () => {
        const runs = args.quick ? 2 : 5;
        log('6. VS Code for the Web: dist/web/server.js as a web worker in headless Chromium, start → first diagnostics …');
        const findingsOf = (doc) => result.documents.find((d) => d.id === doc.id)?.findings ?? 0;
        const probe = docs.find((doc) => findingsOf(doc) > 0 && doc.bytes < 200_000);
        const web = await webStartup(ROOT, production.webServer, doc10, runs, probe).catch((error) => ({ skipped: `the browser run failed: ${String(error?.message ?? error).split('\n')[0]}` }));
        if (web.skipped) {
          log(`   skipped: ${web.skipped}`);
          result.web = { skipped: web.skipped };
        } else {
          // The baseline of the same run: the Node server, started the way the desktop client starts it.
          const node = result.lsp?.startup ?? (await startup(server, fs.mkdtempSync(path.join(scratch, 'web-node-')), doc10, runs));
          const coreFindings = { [doc10.id]: findingsOf(doc10), ...(probe ? { [probe.id]: findingsOf(probe) } : {}) };
          result.web = { startup: web, nodeStartup: node, ratio: web.median / node.median, coreFindings };
          log(`   web worker ${web.median.toFixed(0)} ms, Node server ${node.median.toFixed(0)} ms (${result.web.ratio.toFixed(2)}×)`);
        }
      });
    }

    if (wants('formats')) {
      await phase('formats', async () => {
        log('8. Word and PDF: a 10-page nota checked as .docx and .pdf, beside unzip/pdftotext and the Markdown …');
        result.formats = await formatsBench(ROOT, core, generateNota, args.quick ? 3 : 7, production.bin);
        if (!result.formats.skipped) log(`   .docx ${result.formats.docx.median.toFixed(0)} ms, .pdf ${result.formats.pdf.median.toFixed(0)} ms, .nota.md ${result.formats.md.median.toFixed(0)} ms`);
        if (!result.formats.skipped) log(`   --publication, 50-page PDF ${result.formats.publication50.median.toFixed(0)} ms${result.formats.publication50OverFloor ? ` (${result.formats.publication50OverFloor.toFixed(1)}× pdftotext)` : ''}`);
      });
    }

    if (wants('worst')) {
      await phase('worst', async () => {
        log('9. Worst-case Markdown (issue 22): each family at 10 KB, 100 KB and 1 MB, a process each …');
        result.worst = worstCaseBench(entry, core, generateNota, args.quick ? [10240, 102400] : [10240, 102400, 1048576]);
        if (!result.worst.skipped) log(`   ${result.worst.rows.filter((row) => Object.values(row.cells).every((cell) => cell.withinGoal)).length} of ${result.worst.rows.length} families within the goal`);
      });
    }

    if (wants('cli')) {
      await phase('cli', async () => {
        const count = args.files ?? (args.quick ? 200 : 2000);
        const dir = path.join(scratch, 'notas');
        log(`5. CLI: writing ${count} notas to ${dir} …`);
        const files = writeFolder(dir, count);
        const markdownlintCli2 = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
        result.cli = await cliBench({ files, dir, bin: production.bin, markdownlintCli2, rounds: args.quick ? 1 : 3, log });
        result.cli.totalBytes = files.reduce((a, f) => a + fs.statSync(f).size, 0);
      });
    }
  } finally {
    if (production) removeProduction(production);
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  result.machine.loadavgEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  result.durationMs = msSince(started);
  result.targets = evaluateTargets(result);
  result.metrics = flatMetrics(result);

  const latest = path.join(RESULTS, 'latest.json');
  const previous = fs.existsSync(latest) ? JSON.parse(fs.readFileSync(latest, 'utf8')) : undefined;
  const changes = previous ? compareRuns(previous, result) : undefined;
  const report = renderReport(result, changes, previous);
  process.stdout.write(report);
  if (args.save) {
    fs.mkdirSync(RESULTS, { recursive: true });
    const json = JSON.stringify(result, null, 2) + '\n';
    fs.writeFileSync(latest, json);
    fs.writeFileSync(path.join(RESULTS, `${result.startedAt.replace(/[:.]/g, '-')}.json`), json);
    fs.writeFileSync(path.join(RESULTS, 'latest.md'), report);
    log(`results: bench/results/latest.json, latest.md and ${result.startedAt.replace(/[:.]/g, '-')}.json`);
  }
  log(`benchmark took ${(result.durationMs / 1000).toFixed(0)} s`);
  return result;
}
