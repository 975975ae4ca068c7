// Timing and statistics. Every duration is in milliseconds, taken with process.hrtime.bigint().
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** A full garbage collection between measurements (never inside one), so that one document's garbage is not collected in the next one's time. */
export const collectGarbage = (() => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc');
  } catch {
    return () => {};
  }
})();

export const now = () => process.hrtime.bigint();
export const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;

export function time(fn) {
  const start = now();
  fn();
  return msSince(start);
}

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(samples) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summary(samples) {
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/**
 * Runs several implementations on the same input in interleaved rounds (A B C, B C A, C A B, …), so
 * that load from other processes on the machine falls on all of them alike and their ratio stays
 * meaningful. Warm-up rounds first (JIT, caches), then as many rounds as fit in `budgetMs`, at least
 * `minRounds`, at most `maxRounds`. Warm-up is at least `warmup` rounds and at least `warmupMs`.
 * `sampleMs`: one sample runs an implementation as many times in a row as fill about this long and
 * keeps the mean, so that garbage collections (a few ms each, every few calls on a small document)
 * are shared out over the calls that caused them instead of landing whole in one sample of a few ms.
 * `gcBetween` collects garbage before each timed call (for large documents: each run then pays for
 * its own garbage only, not for the previous run's). Returns the samples per implementation (ms per call).
 */
export function interleaved(impls, { warmup = 3, warmupMs = 0, budgetMs = 2000, minRounds = 5, maxRounds = 300, sampleMs = 0, gcBetween = false } = {}) {
  const names = Object.keys(impls);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  let warmMs = 0;
  let warmRounds = 0;
  while (warmRounds < warmup || warmMs < warmupMs) {
    for (const name of names) warmMs += time(impls[name]);
    warmRounds++;
  }
  const perRound = warmRounds > 0 ? warmMs / warmRounds : 0;
  const calls = perRound > 0 ? Math.max(1, Math.ceil(sampleMs / (perRound / names.length))) : 1;
  collectGarbage();
  const rounds = perRound > 0 ? Math.min(maxRounds, Math.max(minRounds, Math.ceil(budgetMs / (perRound * calls)))) : minRounds;
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      if (gcBetween) collectGarbage();
      samples[name].push(time(() => repeat(impls[name], calls)) / calls);
    }
  }
  return samples;
}

function repeat(fn, times) {
  for (let i = 0; i < times; i++) fn();
}

export const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
export const fmtRatio = (r) => `${r.toFixed(2)}×`;
export const fmtBytes = (b) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : b >= 1024 ? `${(b / 1024).toFixed(1)} KB` : `${b} B`);
