// The check worker (dist/check-worker.js): runs one job at a time for the server's main thread.
import { parentPort } from 'node:worker_threads';
import { CachedReaders } from '../../core/cache/readers';
import { renderPreviewFromBundle } from '../preview-renderer';
import { type Job, runJob } from './job';

/** The pieces of the documents this worker checked: a re-check after an edit re-reads only what changed. */
const readers = new CachedReaders();

parentPort!.on('message', ({ id, job }: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id, answer: runJob(job, readers, renderPreviewFromBundle) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
