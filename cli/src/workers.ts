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
import { type FileOutcome, type FileSettings, checkFiles } from './check-file';

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

/** A worker process failed: the run stops, and the message says how to check without workers. */
export class WorkerError extends Error {}

type ToWorker = { settings: FileSettings } | { files: string[] } | { stop: true };
type FromWorker = { outcomes: FileOutcome[] } | { crashed: string };

/** `--concurrency`: a number of workers, `off` (this thread) or `auto` (by cores and number of files). */
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
  const children: ChildProcess[] = [];
  try {
    await Promise.all(
      Array.from({ length: workers }, () =>
        new Promise<void>((resolve, reject) => {
          const child = startWorker();
          children.push(child);
          const send = (message: ToWorker) => child.send(message);
          let stopped = false;
          const sendBatch = () => {
            const taken = batch();
            stopped = taken.length === 0;
            send(stopped ? { stop: true } : { files: taken });
          };
          let crashed = false;
          child.on('message', (message: FromWorker) => {
            if ('crashed' in message) {
              crashed = true;
              reject(new WorkerError(`a worker process failed (check again with --concurrency off):\n${message.crashed}`));
              return;
            }
            for (const outcome of message.outcomes) outcomes.set(outcome.file, outcome);
            sendBatch();
          });
          child.on('error', (error) => reject(new WorkerError(`could not start a worker process: ${error.message}`)));
          child.on('exit', (code, signal) => {
            if (code === 0 && stopped) resolve();
            else if (!crashed) reject(new WorkerError(`a worker process stopped with ${signal ?? `exit code ${code}`} (check again with --concurrency off)`));
          });
          send({ settings });
          sendBatch();
        }),
      ),
    );
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
  process.on('message', async (message: ToWorker) => {
    if ('settings' in message) {
      settings = message.settings;
    } else if ('stop' in message) {
      process.disconnect();
    } else {
      try {
        reply({ outcomes: await checkFiles(message.files, settings!, loader) });
      } catch (error) {
        reply({ crashed: (error as Error)?.stack ?? String(error) });
        process.disconnect();
      }
    }
  });
}

if (process.env[WORKER_ENV] === '1' && process.send) serve();
