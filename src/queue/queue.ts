import type pg from 'pg';
import PgBoss from 'pg-boss';
import { connectPostgresPool, postgresServer } from '../store/index.ts';
import { INGEST_QUEUE, type IngestJob, jobId } from './job.ts';

/** pg-boss keeps its tables in this schema of the Chronicle database, apart from the store's. */
export const QUEUE_SCHEMA = 'pgboss';

/**
 * Attempts after the first for a job that failed for a reason other than its input (a lost
 * connection, a deadlock): 3 attempts in all, the retries 10–20 s and 20–40 s later.
 */
const RETRY_LIMIT = 2;
const RETRY_DELAY_SECONDS = 10;

/** A job a worker took: it is active until `complete` or `fail`. */
export interface TakenJob {
  id: string;
  /** Unvalidated: whoever sent it may not have been `chronicle queue add`. */
  data: unknown;
  /** 1 for the first attempt. */
  attempt: number;
  /** Attempts after the first the queue allows this job. */
  retryLimit: number;
}

/** Jobs by what a user cares about: waiting (new or to retry), being worked, stored, given up. */
export interface QueueCounts {
  queued: number;
  active: number;
  done: number;
  failed: number;
}

export interface FailedJob {
  id: string;
  path: string;
  reason: string;
  attempts: number;
  failedAt: string;
}

/** What `send` did with a job: new, already there (waiting, worked or done), or a failed one tried again. */
export type SendResult = 'queued' | 'already queued' | 'requeued';

/** DATABASE_URL problems, worded for the user (the URL names the server, never the password). */
export class QueueConnectionError extends Error {
  override name = 'QueueConnectionError';
}

/**
 * The ingest queue: pg-boss over the Chronicle PostgreSQL database. Any number of processes on
 * any number of machines may open it at once; pg-boss hands each job to exactly one of them
 * (`FOR UPDATE SKIP LOCKED`) and gives a job whose worker died to another after it expires.
 */
