// A folder of generated notas, checked by processes as users run them: `nota check` on one thread
// (`--concurrency off`) and with os.availableParallelism() worker processes, `nota check` with its
// defaults (`auto`), and markdownlint-cli2. Wall-clock time of the whole process: start-up, workers,
// reading, checking and the JSON output.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { loadMeter } from './load.mjs';
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

/** Findings in the folder, from one JSON run (also checks that the CLI works before timing it). */
function countFindings(bin, dir) {
  const run = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--concurrency', 'off', dir], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status === null || run.status > 1) throw new Error(`nota check exited with ${run.status ?? run.signal}: ${String(run.stderr).slice(-1500)}`);
  return JSON.parse(run.stdout).reduce((sum, file) => sum + file.diagnostics.length, 0);
}

/**
 * One thread and N workers run over the whole folder `rounds` times, alternating which goes first:
 * when other processes start or stop using the CPU during the run, both sides get their share of it.
 * Their times are summed; the default run and markdownlint-cli2 run once.
 */
export async function cliBench({ files, dir, bin, markdownlintCli2, rounds = 3, log }) {
  const workers = os.availableParallelism();
  const runs = { single: [], parallel: [], auto: [], markdownlintCli2: [] };
  const show = (name, run) => {
    runs[name].push(run);
    const l = run.load;
    log(`  ${name}: ${files.length} notas in ${run.ms.toFixed(0)} ms, ${((files.length / run.ms) * 1000).toFixed(0)} notas/s${l ? `; CPU cores busy: ours ${l.ownCores.toFixed(2)}, other processes ${l.otherCores.toFixed(2)}` : ''}`);
  };
  const findings = countFindings(bin, dir);
  const check = (concurrency) => runProcess([bin, 'check', '--format', 'json', '--concurrency', String(concurrency), dir], dir);
  for (let round = 0; round < rounds; round++) {
    for (const n of round % 2 === 0 ? [1, workers] : [workers, 1]) show(n === 1 ? 'single' : 'parallel', check(n === 1 ? 'off' : n));
  }
  show('auto', runProcess([bin, 'check', '--format', 'json', dir], dir));
  show('markdownlintCli2', runProcess([markdownlintCli2, '**/*.md'], dir));
  const total = (list) => {
    const ms = list.reduce((a, r) => a + r.ms, 0);
    const weighted = (key) => list.reduce((a, r) => a + (r.load?.[key] ?? NaN) * r.ms, 0) / ms;
    return { ms, notasPerSecond: ((files.length * list.length) / ms) * 1000, ownCores: weighted('ownCores'), otherCores: weighted('otherCores'), runs: list };
  };
  const result = {
    files: files.length,
    workers,
    rounds,
    findings,
    single: total(runs.single),
    parallel: total(runs.parallel),
    auto: total(runs.auto),
    markdownlintCli2: total(runs.markdownlintCli2),
  };
  result.speedup = result.single.ms / result.parallel.ms;
  result.autoVsMarkdownlintCli2 = result.auto.ms / result.markdownlintCli2.ms;
  return result;
}
