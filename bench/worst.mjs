// The worst-case table (issue 22): each family of bench/worst-case.ts at 10 KB, 100 KB and 1 MB, checked
// cold in a process of its own (so that its peak memory is its own), beside a normal nota of the same
// size in the same run. Goal: within 3 s per MB (at least 3 s) and 1 GB of memory.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CHILD = `
const fs = require('node:fs');
const core = require(process.argv[1]);
const family = process.argv[3];
const bytes = Number(process.argv[4]);
const text = family === '' ? fs.readFileSync(process.argv[2], 'utf8') : core.WORST_CASE_FAMILIES[family](bytes);
const options = { config: core.resolveConfig([]), locale: 'nl', fileName: 'worst.nota.md' };
const start = process.cpuUsage();
const began = performance.now();
const findings = core.checkText(text, options).findings;
const cpu = process.cpuUsage(start);
process.stdout.write(JSON.stringify({ ms: performance.now() - began, cpuMs: (cpu.user + cpu.system) / 1000, rssMB: process.resourceUsage().maxRSS / 1024, tooComplex: findings.filter((f) => f.ruleId === 'markdown-too-complex').length }));
`;

function run(entry, textFile, family, bytes) {
  const result = spawnSync(process.execPath, ['-e', CHILD, entry, textFile, family, String(bytes)], { encoding: 'utf8', timeout: 600000, maxBuffer: 1 << 20 });
  if (result.status !== 0) return { failed: result.signal ? `stopped (${result.signal})` : (result.stderr.split('\n').find((line) => /Error/.test(line)) ?? `exit ${result.status}`) };
  return JSON.parse(result.stdout);
}

export function worstCaseBench(entry, core, generateNota, sizes) {
  if (!core.WORST_CASE_FAMILIES) return { skipped: 'the bench entry has no WORST_CASE_FAMILIES (bench/entry.ts)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nota-bench-worst-'));
  try {
    const rows = [];
    const baselines = {};
    for (const bytes of sizes) {
      const file = path.join(dir, `normal-${bytes}.nota.md`);
      fs.writeFileSync(file, generateNota({ seed: 22, bytes }));
      baselines[bytes] = run(entry, file, '', bytes);
    }
    for (const family of Object.keys(core.WORST_CASE_FAMILIES)) {
      const cells = {};
      for (const bytes of sizes) {
        const measured = run(entry, '', family, bytes);
        const goalMs = Math.max(3000, (3000 * bytes) / 1048576);
        cells[bytes] = { ...measured, ratio: measured.ms / baselines[bytes].ms, withinGoal: !measured.failed && measured.ms <= goalMs && measured.rssMB <= 1024, withinGoalCpu: !measured.failed && measured.cpuMs <= goalMs && measured.rssMB <= 1024 };
      }
      rows.push({ family, cells });
    }
    return { sizes, baselines, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const sizeName = (bytes) => (bytes >= 1048576 ? `${bytes / 1048576} MB` : `${bytes / 1024} KB`);

/** The table, as the report and the README show it. */
export function worstCaseLines(worst) {
  const lines = [];
  if (worst.skipped) return [`Skipped: ${worst.skipped}.`];
  lines.push(`| family | ${worst.sizes.map((bytes) => `${sizeName(bytes)}: time, × normal, peak memory`).join(' | ')} | within goal (wall / CPU) |`);
  lines.push(`| --- | ${worst.sizes.map(() => '---:').join(' | ')} | :---: |`);
  // CPU time beside wall time: on a machine shared with other work the wall time measures the others too.
  const cell = (c) => (c.failed ? c.failed : `${c.ms.toFixed(0)} ms (CPU ${c.cpuMs.toFixed(0)}), ${c.ratio.toFixed(1)}×, ${c.rssMB.toFixed(0)} MB${c.tooComplex ? ` (${c.tooComplex} plain)` : ''}`);
  lines.push(`| a normal nota (baseline) | ${worst.sizes.map((bytes) => cell({ ...worst.baselines[bytes], ratio: 1 })).join(' | ')} | |`);
  for (const row of worst.rows) lines.push(`| ${row.family} | ${worst.sizes.map((bytes) => cell(row.cells[bytes])).join(' | ')} | ${worst.sizes.every((bytes) => row.cells[bytes].withinGoal) ? 'yes' : '**no**'} / ${worst.sizes.every((bytes) => row.cells[bytes].withinGoalCpu) ? 'yes' : '**no**'} |`);
  return lines;
}