export class IngestQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly pool: pg.Pool,
  ) {}

  /**
   * Connects, installs or migrates pg-boss's schema when needed and creates the queue.
   * `supervise` runs pg-boss's maintenance (expiring jobs of dead workers, archiving): workers do,
   * short commands need not.
   */
  static async open(databaseUrl: string, opts: { supervise?: boolean } = {}): Promise<IngestQueue> {
    const where = serverOf(databaseUrl);
    let pool: pg.Pool;
    try {
      pool = await connectPostgresPool(databaseUrl, { max: 4, application_name: 'chronicle-queue' });
    } catch (e) {
      throw new QueueConnectionError((e as Error).message);
    }
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: QUEUE_SCHEMA,
      supervise: opts.supervise ?? false,
      schedule: false,
      migrate: true,
    });
    // pg-boss reports maintenance failures as events; an unheard 'error' event would end the process.
    boss.on('error', () => {});
    try {
      await boss.start();
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        retryLimit: RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        retryBackoff: true,
      });
    } catch (e) {
      await boss.stop({ graceful: false, close: false }).catch(() => {});
      await pool.end().catch(() => {});
      throw new QueueConnectionError(`cannot set up the queue in PostgreSQL at ${where}: ${(e as Error).message}`);
    }
    return new IngestQueue(boss, pool);
  }

  /** Listens to pg-boss's own errors (maintenance that failed), e.g. to print them. */
  onError(listener: (err: Error) => void): void {
    this.boss.on('error', listener);
  }

  /**
   * Queues one file. The id comes from path, content and options (`jobId`), so the same file is
   * queued once however often it is sent; sending a file whose job failed tries it again.
   */
  async send(job: IngestJob): Promise<SendResult> {
    const id = jobId(job);
    const sent = await this.boss.send(INGEST_QUEUE, job, { id });
    if (sent) return 'queued';
    const { rows } = await this.pool.query(
      `UPDATE ${QUEUE_SCHEMA}.job SET state = 'retry', retry_limit = retry_count + $3, start_after = now(),
         completed_on = NULL
       WHERE name = $1 AND id = $2 AND state = 'failed' RETURNING id`,
      [INGEST_QUEUE, id, RETRY_LIMIT + 1],
    );
    return rows.length > 0 ? 'requeued' : 'already queued';
  }

  /** Up to `count` jobs that are due, oldest first, now active and this caller's; none when none is waiting. */
  async take(count = 1): Promise<TakenJob[]> {
    const jobs = await this.boss.fetch<unknown>(INGEST_QUEUE, { batchSize: count, includeMetadata: true });
    return jobs.map((job) => ({ id: job.id, data: job.data, attempt: job.retryCount + 1, retryLimit: job.retryLimit }));
  }

  async complete(id: string, output: Record<string, unknown>): Promise<void> {
    await this.boss.complete(INGEST_QUEUE, id, output);
  }

  /**
   * Fails a job with a one-line reason. `retry: false` (bad input: it would fail the same way
   * again) makes this attempt its last; otherwise pg-boss retries it with backoff until its limit.
   */
  async fail(id: string, reason: string, opts: { retry: boolean }): Promise<void> {
    if (!opts.retry) {
      await this.pool.query(`UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [
        INGEST_QUEUE,
        id,
      ]);
    }
    await this.boss.fail(INGEST_QUEUE, id, { reason });
  }

  /** Jobs still to be worked (new, or waiting to retry, due or not); active jobs not counted. */
  async waiting(): Promise<number> {
    return this.boss.getQueueSize(INGEST_QUEUE);
  }

  /** Jobs by state, including those pg-boss has archived (it moves finished jobs aside after a while). */
  async counts(): Promise<QueueCounts> {
    const { rows } = await this.pool.query<{ state: string; n: number }>(
      `SELECT state::text AS state, count(*)::int AS n FROM (${this.allJobs('state')}) jobs GROUP BY state`,
      [INGEST_QUEUE],
    );
    const counts: QueueCounts = { queued: 0, active: 0, done: 0, failed: 0 };
    for (const { state, n } of rows) {
      if (state === 'created' || state === 'retry') counts.queued += n;
      else if (state === 'active') counts.active += n;
      else if (state === 'completed') counts.done += n;
      else if (state === 'failed') counts.failed += n;
    }
    return counts;
  }

  /** Failed jobs, most recent first, with the file and the reason of their last attempt. */
  async failed(limit: number): Promise<FailedJob[]> {
    const { rows } = await this.pool.query<{
      id: string;
      path: string | null;
      output: { reason?: string; message?: string; value?: { message?: string } } | null;
      retry_count: number;
      completed_on: Date | null;
    }>(
      `SELECT id, path, output, retry_count, completed_on
       FROM (${this.allJobs("state, data->>'path' AS path, output, retry_count, completed_on")}) jobs
       WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST, path LIMIT $2`,
      [INGEST_QUEUE, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      path: row.path ?? '(no path)',
      // A reason we gave, or the message pg-boss recorded (an expired job: its worker died).
      reason: row.output?.reason ?? row.output?.message ?? row.output?.value?.message ?? 'unknown reason',
      attempts: row.retry_count + 1,
      failedAt: (row.completed_on ?? new Date(0)).toISOString(),
    }));
  }

  /**
   * Stops pg-boss's timers and closes the connections. Jobs this process still holds stay active
   * until they expire and are retried elsewhere, so callers finish their jobs first.
   */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, close: false, wait: true }).catch(() => {});
    await this.pool.end().catch(() => {});
  }

  /** Live and archived jobs of the queue, each id once (a re-sent job may be in both). */
  private allJobs(columns: string): string {
    return `SELECT id, ${columns} FROM ${QUEUE_SCHEMA}.job WHERE name = $1
      UNION ALL
      SELECT id, ${columns} FROM ${QUEUE_SCHEMA}.archive a WHERE name = $1
        AND NOT EXISTS (SELECT 1 FROM ${QUEUE_SCHEMA}.job j WHERE j.name = $1 AND j.id = a.id)`;
  }
}

/** `host:port` of a DATABASE_URL, or a user error when it is not a postgres:// URL. */
export function serverOf(databaseUrl: string): string {
  try {
    return postgresServer(databaseUrl);
  } catch (e) {
    throw new QueueConnectionError((e as Error).message);
  }
}
