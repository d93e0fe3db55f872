import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleInput, type PreparedFile, prepareFile } from '../../src/ingest/pipeline.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import type { ArticleInput, Store } from '../../src/store/types.ts';
import { type ClusteredStatement, loadEventIdentityGold, scorePairwise } from './event-identity.ts';
import { loadSamples } from './gold.ts';

// Chronicle's events on the samples against the event-identity gold, and the same events, ids
// and conflicts whatever the order the articles are saved in, on both databases.

const gold = loadEventIdentityGold();
const samples = loadSamples();
const prepared: Extract<PreparedFile, { ok: true }>[] = [];
const nameOf = new Map<string, string>();

beforeAll(async () => {
  for (const s of samples) {
    const p = await prepareFile(s.path);
    if (!p.ok) throw new Error(`${s.name}: ${p.reason}`);
    prepared.push(p);
    nameOf.set(resolve(s.path), s.name);
  }
}, 120_000);

const backends: TestBackend[] = [];
afterAll(async () => {
  await Promise.all(backends.splice(0).map((b) => b.drop()));
});

/** A fixed shuffle (mulberry32), so a failing order can be replayed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const ORDERS: [string, (xs: ArticleInput[]) => ArticleInput[]][] = [
  ['path order', (xs) => xs],
  ['reverse', (xs) => [...xs].reverse()],
  ['shuffle 1', (xs) => shuffled(xs, 1)],
  ['shuffle 2', (xs) => shuffled(xs, 2)],
  ['shuffle 3', (xs) => shuffled(xs, 3)],
];

/** Everything the store says about events and conflicts, in an order of its own. */
async function eventsOf(store: Store) {
  const articles = (await store.listArticles({ limit: 200 })).items;
  // Public answers give the path under the folder ingested (here the file alone): the title finds the sample.
  const byTitle = new Map(prepared.map((p) => [p.article.meta.title, nameOf.get(resolve(p.path)) as string]));
  const pathOf = new Map(articles.map((a) => [a.id, byTitle.get(a.title) ?? a.path]));
  const events = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.timeline({ limit: 200, offset });
    events.push(...page.items);
    if (offset + 200 >= page.total) break;
  }
  const conflicts = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.listConflicts({ limit: 200, offset });
    conflicts.push(...page.items);
    if (offset + 200 >= page.total) break;
  }
  return {
    events: events
      .map((e) => ({
        id: e.id,
        when: e.when,
        what: e.what,
        confidence: e.confidence,
        conflicted: e.conflicted,
        entities: e.entities.map((x) => x.id).sort(),
        sources: e.sources.map((s) => `${pathOf.get(s.articleId)}|${s.sentence.start}|${s.when}`).sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    conflicts: conflicts
      .map((c) => ({
        kind: c.kind,
        subject: c.subject,
        values: c.values.map((v) => `${pathOf.get(v.articleId)}|${v.sentence.start}|${v.value}`).sort(),
      }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  };
}

/** Each stored source as a statement of the gold's kind: its article, sentence, date text and event. */
function statementsOf(stored: Awaited<ReturnType<typeof eventsOf>>): ClusteredStatement[] {
  const dateText = new Map<string, string[]>();
  for (const p of prepared) {
    const article = nameOf.get(resolve(p.path)) as string;
    for (const e of p.analysis.events) {
      const key = `${article}|${e.sentence.start}|${e.when}`;
      const text = e.start === undefined ? '' : p.article.text.slice(e.start, e.end);
      dateText.set(key, [...(dateText.get(key) ?? []), text]);
    }
  }
  const sentenceOf = (article: string, start: number) => {
    const p = prepared.find((x) => nameOf.get(resolve(x.path)) === article);
    const e = p?.analysis.events.find((x) => x.sentence.start === start);
    return p && e ? p.article.text.slice(e.sentence.start, e.sentence.end) : '';
  };
  const out: ClusteredStatement[] = [];
  for (const e of stored.events) {
    for (const s of e.sources) {
      const [article, start] = s.split('|') as [string, string];
      const texts = dateText.get(s) ?? [''];
      out.push({ article, sentenceText: sentenceOf(article, Number(start)), date: texts.shift() ?? '', eventId: e.id });
      dateText.set(s, texts.length ? texts : ['']);
    }
  }
  return out;
}

/**
 * The samples' conflicts are the gold's two planted disagreements and nothing else: the Astana
 * Summit's dates (one event, three articles) and 456 against 468 nuclear tests (one event, three
 * articles in three languages); no count of people exposed, affected or gathered, no year span.
 */
function expectPlantedConflictsOnly(stored: Awaited<ReturnType<typeof eventsOf>>) {
  const found = stored.conflicts.map((c) => ({
    kind: c.kind,
    values: c.values.map((v) => v.split('|')[2]).sort(),
    articles: [...new Set(c.values.map((v) => v.split('|')[0]))].sort(),
  }));
  const planted = gold.disagreements.map((d) => ({ kind: d.kind, articles: [...d.articles].sort() }));
  expect(
    found.map(({ kind, articles }) => ({ kind, articles })),
    JSON.stringify(stored.conflicts, null, 1),
  ).toEqual(planted);
  expect(found.map((c) => c.values)).toEqual([
    ['2010-12-01/2010-12-02', '2010-12-01/2010-12-02', '2010-12-02/2010-12-03'],
    ['456 tests', '456 сынақ', '468 испытаний'],
  ]);
}

async function ingest(backend: TestBackend, order: (xs: ArticleInput[]) => ArticleInput[]) {
  const store = await backend.open();
  try {
    for (const input of order(prepared.map(articleInput))) await store.saveArticle(input);
    return await eventsOf(store);
  } finally {
    await store.close();
  }
}

describe('events on the samples', { timeout: 600_000 }, () => {
  it('cluster statements as the event-identity gold does (pairwise F1 ≥ 0.9)', async () => {
    const backend = sqliteBackend();
    backends.push(backend);
    const stored = await ingest(backend, ORDERS[0]?.[1] as (xs: ArticleInput[]) => ArticleInput[]);
    const score = scorePairwise(gold, statementsOf(stored));
    const summary = `pairwise P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}; ${stored.events.length} events, ${stored.conflicts.length} conflicts`;
    console.log(`event identity: ${summary}`);
    expect(score.unmatched, 'gold statements not found among the stored sources').toEqual([]);
    expect(
      score.f1,
      `${summary}\nfalse pairs:\n${score.falsePairs.join('\n')}\nmissed pairs:\n${score.missedPairs.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.9);
    expectPlantedConflictsOnly(stored);
  });

  for (const name of ['sqlite', 'postgres'] as const) {
    it(`are the same events, ids and conflicts in 5 orders of saving (${name})`, async () => {
      const results = [];
      for (const [, order] of ORDERS) {
        const backend = name === 'sqlite' ? sqliteBackend() : await postgresBackend();
        backends.push(backend);
        results.push(await ingest(backend, order));
      }
      const [first, ...rest] = results;
      expectPlantedConflictsOnly(first as Awaited<ReturnType<typeof eventsOf>>);
      console.log(`${name}: ${first?.events.length} events, ${first?.conflicts.length} conflicts in every order`);
      for (const [i, other] of rest.entries()) expect(other, ORDERS[i + 1]?.[0]).toEqual(first);
    });
  }
});
