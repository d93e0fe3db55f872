import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, loadCorpus } from '../../bench/generate.ts';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import type { ArticleInput, Store } from '../../src/store/types.ts';

/**
 * `article_rank` (`0032_rank_vectors`) holds the vectors the ranked window reads: it must equal
 * `article_search.doc` row for row after every kind of write, and after the migration fills it.
 */
let backend: TestBackend;
let store: Store;
const articles = [...generateArticles(60, 3, loadCorpus())];

/** Rows where the two tables differ (a row missing on either side counts). */
async function differing(): Promise<number> {
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n
      FROM article_search s FULL JOIN article_rank r USING (article_id) WHERE s.doc IS DISTINCT FROM r.doc`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function saveAll(inputs: ArticleInput[]): Promise<void> {
  for (const outcome of await store.saveArticles(inputs)) if (!outcome.ok) throw outcome.error;
}

beforeAll(async () => {
  backend = await postgresBackend();
  store = await backend.open();
}, 60_000);

afterAll(async () => {
  await store.close();
  await backend.drop();
});

describe('rank vectors on PostgreSQL', () => {
  it('follow the search rows through saves and new revisions', async () => {
    await saveAll(articles.slice(0, 40));
    expect(await differing()).toBe(0);
    // A new revision of ten articles (new text, new hash): their search rows are replaced.
    const revised = articles.slice(0, 10).map((a) => ({
      ...a,
      text: `${a.text}\nA revised closing line about uranium.`,
      hash: a.hash.replace(/^./, (c) => (c === 'f' ? '0' : 'f')),
    }));
    await saveAll([...revised, ...articles.slice(40)]);
    expect(await differing()).toBe(0);
    const found = await store.search({ q: 'uranium', limit: 200 });
    expect(found.total).toBeGreaterThanOrEqual(10);
  });

  it('are filled by the migration from the stored search rows', async () => {
    const client = new pg.Client({ connectionString: backend.location });
    await client.connect();
    try {
      await client.query(`DROP TABLE article_rank; DROP FUNCTION article_rank_follow() CASCADE;
        DELETE FROM kysely_migration WHERE name = '0032_rank_vectors'`);
    } finally {
      await client.end();
    }
    await store.close();
    store = await backend.open();
    await store.stats();
    expect(await differing()).toBe(0);
    expect((await store.search({ q: 'uranium', limit: 200 })).total).toBeGreaterThanOrEqual(10);
  });
});
