import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { StoreInputError } from './errors.ts';
import { postgresBackend, refuseClaimsSaying, sqliteBackend, type TestBackend } from './testing/backends.ts';
import { closure, ENTITIES, nuclearDay, osceEn, osceKk, osceRu, treaty } from './testing/corpus.ts';
import { buildArticle } from './testing/fixtures.ts';
import type { ArticleInput, SearchQuery, Store } from './types.ts';

/**
 * One suite, run against SQLite (temp file) and the real PostgreSQL (a fresh database per test,
 * dropped after). Results of the same searches on both are compared at the end.
 */
const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

/** Search result sets per backend, keyed by query, for the cross-backend comparison. */
const resultSets = new Map<string, Map<string, number[]>>();

const SEARCHES: Record<string, SearchQuery> = {
  osce: { q: 'OSCE' },
  ОБСЕ: { q: 'ОБСЕ' },
  ЕҚЫҰ: { q: 'ЕҚЫҰ' },
  nuclear: { q: 'nuclear' },
  'nuclear 2009': { q: 'nuclear', from: 2009, to: 2009 },
  'test site, ru': { q: 'Semipalatinsk', language: 'ru' },
  'steppe, entity': { q: 'steppe', entity: 'person:nursultan-nazarbayev' },
  'OSCE, PLACE': { q: 'OSCE', entityType: 'PLACE' },
};

const corpus = (): ArticleInput[] => [
  osceEn(),
  osceRu(),
  osceKk(),
  closure('401', '1991-08-29', '29 August 1991'),
  closure('402', '1991-08-29', '29 August 1991'),
  nuclearDay(),
  treaty(),
];

/** Marks every stored revision as analysed by extractor version 0.0.0, straight in the database. */
async function stampOldExtractor(backend: TestBackend): Promise<void> {
  if (backend.name === 'sqlite') {
    const raw = new BetterSqlite3(backend.location);
    raw.prepare("UPDATE revisions SET extractor_version = '0.0.0'").run();
    raw.close();
    return;
  }
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  await client.query("UPDATE revisions SET extractor_version = '0.0.0'");
  await client.end();
}

async function saveAll(store: Store, inputs: ArticleInput[]) {
  const results = [];
  for (const input of inputs) results.push(await store.saveArticle(input));
  return results;
}

