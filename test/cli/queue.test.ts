import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

const SAMPLES = new URL('../../samples', import.meta.url).pathname;
const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;
/** The bundled corpus: 13 articles beside their gold annotations and a README, which are not articles. */
const SAMPLE_ARTICLES = 13;

const backends: TestBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.drop()));
});

async function freshDatabase(): Promise<{ backend: TestBackend; env: { DATABASE_URL: string } }> {
  const backend = await postgresBackend();
  backends.push(backend);
  return { backend, env: { DATABASE_URL: backend.location } };
}

/** What a user would compare between two databases: the articles and the store's counts. */
async function contents(backend: TestBackend) {
  const store = await backend.open();
  try {
    const page = await store.listArticles({ limit: 200 });
    const articles = page.items
      .map((a) => ({ path: a.path, sourceId: a.sourceId, title: a.title, language: a.language, revision: a.revision }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    return { total: page.total, articles, stats: await store.stats() };
  } finally {
    await store.close();
  }
}

/** `new|updated|unchanged PATH` lines a worker printed. */
function storedLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^(new|updated|unchanged) /.test(line));
}

describe('chronicle queue and chronicle worker (PostgreSQL)', { timeout: 240_000 }, () => {
  it('two workers store every queued sample once, the same as a plain ingest', async () => {
    const { backend, env } = await freshDatabase();
    const added = await chronicle(['queue', 'add', SAMPLES], { env });
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe(`${SAMPLE_ARTICLES} queued, 0 already queued, 0 refused\n`);
    expect(added.code).toBe(0);
    const status = await chronicle(['queue', 'status', '--json'], { env });
    expect(JSON.parse(status.stdout)).toEqual({ queued: SAMPLE_ARTICLES, active: 0, done: 0, failed: 0 });

    const workers = await Promise.all([
      chronicle(['worker', '--until-empty'], { env }),
      chronicle(['worker', '--until-empty', '--concurrency', '2'], { env }),
    ]);
    for (const worker of workers) expect(worker.code, worker.stderr).toBe(0);
    const stored = workers.flatMap((w) => storedLines(w.stdout));
    expect(stored).toHaveLength(SAMPLE_ARTICLES);
    expect(stored.every((line) => line.startsWith('new '))).toBe(true);
    expect(new Set(stored).size).toBe(SAMPLE_ARTICLES);
    const done = await chronicle(['queue', 'status', '--json'], { env });
    expect(JSON.parse(done.stdout)).toEqual({ queued: 0, active: 0, done: SAMPLE_ARTICLES, failed: 0 });

    const plain = await freshDatabase();
    const ingest = await chronicle(['ingest', SAMPLES], { env: plain.env });
    expect(ingest.stdout).toBe(`${SAMPLE_ARTICLES} new, 0 updated, 0 unchanged, 0 failed\n`);
    const viaQueue = await contents(backend);
    const viaIngest = await contents(plain.backend);
    expect(viaQueue.total).toBe(SAMPLE_ARTICLES);
    expect(viaQueue.articles).toEqual(viaIngest.articles);
    expect(viaQueue.stats.entities).toBeGreaterThan(0);
    // Workers store in whatever order they finish; events are recomputed from their statements by
    // an order-free rule, so events and conflicts match too.
    expect(viaQueue.stats).toEqual(viaIngest.stats);
    expect(viaQueue.stats.events).toBeGreaterThan(0);
    expect(viaQueue.stats.conflicts).toBeGreaterThan(0);
  });

  it('queues nothing new when the same folder is added again, and a re-run stores nothing new', async () => {
    const { env } = await freshDatabase();
    const dir = tempDir('queue');
    writeFileSync(
      join(dir, 'a.md'),
      '---\ntitle: Independence\n---\nKazakhstan became independent on 16 December 1991.\n',
    );
    writeFileSync(
      join(dir, 'b.md'),
      '---\ntitle: The UN\n---\nKazakhstan joined the United Nations on 2 March 1992.\n',
    );
    expect((await chronicle(['queue', 'add', dir], { env })).stdout).toBe('2 queued, 0 already queued, 0 refused\n');
    expect((await chronicle(['queue', 'add', join(dir, '*.md')], { env })).stdout).toBe(
      '0 queued, 2 already queued, 0 refused\n',
    );
    const first = await chronicle(['worker', '--until-empty'], { env });
    expect(storedLines(first.stdout).sort()).toEqual([`new ${join(dir, 'a.md')}`, `new ${join(dir, 'b.md')}`]);
    expect((await chronicle(['queue', 'add', dir], { env })).stdout).toBe('0 queued, 2 already queued, 0 refused\n');
    const again = await chronicle(['worker', '--until-empty'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('0 new, 0 updated, 0 unchanged, 0 failed\n');

    // An edited file is new content: queued again, stored as the article's next revision.
    writeFileSync(join(dir, 'b.md'), '---\ntitle: The UN\n---\nKazakhstan joined the United Nations in March 1992.\n');
    expect((await chronicle(['queue', 'add', dir], { env })).stdout).toBe('1 queued, 1 already queued, 0 refused\n');
    const edit = await chronicle(['worker', '--until-empty'], { env });
    expect(storedLines(edit.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^updated ${join(dir, 'b.md')} \\(article \\d+, revision 2\\)`)),
    ]);
  });

  it('refuses bad files at enqueue and lists a job that fails at the worker with its reason', async () => {
    const { env } = await freshDatabase();
    const dir = tempDir('queue-bad');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x4b, 0x5a, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x6c, 0x6d, 0x61, 0x74, 0xff]));
    writeFileSync(join(dir, 'broken.json'), '{"title": "Alash');
    writeFileSync(join(dir, 'good.md'), '---\ntitle: Alash\n---\nThe Alash party was founded in July 1917.\n');

    const added = await chronicle(['queue', 'add', dir], { env });
    expect(added.code).toBe(1);
    expect(added.stdout).toBe('2 queued, 0 already queued, 3 refused\n');
    expect(added.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `${join(dir, 'binary.txt')}: binary file (NUL byte at offset 2)`,
      `${join(dir, 'empty.txt')}: empty file`,
      `${join(dir, 'latin1.txt')}: not UTF-8 (byte 0xFF at offset 5)`,
    ]);

    const worker = await chronicle(['worker', '--until-empty'], { env });
    expect(worker.code).toBe(1);
    expect(storedLines(worker.stdout)).toEqual([`new ${join(dir, 'good.md')}`]);
    expect(worker.stderr).toMatch(new RegExp(`^${join(dir, 'broken.json')}: not valid JSON`, 'm'));
    expect(worker.stderr).not.toMatch(/will retry/);

    const failed = await chronicle(['queue', 'failed', '--json'], { env });
    expect(JSON.parse(failed.stdout)).toEqual([
      expect.objectContaining({
        path: join(dir, 'broken.json'),
        reason: expect.stringMatching(/^not valid JSON/),
        attempts: 1,
      }),
    ]);
    const text = await chronicle(['queue', 'failed', '--limit', '5'], { env });
    expect(text.stdout).toMatch(new RegExp(`^${join(dir, 'broken.json')}: not valid JSON .*\\(1 attempt, `));
    const status = await chronicle(['queue', 'status'], { env });
    expect(status.stdout).toBe('queued  0\nactive  0\ndone    1\nfailed  1\n');
  });

  it('finishes the job in hand on SIGTERM and exits 0, leaving the rest queued for other workers', async () => {
    const { env } = await freshDatabase();
    expect((await chronicle(['queue', 'add', SAMPLES], { env })).code).toBe(0);
    const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '1'], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (/^new /m.test(stdout)) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
    expect(stderr).toMatch(/^SIGTERM: finishing the jobs in hand/m);
    const stored = storedLines(stdout).length;
    const status = JSON.parse((await chronicle(['queue', 'status', '--json'], { env })).stdout);
    expect(status).toEqual({ queued: SAMPLE_ARTICLES - stored, active: 0, done: stored, failed: 0 });
  });

  it('says the queue needs PostgreSQL without DATABASE_URL, and names a server it cannot reach', async () => {
    for (const args of [['queue', 'add', SAMPLES], ['queue', 'status'], ['worker']]) {
      const run = await chronicle(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^chronicle: the queue needs PostgreSQL: set DATABASE_URL=postgres:\/\/\S+ [^\n]*\n$/);
    }
    const unreachable = await chronicle(['worker'], {
      env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/chronicle' },
    });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^chronicle: cannot connect to PostgreSQL at 127\.0\.0\.1:1: [^\n]*\n$/);
    const notPostgres = await chronicle(['queue', 'status'], { env: { DATABASE_URL: 'mysql://db.example/x' } });
    expect(notPostgres.stderr).toBe('chronicle: DATABASE_URL: not a postgres:// URL\n');
  });
});
