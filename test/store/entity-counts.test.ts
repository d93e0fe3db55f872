import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, loadCorpus } from '../../bench/generate.ts';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import type { ArticleInput, Store } from '../../src/store/types.ts';

/**
 * On PostgreSQL a batch sums its articles' entity count changes and writes each entity once
 * (`EntityCounts`): an entity most articles name would otherwise get a new row version, and an
 * entry in every entity index, per article. The counts must still be the articles' own.
 */
let backend: TestBackend;
let store: Store;
let client: pg.Client;

beforeAll(async () => {
  backend = await postgresBackend();
  store = await backend.open();
  client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  // Counts every row an UPDATE of entities writes.
  await client.query(`CREATE TABLE entity_updates (n int NOT NULL);
    CREATE FUNCTION count_entity_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO entity_updates VALUES (1); RETURN NEW; END $$;
    CREATE TRIGGER count_entity_update AFTER UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION count_entity_update();`);
}, 60_000);

afterAll(async () => {
  await client.end();
  await store.close();
  await backend.drop();
});

async function entityUpdates(): Promise<number> {
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM entity_updates');
  return Number(rows[0]!.n);
}

/** What the articles' mentions say each entity's counts are. */
function expectedCounts(inputs: ArticleInput[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const input of inputs) {
    for (const e of input.analysis.entities) {
      if (!e.mentions.length) continue;
      const [mentions, articles] = counts.get(e.id) ?? [0, 0];
      counts.set(e.id, [mentions + e.mentions.length, articles + 1]);
    }
  }
  return counts;
}

describe('entity counts of a batch on PostgreSQL', () => {
  it('are written once per entity, and are the sum of the articles', async () => {
    const inputs = [...generateArticles(32, 11, loadCorpus())];
    const expected = expectedCounts(inputs);
    const named = [...expected.values()].reduce((n, [, articles]) => n + articles, 0);
    // The first batch inserts the entities; the second, the same entities named again, updates them.
    for (const outcome of await store.saveArticles(inputs.slice(0, 16))) expect(outcome.ok).toBe(true);
    const before = await entityUpdates();
    for (const outcome of await store.saveArticles(inputs.slice(16))) expect(outcome.ok).toBe(true);
    const updates = (await entityUpdates()) - before;
    const namedInSecond = new Set(inputs.slice(16).flatMap((i) => i.analysis.entities.map((e) => e.id)));
    expect(updates).toBeLessThanOrEqual(namedInSecond.size);
    expect(updates).toBeLessThan(named / 2);

    const { rows } = await client.query<{ id: string; mention_count: number; article_count: number }>(
      'SELECT id, mention_count, article_count FROM entities',
    );
    const stored = new Map(rows.map((r) => [r.id, [r.mention_count, r.article_count]]));
    expect(stored).toEqual(expected);
  });
});