describe.each(BACKENDS)('store on $name', ({ name, make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  /** A store over a new empty database, closed and dropped after the test. */
  async function fresh(): Promise<{ backend: TestBackend; store: Store }> {
    const backend = await make();
    const store = await backend.open();
    const entry = { backend, store };
    open.push(entry);
    return entry;
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  it('stores a new article, skips an unchanged one, and keeps old revisions readable', async () => {
    const { store } = await fresh();
    const first = osceEn();
    expect(await store.saveArticle(first)).toEqual({ status: 'new', id: 1, revision: 1 });
    const before = await store.stats();
    expect(await store.saveArticle(first)).toEqual({ status: 'unchanged', id: 1, revision: 1 });
    expect(await store.stats()).toEqual(before);

    const edited = buildArticle({
      sourceId: '101',
      site: 'example.org',
      language: 'en',
      title: 'Kazakhstan chairs the OSCE (revised)',
      entities: [ENTITIES.osce],
      sentences: [{ text: 'The OSCE summit met in Astana on 2 December 2010.' }],
    });
    expect(await store.saveArticle({ ...edited, path: '/elsewhere/101.txt' })).toEqual({
      status: 'updated',
      id: 1,
      revision: 2,
    });
    const latest = await store.getArticle(1);
    expect(latest?.revision).toBe(2);
    expect(latest?.title).toBe('Kazakhstan chairs the OSCE (revised)');
    expect(latest?.revisions.map((r) => r.revision)).toEqual([1, 2]);
    const old = await store.getArticle(1, 1);
    expect(old?.text).toBe(first.text);
    expect(old?.title).toBe('Kazakhstan chairs the OSCE');
    expect(old?.analysis.events).toHaveLength(2);
    expect(await store.getArticle(1, 3)).toBeNull();
    expect(await store.getArticle(99)).toBeNull();

    // Only the latest revision's facts are live: the 2010 events went away with revision 1.
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 1, revisions: 2, events: 0 });
    expect((await store.search({ q: 'Astana' })).total).toBe(1);
    expect((await store.search({ q: 'Asian' })).total).toBe(0);
    // Entity counts follow the live revision: Kazakhstan is no longer mentioned anywhere.
    expect((await store.getEntity('org:osce'))?.mentionCount).toBe(2);
    expect((await store.listEntities()).items.map((e) => [e.id, e.mentionCount, e.articleCount])).toEqual([
      ['org:osce', 2, 1],
    ]);
    expect(await store.findArticleId({ site: 'example.org', sourceId: '101', path: '/any' })).toBe(1);
    expect(await store.findArticleId({ site: null, sourceId: null, path: '/nowhere.txt' })).toBeNull();
  });

  it('re-extracts facts in place when only the extractor version changed', async () => {
    const { backend, store } = await fresh();
    const first = await store.saveArticle(osceEn());
    // Pretend the stored analysis came from an older extractor.
    await store.close();
    await stampOldExtractor(backend);
    const reopened = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: reopened });
    expect(await reopened.saveArticle(osceEn())).toEqual({
      status: 'updated',
      id: first.id,
      revision: 1,
      reanalysed: true,
    });
    expect(await reopened.getArticle(first.id, 0)).toBeNull();
    expect(await reopened.saveArticle(osceEn())).toEqual({ status: 'unchanged', id: first.id, revision: 1 });
    expect(await reopened.stats()).toMatchObject({ articles: 1, revisions: 1, events: 2 });
  });

  it('re-saving the whole corpus changes no row counts', async () => {
    const { store } = await fresh();
    const firstRun = await saveAll(store, corpus());
    expect(firstRun.every((r) => r.status === 'new')).toBe(true);
    const before = await store.stats();
    const secondRun = await saveAll(store, corpus());
    expect(secondRun.every((r) => r.status === 'unchanged')).toBe(true);
    expect(await store.stats()).toEqual(before);
    expect(before.articles).toBe(7);
  });

  it('a save that fails part-way leaves the previous revision and its facts intact', async () => {
    const { backend, store } = await fresh();
    await saveAll(store, corpus());
    const before = await store.stats();
    const timelineBefore = await store.timeline({ limit: 200 });

    // The database refuses the article's claim after its new revision and mentions are written
    // and the old facts withdrawn: the transaction must take all of that back.
    await refuseClaimsSaying(backend, 'refused claim');
    const broken = buildArticle({
      sourceId: '101',
      site: 'example.org',
      language: 'en',
      title: 'Kazakhstan chairs the OSCE, rewritten',
      entities: [ENTITIES.osce],
      sentences: [
        { text: 'The OSCE met in 2011.', event: { when: '2011', dateText: '2011', entityIds: ['org:osce'] } },
        { text: 'It has a refused claim of 57 members.', claim: { text: 'refused claim', kind: 'count', value: 57 } },
      ],
    });
    await expect(store.saveArticle(broken)).rejects.toThrow(/refused/);

    expect(await store.stats()).toEqual(before);
    expect((await store.getArticle(1))?.revision).toBe(1);
    expect(await store.timeline({ limit: 200 })).toEqual(timelineBefore);
    expect((await store.search({ q: 'Asian' })).total).toBe(1);

    // Malformed input is refused before anything is written, naming the file and the field.
    const outside = osceEn();
    outside.hash = 'e'.repeat(64);
    outside.analysis.sentences.push({ start: 0, end: outside.text.length + 5 });
    await expect(store.saveArticle(outside)).rejects.toThrow(/101\.txt: analysis\.sentences\.2: span/);
    await expect(store.saveArticle({ ...osceEn(), hash: 'nope' })).rejects.toBeInstanceOf(StoreInputError);
    expect(await store.stats()).toEqual(before);
  });

  it('searches with ranking, filters, snippets and cross-language entity matches', async () => {
    const { store } = await fresh();
    const ids = await saveAll(store, corpus());
    const idOf = (i: number) => ids[i]!.id;

    const osce = await store.search({ q: 'OSCE' });
    // The English article matches the word; ru and kk match through org:osce.
    expect(new Set(osce.results.map((r) => r.language))).toEqual(new Set(['en', 'ru', 'kk']));
    expect(osce.results[0]!.id).toBe(idOf(0));
    expect(osce.results[0]!.snippet).toContain('<mark>');
    for (const q of ['ОБСЕ', 'ЕҚЫҰ']) {
      const hits = await store.search({ q });
      expect(new Set(hits.results.map((r) => r.id))).toEqual(new Set([idOf(0), idOf(1), idOf(2)]));
    }

    // Title words weigh more than body words.
    const nuclear = await store.search({ q: 'nuclear' });
    expect(nuclear.results[0]!.title).toMatch(/nuclear/i);
    expect(nuclear.total).toBe(4);

    const in2009 = await store.search({ q: 'nuclear', from: 2009, to: 2009 });
    expect(in2009.results.map((r) => r.id)).toEqual([idOf(6)]);
    const in1991 = await store.search({ q: 'nuclear', from: 1990, to: 1991 });
    expect(in1991.results.map((r) => r.id)).toEqual([idOf(3), idOf(4)]);

    expect((await store.search({ q: 'OSCE', language: 'kk' })).results.map((r) => r.id)).toEqual([idOf(2)]);
    const withKazakhstan = await store.search({ q: 'nuclear', entity: 'place:kazakhstan' });
    expect(withKazakhstan.results.map((r) => r.id).sort()).toEqual([idOf(3), idOf(4), idOf(6)]);
    expect((await store.search({ q: 'nuclear', entityType: 'PERSON' })).total).toBe(2);

    // Snippets escape HTML and mark only matches.
    const hostile = buildArticle({
      sourceId: '666',
      language: 'en',
      title: 'Markup <b>inside</b>',
      sentences: [{ text: 'A <script>alert(1)</script> appeared beside the word peacekeeping.' }],
    });
    await store.saveArticle(hostile);
    const snippet = (await store.search({ q: 'peacekeeping' })).results[0]!.snippet;
    // No tag survives except the highlight.
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(snippet).toMatch(/<mark>peacekeeping<\/mark>/i);

    // Pagination is stable and total counts the whole set.
    const page1 = await store.search({ q: 'nuclear', limit: 2 });
    const page2 = await store.search({ q: 'nuclear', limit: 2, offset: 2 });
    expect(page1.total).toBe(4);
    expect([...page1.results, ...page2.results].map((r) => r.id)).toEqual(nuclear.results.map((r) => r.id));

    const faceted = await store.search({ q: 'OSCE', facets: true });
    expect(faceted.facets?.language).toEqual({ en: 1, ru: 1, kk: 1 });
    expect(faceted.facets?.entityType.ORG).toBe(3);

    const sets = new Map<string, number[]>();
    for (const [key, query] of Object.entries(SEARCHES)) {
      sets.set(
        key,
        (await store.search({ ...query, limit: 200 })).results.map((r) => r.id).sort((a, b) => a - b),
      );
    }
    resultSets.set(name, sets);
  });

  it('filters by year through any date range that overlaps, long ranges included', async () => {
    const { store } = await fresh();
    const dated = (sourceId: string, dates: string[]) =>
      buildArticle({
        sourceId,
        language: 'en',
        title: `Archive record ${sourceId}`,
        sentences: [{ text: 'The archive record describes the uranium commission.' }],
        dates,
      });
    const saved = await saveAll(store, [
      dated('y2009', ['2009-05-01']),
      dated('y2010', ['2010']),
      dated('decade', ['2000/2009']),
      dated('millennium', ['1000/2000']),
      dated('ancient', ['BC0044']),
      dated('undated', []),
      dated('two dates', ['1991-08-29', '2017']),
    ]);
    const idOf = new Map(
      saved.map((r, i) => [r.id, ['y2009', 'y2010', 'decade', 'millennium', 'ancient', 'undated', 'two dates'][i]!]),
    );
    const names = async (from?: number, to?: number) =>
      (await store.search({ q: 'uranium commission', from, to, limit: 200 })).results.map((r) => idOf.get(r.id)).sort();
    expect(await names(2009, 2009)).toEqual(['decade', 'y2009']);
    expect(await names(2000, 2000)).toEqual(['decade', 'millennium']);
    expect(await names(2001, 2008)).toEqual(['decade']);
    expect(await names(1990, 1991)).toEqual(['millennium', 'two dates']);
    expect(await names(2011, 2017)).toEqual(['two dates']);
    expect(await names(undefined, 0)).toEqual(['ancient']);
    expect(await names(2010)).toEqual(['two dates', 'y2010']);
    expect(await names(-10000, 10000)).toHaveLength(6);
    expect((await store.search({ q: 'uranium', from: 2009, to: 2009 })).total).toBe(2);
    resultSets.get(`${name} years`)?.clear();
    const sets = new Map<string, number[]>();
    for (const [from, to] of [
      [2009, 2009],
      [1000, 2000],
      [1, 9999],
      [2011, 2017],
    ] as const) {
      sets.set(
        `${from}-${to}`,
        (await names(from, to)).map((n) => [...idOf.values()].indexOf(n!)),
      );
    }
    resultSets.set(`${name} years`, sets);
  });

  it('ranks texts that say the query words side by side above texts that only contain them', async () => {
    const { store } = await fresh();
    const article = (sourceId: string, sentences: string[]) =>
      buildArticle({
        sourceId,
        language: 'en',
        title: `Report ${sourceId}`,
        sentences: sentences.map((text) => ({ text })),
      });
    // Scattered: both words, often, but never together; together: the phrase once, in a longer text.
    const [scattered, together] = await saveAll(store, [
      article('scattered', [
        'The test of the new canal was a success.',
        'Nuclear physicists visited the region, and a test of the radio link followed.',
        'Another test came in the spring; nuclear medicine was the topic of a lecture.',
      ]),
      article('together', [
        'The region was quiet for years.',
        'Then came the nuclear tests that shook the steppe.',
        'Farmers, teachers and doctors remember the wind, the dust and the long winters that followed.',
      ]),
    ]);
    const found = await store.search({ q: 'nuclear tests' });
    expect(found.results.map((r) => r.id)).toEqual([together!.id, scattered!.id]);
    expect(found.results[0]!.score).toBeGreaterThan(found.results[1]!.score);
  });

  it('refuses malformed queries and ids with a clear message', async () => {
    const { store } = await fresh();
    await expect(store.search({ q: 'x'.repeat(20_000) })).rejects.toThrow(/q: .*long/);
    await expect(store.search({ q: 'osce', limit: 1000 })).rejects.toThrow(/limit: must be an integer from 1 to 200/);
    await expect(store.search({ q: 'osce', entity: '../../etc/passwd' })).rejects.toBeInstanceOf(StoreInputError);
    await expect(store.getArticle(Number.NaN)).rejects.toThrow(/id: not an article id/);
    await expect(store.getEntity('../../etc/passwd')).rejects.toBeInstanceOf(StoreInputError);
    await expect(store.onThisDay('13-45')).rejects.toThrow(/MM-DD/);
    await expect(store.timeline({ from: 1.5 })).rejects.toThrow(/from: not a year/);
    expect(await store.getEntity('org:unknown')).toBeNull();
  });

  it('builds the timeline by year range, entity, type and language', async () => {
    const { store } = await fresh();
    await saveAll(store, corpus());
    const all = await store.timeline({ limit: 200 });
    const starts = all.items.filter((e) => e.startDate).map((e) => e.startDate);
    expect(starts).toEqual([...starts].sort());
    // Annual dates have no place on the calendar: they come last.
    expect(all.items.at(-1)!.when).toBe('XXXX-08-29');

    const in2010 = await store.timeline({ from: 2010, to: 2010 });
    expect(new Set(in2010.items.map((e) => e.when))).toEqual(new Set(['2010', '2010-12-01']));
    expect(in2010.items.at(-1)?.when).toBe('2010-12-01');
    expect((await store.timeline({ from: 2009, to: 2009 })).items.map((e) => e.when)).toEqual(['2009-03']);
    const osce = await store.timeline({ entity: 'org:osce' });
    expect(osce.items.every((e) => e.entities.some((x) => x.id === 'org:osce'))).toBe(true);
    expect((await store.timeline({ entityType: 'PERSON' })).items.map((e) => e.when)).toEqual(['1991-08-29']);
    const kk = await store.timeline({ language: 'kk' });
    expect(kk.items.map((e) => e.when)).toEqual(['2010']);
    const paged = await store.timeline({ limit: 1, offset: 1 });
    expect(paged.total).toBe(all.total);
    expect(paged.items[0]!.id).toBe(all.items[1]!.id);
  });

  it('pages through a year range that multi-year events run into', async () => {
    const { store } = await fresh();
    await saveAll(store, corpus());
    await store.saveArticle(
      buildArticle({
        sourceId: '501',
        language: 'en',
        title: 'Decades of diplomacy',
        entities: [ENTITIES.osce],
        sentences: [
          {
            text: 'Between 2008 and 2011 the OSCE prepared the summit.',
            event: { when: '2008/2011', dateText: 'Between 2008 and 2011', entityIds: ['org:osce'] },
          },
          {
            text: 'In the 2000s the OSCE changed.',
            event: { when: '200', dateText: '2000s', entityIds: ['org:osce'] },
          },
          { text: 'In 2012 the OSCE met again.', event: { when: '2012', dateText: '2012', entityIds: ['org:osce'] } },
        ],
      }),
    );
    const everything = (await store.timeline({ limit: 200 })).items;
    for (const [from, to] of [
      [2010, 2010],
      [2009, 2012],
      [1991, 2009],
      [2011, 2011],
    ] as const) {
      const expected = everything
        .filter((e) => e.startDate && Number(e.startDate.slice(0, 4)) <= to && Number(e.endDate.slice(0, 4)) >= from)
        .map((e) => e.id);
      const all = await store.timeline({ from, to, limit: 200 });
      expect(
        all.items.map((e) => e.id),
        `${from}-${to}`,
      ).toEqual(expected);
      expect(all.total).toBe(expected.length);
      const paged: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 2) {
        const page = await store.timeline({ from, to, limit: 2, offset });
        expect(page.total).toBe(expected.length);
        paged.push(...page.items.map((e) => e.id));
      }
      expect(paged, `${from}-${to} paged`).toEqual(expected);
    }
    const in2010 = (await store.timeline({ from: 2010, to: 2010 })).items.map((e) => e.when);
    // The 2008–2011 interval starts before 2010, so it comes first; the 2000s end before 2010.
    expect(in2010[0]).toBe('2008/2011');
    expect(in2010).not.toContain('200');
    expect((await store.timeline({ from: 2012 })).items.map((e) => e.when)).toEqual(['2012']);
    expect((await store.timeline({ to: 1991 })).items.map((e) => e.when)).toEqual(['1991-08-29']);
  });

  it('answers "on this day" with dated and annual events', async () => {
    const { store } = await fresh();
    await saveAll(store, corpus());
    const day = await store.onThisDay('08-29');
    expect(day.map((e) => e.when)).toEqual(['1991-08-29', 'XXXX-08-29']);
    expect(await store.onThisDay('02-29')).toEqual([]);
  });

  it('merges the same event from two articles and flags a different date as a conflict', async () => {
    const { store } = await fresh();
    const a = await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'));
    const b = await store.saveArticle(closure('402', '1991-08-29', '29 August 1991'));
    let events = await store.timeline({ entity: 'place:semipalatinsk-test-site' });
    expect(events.total).toBe(1);
    expect(events.items[0]!.sources.map((s) => s.articleId)).toEqual([a.id, b.id]);
    expect(events.items[0]!.sources[0]!.sentenceText).toMatch(/^Nursultan Nazarbayev signed/);
    expect(events.items[0]!.conflicted).toBe(false);

    const c = await store.saveArticle(closure('403', '1990-08-29', '29 August 1990', 456));
    events = await store.timeline({ entity: 'place:semipalatinsk-test-site' });
    // The same closure dated a year apart is one event with a date conflict, not two events.
    expect(events.items.map((e) => [e.when, e.sources.length, e.conflicted])).toEqual([['1991-08-29', 3, true]]);
    const conflicts = await store.listConflicts();
    const date = conflicts.items.find((x) => x.kind === 'date');
    expect(date?.values.map((v) => [v.value, v.articleId])).toEqual([
      ['1991-08-29', a.id],
      ['1991-08-29', b.id],
      ['1990-08-29', c.id],
    ]);
    expect(date?.values.at(2)?.text).toMatch(/29 August 1990/);
    // One conflict per disagreement, however many articles take part in it.
    const value = conflicts.items.filter((x) => x.kind === 'value');
    expect(value.map((v) => v.values.map((x) => [x.value, x.articleId]))).toEqual([
      [
        ['450', a.id],
        ['450', b.id],
        ['456', c.id],
      ],
    ]);
    expect(value[0]!.subject).toBe('Semipalatinsk test site: count');
    expect(value[0]!.values[2]!.text).toBe(
      'Nuclear tests had shaken the steppe of Kazakhstan for four decades and 456 explosions were recorded there.',
    );
    expect((await store.stats()).conflicts).toBe(conflicts.total);

    // Rewriting the first article leaves the event to the second and third, described by the second's sentence.
    const rewritten = buildArticle({
      sourceId: '401',
      site: 'example.org',
      language: 'en',
      title: 'Closing the test site (401), revised',
      sentences: [{ text: 'The article no longer dates anything.' }],
    });
    expect((await store.saveArticle(rewritten)).status).toBe('updated');
    events = await store.timeline({ entity: 'place:semipalatinsk-test-site' });
    const survivor = events.items.find((e) => e.when === '1991-08-29');
    expect(survivor?.sources.map((s) => s.articleId)).toEqual([b.id, c.id]);
    expect(survivor?.what).toBe(survivor?.sources[0]?.what);
    expect((await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'))).status).toBe('updated');

    // Correcting the third article withdraws its conflicts.
    const fixed = closure('403', '1991-08-29', '29 August 1991');
    expect((await store.saveArticle(fixed)).status).toBe('updated');
    expect((await store.listConflicts()).total).toBe(0);
    events = await store.timeline({ entity: 'place:semipalatinsk-test-site' });
    expect(events.items.map((e) => [e.when, e.sources.length, e.conflicted])).toEqual([['1991-08-29', 3, false]]);
  });

  it('describes an entity with events, mentions in context and related entities', async () => {
    const { store } = await fresh();
    await saveAll(store, corpus());
    const osce = await store.getEntity('org:osce');
    expect(osce).toMatchObject({ id: 'org:osce', name: 'OSCE', type: 'ORG', articleCount: 3 });
    expect(osce!.aliases).toEqual(expect.arrayContaining(['ОБСЕ', 'ЕҚЫҰ']));
    expect(osce!.events.map((e) => e.when)).toContain('2010-12-01');
    const ru = osce!.mentions.find((m) => m.text === 'ОБСЕ');
    expect(ru?.snippet).toContain('<mark>ОБСЕ</mark>');
    expect(osce!.related[0]).toMatchObject({ id: 'place:kazakhstan' });
    const kz = await store.getEntity('place:kazakhstan');
    expect(kz!.coordinates).toEqual({ lat: 48, lon: 68 });

    const places = await store.listEntities({ type: 'PLACE' });
    expect(places.items.map((e) => e.id).sort()).toEqual(['place:kazakhstan', 'place:semipalatinsk-test-site']);
    const counts = places.items.map((e) => e.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byAlias = await store.listEntities({ q: 'обс' });
    expect(byAlias.items.map((e) => e.id)).toEqual(['org:osce']);
    // Any word of a name, not only the first: readers type a surname or the second word.
    expect((await store.listEntities({ q: 'nazarb' })).items.map((e) => e.id)).toEqual(['person:nursultan-nazarbayev']);
    expect((await store.listEntities({ q: 'test site' })).items.map((e) => e.id)).toEqual([
      'place:semipalatinsk-test-site',
    ]);
    // …but inside a word is no match ("zakh" is not a word of Kazakhstan), and LIKE wildcards are literal.
    expect((await store.listEntities({ q: 'zakh' })).total).toBe(0);
    expect((await store.listEntities({ q: '%' })).total).toBe(0);
    expect((await store.listArticles({ language: 'ru' })).items.map((a) => a.title)).toEqual([
      'Председательство в ОБСЕ',
    ]);
    const page = await store.listArticles({ limit: 3, offset: 3 });
    expect(page.total).toBe(7);
    expect(page.items.map((a) => a.id)).toEqual([4, 5, 6]);
    const recent = await store.listArticles({ order: 'recent', limit: 2 });
    expect(recent.items.map((a) => a.id)).toEqual([7, 6]);
  });

  it('runs migrations once: reopening keeps data and schema version', async () => {
    const { backend, store } = await fresh();
    await saveAll(store, corpus());
    const before = await store.stats();
    await store.close();
    const again = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: again });
    expect(await again.stats()).toEqual(before);
    expect((await again.saveArticle(osceEn())).status).toBe('unchanged');
  });
});

describe('both backends', () => {
  afterAll(() => resultSets.clear());
  it('give the same search result sets for the same data and queries', () => {
    const sqlite = resultSets.get('sqlite');
    const postgres = resultSets.get('postgres');
    expect(sqlite, 'the SQLite search test did not run').toBeDefined();
    expect(postgres, 'the PostgreSQL search test did not run').toBeDefined();
    for (const key of Object.keys(SEARCHES)) {
      expect({ key, ids: postgres!.get(key) }).toEqual({ key, ids: sqlite!.get(key) });
    }
    expect(resultSets.get('postgres years')).toEqual(resultSets.get('sqlite years'));
    expect(resultSets.get('sqlite years')?.size).toBe(4);
  });
});
