// Targets, the flat metric list a later run compares against, and the Markdown report.
import { fmtBytes, fmtMs, fmtRatio } from './stats.mjs';
import { worstCaseLines } from './worst.mjs';

const MB = 1_000_000; // the bundle target: 1 MB = 10^6 bytes (the stricter reading)

/** Median ÷ fastest run of our check: about 1.2 on a quiet machine; above NOISY other processes interfered. */
const noise = (c) => c.ours.median / c.ours.min;
const NOISY = 1.5;

const pass = (ok) => (ok === undefined ? '–' : ok ? 'PASS' : '**FAIL**');

export function evaluateTargets(r) {
  const targets = [];
  const add = (id, description, value, limit, ok, unit = '', note) => targets.push({ id, description, value, limit, unit, pass: ok, ...(note ? { note } : {}) });
  const compared = (r.documents ?? []).filter((d) => d.id !== 'gen-1kb' && r.core?.[d.id]);
  const noisy = (c) => (noise(c) > NOISY ? `noisy (median ${noise(c).toFixed(1)}× the fastest run): paired per-round ratio ${fmtRatio(c.ratioMarkdownlintPerRound)} / ${fmtRatio(c.ratioParsePerRound)}` : undefined);
  for (const d of compared) {
    const c = r.core[d.id];
    add(`markdownlint.${d.id}`, `full check ≤ 1.0× markdownlint (${d.label})`, c.ratioMarkdownlint, 1.0, c.ratioMarkdownlint <= 1.0, '×', noisy(c));
  }
  for (const d of compared) {
    const c = r.core[d.id];
    add(`parse.${d.id}`, `full check ≤ 1.5× bare remark parse (${d.label})`, c.ratioParse, 1.5, c.ratioParse <= 1.5, '×', noisy(c));
  }
  if (r.scaling) {
    const big = r.scaling.filter((s) => s.kb >= 10);
    const lo = Math.min(...big.map((s) => s.oursMsPerKB));
    const hi = Math.max(...big.map((s) => s.oursMsPerKB));
    add('scaling.flat', 'time per KB flat from 10 KB to 1 MB (max/min ≤ 2×)', hi / lo, 2, hi / lo <= 2, '×');
  }
  const waitNote = (c) => (c.serverRunQueueMs === undefined ? undefined : `server CPU ${fmtMs(c.serverCpuMs)} ms, run-queue wait ${fmtMs(c.serverRunQueueMs)} ms per change (median)`);
  if (r.lsp?.change10) add('lsp.change10.p95', 'p95 didChange → diagnostics, 10 KB (debounce excluded)', r.lsp.change10.p95, 20, r.lsp.change10.p95 <= 20, 'ms', waitNote(r.lsp.change10));
  if (r.lsp?.change1m) add('lsp.change1m.p95', 'p95 didChange → diagnostics, 1 MB (debounce excluded)', r.lsp.change1m.p95, 300, r.lsp.change1m.p95 <= 300, 'ms', waitNote(r.lsp.change1m));
  if (r.lsp?.hoverDuringCheck) {
    const h = r.lsp.hoverDuringCheck;
    add('lsp.hoverDuringCheck.p95', `p95 hover on another document while ${h.slow} is checked`, h.busy.p95, 100, h.busy.p95 <= 100, 'ms', `${h.busy.n} hovers during a check of ${fmtMs(h.slowCheckMs)} ms; max ${fmtMs(h.busy.max)} ms; idle median ${fmtMs(h.idle.median)} ms`);
  }
  if (r.cli) {
    const free = (r.machine.nproc ?? r.cli.workers) - r.cli.parallel.otherCores;
    const note = Number.isFinite(free) ? `other processes used ${r.cli.parallel.otherCores.toFixed(2)} cores during the parallel runs, leaving ${free.toFixed(2)} of ${r.machine.nproc}${free < 1.6 && r.cli.speedup < 1.6 ? ': the target was out of reach on this run' : ''}` : undefined;
    add('cli.speedup', `nota check --concurrency ${r.cli.workers} ≥ 1.6× --concurrency off`, r.cli.speedup, 1.6, r.cli.speedup >= 1.6, '×', note);
  }
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  for (const [id, w] of Object.entries(r.writing ?? {})) {
    const label = (r.documents ?? []).find((d) => d.id === id)?.label ?? id;
    const note = (perRound) => `paired per-round: ${pct(perRound)}`;
    add(`writing.defaults.${id}`, `writing rules at their defaults ≤ 10% of a check (${label})`, w.costDefaults, 0.1, w.costDefaults <= 0.1, '%', note(w.costDefaultsPerRound));
    add(`writing.allOn.${id}`, `writing rules all on ≤ 10% of a check (${label})`, w.costAllOn, 0.1, w.costAllOn <= 0.1, '%', note(w.costAllOnPerRound));
  }
  if (r.bundle) add('bundle.server', 'dist/server.js ≤ 1 MB minified', r.bundle.server.bytes, MB, r.bundle.server.bytes <= MB, 'B');
  return targets;
}

