import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { buildArticle, type FixtureSentence } from '../testing/fixtures.ts';
import type { ArticleInput, Store, TimelineEvent } from '../types.ts';

/**
 * The editorial workflow against SQLite and a fresh PostgreSQL database: the review queue,
 * decisions and what readers then see, the audit log, and reviews that outlive re-extraction.
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const ENTITY = { id: 'place:semipalatinsk-test-site', name: 'Semipalatinsk test site', type: 'PLACE' as const };

const BOMB: FixtureSentence = {
  text: 'The first Soviet atomic bomb was detonated at the Semipalatinsk test site on 29 August 1949.',
  event: { when: '1949-08-29', dateText: '29 August 1949', entityIds: [ENTITY.id], confidence: 0.5 },
};
const LAST: FixtureSentence = {
  text: 'The last underground explosion took place in 1989.',
  event: { when: '1989', dateText: '1989', entityIds: [], confidence: 0.55 },
};
const CLOSED: FixtureSentence = {
  text: 'The Semipalatinsk test site was closed on 29 August 1991.',
  event: { when: '1991-08-29', dateText: '29 August 1991', entityIds: [ENTITY.id], confidence: 0.9 },
};

/** The test-site article; `lead` sentences go before the others (a new revision that moves every offset). */
function testSite(lead: FixtureSentence[] = []): ArticleInput {
  return buildArticle({
    sourceId: '501',
    site: 'example.org',
    language: 'en',
    title: 'The Semipalatinsk test site',
    entities: [ENTITY],
    sentences: [...lead, BOMB, LAST, CLOSED],
  });
}

/** A second article: events in and around 2009, among which a corrected date lands. */
function afterClosure(): ArticleInput {
  return buildArticle({
    sourceId: '502',
    site: 'example.org',
    language: 'en',
    title: 'After the closure',
    entities: [ENTITY],
    sentences: [
      {
        text: 'A museum of the test site opened on 1 June 2009.',
        event: { when: '2009-06-01', dateText: '1 June 2009', entityIds: [ENTITY.id] },
      },
      {
        text: 'The cleanup of the Semipalatinsk test site ran from 2005 to 2012.',
        event: { when: '2005/2012', dateText: '2005 to 2012', entityIds: [ENTITY.id] },
      },
      {
        text: 'A memorial was unveiled on 20 December 2009.',
        event: { when: '2009-12-20', dateText: '20 December 2009', entityIds: [] },
      },
    ],
  });
}

/** Marks every stored revision as analysed by extractor version 0.0.0, as the contract suite does. */
async function stampOldExtractor(backend: TestBackend): Promise<void> {
  const statement = "UPDATE revisions SET extractor_version = '0.0.0'";
  if (backend.name === 'sqlite') {
    const raw = new BetterSqlite3(backend.location);
    raw.prepare(statement).run();
    raw.close();
    return;
  }
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  await client.query(statement);
  await client.end();
}

const byWhat = (events: TimelineEvent[], words: string) => events.find((e) => e.what.includes(words));

