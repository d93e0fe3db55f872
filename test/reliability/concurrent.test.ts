import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { integrityCheck, serve, snapshot, start, tempDir } from './helpers.ts';

// `chronicle serve` and `chronicle ingest` on the same SQLite file at the same time, the server
// started on a database that did not exist yet. Every request answers, none with a 5xx (a
// SQLITE_BUSY would surface as one), and the new articles are served afterwards without a restart.

const COUNT = 100;
const ROUTES = [
  '/',
  '/api/articles?limit=5',
  '/api/search?q=Kazakhstan',
  '/search?q=%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD',
  '/api/timeline?limit=20',
  '/timeline',
  '/api/on-this-day?date=08-29',
  '/api/entities?limit=10',
  '/articles/1',
  '/api/articles/1',
];

describe('ingest while serving the same SQLite database', { timeout: 180_000 }, () => {
  it('answers every request during the ingest, and serves the new articles after it', async () => {
    const root = tempDir('concurrent');
    const dir = join(root, 'articles');
    writeCorpus(dir, COUNT, 50_000);
    const db = join(root, 'data', 'chronicle.db');

    const server = await serve(db);
    try {
      const ingest = start(['--db', db, 'ingest', dir]);
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      let requests = 0;
      let ingestDone = false;
      const ended = ingest.exited.then((code) => {
        ingestDone = true;
        return code;
      });
      // Two clients in a loop until the ingest ends: enough to overlap many write transactions.
      const client = async (offset: number) => {
        for (let k = offset; !ingestDone; k++) {
          const route = ROUTES[k % ROUTES.length] as string;
          const res = await fetch(server.url + route);
          const body = await res.text();
          requests++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          // Article 1 may not exist yet in the first moments: 404 is an answer, a 5xx is a failure.
          if (res.status >= 500 || (res.status !== 200 && !(res.status === 404 && route.includes('/articles/1')))) {
            failures.push(`${route} → ${res.status}: ${body.slice(0, 200)}`);
          }
        }
      };
      await Promise.all([client(0), client(5)]);
      expect(await ended, ingest.stderr()).toBe(0);
      expect(ingest.stdout()).toBe(`${COUNT} new, 0 updated, 0 unchanged, 0 failed\n`);
      expect(failures).toEqual([]);
      expect(requests).toBeGreaterThan(10);
      expect(server.proc.stderr()).not.toMatch(/SQLITE_BUSY|internal error|page error/);

      // The server sees everything the ingest wrote, without a restart.
      const list = await (await fetch(`${server.url}/api/articles?limit=1`)).json();
      expect(list.total).toBe(COUNT);
      const found = await (await fetch(`${server.url}/api/search?q=50097`)).json();
      expect(found.total).toBeGreaterThan(0);
      const last = await fetch(`${server.url}/articles/${COUNT}`);
      expect(last.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(integrityCheck(db)).toBe('ok');
    expect(snapshot(db)).toMatchObject({ articles: COUNT, revisions: COUNT, sourceIds: COUNT });
  });
});
