// A Checker runs jobs (checks, fix-all) for the service. The server uses the worker pool (pool.ts);
// the in-process checker below runs the same job on the calling thread, for the feature tests.
import { CachedReaders } from '../../core/cache/readers';
import { type Job, type JobAnswer, type RenderPreview, runJob } from './job';

export type Outcome =
  | { status: 'done'; answer: JobAnswer }
  /** The job ran out of its time or memory budget; its worker was replaced. */
  | { status: 'budget'; reason: 'time' | 'memory'; limit: number }
  /** A newer job for the same document replaced it before it finished. */
  | { status: 'superseded' }
  | { status: 'failed'; error: string };

export interface Checker {
  /** Runs `job` for `key` (one document and job kind); a newer job for the same key supersedes it. */
  run(key: string, job: Job, timeBudgetMs: number): Promise<Outcome>;
  /** The jobs for `key` no longer matter (a new edit, a closed document). */
  supersede(key: string): void;
  dispose(): Promise<void>;
}

/** Runs jobs on the calling thread. The answer is cloned as a worker's would be, so tests see the same data. */
export class InProcessChecker implements Checker {
  private readonly readers = new CachedReaders();

  constructor(private readonly renderPreview?: RenderPreview) {}

  async run(_key: string, job: Job): Promise<Outcome> {
    try {
      return { status: 'done', answer: structuredClone(runJob(job, this.readers, this.renderPreview)) };
    } catch (error) {
      return { status: 'failed', error: String((error as Error)?.stack ?? error) };
    }
  }

  supersede(): void {}

  async dispose(): Promise<void> {}
}
