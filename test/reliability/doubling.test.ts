import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';
import type { PageContext } from '../../src/web/context.ts';
import { messagesFor } from '../../src/web/i18n/index.ts';
import { searchPage } from '../../src/web/pages/search.ts';
import { timelinePage } from '../../src/web/pages/timeline.ts';

// Every answer costs work linear in what it returns (issue 15): twice the articles (twice the
// events, hits and mentions) must cost about twice, never four times. Work is counted, not timed:
// the rows and characters the database hands back for one request, and the bytes of the answer.
// (Article pages and every export format have their own doubling tests beside their code.)

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

/** Rows and characters the database returned since the last reset, on either backend. */
const work = { rows: 0, chars: 0 };
const sizeOf = (value: unknown): number =>
  typeof value === 'string'
    ? value.length
    : Buffer.isBuffer(value)
      ? value.length
      : value && typeof value === 'object'
        ? JSON.stringify(value).length
        : 1;
function countRows(rows: unknown): void {
  if (!Array.isArray(rows)) return;
  work.rows += rows.length;
  for (const row of rows) {
    if (row && typeof row === 'object') for (const v of Object.values(row)) work.chars += sizeOf(v);
  }
}

const restore: (() => void)[] = [];
beforeAll(() => {
  const db = new BetterSqlite3(':memory:');
  const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  db.close();
  const { all, get, iterate } = statement;
  statement.all = function (this: unknown, ...args: unknown[]) {
    const rows = all!.apply(this, args);
    countRows(rows);
    return rows;
  };
  statement.get = function (this: unknown, ...args: unknown[]) {
    const row = get!.apply(this, args);
    countRows(row === undefined ? [] : [row]);
    return row;
  };
  statement.iterate = function* (this: unknown, ...args: unknown[]) {
    for (const row of iterate!.apply(this, args) as Iterable<unknown>) {
      countRows([row]);
      yield row;
    }
  };
  const client = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<{ rows?: unknown }>).then((r) => {
        countRows(r?.rows);
        return r;
      });
    }
    return result;
  };
  restore.push(() => Object.assign(statement, { all, get, iterate }));
  restore.push(() => {
    client.query = query;
  });
});
afterAll(() => {
  for (const undo of restore.splice(0)) undo();
});

/** Article i: two dated events with two participants, each sentence naming Abai and Semey. */
function article(i: number) {
  const entities = [
    { id: 'person:abai', name: 'Abai', type: 'PERSON' as const },
    { id: 'place:semey', name: 'Semey', type: 'PLACE' as const },
    { id: `person:p${i}`, name: `Person${i}`, type: 'PERSON' as const },
  ];
  const year = 1800 + i;
  return buildArticle({
    language: 'en',
    title: `Abai in Semey, part ${i}`,
    path: `/articles/part-${i}.txt`,
    entities,
    sentences: [
      {
        text: `In ${year} Abai met Person${i} in Semey.`,
        event: { when: `${year}`, dateText: `${year}`, entityIds: ['person:abai', `person:p${i}`] },
      },
      {
        text: `In ${year + 1} Abai wrote about nuclear tests near Semey.`,
        event: { when: `${year + 1}`, dateText: `${year + 1}`, entityIds: ['person:abai', 'place:semey'] },
      },
    ],
  });
}

const ROUTES = [
  '/api/search?q=Abai&limit=200',
  '/api/search?q=Abai',
  '/search?q=Abai',
  '/api/timeline?limit=200',
  '/timeline',
  '/api/timeline?entity=person:abai&limit=200',
];

