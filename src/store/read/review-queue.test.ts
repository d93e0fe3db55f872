import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { buildArticle } from '../testing/fixtures.ts';
import type { Store } from '../types.ts';

/**
 * Searching and filtering the review queue on SQLite and a fresh PostgreSQL database: an editor
 * finds a confident event the default queue leaves out (the misdated "April 1991" decree).
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const SITE = { id: 'place:semipalatinsk-test-site', name: 'Semipalatinsk test site', type: 'PLACE' as const };

const english = buildArticle({
  sourceId: '601',
  site: 'example.org',
  language: 'en',
  title: 'The closure',
  entities: [SITE],
  sentences: [
    {
      text: 'The decree closing the Semipalatinsk test site was signed in April 1991.',
      event: { when: '1991-04', dateText: 'April 1991', entityIds: [SITE.id], confidence: 0.9 },
    },
    {
      text: 'The last explosion took place in 1989.',
      event: { when: '1989', dateText: '1989', entityIds: [], confidence: 0.5 },
    },
  ],
});
const russian = buildArticle({
  sourceId: '602',
  site: 'example.org',
  language: 'ru',
  title: 'Закрытие',
  entities: [],
  sentences: [
    {
      text: 'Указ о закрытии полигона подписан в 1991 году.',
      event: { when: '1991', dateText: '1991 году', entityIds: [], confidence: 0.8 },
    },
  ],
});

describe.each(BACKENDS)('review queue search on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(): Promise<Store> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    await store.saveArticle(english);
    await store.saveArticle(russian);
    await store.addEditor('aigerim');
    return store;
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  const whats = (page: { items: { what: string }[] }) => page.items.map((e) => e.what.split(' ').slice(0, 3).join(' '));

  it('without a filter the queue is unchanged; words find a confident event in any case and alphabet', async () => {
    const store = await fresh();
    expect(whats(await store.reviewQueue())).toEqual(['The last explosion']);
    expect(whats(await store.reviewQueue({ q: 'DECREE closing' }))).toEqual(['The decree closing']);
    expect(whats(await store.reviewQueue({ q: 'указ' }))).toEqual(['Указ о закрытии']);
    expect(whats(await store.reviewQueue({ q: '1991' }))).toEqual(['Указ о закрытии', 'The decree closing']);
    expect((await store.reviewQueue({ q: '100%_' })).total).toBe(0);
  });

  it('filters by language, article, entity, event, confidence and decision', async () => {
    const store = await fresh();
    const all = await store.reviewQueue({ above: 0 });
    expect(all.total).toBe(3);
    const decree = all.items.find((e) => e.what.startsWith('The decree'))!;
    expect(whats(await store.reviewQueue({ language: 'ru' }))).toEqual(['Указ о закрытии']);
    const articleId = decree.sources[0]!.articleId;
    expect(whats(await store.reviewQueue({ articleId }))).toEqual(['The last explosion', 'The decree closing']);
    expect(whats(await store.reviewQueue({ entityId: SITE.id }))).toEqual(['The decree closing']);
    expect(whats(await store.reviewQueue({ eventId: decree.id }))).toEqual(['The decree closing']);
    expect(whats(await store.reviewQueue({ above: 0.85 }))).toEqual(['The decree closing']);
    expect(whats(await store.reviewQueue({ above: 0.6, below: 0.85 }))).toEqual(['Указ о закрытии']);
    expect(whats(await store.reviewQueue({ language: 'en', below: 0.6 }))).toEqual(['The last explosion']);

    await store.reviewEvent({ eventId: decree.id, editor: 'aigerim', decision: 'corrected', when: '1991-08-29' });
    expect(whats(await store.reviewQueue({ decision: 'corrected' }))).toEqual(['The decree closing']);
    expect((await store.reviewQueue({ decision: 'rejected' })).total).toBe(0);
    expect(whats(await store.reviewQueue({ decision: 'unreviewed', language: 'en' }))).toEqual(['The last explosion']);
    const found = (await store.reviewQueue({ eventId: decree.id })).items[0]!;
    expect(found.review?.decision).toBe('corrected');
    await store.reviewEvent({ eventId: decree.id, editor: 'aigerim', decision: 'rejected' });
    expect(whats(await store.reviewQueue({ decision: 'rejected' }))).toEqual(['The decree closing']);
    expect((await store.reviewQueue({ decision: 'corrected' })).total).toBe(0);
  });

  it('refuses bad filters with a message naming them', async () => {
    const store = await fresh();
    await expect(store.reviewQueue({ above: 1.5 })).rejects.toThrow(/above: must be a confidence/);
    await expect(store.reviewQueue({ decision: 'maybe' as never })).rejects.toThrow(/decision: must be/);
    await expect(store.reviewQueue({ q: 'a\0b' })).rejects.toThrow(/q/);
  });
});
