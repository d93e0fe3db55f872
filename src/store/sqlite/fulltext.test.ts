import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { syntheticArticle } from '../testing/synthetic.ts';
import type { SearchQuery, Store } from '../types.ts';

function segments(file: string): number {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    return (raw.prepare('SELECT count(DISTINCT segid) AS n FROM article_fts_idx').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}

const QUERIES: SearchQuery[] = [
  { q: 'peace' },
  { q: 'nuclear tests' },
  { q: 'ОБСЕ' },
  { q: 'security', from: 2009, to: 2011 },
  { q: 'ядерных испытаний', language: 'ru' },
];

async function answers(store: Store) {
  const out = [];
  for (const q of QUERIES) {
    const found = await store.search({ ...q, limit: 50 });
    out.push({ total: found.total, ids: found.results.map((r) => r.id) });
  }
  return out;
}

describe('SQLite search index compaction', () => {
  let backend: TestBackend | null = null;

  afterEach(async () => {
    await backend?.drop();
    backend = null;
  });

  it('merges the pieces many small saves leave, and answers every search as before', async () => {
    backend = sqliteBackend();
    const store = await backend.open();
    try {
      // One transaction per article: each leaves its own piece of index until merged.
      for (let n = 0; n < 40; n++) await store.saveArticle(syntheticArticle(n));
      const before = await answers(store);
      expect(segments(backend.location)).toBeGreaterThan(4);

      expect(await store.compactSearchIndex()).toBe(true);

      expect(segments(backend.location)).toBe(1);
      expect(await answers(store)).toEqual(before);
      expect(before.some((a) => a.total > 0)).toBe(true);
      // Nothing left to merge: the next call does no work.
      expect(await store.compactSearchIndex()).toBe(false);
    } finally {
      await store.close();
    }
  });
});
