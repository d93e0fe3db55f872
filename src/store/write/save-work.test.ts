import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { buildArticle, type FixtureEntity } from '../testing/fixtures.ts';
import { syntheticArticle } from '../testing/synthetic.ts';

// A save's work does not grow with the store (issue 14, speed): the synthetic articles share a few
// organisations and places over 30 years, so their events grow into hubs of hundreds of
// statements. Work is counted, not timed: the statements a save sends the database and the rows
// it reads back, saving articles 400-500 against saving articles 1 900-2 000.

const work = { statements: 0, rows: 0 };
const restore: (() => void)[] = [];
beforeAll(() => {
  const db = new BetterSqlite3(':memory:');
  const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  db.close();
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    const original = statement[method] as (...a: unknown[]) => unknown;
    statement[method] = function (this: unknown, ...args: unknown[]) {
      work.statements++;
      const result = original.apply(this, args);
      if (method === 'all' && Array.isArray(result)) work.rows += result.length;
      if (method === 'get' && result !== undefined) work.rows++;
      return result;
    };
    restore.push(() => {
      statement[method] = original;
    });
  }
  const client = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    work.statements++;
    const result = query.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<{ rows?: unknown[] }>).then((r) => {
        work.rows += r?.rows?.length ?? 0;
        return r;
      });
    }
    return result;
  };
  restore.push(() => {
    client.query = query;
  });
});
afterAll(() => {
  for (const undo of restore.splice(0)) undo();
});

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('the work of a save on $name', ({ make }) => {
  it('does not grow between 500 and 2 000 stored articles', async () => {
    const backend = await make();
    const store = await backend.open();
    /** Saves articles [from, to) in batches of 32, as `chronicle ingest` does; the work per article. */
    const save = async (from: number, to: number) => {
      const before = { ...work };
      for (let n = from; n < to; n += 32) {
        const inputs = [];
        for (let k = n; k < Math.min(n + 32, to); k++) inputs.push(syntheticArticle(k));
        for (const outcome of await store.saveArticles(inputs)) expect(outcome.ok).toBe(true);
      }
      return {
        statements: (work.statements - before.statements) / (to - from),
        rows: (work.rows - before.rows) / (to - from),
      };
    };
    try {
      await save(0, 400);
      const early = await save(400, 500);
      await save(500, 1_900);
      const late = await save(1_900, 2_000);
      // Four times the stored articles (and events four times larger): the same work within noise.
      expect(late.statements, JSON.stringify({ early, late })).toBeLessThan(early.statements * 1.15);
      expect(late.rows, JSON.stringify({ early, late })).toBeLessThan(early.rows * 1.25);
    } finally {
      await store.close();
      await backend.drop();
    }
  }, 600_000);
});

const OSCE: FixtureEntity = { id: 'org:osce', name: 'OSCE', type: 'ORG' };
const ASTANA: FixtureEntity = { id: 'place:astana', name: 'Astana', type: 'PLACE' };

/**
 * Article `n` of the event of `year`: one dated sentence, with a count of tests in it when `tests`
 * is given, else a distance (another quantity, the same in every article: no conflict of its own).
 */
const eventArticle = (year: number, n: number, tests?: number) =>
  buildArticle({
    sourceId: `ev-${year}-${n}`,
    site: 'work.example',
    language: 'en',
    title: `Summit ${year} ${n}`,
    entities: [OSCE, ASTANA],
    sentences: [
      {
        text: `The OSCE met in Astana in ${year} ${tests === undefined ? 'at 40 km' : `after ${tests} tests`}.`,
        event: { when: String(year), dateText: String(year), entityIds: [OSCE.id, ASTANA.id] },
        claim:
          tests === undefined
            ? { text: '40', kind: 'count', value: 40, unit: 'km' }
            : { text: String(tests), kind: 'count', value: tests },
      },
    ],
  });

describe.each(BACKENDS)('a value conflict of a large event on $name', ({ make }) => {
  it('is made from the figures of the quantity, not from every statement of the event', async () => {
    const backend = await make();
    const store = await backend.open();
    const save = async (inputs: ReturnType<typeof eventArticle>[]) => {
      for (let i = 0; i < inputs.length; i += 32) {
        for (const outcome of await store.saveArticles(inputs.slice(i, i + 32))) expect(outcome.ok).toBe(true);
      }
    };
    /** The work of the save that makes the event's value conflict (the second article with a figure). */
    const conflictOf = async (year: number, size: number) => {
      await save(Array.from({ length: size }, (_, n) => eventArticle(year, n)));
      await save([eventArticle(year, size, 456)]);
      const before = { ...work };
      await save([eventArticle(year, size + 1, 468)]);
      return { statements: work.statements - before.statements, rows: work.rows - before.rows };
    };
    try {
      const small = await conflictOf(1999, 50);
      const large = await conflictOf(2005, 400);
      const { items } = await store.listConflicts();
      // Both conflicts are there, each with its two values.
      expect(items.filter((c) => c.kind === 'value').map((c) => c.values.length)).toEqual([2, 2]);
      // Eight times the statements: the same work.
      expect(large.rows, JSON.stringify({ small, large })).toBeLessThan(small.rows + 20);
      expect(large.statements, JSON.stringify({ small, large })).toBeLessThanOrEqual(small.statements + 2);
    } finally {
      await store.close();
      await backend.drop();
    }
  }, 600_000);
});
