import { setTimeout as sleep } from 'node:timers/promises';
import {
  type IngestOutcome,
  type PreparedFile,
  prepareSource,
  type RevisionChange,
  storePreparedBatch,
} from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import { ingestJobSchema } from './job.ts';
import type { IngestQueue, TakenJob } from './queue.ts';

/**
 * Jobs a slot takes at once: their articles are saved in one transaction, which saves a commit per
 * article (as `chronicle ingest` batches), yet leaves plenty for other workers on a small queue.
 */
export const JOB_BATCH = 8;

export interface WorkerOptions {
  /** Jobs worked at once in this process: saving one overlaps analysing the next. */
  concurrency: number;
  /** Return once no job is waiting (none new, none to retry) instead of waiting for more. */
  untilEmpty: boolean;
  /** Stops taking jobs; the ones in hand are finished first. */
  signal?: AbortSignal;
  /** Most jobs one slot takes at once and saves in one transaction; default `JOB_BATCH`. */
  batch?: number;
  /** How long an idle worker waits before asking the queue again; default 1 s. */
  idleMs?: number;
}

/** One job's end as the worker saw it; `retry` says whether the queue will try a failed job again. */
export type WorkOutcome =
  | {
      path: string;
      ok: true;
      status: 'new' | 'updated' | 'unchanged';
      id: number;
      revision: number;
      change?: RevisionChange;
    }
  | { path: string; ok: false; reason: string; retry: boolean };

/**
 * Takes ingest jobs from the queue and stores their articles until stopped (or, with
 * `untilEmpty`, until nothing is waiting). A job whose input is bad (not an article, not a
 * well-formed job) fails at once with its reason; one that fails while saving is retried by the
 * queue with backoff. Any number of these may run against the same database: the store
 * serialises writers, and the queue gives each job to one worker.
 */
export async function runWorker(
  queue: IngestQueue,
  store: Store,
  opts: WorkerOptions,
  onOutcome: (outcome: WorkOutcome) => void,
): Promise<void> {
  const { idleMs = 1000, batch = JOB_BATCH } = opts;
  // One slot's failure (the database went away) stops the others too, after their current jobs.
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  const slot = async () => {
    try {
      while (!signal.aborted) {
        const jobs = await queue.take(batch);
        if (jobs.length > 0) {
          for (const outcome of await workJobs(queue, store, jobs)) onOutcome(outcome);
          continue;
        }
        if (opts.untilEmpty && (await queue.waiting()) === 0) return;
        await sleep(idleMs, undefined, { signal }).catch(() => {});
      }
    } catch (err) {
      stop.abort();
      throw err;
    }
  };
  const slots = await Promise.allSettled(Array.from({ length: Math.max(1, opts.concurrency) }, slot));
  const failed = slots.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Parses, analyses and stores one job's article, then completes or fails the job. */
export async function workJob(queue: IngestQueue, store: Store, job: TakenJob): Promise<WorkOutcome> {
  return (await workJobs(queue, store, [job]))[0] as WorkOutcome;
}

/**
 * Parses and analyses each job's article, stores the good ones in one transaction (each
 * all-or-nothing on its own, as `chronicle ingest` does), then completes or fails every job.
 * Outcomes come back in the jobs' order.
 */
export async function workJobs(queue: IngestQueue, store: Store, jobs: readonly TakenJob[]): Promise<WorkOutcome[]> {
  const outcomes: (WorkOutcome | undefined)[] = [];
  const ready: { index: number; job: TakenJob; prepared: PreparedFile }[] = [];
  for (const [index, job] of jobs.entries()) {
    const parsed = ingestJobSchema.safeParse(job.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = `not an ingest job (${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'})`;
      outcomes[index] = await failJob(queue, job, pathOf(job.data), reason, false);
      continue;
    }
    const { path, hash, text, sourcePath, ...opts } = parsed.data;
    // The analysis is a pure function of the text; bytes only feed the hash, which the job carries.
    const prepared = prepareSource(path, { bytes: Buffer.from(text), hash, text }, opts);
    if (!prepared.ok) outcomes[index] = await failJob(queue, job, path, prepared.reason, false);
    else ready.push({ index, job, prepared: sourcePath ? { ...prepared, sourcePath } : prepared });
  }
  let stored: IngestOutcome[];
  try {
    stored = await storePreparedBatch(
      store,
      ready.map((r) => r.prepared),
    );
  } catch (err) {
    stored = ready.map((r) => ({ path: r.prepared.path, ok: false, reason: firstLine(err) }));
  }
  for (const [i, { index, job }] of ready.entries()) {
    const result = stored[i] as IngestOutcome;
    // The input parsed and analysed: a save that failed is the database's trouble, worth another try.
    if (!result.ok) {
      outcomes[index] = await failJob(queue, job, result.path, result.reason, true);
      continue;
    }
    const { status, id, revision } = result.result;
    await queue.complete(job.id, { status, article: id, revision });
    outcomes[index] = { path: result.path, ok: true, status, id, revision, change: result.change };
  }
  return outcomes as WorkOutcome[];
}

async function failJob(
  queue: IngestQueue,
  job: TakenJob,
  path: string,
  reason: string,
  retry: boolean,
): Promise<WorkOutcome> {
  await queue.fail(job.id, reason, { retry });
  // Whether the queue will try again: only a retryable failure with attempts left.
  const willRetry = retry && job.attempt <= job.retryLimit;
  return { path, ok: false, reason, retry: willRetry };
}

function pathOf(data: unknown): string {
  const path = (data as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : '(job without a path)';
}

function firstLine(err: unknown): string {
  return err instanceof Error ? (err.message.split('\n')[0] as string) : String(err);
}
