// `nota check --concurrency`: files are checked by worker processes that run this same bundle. They take
// small batches from one shared queue, so a worker that finishes early takes the next batch and unequal
// file sizes do not leave a worker idle at the end. Outcomes come back in the order of the files.
//
// Processes, not worker threads: a worker thread shares its process's V8 flags, and with the defaults
// every thread's garbage collector and optimising compiler run helper threads that compete with the
// other workers for the cores. A worker process gets its own flags (bench/FINDINGS.md, "CLI workers").
import { type ChildProcess, fork } from 'node:child_process';
import * as os from 'node:os';
import { ConfigLoader } from '../../server/src/core/config-files';
import { type FileOutcome, type FileSettings, checkFiles, failedOutcome } from './check-file';

const BATCH = 8;
/**
 * Each worker loads the checker and warms up its JIT on its own: below about this many notas per worker
 * the workers are not faster than one thread (measured on 64, 300 and 2,000 notas: 0.8×, 1.1× and 1.5×).
 */
const FILES_PER_WORKER = 128;
/**
 * Every core already runs a worker, so the garbage collector works on the worker's own thread, and a
 * young generation of 64 MB lets the objects of a nota die young instead of being promoted and marked.
 */
const WORKER_V8_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64'];
/** Tells the bundle, started by `fork`, to serve as a worker rather than run as a program. */
const WORKER_ENV = 'NOTA_CLI_WORKER';

/** A worker process could not be started: the run stops, and the message says how to check without workers. */
export class WorkerError extends Error {}

type ToWorker = { settings: FileSettings } | { files: string[] } | { stop: true };
type FromWorker = { ready: true } | { outcomes: FileOutcome[] };

/** `--concurrency`: a number of workers, `off` (this thread) or `auto` (by cores and number of files). */
export function workerCount(concurrency: number | 'auto' | 'off', files: number): number {
  if (concurrency === 'off') return 0;
  const wanted = concurrency === 'auto' ? Math.min(os.availableParallelism(), Math.floor(files / FILES_PER_WORKER)) : concurrency;
  const useful = Math.min(wanted, Math.ceil(files / BATCH));
  return useful >= 2 ? useful : 0;
}

/**
 * A worker that stops mid-batch (out of memory, killed) loses no other file: the files of its batch go
 * back to the queue one by one, to a new worker, and a file that stops a worker on its own is reported
 * as failed with the reason.
 */
export async function checkInWorkers(files: string[], settings: FileSettings, workers: number): Promise<FileOutcome[]> {
  const outcomes = new Map<string, FileOutcome>();
  const queue: string[][] = [];
  for (let next = 0; next < files.length; next += BATCH) queue.push(files.slice(next, next + BATCH));
  const children = new Set<ChildProcess>();
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const child = startWorker();
      children.add(child);
      let current: string[] = [];
      let ready = false;
      const sendBatch = () => {
        current = queue.shift() ?? [];
        child.send(current.length === 0 ? ({ stop: true } satisfies ToWorker) : ({ files: current } satisfies ToWorker));
      };
      child.on('message', (message: FromWorker) => {
        if ('ready' in message) {
          ready = true;
          return;
        }
        for (const outcome of message.outcomes) outcomes.set(outcome.file, outcome);
        sendBatch();
      });
      child.on('error', (error) => reject(new WorkerError(`could not start a worker process (check again with --concurrency off): ${error.message}`)));
      child.on('exit', (code, signal) => {
        children.delete(child);
        if (current.length === 0) return resolve();
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        // A worker that stops before it could start serving stops them all: no file is to blame.
        if (!ready) return reject(new WorkerError(`a worker process stopped with ${how} (check again with --concurrency off)`));
        if (current.length === 1) outcomes.set(current[0], failedOutcome(current[0], settings, `the check stopped its worker process (${how}); the file is too large or too complex to check`));
        else queue.unshift(...current.map((file) => [file]));
        current = [];
        runWorker().then(resolve, reject);
      });
      child.send({ settings } satisfies ToWorker);
      sendBatch();
    });
  try {
    await Promise.all(Array.from({ length: workers }, runWorker));
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
  return files.map((file) => outcomes.get(file)!);
}

function startWorker(): ChildProcess {
  return fork(__filename, [], {
    execArgv: WORKER_V8_FLAGS,
    // Structured clone, as between threads: outcomes are plain data, strings need no JSON escaping.
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [WORKER_ENV]: '1' },
  });
}

function serve(): void {
  const loader = new ConfigLoader();
  let settings: FileSettings | undefined;
  const reply = (message: FromWorker) => process.send!(message);
  reply({ ready: true });
  process.on('message', async (message: ToWorker) => {
    if ('settings' in message) {
      settings = message.settings;
    } else if ('stop' in message) {
      process.disconnect();
    } else {
      reply({ outcomes: await checkFiles(message.files, settings!, loader) });
    }
  });
}

if (process.env[WORKER_ENV] === '1' && process.send) serve();
