import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresBackend, type TestBackend } from '../store/testing/backends.ts';
import { type IngestJob, jobId } from './job.ts';
import { IngestQueue } from './queue.ts';
import { runWorker, type WorkOutcome, workJob, workJobs } from './worker.ts';

function job(path: string, text: string, extra: Partial<IngestJob> = {}): IngestJob {
  return { path, text, hash: createHash('sha256').update(text).digest('hex'), ...extra };
}

const ARTICLE = '---\ntitle: Independence\n---\nKazakhstan became independent on 16 December 1991.\n';

describe('jobId', () => {
  it('is one UUID per path, content and options', () => {
    const a = job('/corpus/a.md', ARTICLE);
    expect(jobId(a)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobId({ ...a })).toBe(jobId(a));
    expect(jobId(job('/corpus/b.md', ARTICLE))).not.toBe(jobId(a));
    expect(jobId(job('/corpus/a.md', `${ARTICLE}\n`))).not.toBe(jobId(a));
    expect(jobId({ ...a, dct: '2020-01-01' })).not.toBe(jobId(a));
    expect(jobId({ ...a, lang: 'en' })).not.toBe(jobId(a));
  });
});

describe('IngestQueue and the worker (PostgreSQL)', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  let queue: IngestQueue;

  beforeEach(async () => {
    backend = await postgresBackend();
    queue = await IngestQueue.open(backend.location);
  });
  afterEach(async () => {
    await queue.close();
    await backend.drop();
  });

  it('queues a file once however often it is sent', async () => {
    expect(await queue.send(job('/corpus/a.md', ARTICLE))).toBe('queued');
    expect(await queue.send(job('/corpus/a.md', ARTICLE))).toBe('already queued');
    expect(await queue.send(job('/corpus/b.md', ARTICLE))).toBe('queued');
    expect(await queue.counts()).toEqual({ queued: 2, active: 0, done: 0, failed: 0 });
    // A second process opening the same database sees the same queue.
    const other = await IngestQueue.open(backend.location);
    try {
      expect(await other.send(job('/corpus/a.md', ARTICLE))).toBe('already queued');
      expect(await other.waiting()).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('stores a job, then finds nothing more to do', async () => {
    await queue.send(job('/corpus/a.md', ARTICLE));
    const store = await backend.open();
    const outcomes: WorkOutcome[] = [];
    try {
      await runWorker(queue, store, { concurrency: 2, untilEmpty: true, idleMs: 50 }, (o) => outcomes.push(o));
      expect(outcomes).toEqual([
        expect.objectContaining({ path: '/corpus/a.md', ok: true, status: 'new', revision: 1 }),
      ]);
      expect((await store.listArticles()).items.map((a) => a.title)).toEqual(['Independence']);
    } finally {
      await store.close();
    }
    expect(await queue.counts()).toEqual({ queued: 0, active: 0, done: 1, failed: 0 });
    expect(await queue.take()).toEqual([]);
  });

  it('fails a job whose input is bad at once, with its reason, and tries it again when it is sent again', async () => {
    await queue.send(job('/corpus/broken.json', '{"title": "Alash'));
    await queue.send({ path: '/corpus/no-text.md' } as IngestJob);
    const store = await backend.open();
    try {
      const first = await workJob(queue, store, (await queue.take())[0]!);
      const second = await workJob(queue, store, (await queue.take())[0]!);
      const byPath = Object.fromEntries([first, second].map((o) => [o.path, o]));
      expect(byPath['/corpus/broken.json']).toEqual({
        path: '/corpus/broken.json',
        ok: false,
        reason: expect.stringMatching(/^not valid JSON/),
        retry: false,
      });
      expect(byPath['/corpus/no-text.md']).toMatchObject({ ok: false, retry: false, reason: /^not an ingest job/ });
    } finally {
      await store.close();
    }
    expect(await queue.counts()).toEqual({ queued: 0, active: 0, done: 0, failed: 2 });
    const failed = await queue.failed(10);
    expect(failed.map((f) => [f.path, f.attempts])).toEqual(
      expect.arrayContaining([
        ['/corpus/broken.json', 1],
        ['/corpus/no-text.md', 1],
      ]),
    );
    expect(failed.find((f) => f.path === '/corpus/broken.json')?.reason).toMatch(/^not valid JSON/);

    expect(await queue.send(job('/corpus/broken.json', '{"title": "Alash'))).toBe('requeued');
    expect(await queue.counts()).toEqual({ queued: 1, active: 0, done: 0, failed: 1 });
  });

  it('stores a batch of jobs in one go, failing only the bad one', async () => {
    await queue.send(job('/corpus/a.md', ARTICLE));
    await queue.send(job('/corpus/empty-article.html', '<html><body><nav>menu</nav></body></html>'));
    await queue.send(job('/corpus/c.md', '---\ntitle: The UN\n---\nKazakhstan joined the UN on 2 March 1992.\n'));
    const store = await backend.open();
    try {
      const jobs = await queue.take(8);
      expect(jobs).toHaveLength(3);
      const outcomes = await workJobs(queue, store, jobs);
      expect(outcomes.map((o) => [o.path, o.ok ? o.status : o.reason])).toEqual(
        expect.arrayContaining([
          ['/corpus/a.md', 'new'],
          ['/corpus/c.md', 'new'],
          ['/corpus/empty-article.html', 'no article text found'],
        ]),
      );
      expect((await store.listArticles()).total).toBe(2);
    } finally {
      await store.close();
    }
    expect(await queue.counts()).toEqual({ queued: 0, active: 0, done: 2, failed: 1 });
  });

  it('retries a job whose save failed, with backoff', async () => {
    await queue.send(job('/corpus/a.md', ARTICLE));
    const store = await backend.open();
    // A store that has lost its database: the article is fine, the save cannot happen.
    await store.close();
    const outcome = await workJob(queue, store, (await queue.take())[0]!);
    expect(outcome).toMatchObject({ path: '/corpus/a.md', ok: false, retry: true });
    expect(await queue.counts()).toEqual({ queued: 1, active: 0, done: 0, failed: 0 });
    // Not due yet: the retry waits out its backoff.
    expect(await queue.take()).toEqual([]);
    expect(await queue.waiting()).toBe(1);
  });

  it('stops taking jobs when its signal is aborted', async () => {
    await queue.send(job('/corpus/a.md', ARTICLE));
    const store = await backend.open();
    try {
      const stop = new AbortController();
      stop.abort();
      await runWorker(queue, store, { concurrency: 1, untilEmpty: false, signal: stop.signal }, () => {});
      expect(await queue.waiting()).toBe(1);
    } finally {
      await store.close();
    }
  });
});
