// `nota check --concurrency`: files are checked by worker threads that run this same bundle. They take
// small batches from one shared queue, so a worker that finishes early takes the next batch and unequal
// file sizes do not leave a thread idle at the end. Outcomes come back in the order of the files.
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../../server/src/core/config-files';
import { type FileOutcome, type FileSettings, checkFile } from './check-file';

const BATCH = 8;
/**
 * Each worker loads the checker and warms up its JIT on its own: below about this many notas per worker
 * the threads are not faster than one (measured on 64, 300 and 2,000 notas: 0.8×, 1.1× and 1.3–1.5×).
 */
const FILES_PER_WORKER = 128;

interface WorkerData {
  notaCliWorker: true;
  settings: FileSettings;
}

type ToWorker = { files: string[] } | { stop: true };
type FromWorker = { ready: true } | { outcomes: FileOutcome[] } | { crashed: string };

/** `--concurrency`: a number of threads, `off` (this thread) or `auto` (by cores and number of files). */
export function workerCount(concurrency: number | 'auto' | 'off', files: number): number {
  if (concurrency === 'off') return 0;
  const wanted = concurrency === 'auto' ? Math.min(os.availableParallelism(), Math.floor(files / FILES_PER_WORKER)) : concurrency;
  const useful = Math.min(wanted, Math.ceil(files / BATCH));
  return useful >= 2 ? useful : 0;
}

export async function checkInWorkers(files: string[], settings: FileSettings, workers: number): Promise<FileOutcome[]> {
  const outcomes = new Map<string, FileOutcome>();
  let next = 0;
  const batch = () => {
    const taken = files.slice(next, next + BATCH);
    next += taken.length;
    return taken;
  };
  const data: WorkerData = { notaCliWorker: true, settings };
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: data });
        worker.on('message', (message: FromWorker) => {
          if ('crashed' in message) {
            reject(new Error(message.crashed));
            return;
          }
          if ('outcomes' in message) for (const outcome of message.outcomes) outcomes.set(outcome.file, outcome);
          const taken = batch();
          worker.postMessage((taken.length > 0 ? { files: taken } : { stop: true }) satisfies ToWorker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread stopped with exit code ${code}`))));
      }),
    ),
  );
  return files.map((file) => outcomes.get(file)!);
}

function serve(settings: FileSettings): void {
  const port = parentPort!;
  const loader = new ConfigLoader();
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      port.close();
      return;
    }
    try {
      port.postMessage({ outcomes: message.files.map((file) => checkFile(file, settings, loader)) } satisfies FromWorker);
    } catch (error) {
      port.postMessage({ crashed: (error as Error)?.stack ?? String(error) } satisfies FromWorker);
      port.close();
    }
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

if (!isMainThread && (workerData as WorkerData | undefined)?.notaCliWorker) serve((workerData as WorkerData).settings);