describe.each(BACKENDS)('editorial review on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(): Promise<{ backend: TestBackend; store: Store }> {
    const backend = await make();
    const store = await backend.open();
    const entry = { backend, store };
    open.push(entry);
    await store.saveArticle(testSite());
    return entry;
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  async function eventId(store: Store, words: string): Promise<string> {
    const event = byWhat((await store.timeline({ limit: 200 })).items, words);
    if (!event) throw new Error(`no event saying "${words}"`);
    return event.id;
  }

  it('editors get a token once; only its hash is kept and it identifies them', async () => {
    const { store } = await fresh();
    const { editor, token } = await store.addEditor('aigerim');
    expect(token).toMatch(/^chr_[\w-]{32}$/);
    expect(await store.editorByToken(token)).toEqual(editor);
    expect(await store.editorByToken(`${token}x`)).toBeNull();
    expect(await store.listEditors()).toEqual([editor]);
    await expect(store.addEditor('aigerim')).rejects.toThrow(/editor: "aigerim" already exists/);
    await expect(store.addEditor(' ')).rejects.toThrow(/editor: not a valid name/);
  });

  it('queues unreviewed events below the threshold, least confident first, with their sentences', async () => {
    const { store } = await fresh();
    const queue = await store.reviewQueue();
    expect(queue.total).toBe(2);
    expect(queue.items.map((e) => [e.confidence, e.sources[0]?.sentenceText])).toEqual([
      [0.5, BOMB.text],
      [0.55, LAST.text],
    ]);
    expect((await store.reviewQueue({ limit: 1, offset: 1 })).items.map((e) => e.confidence)).toEqual([0.55]);
    expect((await store.reviewQueue({ below: 0.95 })).total).toBe(3);
    await store.addEditor('aigerim');
    await store.reviewEvent({ eventId: queue.items[0]!.id, editor: 'aigerim', decision: 'confirmed' });
    expect((await store.reviewQueue()).items.map((e) => e.confidence)).toEqual([0.55]);
    await expect(store.reviewQueue({ below: 2 })).rejects.toThrow(/below: must be a confidence/);
  });

  it('confirm, correct and reject change what the timeline, on this day and entity pages show', async () => {
    const { store } = await fresh();
    await store.addEditor('aigerim');
    const bomb = await eventId(store, 'atomic bomb');
    const last = await eventId(store, 'underground');
    const closed = await eventId(store, 'was closed');

    await store.reviewEvent({ eventId: closed, editor: 'aigerim', decision: 'confirmed' });
    await store.reviewEvent({
      eventId: last,
      editor: 'aigerim',
      decision: 'corrected',
      when: '1989-10-19',
      what: 'The last underground explosion',
    });
    await store.reviewEvent({ eventId: bomb, editor: 'aigerim', decision: 'rejected', note: 'duplicate' });

    const timeline = await store.timeline({ limit: 200 });
    expect(timeline.total).toBe(2);
    expect(timeline.items.map((e) => e.id)).toEqual([last, closed]);
    const corrected = timeline.items[0]!;
    expect(corrected).toMatchObject({
      when: '1989-10-19',
      startDate: '1989-10-19',
      endDate: '1989-10-19',
      what: 'The last underground explosion',
      review: { decision: 'corrected', editor: 'aigerim' },
    });
    // The source still says what the article says.
    expect(corrected.sources[0]?.when).toBe('1989');
    expect(timeline.items[1]?.review).toMatchObject({ decision: 'confirmed', editor: 'aigerim' });
    expect(Date.parse(timeline.items[1]!.review!.at)).not.toBeNaN();

    expect((await store.onThisDay('08-29')).map((e) => e.id)).toEqual([closed]);
    expect((await store.getEntity(ENTITY.id))?.events.map((e) => e.id)).toEqual([closed]);
    expect((await store.timeline({ from: 1949, to: 1949 })).total).toBe(0);

    // A later decision replaces the earlier one: the rejected event comes back confirmed.
    await store.reviewEvent({ eventId: bomb, editor: 'aigerim', decision: 'confirmed' });
    expect((await store.timeline({ limit: 200 })).total).toBe(3);
  });

  it('logs one audit row per action with the editor, before and after', async () => {
    const { store } = await fresh();
    await store.addEditor('aigerim');
    await store.addEditor('dmitry');
    const last = await eventId(store, 'underground');
    await store.reviewEvent({ eventId: last, editor: 'aigerim', decision: 'corrected', when: '1989-10' });
    await store.reviewEvent({ eventId: last, editor: 'dmitry', decision: 'corrected', when: '1989-10-19' });
    await store.reviewEvent({ eventId: last, editor: 'dmitry', decision: 'rejected', note: 'not an event' });
    const log = await store.auditLog();
    expect(log.total).toBe(3);
    expect(log.items.map((e) => [e.editor, e.action, e.factKey, e.before, e.after, e.note])).toEqual([
      [
        'dmitry',
        'rejected',
        last,
        { decision: 'corrected', when: '1989-10-19', what: LAST.text },
        { decision: 'rejected', when: '1989', what: LAST.text },
        'not an event',
      ],
      [
        'dmitry',
        'corrected',
        last,
        { decision: 'corrected', when: '1989-10', what: LAST.text },
        { decision: 'corrected', when: '1989-10-19', what: LAST.text },
        null,
      ],
      [
        'aigerim',
        'corrected',
        last,
        { decision: null, when: '1989', what: LAST.text },
        { decision: 'corrected', when: '1989-10', what: LAST.text },
        null,
      ],
    ]);
    expect((await store.auditLog({ limit: 1, offset: 2 })).items[0]?.editor).toBe('aigerim');
  });

  it('reviews survive re-extraction by a newer extractor and a new revision that moves the sentence', async () => {
    const { backend, store } = await fresh();
    await store.addEditor('aigerim');
    const bomb = await eventId(store, 'atomic bomb');
    const last = await eventId(store, 'underground');
    await store.reviewEvent({ eventId: bomb, editor: 'aigerim', decision: 'rejected' });
    await store.reviewEvent({ eventId: last, editor: 'aigerim', decision: 'corrected', when: '1989-10-19' });
    const shown = async (s: Store) => {
      const page = await s.timeline({ limit: 200 });
      return {
        total: page.total,
        items: page.items.map((e) => [e.when, e.review?.decision ?? null, e.sources[0]?.sentenceText]),
      };
    };
    const expected = {
      total: 2,
      items: [
        ['1989-10-19', 'corrected', LAST.text],
        ['1991-08-29', null, CLOSED.text],
      ],
    };
    expect(await shown(store)).toEqual(expected);

    // Same source, newer extractors: the facts are written again.
    await store.close();
    await stampOldExtractor(backend);
    const reopened = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: reopened });
    expect(await reopened.saveArticle(testSite())).toMatchObject({ status: 'updated', reanalysed: true });
    expect(await shown(reopened)).toEqual(expected);
    expect((await reopened.reviewQueue()).total).toBe(0);

    // A new revision with a sentence before: every offset moves, so the events get new ids.
    const lead = { text: 'This page was revised after new archive findings.' };
    expect(await reopened.saveArticle(testSite([lead]))).toMatchObject({ status: 'updated', revision: 2 });
    expect(await eventId(reopened, 'underground')).not.toBe(last);
    expect(await shown(reopened)).toEqual(expected);
    expect((await reopened.reviewQueue()).total).toBe(0);
    expect((await reopened.onThisDay('08-29')).map((e) => e.when)).toEqual(['1991-08-29']);

    // A revision that changes the sentence is a new statement: the old review no longer applies.
    const changed = { ...LAST, text: 'The last underground explosion took place in autumn 1989.' };
    const input = buildArticle({
      sourceId: '501',
      site: 'example.org',
      language: 'en',
      title: 'The Semipalatinsk test site',
      entities: [ENTITY],
      sentences: [BOMB, changed, CLOSED],
    });
    await reopened.saveArticle(input);
    expect((await reopened.reviewQueue()).items.map((e) => e.sources[0]?.sentenceText)).toEqual([changed.text]);
  });

  it('a corrected date moves the event in the timeline, on this day and entity pages; rejected events leave stats', async () => {
    const { backend, store } = await fresh();
    await store.saveArticle(afterClosure());
    await store.addEditor('aigerim');
    const closed = await eventId(store, 'was closed');
    const bomb = await eventId(store, 'atomic bomb');
    expect((await store.timeline({ from: 1991, to: 1991 })).items.map((e) => e.id)).toEqual([closed]);
    expect((await store.stats()).events).toBe(6);

    await store.reviewEvent({ eventId: closed, editor: 'aigerim', decision: 'corrected', when: '2009-12-02' });
    await store.reviewEvent({ eventId: bomb, editor: 'aigerim', decision: 'rejected' });

    /** Everything a reader sees of the two decisions; checked again after each re-extraction. */
    const check = async (s: Store) => {
      const whats = (events: TimelineEvent[]) => events.map((e) => e.what.split(' ').slice(0, 3).join(' '));
      expect((await s.timeline({ from: 1991, to: 1991 })).total).toBe(0);
      const in2009 = await s.timeline({ from: 2009, to: 2009 });
      expect(in2009.total).toBe(4);
      // The cleanup (2005–2012) runs into 2009 and comes first; the rest by date.
      expect(whats(in2009.items)).toEqual([
        'The cleanup of',
        'A museum of',
        'The Semipalatinsk test',
        'A memorial was',
      ]);
      expect(in2009.items[2]).toMatchObject({ when: '2009-12-02', review: { decision: 'corrected' } });
      expect(whats((await s.timeline({ from: 2009, to: 2009, offset: 2, limit: 1 })).items)).toEqual([
        'The Semipalatinsk test',
      ]);
      const ofEntity = await s.timeline({ from: 2009, to: 2009, entity: ENTITY.id, language: 'en' });
      expect(whats(ofEntity.items)).toEqual(['The cleanup of', 'A museum of', 'The Semipalatinsk test']);
      expect(whats(await s.onThisDay('08-29'))).toEqual([]);
      expect((await s.onThisDay('12-02')).map((e) => e.when)).toEqual(['2009-12-02']);
      expect(whats((await s.getEntity(ENTITY.id))?.events ?? [])).toEqual([
        'The cleanup of',
        'A museum of',
        'The Semipalatinsk test',
      ]);
      const all = await s.timeline({ limit: 200 });
      expect(all.items.map((e) => e.when)).toEqual(['1989', '2005/2012', '2009-06-01', '2009-12-02', '2009-12-20']);
      // Pages of 2, with and without a year range, give every event once, in the same order.
      for (const range of [{}, { from: 2009, to: 2009 }, { from: 1900 }]) {
        const whole = await s.timeline({ ...range, limit: 200 });
        const paged: string[] = [];
        for (let offset = 0; offset < whole.total + 2; offset += 2) {
          const page = await s.timeline({ ...range, limit: 2, offset });
          expect(page.total).toBe(whole.total);
          paged.push(...page.items.map((e) => e.id));
        }
        expect(paged).toEqual(whole.items.map((e) => e.id));
      }
      expect((await s.stats()).events).toBe(5);
    };
    await check(store);

    // Same source, newer extractor: the facts are written again under the same ids.
    await store.close();
    await stampOldExtractor(backend);
    const reopened = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: reopened });
    expect(await reopened.saveArticle(testSite())).toMatchObject({ status: 'updated', reanalysed: true });
    await check(reopened);

    // A new revision moves every sentence: new ids, and the reviews apply through their sentences.
    expect(await reopened.saveArticle(testSite([{ text: 'This page was revised.' }]))).toMatchObject({ revision: 2 });
    expect(await eventId(reopened, 'was closed')).not.toBe(closed);
    await check(reopened);

    // Confirming the event again puts it back at the date its article gives.
    await reopened.reviewEvent({
      eventId: await eventId(reopened, 'was closed'),
      editor: 'aigerim',
      decision: 'confirmed',
    });
    expect((await reopened.timeline({ from: 1991, to: 1991 })).total).toBe(1);
    expect((await reopened.onThisDay('12-02')).length).toBe(0);
  });

  it('refuses bad input with a message naming it; an unknown event is null', async () => {
    const { store } = await fresh();
    await store.addEditor('aigerim');
    const last = await eventId(store, 'underground');
    const review = { eventId: last, editor: 'aigerim' } as const;
    await expect(store.reviewEvent({ ...review, editor: 'nobody', decision: 'confirmed' })).rejects.toThrow(
      'editor: no editor named "nobody"',
    );
    await expect(store.reviewEvent({ ...review, decision: 'corrected', when: '29.08.1991' })).rejects.toThrow(
      /when: not a TIMEX3 date or ISO interval: "29.08.1991"/,
    );
    await expect(store.reviewEvent({ ...review, decision: 'corrected', when: '1991-02-30' })).rejects.toThrow(/when:/);
    await expect(store.reviewEvent({ ...review, decision: 'corrected' })).rejects.toThrow(/corrected: give/);
    await expect(store.reviewEvent({ ...review, decision: 'confirmed', what: 'x' })).rejects.toThrow(/when\/what/);
    await expect(store.reviewEvent({ ...review, decision: 'approved' as unknown as 'confirmed' })).rejects.toThrow(
      /decision: not one of/,
    );
    await expect(store.reviewEvent({ ...review, eventId: 'drop table', decision: 'confirmed' })).rejects.toThrow(
      /event: not an event id/,
    );
    expect(await store.reviewEvent({ ...review, eventId: 'ev-0000000000000000', decision: 'confirmed' })).toBeNull();
    expect((await store.auditLog()).total).toBe(0);
    // Intervals and annual days are fine corrections.
    await store.reviewEvent({ ...review, decision: 'corrected', when: '1989/1990' });
    await store.reviewEvent({ ...review, decision: 'corrected', when: 'XXXX-10-19' });
    expect((await store.auditLog()).total).toBe(2);
  });
});
