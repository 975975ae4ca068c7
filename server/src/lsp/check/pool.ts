// Check workers (worker_threads), each with its own heap limit, so that the main thread keeps answering
// while a document is checked, and a check that runs out of time or memory ends its worker, not the
// server. Jobs wait in one queue; a document's job goes to the worker that last served it when that
// worker is free (its memos hold the document's unchanged lines), else to any free worker.
import { Worker } from 'node:worker_threads';
import type { Checker, Outcome } from './checker';
import type { Job, JobAnswer } from './job';

export interface PoolOptions {
  /** The worker script (dist/check-worker.js). */
  script: string;
  size: number;
  memoryMb: number;
  /**
   * A superseded job that has run this long is stopped (its worker replaced); a shorter one finishes
   * and its answer is dropped, which costs less than starting a worker and losing its memos.
   */
  terminateAfterMs: number;
  log: (message: string) => void;
}

interface Pending {
  key: string;
  job: Job;
  budgetMs: number;
  settle: (outcome: Outcome) => void;
}

interface Running extends Pending {
  id: number;
  started: number;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  running?: Running;
  lastKey?: string;
}

type WorkerMessage = { id: number; answer: JobAnswer } | { id: number; error: string };

export class WorkerPool implements Checker {
  private readonly slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly options: PoolOptions) {}

  /** Starts a worker before the first check, so the first diagnostics do not wait for it to load. */
  warmUp(): void {
    if (this.slots.length === 0) this.spawn();
  }

  run(key: string, job: Job, budgetMs: number): Promise<Outcome> {
    this.dropQueued(key);
    return new Promise((settle) => {
      this.queue.push({ key, job, budgetMs, settle });
      this.pump();
    });
  }

  supersede(key: string): void {
    this.dropQueued(key);
    for (const slot of [...this.slots]) {
      const running = slot.running;
      if (running?.key === key && performance.now() - running.started >= this.options.terminateAfterMs) this.retire(slot, { status: 'superseded' });
    }
  }

  async dispose(): Promise<void> {
    this.dropQueued();
    await Promise.all([...this.slots].map((slot) => this.retire(slot, { status: 'superseded' })));
  }

  private dropQueued(key?: string): void {
    const dropped = this.queue.filter((pending) => key === undefined || pending.key === key);
    this.queue = this.queue.filter((pending) => !dropped.includes(pending));
    for (const pending of dropped) pending.settle({ status: 'superseded' });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot(this.queue[0].key);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private freeSlot(key: string): Slot | undefined {
    const idle = this.slots.filter((slot) => !slot.running);
    return idle.find((slot) => slot.lastKey === key) ?? idle[0] ?? (this.slots.length < this.options.size ? this.spawn() : undefined);
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb } });
    // Workers never keep the server alive: the process ends when the client says exit or goes away.
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (message: WorkerMessage) => this.answered(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!memory) this.options.log(`Check worker failed: ${error.stack ?? error}`);
      void this.retire(slot, memory ? { status: 'budget', reason: 'memory', limit: this.options.memoryMb } : { status: 'failed', error: String(error.stack ?? error) });
    });
    worker.on('exit', (code) => void this.retire(slot, { status: 'failed', error: `the check worker exited with code ${code}` }));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const timer = setTimeout(() => void this.retire(slot, { status: 'budget', reason: 'time', limit: pending.budgetMs }), pending.budgetMs);
    slot.running = { ...pending, id, started: performance.now(), timer };
    slot.lastKey = pending.key;
    slot.worker.postMessage({ id, job: pending.job });
  }

  private answered(slot: Slot, message: WorkerMessage): void {
    if (slot.running?.id !== message.id) return;
    this.settle(slot, 'answer' in message ? { status: 'done', answer: message.answer } : { status: 'failed', error: message.error });
    this.pump();
  }

  private settle(slot: Slot, outcome: Outcome): void {
    const running = slot.running;
    if (!running) return;
    clearTimeout(running.timer);
    slot.running = undefined;
    running.settle(outcome);
  }

  /** Ends a slot's worker (over budget, superseded, crashed or exited); a new one starts when a job needs it. */
  private async retire(slot: Slot, outcome: Outcome): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.settle(slot, outcome);
    this.pump();
    await slot.worker.terminate();
  }
}
