import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, generateQueries, loadCorpus } from '../../bench/generate.ts';
import { RANK_WINDOW } from '../../src/store/read/search.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import type { SearchHit, SearchQuery, Store } from '../../src/store/types.ts';

/**
 * The bench's corpus and query kinds (single words, two words, Russian, Kazakh, entity names,
 * quoted phrases, a third with years) on both backends: every query finds the same articles,
 * counts the same total, and where the order is fixed by the rules rather than by the rank
 * (equal scores, and matches older than the ranked window) it is the same order too. Enough
 * articles that common words overflow the ranked window, as they do at portal scale.
 */
const ARTICLES = 2_000;
const QUERIES = 90;
const PAGE = 200;

const corpus = loadCorpus();
const queries = generateQueries(QUERIES, 7, corpus);
const backends: { backend: TestBackend; store: Store }[] = [];

/** Every page of a query's results, and the total of the first page. */
async function allResults(store: Store, query: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
  const first = await store.search({ ...query, limit: PAGE });
  const hits = [...first.results];
  while (hits.length < first.total) {
    const next = await store.search({ ...query, limit: PAGE, offset: hits.length });
    if (!next.results.length) break;
    hits.push(...next.results);
  }
  return { total: first.total, hits };
}

beforeAll(async () => {
  for (const backend of [sqliteBackend(), await postgresBackend()]) {
    const store = await backend.open();
    backends.push({ backend, store });
    const articles = [...generateArticles(ARTICLES, 1, corpus)];
    for (let i = 0; i < articles.length; i += 32) {
      for (const outcome of await store.saveArticles(articles.slice(i, i + 32))) if (!outcome.ok) throw outcome.error;
    }
    await store.compactSearchIndex();
  }
}, 600_000);

afterAll(async () => {
  for (const { backend, store } of backends) {
    await store.close();
    await backend.drop();
  }
});

describe('search on SQLite and PostgreSQL, the bench corpus and queries', () => {
  it('finds the same articles for every query kind, counted alike, in the same order where rank does not decide', async () => {
    const [sqlite, postgres] = backends.map((b) => b.store) as [Store, Store];
    let overflowing = 0;
    const kinds = new Set<string>();
    for (const q of queries) {
      const query: SearchQuery = { q: q.q, from: q.from, to: q.to };
      const [a, b] = [await allResults(sqlite, query), await allResults(postgres, query)];
      const label = `${q.kind}: ${q.q} ${q.from ?? ''}-${q.to ?? ''}`;
      expect(b.total, label).toBe(a.total);
      expect(b.hits.length, label).toBe(a.total);
      expect(
        b.hits.map((h) => h.id).sort((x, y) => x - y),
        label,
      ).toEqual(a.hits.map((h) => h.id).sort((x, y) => x - y));
      // Past the ranked window, matches come newest first on both.
      expect(
        b.hits.slice(RANK_WINDOW).map((h) => h.id),
        label,
      ).toEqual(a.hits.slice(RANK_WINDOW).map((h) => h.id));
      // Within the window, equal scores in id order.
      for (const { hits } of [a, b]) {
        const ranked = hits.slice(0, RANK_WINDOW);
        for (let i = 1; i < ranked.length; i++) {
          if (ranked[i]!.score === ranked[i - 1]!.score)
            expect(ranked[i]!.id, label).toBeGreaterThan(ranked[i - 1]!.id);
          else expect(ranked[i]!.score, label).toBeLessThan(ranked[i - 1]!.score);
        }
      }
      if (a.total > RANK_WINDOW) overflowing++;
      if (a.total > 0) kinds.add(q.kind);
      if (q.from !== undefined && a.total > 0) kinds.add('with years');
    }
    // The corpus is big enough to exercise the window, and every kind finds something.
    expect(overflowing).toBeGreaterThan(5);
    expect([...kinds].sort()).toEqual(['entity', 'kk', 'phrase', 'ru', 'two words', 'with years', 'word']);
  }, 300_000);

  it('finds the same articles for phrases mixed with words, exclusions, longer phrases and years', async () => {
    // On PostgreSQL words and pairs are two indexed columns (`0031_pairs_index`): these shapes
    // put a query's parts on both, and its years and exclusions on either.
    const [sqlite, postgres] = backends.map((b) => b.store) as [Store, Store];
    const phrases = queries.filter((q) => q.kind === 'phrase').slice(0, 6);
    const words = queries.filter((q) => q.kind === 'word').slice(0, 6);
    const shapes: SearchQuery[] = phrases.flatMap((p, i) => {
      const [first, second] = p.q.slice(1, -1).split(' ') as [string, string];
      const word = words[i]!.q;
      return [
        { q: `${p.q} ${word}` },
        { q: `${p.q} -${word}` },
        { q: `${word} -${p.q}` },
        { q: `"${first} ${second} ${word}"` },
        { q: `${first}-${second}` },
        { q: `${p.q} ${word}`, from: 1900, to: 1999 },
        { q: `${p.q} -${word}`, from: 1940, to: 1949 },
      ];
    });
    let found = 0;
    for (const query of shapes) {
      const [a, b] = [await allResults(sqlite, query), await allResults(postgres, query)];
      const label = `${query.q} ${query.from ?? ''}-${query.to ?? ''}`;
      expect(b.total, label).toBe(a.total);
      expect(
        b.hits.map((h) => h.id).sort((x, y) => x - y),
        label,
      ).toEqual(a.hits.map((h) => h.id).sort((x, y) => x - y));
      if (a.total > 0) found++;
    }
    expect(found).toBeGreaterThan(shapes.length / 3);
  }, 300_000);
});
