// A folder of generated notas, checked four ways: the worker-pool runner with one worker (single-
// threaded) and with os.availableParallelism() workers, our real CLI process, and markdownlint-cli2's
// CLI. Wall-clock time of the whole run, process start and output included where there is a process.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { loadMeter } from './load.mjs';
import { runPool } from './pool.mjs';
import { msSince, now } from './stats.mjs';

function runProcess(args, cwd) {
  const meter = loadMeter();
  const start = now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = msSince(start);
  // Both linters exit 1 when they found something; 2 and up (or a signal) is a failure.
  if (run.status === null || run.status > 1) throw new Error(`${args.join(' ')} exited with ${run.status ?? run.signal}: ${String(run.stderr).slice(-1500)}`);
  return { ms, load: meter.stop() };
}

/**
 * The pool runs on the folder in `chunks` parts, 1 worker and N workers alternating on each part (the
 * one that goes first alternates too): when other processes start or stop using the CPU during the
 * run, both sides get their share of it. Times of the parts are summed; the processes run once over
 * the whole folder.
 */
export async function cliBench({ files, dir, entry, bin, markdownlintCli2, chunks = 4, log }) {
  const workers = os.availableParallelism();
  const runs = { single: [], pool: [], cli: [], markdownlintCli2: [] };
  const show = (name, run, count) => {
    runs[name].push(run);
    const l = run.load;
    log(`  ${name}: ${count} notas in ${run.ms.toFixed(0)} ms, ${((count / run.ms) * 1000).toFixed(0)} notas/s${l ? `; CPU cores busy: ours ${l.ownCores.toFixed(2)}, other processes ${l.otherCores.toFixed(2)}` : ''}`);
  };
  let findings = 0;
  const size = Math.ceil(files.length / chunks);
  for (let k = 0; k < chunks; k++) {
    const part = files.slice(k * size, (k + 1) * size);
    if (part.length === 0) continue;
    for (const n of k % 2 === 0 ? [1, workers] : [workers, 1]) {
      const meter = loadMeter();
      const result = await runPool(part, { entry, workers: n });
      if (n === 1) findings += result.findings;
      show(n === 1 ? 'single' : 'pool', { ms: result.ms, files: part.length, load: meter.stop() }, part.length);
    }
  }
  show('cli', { ...runProcess([bin, 'check', '--format', 'json', dir], dir), files: files.length }, files.length);
  show('markdownlintCli2', { ...runProcess([markdownlintCli2, '**/*.md'], dir), files: files.length }, files.length);
  const total = (list) => {
    const ms = list.reduce((a, r) => a + r.ms, 0);
    const weighted = (key) => list.reduce((a, r) => a + (r.load?.[key] ?? NaN) * r.ms, 0) / ms;
    return { ms, notasPerSecond: (files.length / ms) * 1000, ownCores: weighted('ownCores'), otherCores: weighted('otherCores'), runs: list };
  };
  const result = {
    files: files.length,
    workers,
    chunks,
    findings,
    single: total(runs.single),
    pool: total(runs.pool),
    cli: total(runs.cli),
    markdownlintCli2: total(runs.markdownlintCli2),
  };
  result.speedup = result.single.ms / result.pool.ms;
  result.cliVsMarkdownlintCli2 = result.cli.ms / result.markdownlintCli2.ms;
  result.poolVsMarkdownlintCli2 = result.pool.ms / result.markdownlintCli2.ms;
  return result;
}