/** Every number worth comparing between runs, with the direction that is better. */
export function flatMetrics(r) {
  const m = {};
  const put = (key, value, unit, better = 'lower') => {
    if (typeof value === 'number' && Number.isFinite(value)) m[key] = { value, unit, better };
  };
  for (const [id, c] of Object.entries(r.core ?? {})) {
    put(`core.${id}.ours`, c.ours.median, 'ms');
    put(`core.${id}.markdownlint`, c.markdownlint.median, 'ms');
    put(`core.${id}.parse`, c.parse.median, 'ms');
    put(`core.${id}.ours/markdownlint`, c.ratioMarkdownlint, '×');
    put(`core.${id}.ours/parse`, c.ratioParse, '×');
  }
  for (const s of r.scaling ?? []) put(`scaling.${s.kb}KB.ours-ms-per-KB`, s.oursMsPerKB, 'ms/KB');
  if (r.lsp) {
    for (const k of ['change10', 'change1m']) {
      if (!r.lsp[k]) continue;
      put(`lsp.${k}.median`, r.lsp[k].median, 'ms');
      put(`lsp.${k}.p95`, r.lsp[k].p95, 'ms');
    }
    put('lsp.hoverDuringCheck.p95', r.lsp.hoverDuringCheck?.busy.p95, 'ms');
    put('lsp.hoverDuringCheck.max', r.lsp.hoverDuringCheck?.busy.max, 'ms');
    put('lsp.hoverIdle.median', r.lsp.hoverDuringCheck?.idle.median, 'ms');
    put('lsp.startup.median', r.lsp.startup?.median, 'ms');
    put('lsp.memory.rss-200-notas', r.lsp.memory?.rssKB * 1024, 'B');
  }
  put('memory.heap-kept-per-nota', r.retained?.perNotaKB * 1024, 'B');
  if (r.cli) {
    put('cli.single.notas/s', r.cli.single.notasPerSecond, '/s', 'higher');
    put('cli.parallel.notas/s', r.cli.parallel.notasPerSecond, '/s', 'higher');
    put('cli.parallel.speedup', r.cli.speedup, '×', 'higher');
    put('cli.nota-check.notas/s', r.cli.auto.notasPerSecond, '/s', 'higher');
    put('cli.markdownlint-cli2.notas/s', r.cli.markdownlintCli2.notasPerSecond, '/s', 'higher');
  }
  if (r.bundle) for (const k of ['server', 'client', 'cli', 'webServer', 'webClient']) put(`bundle.${k}.bytes`, r.bundle[k]?.bytes, 'B');
  put('web.startup.median', r.web?.startup?.median, 'ms');
  put('formats.docx.median', r.formats?.docx?.median, 'ms');
  put('formats.pdf.median', r.formats?.pdf?.median, 'ms');
  put('formats.docx.cpu', r.formats?.cpu?.docx?.median, 'ms');
  put('formats.pdf.cpu', r.formats?.cpu?.pdf?.median, 'ms');
  put('formats.pdfInProcess/read', r.formats?.pdfCheckOverRead, '×');
  put('web.startup/node', r.web?.ratio, '×');
  return m;
}

