import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PrepareReply, PrepareRequest } from './analysis-worker.ts';
import { type IngestOptions, type PreparedFile, prepareFile } from './pipeline.ts';

/**
 * Finds the worker's entry point beside this module. From the sources it is a small JavaScript
 * file that registers tsx in the worker (a worker does not inherit the main thread's loader) and
 * then loads the `.ts` worker; from the bundle it is `dist/analysis-worker.mjs`, next to
 * `chronicle.mjs` or one level up from a shared chunk. Null when neither exists (a bundle built
 * without it): the caller analyses in-process.
 */
function workerEntry(): URL | null {
  const here = import.meta.url;
  const candidates = here.endsWith('.ts')
    ? ['./analysis-worker.dev.mjs']
    : ['./analysis-worker.mjs', '../analysis-worker.mjs'];
  for (const candidate of candidates) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  return null;
}

/**
 * Worker threads for analysis: one core fewer than the machine has, at least one. Saving on the
 * main thread takes several times longer than analysing an article, so the main thread needs a
 * core of its own and one worker keeps up on a 2-core machine (`npm run bench -- ingest`).
 * `CHRONICLE_INGEST_THREADS` overrides it; 0 analyses in-process.
 */
export function defaultThreadCount(): number {
  const fromEnv = process.env.CHRONICLE_INGEST_THREADS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Math.max(1, availableParallelism() - 1);
}

interface Job {
  seq: number;
  path: string;
  opts: IngestOptions;
  resolve: (prepared: PreparedFile) => void;
}

/**
 * Files sent to one worker before it has answered for the first of them. The worker works through
 * them one by one while the main thread is busy saving: with one at a time, it sat idle from the
 * moment it answered until the main thread, done with a whole batch of saves, read the answer,
 * and saves came in batches of one (measured: 2 000 files, 1 000 batches, no faster than analysing
 * in-process). With 32, a worker still idled once it had answered 32 while a batch was saved, so
 * batches never grew past about 32 however many files were read ahead; the caller's read-ahead
 * (`ingestMany`: twice a batch) is what bounds the files in flight.
 */
const IN_FLIGHT_PER_WORKER = 1_024;

interface Slot {
  worker: Worker;
  /** Files sent and not answered yet, oldest first; the worker prepares them in this order. */
  jobs: Job[];
  /** The worker has loaded its code; a failure before that is the pool's, not a file's. */
  ready: boolean;
}

/**
 * A fixed set of worker threads that prepare files (read → parse → analyse). `prepare` never
 * rejects: a worker that crashes on a file fails that file only, and a fresh worker takes its place.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;
  /** Workers cannot start here (a broken install): every file is prepared in-process instead. */
  private inProcess = false;

  private constructor(
    private readonly entry: URL,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** A pool of `size` threads, or null when worker threads are unavailable (no entry point). */
  static open(size: number): AnalysisPool | null {
    const entry = workerEntry();
    return entry && size > 0 ? new AnalysisPool(entry, size) : null;
  }

  prepare(path: string, opts: IngestOptions): Promise<PreparedFile> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, path, opts, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ path: job.path, ok: false, reason: 'ingest stopped' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry);
    const slot: Slot = { worker, jobs: [], ready: false };
    worker.on('message', (reply: PrepareReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const at = slot.jobs.findIndex((j) => j.seq === reply.seq);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      job?.resolve(reply.prepared);
      this.dispatch();
    });
    // A worker dies (out of memory, a native fault, an exception outside prepareFile): the file it
    // held fails with the reason, and a new worker carries on with the rest.
    worker.on('error', (err) => this.replace(slot, `analysis crashed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `analysis stopped (exit code ${code})`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const jobs = slot.jobs.splice(0);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!slot.ready) {
      // The worker never loaded: no file is to blame, and a new worker would fail the same way.
      this.inProcess = true;
      this.queue.unshift(...jobs);
      this.slots.splice(i, 1);
      this.dispatch();
      return;
    }
    // The worker prepares its files in order, so the oldest unanswered one is the file it died
    // on; the others go first to the next free worker.
    const [culprit, ...innocent] = jobs;
    if (culprit) culprit.resolve({ path: culprit.path, ok: false, reason });
    this.queue.unshift(...innocent);
    this.slots[i] = this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    if (this.inProcess) {
      for (const job of this.queue.splice(0)) void prepareFile(job.path, job.opts).then(job.resolve);
      return;
    }
    // Round by round, so files spread over the workers instead of filling the first one.
    for (let round = 0; round < IN_FLIGHT_PER_WORKER; round++) {
      for (const slot of this.slots) {
        if (slot.jobs.length > round) continue;
        const job = this.queue.shift();
        if (!job) return;
        slot.jobs.push(job);
        slot.worker.postMessage({ seq: job.seq, path: job.path, opts: job.opts } satisfies PrepareRequest);
      }
    }
  }
}
