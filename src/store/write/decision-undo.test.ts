import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { buildArticle, type FixtureSentence } from '../testing/fixtures.ts';
import type { ArticleInput, Store } from '../types.ts';

/**
 * History and undo of event decisions, and editors' review of conflicts, against SQLite and a
 * fresh PostgreSQL database: undo puts back the review in force before, refuses an older
 * decision, and a dismissed conflict stays dismissed through re-extraction and moved sentences.
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const SITE = { id: 'place:semipalatinsk-test-site', name: 'Semipalatinsk test site', type: 'PLACE' as const };
const NAZARBAYEV = { id: 'person:nursultan-nazarbayev', name: 'Nursultan Nazarbayev', type: 'PERSON' as const };
const LEAD: FixtureSentence = { text: 'This page was revised after new archive findings.' };

/** The test site's closure as one article dates it, and how many explosions it counts. */
function closing(sourceId: string, year: number, explosions: number, lead: FixtureSentence[] = []): ArticleInput {
  return buildArticle({
    sourceId,
    site: 'example.org',
    language: 'en',
    title: `Closing the test site (${sourceId})`,
    entities: [SITE, NAZARBAYEV],
    sentences: [
      ...lead,
      {
        text: `Nursultan Nazarbayev signed the decree that closed the Semipalatinsk test site on 29 August ${year}.`,
        event: {
          when: `${year}-08-29`,
          dateText: `29 August ${year}`,
          entityIds: [NAZARBAYEV.id, SITE.id],
          confidence: 0.5,
        },
      },
      {
        text: `The steppe around it counted ${explosions} explosions.`,
        claim: { text: `${explosions} explosions`, kind: 'count', value: explosions, subject: SITE.name },
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

describe.each(BACKENDS)('decision undo and conflict review on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(...articles: ArticleInput[]): Promise<{ backend: TestBackend; store: Store }> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    for (const a of articles) await store.saveArticle(a);
    await store.addEditor('aigerim');
    await store.addEditor('dmitry');
    return { backend, store };
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  const closedEvent = async (store: Store) => {
    const event = (await store.timeline({ limit: 50 })).items.find((e) => e.what.includes('closed'));
    if (!event) throw new Error('no closure event');
    return event;
  };

  it('undo puts back the review in force before, is logged, and refuses a decision a later one replaced', async () => {
    const { store } = await fresh(closing('701', 1991, 456));
    const { id } = await closedEvent(store);
    const confirmed = await store.reviewEvent({ eventId: id, editor: 'aigerim', decision: 'confirmed' });
    const corrected = await store.reviewEvent({
      eventId: id,
      editor: 'dmitry',
      decision: 'corrected',
      when: '1991-08',
      note: 'the day is unsure',
    });
    expect((await closedEvent(store)).when).toBe('1991-08');

    // The confirmation is no longer the latest: refused, naming the correction.
    await expect(store.undoDecision({ auditId: confirmed!.id, editor: 'aigerim' })).rejects.toThrow(
      new RegExp(
        `decision: ${confirmed!.id} \\(confirmed on ${id}\\) is not the latest: ${corrected!.id} \\(corrected by dmitry`,
      ),
    );
    const undo = await store.undoDecision({ auditId: corrected!.id, editor: 'aigerim', note: 'keep the day' });
    expect(undo).toMatchObject({
      factType: 'event',
      factKey: id,
      action: 'undone',
      editor: 'aigerim',
      undid: corrected!.id,
      before: { decision: 'corrected', when: '1991-08' },
      after: { decision: 'confirmed', when: '1991-08-29' },
      note: 'keep the day',
    });
    // The confirmation is in force again, as aigerim made it.
    const shown = await closedEvent(store);
    expect([shown.when, shown.review?.decision, shown.review?.editor]).toEqual(['1991-08-29', 'confirmed', 'aigerim']);

    // Undoing the undo makes the correction again; then everything can be undone, latest first.
    const redo = await store.undoDecision({ auditId: undo!.id, editor: 'dmitry' });
    expect(redo).toMatchObject({
      action: 'undone',
      undid: undo!.id,
      after: { decision: 'corrected', when: '1991-08' },
    });
    expect((await closedEvent(store)).when).toBe('1991-08');
    await store.undoDecision({ auditId: redo!.id, editor: 'dmitry' });
    await store.undoDecision({ auditId: confirmed!.id, editor: 'dmitry' }).catch((err: Error) => {
      // The confirmation still has later rows (the undos): the latest of them goes first.
      expect(err.name).toBe('StoreConflictError');
    });
    const log = await store.auditLog();
    // One audit row per action, each with before and after.
    expect(log.items.map((e) => [e.action, e.before && 'decision' in e.before ? e.before.decision : '?'])).toEqual([
      ['undone', 'corrected'],
      ['undone', 'confirmed'],
      ['undone', 'corrected'],
      ['corrected', 'confirmed'],
      ['confirmed', null],
    ]);
    const history = await store.eventHistory(id);
    expect(history?.map((e) => e.id)).toEqual([...log.items.map((e) => e.id)].reverse());
    expect(await store.eventHistory('ev-0000000000000000')).toBeNull();
    expect(await store.undoDecision({ auditId: 9999, editor: 'aigerim' })).toBeNull();
  });

  it('undoing the only decision puts the event back in the queue', async () => {
    const { store } = await fresh(closing('701', 1991, 456));
    const { id } = await closedEvent(store);
    const rejected = await store.reviewEvent({ eventId: id, editor: 'aigerim', decision: 'rejected' });
    expect((await store.reviewQueue()).total).toBe(0);
    expect((await store.stats()).events).toBe(0);
    const undo = await store.undoDecision({ auditId: rejected!.id, editor: 'aigerim' });
    expect(undo?.after).toEqual({ decision: null, when: '1991-08-29', what: expect.stringContaining('closed') });
    expect((await store.reviewQueue()).items.map((e) => e.id)).toEqual([id]);
    expect((await closedEvent(store)).review).toBeUndefined();
  });

  it('history and undo follow the statement after re-extraction and a revision that moves it to another id', async () => {
    const { backend, store } = await fresh(closing('701', 1991, 456));
    const { id } = await closedEvent(store);
    const decision = await store.reviewEvent({ eventId: id, editor: 'aigerim', decision: 'corrected', when: '1991' });
    await store.close();
    await stampOldExtractor(backend);
    const reopened = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: reopened });
    expect(await reopened.saveArticle(closing('701', 1991, 456))).toMatchObject({ reanalysed: true });
    expect(await reopened.saveArticle(closing('701', 1991, 456, [LEAD]))).toMatchObject({ revision: 2 });
    const moved = await closedEvent(reopened);
    expect(moved.id).not.toBe(id);
    expect(moved.when).toBe('1991');
    expect((await reopened.eventHistory(moved.id))?.map((e) => [e.id, e.factKey])).toEqual([[decision!.id, id]]);
    const undo = await reopened.undoDecision({ auditId: decision!.id, editor: 'dmitry' });
    expect(undo?.after).toMatchObject({ decision: null, when: '1991-08-29' });
    expect((await closedEvent(reopened)).when).toBe('1991-08-29');
    expect((await reopened.eventHistory(moved.id))?.map((e) => e.action)).toEqual(['corrected', 'undone']);
  });

  it('a dismissed conflict leaves conflicts and stats, survives re-extraction and moved sentences, and comes back on undo', async () => {
    const { backend, store } = await fresh(closing('701', 1991, 456), closing('702', 1990, 468));
    const conflicts = await store.listConflicts();
    expect(conflicts.items.map((c) => c.kind).sort()).toEqual(['date', 'value']);
    const date = conflicts.items.find((c) => c.kind === 'date')!;
    const value = conflicts.items.find((c) => c.kind === 'value')!;
    expect((await closedEvent(store)).conflicted).toBe(true);

    const dismissed = await store.reviewConflict({
      conflictId: date.id,
      editor: 'aigerim',
      decision: 'dismissed',
      note: 'two closures, not one',
    });
    expect(dismissed).toMatchObject({
      factType: 'conflict',
      factKey: expect.stringMatching(/^cf-[0-9a-f]{16}$/),
      action: 'dismissed',
      before: { decision: null, values: ['1990-08-29', '1991-08-29'] },
      after: { decision: 'dismissed', subject: date.subject },
    });
    const readers = async (s: Store) => ({
      shown: (await s.listConflicts()).items.map((c) => c.kind),
      stats: (await s.stats()).conflicts,
      dismissed: (await s.dismissedConflicts()).items.map((c) => c.kind),
    });
    const hidden = { shown: ['value'], stats: 1, dismissed: ['date'] };
    expect(await readers(store)).toEqual(hidden);
    expect((await store.timeline({ limit: 50 })).items.every((e) => !e.conflicted)).toBe(true);
    // The claims' conflict is another disagreement: dismissing one leaves the other.
    expect((await store.conflictReview(value.id))?.review).toBeNull();

    // A newer extractor, then revisions that move every sentence: the conflict is recomputed under
    // other ids and keys, and stays dismissed.
    await store.close();
    await stampOldExtractor(backend);
    const reopened = await backend.open();
    open.push({ backend: { ...backend, drop: async () => {} }, store: reopened });
    await reopened.saveArticle(closing('701', 1991, 456));
    await reopened.saveArticle(closing('702', 1990, 468));
    expect(await reopened.saveArticle(closing('701', 1991, 456, [LEAD]))).toMatchObject({ revision: 2 });
    expect(await reopened.saveArticle(closing('702', 1990, 468, [LEAD, LEAD]))).toMatchObject({ revision: 2 });
    expect(await readers(reopened)).toEqual(hidden);
    const recomputed = (await reopened.dismissedConflicts()).items[0]!;
    const review = await reopened.conflictReview(recomputed.id);
    expect(review?.review).toMatchObject({ key: dismissed!.factKey, decision: 'dismissed', editor: 'aigerim' });
    expect(review?.history.map((e) => e.id)).toEqual([dismissed!.id]);

    // Undo brings it back, one audit row more.
    const undo = await reopened.undoDecision({ auditId: dismissed!.id, editor: 'dmitry' });
    expect(undo).toMatchObject({
      factType: 'conflict',
      factKey: dismissed!.factKey,
      action: 'undone',
      before: { decision: 'dismissed' },
      after: { decision: null },
    });
    expect(await readers(reopened)).toEqual({ shown: ['date', 'value'], stats: 2, dismissed: [] });
    const back = (await reopened.listConflicts()).items.find((c) => c.kind === 'date')!;
    expect((await reopened.conflictReview(back.id))?.history.map((e) => e.action)).toEqual(['dismissed', 'undone']);

    // Dismissed again, then a third article with another date: a disagreement the editor did not see.
    await reopened.reviewConflict({ conflictId: back.id, editor: 'aigerim', decision: 'dismissed' });
    expect((await readers(reopened)).shown).toEqual(['value']);
    await reopened.saveArticle(closing('703', 1989, 456));
    expect((await readers(reopened)).shown.sort()).toEqual(['date', 'value']);
    expect((await reopened.auditLog()).total).toBe(3);
  });

  it('refuses bad input naming it; unknown conflicts and rows that are not decisions', async () => {
    const { store } = await fresh(closing('701', 1991, 456), closing('702', 1990, 468));
    const [first] = (await store.listConflicts()).items;
    await expect(
      store.reviewConflict({ conflictId: first!.id, editor: 'aigerim', decision: 'maybe' as 'dismissed' }),
    ).rejects.toThrow(/decision: not one of dismissed, confirmed: "maybe"/);
    await expect(store.reviewConflict({ conflictId: 0, editor: 'aigerim', decision: 'dismissed' })).rejects.toThrow(
      /conflict: not a conflict id/,
    );
    await expect(
      store.reviewConflict({ conflictId: first!.id, editor: 'nobody', decision: 'dismissed' }),
    ).rejects.toThrow(/editor: no editor named "nobody"/);
    expect(await store.reviewConflict({ conflictId: 9999, editor: 'aigerim', decision: 'dismissed' })).toBeNull();
    expect(await store.conflictReview(9999)).toBeNull();
    await expect(store.undoDecision({ auditId: -1, editor: 'aigerim' })).rejects.toThrow(/decision: not an audit id/);
    const admin = await store.addEditor('admin', { role: 'admin' });
    await store.setEditorAccess({ editor: 'dmitry', enabled: false, by: admin.editor.name });
    const row = (await store.auditLog()).items.find((e) => e.factType === 'editor')!;
    await expect(store.undoDecision({ auditId: row.id, editor: 'aigerim' })).rejects.toThrow(
      /which is not a decision that can be undone/,
    );
    const note = 'x'.repeat(1001);
    await expect(store.undoDecision({ auditId: row.id, editor: 'aigerim', note })).rejects.toThrow(
      /note: at most 1000/,
    );
  });
});