describe.each(BACKENDS)('work per answer on $name', { timeout: 120_000 }, ({ make }) => {
  let backend: TestBackend;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const N = 40;
  beforeAll(async () => {
    backend = await make();
    store = await backend.open();
    const cache = process.env.CHRONICLE_CACHE_MS;
    // Every request queries and renders: the micro-cache would answer the second run from memory.
    process.env.CHRONICLE_CACHE_MS = '0';
    app = createApp(async () => store);
    if (cache === undefined) delete process.env.CHRONICLE_CACHE_MS;
    else process.env.CHRONICLE_CACHE_MS = cache;
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  async function measure(path: string) {
    await app.request(path); // warm: the first request opens the store and fills prepared statements
    work.rows = 0;
    work.chars = 0;
    const res = await app.request(path);
    const bytes = (await res.arrayBuffer()).byteLength;
    expect(res.status, path).toBe(200);
    return { rows: work.rows, chars: work.chars, bytes };
  }

  it('search and the timeline: twice the articles, about twice the rows, characters and bytes', async () => {
    for (let i = 0; i < N; i++) await store.saveArticle(article(i));
    const small = new Map<string, Awaited<ReturnType<typeof measure>>>();
    for (const path of ROUTES) small.set(path, await measure(path));
    for (let i = N; i < 2 * N; i++) await store.saveArticle(article(i));
    const ratios: Record<string, string> = {};
    for (const path of ROUTES) {
      const s = small.get(path)!;
      const l = await measure(path);
      // A page of all the hits or events grows with the data; a page of 20 stays as long.
      expect(l.bytes, path).toBeGreaterThanOrEqual(s.bytes);
      ratios[path] = [l.rows / s.rows, l.chars / s.chars, l.bytes / s.bytes].map((r) => r.toFixed(2)).join(' ');
      expect(l.rows / s.rows, `${path} rows ${s.rows} → ${l.rows}`).toBeLessThan(2.5);
      expect(l.chars / s.chars, `${path} characters ${s.chars} → ${l.chars}`).toBeLessThan(2.5);
      expect(l.bytes / s.bytes, `${path} bytes ${s.bytes} → ${l.bytes}`).toBeLessThan(2.5);
    }
    if (process.env.DOUBLING_VERBOSE) console.log(ratios);
    expect(Object.keys(ratios)).toHaveLength(ROUTES.length);
  });
});

/** A deep copy whose every array counts the reads of its items: the unit of work of a renderer. */
function counted<T>(value: T, reads: { n: number }): T {
  if (Array.isArray(value)) {
    const items = value.map((v) => counted(v, reads));
    return new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver);
      },
    }) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, counted(v, reads)])) as T;
  }
  return value;
}

describe('search and timeline pages', () => {
  let backend: TestBackend;
  let store: Store;
  beforeAll(async () => {
    backend = sqliteBackend();
    store = await backend.open();
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  it('render in work linear in what they show: twice the events or results, about twice the reads', async () => {
    const ctx = (path: string): PageContext => ({ ui: 'en', t: messagesFor('en'), url: new URL(`http://x${path}`) });
    const render = async () => {
      const timeline = { n: 0 };
      const events = counted(await store.timeline({ limit: 200 }), timeline);
      const entities = counted((await store.listEntities({ limit: 100 })).items, timeline);
      const tl = String(await timelinePage(ctx('/timeline'), { offset: 0, limit: 200 }, events, entities));
      const search = { n: 0 };
      const results = counted(await store.search({ q: 'Abai', limit: 200, facets: true }), search);
      const sp = String(await searchPage(ctx('/search?q=Abai'), { q: 'Abai', offset: 0, limit: 200 }, results));
      return { timeline: timeline.n, search: search.n, tlBytes: tl.length, spBytes: sp.length };
    };
    for (let i = 0; i < 40; i++) await store.saveArticle(article(i));
    const small = await render();
    for (let i = 40; i < 80; i++) await store.saveArticle(article(i));
    const large = await render();
    expect(small.timeline).toBeGreaterThan(100);
    expect(large.timeline / small.timeline).toBeLessThan(2.5);
    expect(large.search / small.search).toBeLessThan(2.5);
    expect(large.tlBytes / small.tlBytes).toBeLessThan(2.5);
    expect(large.spBytes / small.spBytes).toBeLessThan(2.5);
    if (process.env.DOUBLING_VERBOSE) console.log({ small, large });
  });
});