export function compareRuns(previous, current) {
  const before = previous.metrics ?? {};
  return Object.entries(current.metrics)
    .filter(([key]) => before[key])
    .map(([key, now]) => {
      const was = before[key].value;
      const change = was === 0 ? 0 : (now.value - was) / was;
      const better = now.better === 'lower' ? change < 0 : change > 0;
      return { key, unit: now.unit, was, now: now.value, change, verdict: Math.abs(change) < 0.05 ? 'same' : better ? 'better' : 'worse' };
    });
}

const num = (v, unit) => {
  if (unit === 'ms') return `${fmtMs(v)} ms`;
  if (unit === '%') return `${(v * 100).toFixed(1)}%`;
  if (unit === '×') return fmtRatio(v);
  if (unit === 'B') return fmtBytes(v);
  if (unit === '/s') return `${v.toFixed(0)}/s`;
  if (unit === 'ms/KB') return `${v.toFixed(3)} ms/KB`;
  return String(v);
};

export function renderReport(r, changes, previous) {
  const out = [];
  const line = (s = '') => out.push(s);
  const targets = r.targets ?? [];
  const failed = targets.filter((t) => !t.pass);
  line(`# Nota benchmark — ${r.startedAt}`);
  line();
  line(`${r.machine.cpu}; nproc ${r.machine.nproc}; node ${r.machine.node}; load ${r.machine.loadavgStart.join(' ')} → ${r.machine.loadavgEnd?.join(' ')}; commit ${r.machine.git?.commit ?? '?'} + ${r.machine.git?.changedFiles ?? '?'} changed files; ${(r.durationMs / 1000).toFixed(0)} s${r.quick ? ' (--quick: few iterations, small folder)' : ''}.`);
  line(`Rules measured (${r.rules?.length ?? 0}): ${(r.rules ?? []).join(', ')}.`);
  line();
  line(`**Targets: ${targets.length - failed.length} PASS, ${failed.length} FAIL.**`);
  line();

  if (r.core) {
    line('## 1–2. Full check vs markdownlint and vs the bare remark parse (medians, interleaved rounds)');
    line();
    line('| document | size | findings | ours | markdownlint | ours / markdownlint | ≤ 1.0× | remark parse | ours / parse | ≤ 1.5× | rounds | noise |');
    line('| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | :---: | ---: | ---: |');
    for (const d of r.documents.filter((d) => d.id !== 'gen-1kb')) {
      const c = r.core[d.id];
      if (!c) continue;
      line(`| ${d.label} | ${fmtBytes(d.bytes)} | ${d.findings} | ${fmtMs(c.ours.median)} ms | ${fmtMs(c.markdownlint.median)} ms | ${fmtRatio(c.ratioMarkdownlint)} | ${pass(c.ratioMarkdownlint <= 1)} | ${fmtMs(c.parse.median)} ms | ${fmtRatio(c.ratioParse)} | ${pass(c.ratioParse <= 1.5)} | ${c.ours.n} | ${noise(c).toFixed(2)}${noise(c) > NOISY ? ' ⚠' : ''} |`);
    }
    line();
    line(`Ratio = median of ours ÷ median of the other, from the same interleaved rounds. Below 512 KB a sample is the mean of as many calls in a row as fill 40 ms, so that garbage collections are shared out over the calls that caused them. Noise = median ÷ fastest sample of ours: close to 1.0 on a quiet machine; above ${NOISY} (⚠) other processes interfered and that row's verdicts are not reliable (the Targets table then gives the paired per-round ratios). p95 and per-round ratios of every row are in latest.json.`);
    line();
  }
  if (r.scaling) {
    const base = r.scaling.find((s) => s.kb === 10)?.oursMsPerKB;
    line('## 3. Scaling: time per KB');
    line();
    line('| size | ours ms/KB | vs 10 KB | markdownlint ms/KB | parse ms/KB |');
    line('| ---: | ---: | ---: | ---: | ---: |');
    for (const s of r.scaling) line(`| ${fmtBytes(s.bytes)} | ${s.oursMsPerKB.toFixed(3)} | ${base ? fmtRatio(s.oursMsPerKB / base) : '–'} | ${s.markdownlintMsPerKB.toFixed(3)} | ${s.parseMsPerKB.toFixed(3)} |`);
    line();
    line('The 1 KB row carries the fixed cost per document; flatness is judged from 10 KB to 1 MB.');
    line();
  }
  if (r.writing) {
    line('## 3b. The writing rules: their share of a check (interleaved rounds)');
    line();
    line('| document | writing rules off | defaults | cost | ≤ 10% | all on | cost | ≤ 10% |');
    line('| --- | ---: | ---: | ---: | :---: | ---: | ---: | :---: |');
    for (const [id, w] of Object.entries(r.writing)) {
      const label = (r.documents ?? []).find((d) => d.id === id)?.label ?? id;
      const pct = (x) => `${(x * 100).toFixed(1)}%`;
      line(`| ${label} | ${fmtMs(w.off.median)} ms | ${fmtMs(w.defaults.median)} ms | ${pct(w.costDefaults)} | ${pass(w.costDefaults <= 0.1)} | ${fmtMs(w.allOn.median)} ms | ${pct(w.costAllOn)} | ${pass(w.costAllOn <= 0.1)} |`);
    }
    line();
    line('Defaults: plain-word and abbreviation-undefined (a light word scan, no tokenizer). All on: the six writing rules, with parse-dutch cutting the prose into sentences. Cost = median ÷ median with the writing rules off − 1.');
    line();
  }
  if (r.lsp) {
    const l = r.lsp;
    line(`## 4. Language server over stdio (${l.server})`);
    line();
    line(`Debounce ${l.debounce.ms} ms (${l.debounce.from}) subtracted from didChange → publishDiagnostics.`);
    line();
    line('| measurement | median | p95 | target | | server CPU / change | run-queue wait / change |');
    line('| --- | ---: | ---: | ---: | :---: | ---: | ---: |');
    const cpu = (c) => `${c.serverCpuMs === undefined ? '–' : `${fmtMs(c.serverCpuMs)} ms`} | ${c.serverRunQueueMs === undefined ? '–' : `${fmtMs(c.serverRunQueueMs)} ms`}`;
    if (l.change10) line(`| didChange → diagnostics, 10 KB (${l.change10.changes} changes) | ${fmtMs(l.change10.median)} ms | ${fmtMs(l.change10.p95)} ms | p95 ≤ 20 ms | ${pass(l.change10.p95 <= 20)} | ${cpu(l.change10)} |`);
    if (l.change1m) line(`| didChange → diagnostics, 1 MB (${l.change1m.changes} changes) | ${fmtMs(l.change1m.median)} ms | ${fmtMs(l.change1m.p95)} ms | p95 ≤ 300 ms | ${pass(l.change1m.p95 <= 300)} | ${cpu(l.change1m)} |`);
    if (l.hoverDuringCheck) {
      const h = l.hoverDuringCheck;
      line(`| hover on a checked 10 KB nota while ${h.slow} (${fmtBytes(h.slowBytes)}) is checked: ${h.busy.n} hovers in ${fmtMs(h.slowCheckMs)} ms (max ${fmtMs(h.busy.max)} ms) | ${fmtMs(h.busy.median)} ms | ${fmtMs(h.busy.p95)} ms | p95 ≤ 100 ms | ${pass(h.busy.p95 <= 100)} | | |`);
      line(`| the same hover, nothing else checked (${h.idle.n} hovers) | ${fmtMs(h.idle.median)} ms | ${fmtMs(h.idle.p95)} ms | | | | |`);
    }
    if (l.startup) line(`| process start → first diagnostics (10 KB, ${l.startup.runs} runs) | ${fmtMs(l.startup.median)} ms | ${fmtMs(l.startup.max)} ms (max) | | | | |`);
    if (l.startup) line(`| process start → initialize answered | ${fmtMs(l.startup.initialize.median)} ms | | | | | |`);
    if (l.memory) line(`| RSS with ${l.memory.notas} open notas (${fmtBytes(l.memory.textBytes)} of text; all checked in ${fmtMs(l.memory.allCheckedMs)} ms) | ${(l.memory.rssKB / 1024).toFixed(1)} MB | peak ${(l.memory.hwmKB / 1024).toFixed(1)} MB | | | | |`);
    if (l.memory) line(`| RSS after initialize, nothing open | ${(l.memory.baselineRssKB / 1024).toFixed(1)} MB | | | | | |`);
    if (r.retained) line(`| in-process: heap kept per checked nota (CheckResult, as the server caches it; ${r.retained.timesText.toFixed(0)}× the text) | ${r.retained.perNotaKB.toFixed(0)} KB | of which mdast ${r.retained.mdastPerNotaKB.toFixed(0)} KB | | | | |`);
    line();
    line('Server CPU: on-CPU time of all the server\'s threads per change (/proc/PID/task/*/schedstat); run-queue wait: time they were ready but another process had the CPU.');
    line();
  }
  if (r.cli) {
    const c = r.cli;
    line(`## 5. A folder of ${c.files} generated notas (${fmtBytes(c.totalBytes)}, ${c.findings} findings)`);
    line();
    line('| runner | time | notas/s | vs single-threaded | target | | cores used: ours / others |');
    line('| --- | ---: | ---: | ---: | ---: | :---: | ---: |');
    const cores = (x) => (Number.isFinite(x.ownCores) ? `${x.ownCores.toFixed(2)} / ${x.otherCores.toFixed(2)}` : '–');
    const perRun = (x) => fmtMs(x.ms / x.runs.length);
    line(`| \`nota check --format json --concurrency off DIR\` (one thread) | ${perRun(c.single)} ms | ${c.single.notasPerSecond.toFixed(0)} | 1.00× | | | ${cores(c.single)} |`);
    line(`| \`nota check --format json --concurrency ${c.workers} DIR\` (worker processes) | ${perRun(c.parallel)} ms | ${c.parallel.notasPerSecond.toFixed(0)} | ${fmtRatio(c.speedup)} | ≥ 1.6× | ${pass(c.speedup >= 1.6)} | ${cores(c.parallel)} |`);
    line(`| \`nota check --format json DIR\` (defaults: auto) | ${perRun(c.auto)} ms | ${c.auto.notasPerSecond.toFixed(0)} | ${fmtRatio(c.single.ms / c.single.runs.length / c.auto.ms)} | | | ${cores(c.auto)} |`);
    line(`| \`markdownlint-cli2 "**/*.md"\` | ${perRun(c.markdownlintCli2)} ms | ${c.markdownlintCli2.notasPerSecond.toFixed(0)} | ${fmtRatio(c.single.ms / c.single.runs.length / c.markdownlintCli2.ms)} | | | ${cores(c.markdownlintCli2)} |`);
    line();
    line(`One thread and ${c.workers} workers ran ${c.rounds} times each over the whole folder, alternating which went first; times are per run (the mean).`);
    line();
    line(`nota check (defaults) ÷ markdownlint-cli2 time: ${fmtRatio(c.autoVsMarkdownlintCli2)}.`);
    line();
  }
  if (r.bundle) {
    line('## 6. Bundles (scripts/build.mjs --production, minified)');
    line();
    line('| file | size | gzip | target | |');
    line('| --- | ---: | ---: | ---: | :---: |');
    line(`| dist/server.js | ${fmtBytes(r.bundle.server.bytes)} | ${fmtBytes(r.bundle.server.gzip)} | ≤ 1 MB | ${pass(r.bundle.server.bytes <= MB)} |`);
    line(`| dist/client.js | ${fmtBytes(r.bundle.client.bytes)} | ${fmtBytes(r.bundle.client.gzip)} | | |`);
    line(`| dist/cli.js | ${fmtBytes(r.bundle.cli.bytes)} | ${fmtBytes(r.bundle.cli.gzip)} | | |`);
    if (r.bundle.webServer) line(`| dist/web/server.js (web worker, preview renderer included) | ${fmtBytes(r.bundle.webServer.bytes)} | ${fmtBytes(r.bundle.webServer.gzip)} | | |`);
    if (r.bundle.webClient) line(`| dist/web/client.js (browser extension host) | ${fmtBytes(r.bundle.webClient.bytes)} | ${fmtBytes(r.bundle.webClient.gzip)} | | |`);
    line();
    line(`dist/server.js is ${r.bundle.server.bytes.toLocaleString('en')} bytes (1 MB = 1,000,000 bytes here; 1 MiB = 1,048,576).`);
    line();
    if (r.bundle.serverInputs) {
      line('Largest parts of the minified server bundle (esbuild metafile, bytes in the output):');
      line();
      line('| source | bytes | share |');
      line('| --- | ---: | ---: |');
      for (const x of r.bundle.serverInputs.slice(0, 10)) line(`| ${x.source} | ${fmtBytes(x.bytes)} | ${((x.bytes / r.bundle.server.bytes) * 100).toFixed(1)}% |`);
      line();
    }
  }
  if (r.worst) {
    line('## 9. Worst-case Markdown (issue 22)');
    line();
    line('Each input checked cold in a process of its own; goal: 3 s per MB (at least 3 s) and 1 GB. "plain": blocks read as plain text (markdown-too-complex).');
    line();
    for (const text of worstCaseLines(r.worst)) line(text);
    line();
  }
  if (r.formats) {
    line('## 8. Word and PDF: a 10-page nota, and a 50-page PDF before publication');
    line();
    if (r.formats.skipped) line(`Skipped: ${r.formats.skipped}.`);
    else {
      const f = r.formats;
      const cpuOf = (key) => (f.cpu?.[key] ? (f.cpu[key].median < 10 ? '< 10 ms' : `${fmtMs(f.cpu[key].median)} ms`) : '');
      line(`| ${f.pages} pages (${fmtBytes(f.bytes.md)} of Markdown) | median | max | CPU (median) | vs extraction alone | vs the Markdown |`);
      line('| --- | ---: | ---: | ---: | ---: | ---: |');
      line(`| \`nota check nota.nota.md\` (process) | ${fmtMs(f.md.median)} ms | ${fmtMs(f.md.max)} ms | ${cpuOf('md')} | | 1.00× |`);
      line(`| \`nota check nota.docx\` (process) | ${fmtMs(f.docx.median)} ms | ${fmtMs(f.docx.max)} ms | ${cpuOf('docx')} | ${f.docxOverFloor ? fmtRatio(f.docxOverFloor) : 'n/a'} | ${fmtRatio(f.docxOverMd)} |`);
      if (f.docxFloor) line(`| \`unzip -p nota.docx word/document.xml\` | ${fmtMs(f.docxFloor.median)} ms | ${fmtMs(f.docxFloor.max)} ms | ${cpuOf('docxFloor')} | 1.00× | |`);
      line(`| \`nota check nota.pdf\` (process) | ${fmtMs(f.pdf.median)} ms | ${fmtMs(f.pdf.max)} ms | ${cpuOf('pdf')} | ${f.pdfOverFloor ? fmtRatio(f.pdfOverFloor) : 'n/a'}${f.pdfCpuOverFloor ? ` (CPU ${fmtRatio(f.pdfCpuOverFloor)})` : ''} | ${fmtRatio(f.pdfOverMd)} |`);
      if (f.pdfFloor) line(`| \`pdftotext nota.pdf -\` | ${fmtMs(f.pdfFloor.median)} ms | ${fmtMs(f.pdfFloor.max)} ms | ${cpuOf('pdfFloor')} | 1.00× | |`);
      const cpus = (...keys) => (keys.every((key) => f.cpu?.[key]) ? `${keys.map((key) => fmtMs(f.cpu[key].median)).join(' / ')} ms` : '');
      line(`| in process: read and check the .docx / .pdf / .md | ${fmtMs(f.docxInProcess.median)} / ${fmtMs(f.pdfInProcess.median)} / ${fmtMs(f.mdInProcess.median)} ms | | ${cpus('docxInProcess', 'pdfInProcess', 'mdInProcess')} | | |`);
      if (f.docxReadInProcess) line(`| in process: read alone (the extraction) the .docx / .pdf | ${fmtMs(f.docxReadInProcess.median)} / ${fmtMs(f.pdfReadInProcess.median)} ms | | ${cpus('docxReadInProcess', 'pdfReadInProcess')} | read and check: ${fmtRatio(f.docxCheckOverRead)} / ${fmtRatio(f.pdfCheckOverRead)}${f.pdfCheckOverReadCpu ? ` (CPU ${fmtRatio(f.docxCheckOverReadCpu)} / ${fmtRatio(f.pdfCheckOverReadCpu)})` : ''} | |`);
      if (f.publication50) {
        // issue 17: a 50-page PDF checked before publication; the goal is under 2 s on this machine
        line();
        line('| 50-page PDF before publication (goal: under 2 s) | median | max | vs extraction alone |');
        line('| --- | ---: | ---: | ---: |');
        line(`| \`nota check --publication nota-50.pdf\` (process) | ${fmtMs(f.publication50.median)} ms | ${fmtMs(f.publication50.max)} ms | ${f.publication50OverFloor ? fmtRatio(f.publication50OverFloor) : 'n/a'} |`);
        if (f.publication50Floor) line(`| \`pdftotext nota-50.pdf -\` | ${fmtMs(f.publication50Floor.median)} ms | ${fmtMs(f.publication50Floor.max)} ms | 1.00× |`);
      }
    }
    line();
  }
  if (r.web) {
    line('## 7. VS Code for the Web: the server in a web worker');
    line();
    if (r.web.skipped) {
      line(`Skipped: ${r.web.skipped}.`);
    } else {
      const w = r.web;
      line('| start → first diagnostics (10 KB nota) | median | max | vs Node |');
      line('| --- | ---: | ---: | ---: |');
      line(`| Node server: process start (desktop VS Code, ${w.nodeStartup.runs} runs) | ${fmtMs(w.nodeStartup.median)} ms | ${fmtMs(w.nodeStartup.max)} ms | 1.00× |`);
      line(`| dist/web/server.js: \`new Worker\` in headless Chromium ${w.startup.browser} (${w.startup.runs} runs) | ${fmtMs(w.startup.median)} ms | ${fmtMs(w.startup.max)} ms | ${fmtRatio(w.ratio)} |`);
      line(`| of which: worker start → initialize answered | ${fmtMs(w.startup.initialize.median)} ms | | |`);
      line();
      const probe = w.startup.probe ? `; ${w.startup.probe.doc}: ${w.startup.probe.diagnostics} diagnostics in the worker, ${w.coreFindings?.[w.startup.probe.doc]} findings in the core` : '';
      line(`The worker loads the whole bundle (the preview renderer too: a worker cannot load it later from disk). ${w.startup.doc}: ${w.startup.diagnostics} diagnostics in the worker, ${w.coreFindings?.[w.startup.doc]} findings in the core${probe}.`);
    }
    line();
  }
  if (r.load && Object.keys(r.load).length) {
    line('## Machine load during the run');
    line();
    line(`CPU cores busy on average (of ${r.machine.nproc}) per phase, from /proc/stat and /proc/self/stat: "others" is what other processes took while we measured.`);
    line();
    line('| phase | wall | machine | ours | others |');
    line('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, l] of Object.entries(r.load)) if (l) line(`| ${name} | ${(l.wallMs / 1000).toFixed(1)} s | ${l.machineCores.toFixed(2)} | ${l.ownCores.toFixed(2)} | ${l.otherCores.toFixed(2)} |`);
    line();
  }
  if (targets.length) {
    line('## Targets');
    line();
    line('| target | value | limit | | note |');
    line('| --- | ---: | ---: | :---: | --- |');
    for (const t of targets) line(`| ${t.description} | ${num(t.value, t.unit)} | ${num(t.limit, t.unit)} | ${pass(t.pass)} | ${t.note ?? ''} |`);
    line();
  }
  if (r.phases) {
    line('## Where the time goes');
    line();
    line('Each part measured on its own (median); the model is buildNotaDocument minus its own parse; the engine is runRules minus the sum of the rules (messages, fixes, suppressions, sorting).');
    line();
    const [a, b] = r.phases;
    line(`| part | ${a.doc} (${a.kind}) | share | ${b.doc} (${b.kind}) | share |`);
    line('| --- | ---: | ---: | ---: | ---: |');
    const row = (name, x, y) => line(`| ${name} | ${fmtMs(x)} ms | ${((x / a.full) * 100).toFixed(0)}% | ${fmtMs(y)} ms | ${((y / b.full) * 100).toFixed(0)}% |`);
    row('full check', a.full, b.full);
    row('remark parse (remark-parse + remark-gfm, one piece)', a.parse, b.parse);
    if (a.modelParse !== undefined) row("the model's parse (CommonMark + GFM tables, whole blocks)", a.modelParse, b.modelParse);
    row('model (without its parse)', a.model, b.model);
    row('all rules + engine (runRules)', a.runRules, b.runRules);
    const ids = [...new Set([...b.rules, ...a.rules].map((x) => x.id))];
    for (const id of ids.slice(0, 12)) row(`rule ${id}`, a.rules.find((x) => x.id === id)?.ms ?? 0, b.rules.find((x) => x.id === id)?.ms ?? 0);
    row('engine overhead', a.engine, b.engine);
    line();
  }
  if (r.variants) {
    line('## What-if parsers (parse only, medians, interleaved)');
    line();
    const names = r.variants[0].rows.map((x) => x.name);
    line(`| parser | ${r.variants.map((v) => v.doc).join(' | ')} | ${r.variants.map((v) => `vs first row (${v.doc})`).join(' | ')} |`);
    line(`| --- | ${r.variants.map(() => '---:').join(' | ')} | ${r.variants.map(() => '---:').join(' | ')} |`);
    for (const name of names) {
      const rows = r.variants.map((v) => v.rows.find((x) => x.name === name));
      line(`| ${name} | ${rows.map((x) => `${fmtMs(x.ms)} ms`).join(' | ')} | ${rows.map((x) => fmtRatio(x.vsRemarkGfm)).join(' | ')} |`);
    }
    line();
  }
  for (const [p, top] of [[r.profile, 15], [r.profile10, 10]]) {
    if (!p) continue;
    line(`## CPU profile: full check of ${p.doc} (${p.runs} runs, ${p.intervalUs} µs sampling, ${fmtMs(p.wallMsPerRun)} ms per run, GC ${(p.gcShare * 100).toFixed(0)}%; ${p.file})`);
    line();
    line('Top self time:');
    line();
    line('| function | source | self ms/run | share |');
    line('| --- | --- | ---: | ---: |');
    for (const f of p.topSelf.slice(0, top)) line(`| \`${f.function}\` | ${f.file}${f.line ? `:${f.line}` : ''} | ${fmtMs(f.ms)} | ${(f.share * 100).toFixed(1)}% |`);
    line();
    line('Self time by package / source file:');
    line();
    line('| source | self ms/run | share |');
    line('| --- | ---: | ---: |');
    for (const x of p.bySource.slice(0, top)) line(`| ${x.source} | ${fmtMs(x.ms)} | ${(x.share * 100).toFixed(1)}% |`);
    line();
    line('Our functions by inclusive time (callees included, GC not attributed):');
    line();
    line('| function | source | inclusive ms/run | share |');
    line('| --- | --- | ---: | ---: |');
    for (const f of p.ourInclusive.slice(0, top)) line(`| \`${f.function}\` | ${f.file}:${f.line} | ${fmtMs(f.ms)} | ${(f.share * 100).toFixed(1)}% |`);
    line();
  }
  if (changes && changes.length === 0) {
    line(`No metric in common with the previous run (${previous.startedAt}).`);
    line();
  } else if (changes) {
    line(`## Change against the previous run (${previous.startedAt})`);
    line();
    const others = (run) => Object.entries(run.load ?? {}).map(([name, l]) => `${name} ${l?.otherCores?.toFixed(2) ?? '?'}`).join(', ');
    line(`Cores taken by other processes — previous run: ${others(previous) || 'not recorded'}; this run: ${others(r)}. Compare absolute times only when these are alike; ratios hold up better.`);
    line();
    const moved = changes.filter((c) => c.verdict !== 'same');
    if (moved.length) {
      line('| metric | previous | now | change | |');
      line('| --- | ---: | ---: | ---: | --- |');
      for (const c of moved) line(`| ${c.key} | ${num(c.was, c.unit)} | ${num(c.now, c.unit)} | ${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)}% | ${c.verdict} |`);
      line();
    }
    const same = changes.filter((c) => c.verdict === 'same');
    line(`${same.length} of ${changes.length} metrics within ±5% ("same"${same.length ? `: ${same.map((c) => c.key).join(', ')}` : ''}). All values: latest.json \`metrics\`.`);
    line();
  } else {
    line('No previous bench/results/latest.json: nothing to compare against.');
    line();
  }
  return out.join('\n');
}
