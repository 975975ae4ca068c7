// A small worker-pool runner: checks a list of files with N worker threads, each calling the core.
// Files go out in small batches from one shared queue (a worker that finishes early takes the next
// batch), so unequal file sizes do not leave a thread idle at the end. The time includes starting
// the workers and loading the core in each, as a real run would.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { msSince, now } from './stats.mjs';

export async function runPool(files, { entry, workers = os.availableParallelism(), batch = 8, resourceLimits } = {}) {
  const start = now();
  let next = 0;
  const totals = { files: 0, findings: 0 };
  const take = () => {
    const files_ = files.slice(next, next + batch);
    next += files_.length;
    return files_;
  };
  await Promise.all(
    Array.from({ length: workers }, () => new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { entry }, ...(resourceLimits ? { resourceLimits } : {}) });
      worker.on('message', (message) => {
        if (!message.ready) {
          totals.files += message.files;
          totals.findings += message.findings;
        }
        const files_ = take();
        worker.postMessage(files_.length > 0 ? { files: files_ } : { stop: true });
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
    })),
  );
  const ms = msSince(start);
  if (totals.files !== files.length) throw new Error(`pool checked ${totals.files} of ${files.length} files`);
  return { ms, workers, files: totals.files, findings: totals.findings, notasPerSecond: (files.length / ms) * 1000 };
}
