import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { buildArticle, type FixtureEntity, type FixtureSentence } from '../testing/fixtures.ts';
import type { ArticleInput, EntityState, Store } from '../types.ts';

/**
 * Entity edits against SQLite and a fresh PostgreSQL database: each kind of edit changes what
 * readers see at once, outlives re-extraction by a newer extractor and a new revision that moves
 * the sentence, can be undone, and writes one audit row with before and after.
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const ABYLAY: FixtureEntity = { id: 'person:abylay-khan', name: 'Abylay khan', type: 'PERSON' };
const ABYLAI: FixtureEntity = { id: 'person:abylai-khan', name: 'Abylai Khan', type: 'PERSON' };
const ABULKHAIR: FixtureEntity = { id: 'person:abulkhair', name: 'Abulkhair', type: 'PERSON' };
// The wrong link: the ethnonym "Kazakh" read as the newspaper Qazaq.
const QAZAQ: FixtureEntity = { id: 'org:qazaq', name: 'Qazaq', type: 'ORG', forms: ['Qazaq', 'Kazakh'] };
const MENSHEI: FixtureEntity = { id: 'person:menshei', name: 'Меньшей', type: 'PERSON' };

const UNITED: FixtureSentence = {
  text: 'Abylay khan united the Kazakh clans in 1771.',
  event: { when: '1771', dateText: '1771', entityIds: [ABYLAY.id, QAZAQ.id] },
};
const PAPER: FixtureSentence = {
  text: 'The newspaper Qazaq first appeared in 1913.',
  event: { when: '1913', dateText: '1913', entityIds: [QAZAQ.id] },
};
const PROCLAIMED: FixtureSentence = {
  text: 'Abylai Khan was proclaimed in Turkestan in 1711.',
  event: { when: '1711', dateText: '1711', entityIds: [ABYLAI.id] },
};
const JUNIOR: FixtureSentence = {
  text: 'Abulkhair led the Junior Zhuz into the Russian protectorate in 1731.',
  event: { when: '1731', dateText: '1731', entityIds: [ABULKHAIR.id] },
};
const ELDER: FixtureSentence = {
  text: 'Abulkhair founded a khanate of the Uzbeks in 1428, as Меньшей wrote.',
  event: { when: '1428', dateText: '1428', entityIds: [ABULKHAIR.id, MENSHEI.id] },
};
const LEAD: FixtureSentence = { text: 'This revision adds an opening sentence that moves every offset.' };

/** Articles 1–3; `lead` puts a sentence first in each (a new revision that moves every sentence). */
function articles(lead = false): ArticleInput[] {
  const first = lead ? [LEAD] : [];
  return [
    buildArticle({
      sourceId: '601',
      language: 'en',
      title: 'Abylay',
      entities: [ABYLAY, QAZAQ],
      sentences: [...first, UNITED, PAPER],
    }),
    buildArticle({
      sourceId: '602',
      language: 'en',
      title: 'Khans',
      entities: [ABYLAI, ABULKHAIR],
      sentences: [...first, PROCLAIMED, JUNIOR],
    }),
    buildArticle({
      sourceId: '603',
      language: 'en',
      title: 'Uzbeks',
      entities: [ABULKHAIR, MENSHEI],
      sentences: [...first, ELDER],
    }),
  ];
}

async function runSql(backend: TestBackend, statement: string): Promise<void> {
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

describe.each(BACKENDS)('entity edits on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(): Promise<{ backend: TestBackend; store: Store; ids: number[] }> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    const ids: number[] = [];
    for (const a of articles()) ids.push((await store.saveArticle(a)).id);
    await store.addEditor('aigerim');
    return { backend, store, ids };
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  /** Re-extraction by a newer extractor, then a new revision of every article that moves each sentence. */
  async function reextractAndRevise(backend: TestBackend, store: Store): Promise<void> {
    await runSql(backend, "UPDATE revisions SET extractor_version = '0.0.0'");
    for (const a of articles()) expect((await store.saveArticle(a)).reanalysed).toBe(true);
    await checks();
    for (const a of articles(true)) expect((await store.saveArticle(a)).status).toBe('updated');
  }
  let checks: () => Promise<void> = async () => {};

  const eventWith = async (store: Store, words: string) =>
    (await store.timeline({ limit: 200 })).items.find((e) => e.what.includes(words));

  it('merge: mentions, events and names follow, the old id redirects; it survives re-extraction and revisions', async () => {
    const { backend, store, ids } = await fresh();
    const entry = await store.editEntity({
      entityId: ABYLAI.id,
      editor: 'aigerim',
      action: 'merged',
      into: ABYLAY.id,
      note: 'one khan',
    });
    expect(entry).toMatchObject({
      factType: 'entity',
      factKey: ABYLAI.id,
      action: 'merged',
      target: ABYLAY.id,
      note: 'one khan',
      before: { name: 'Abylai Khan', mentionCount: 1, mergedInto: null, deleted: false },
      after: { mentionCount: 0, mergedInto: ABYLAY.id },
    });
    checks = async () => {
      expect(await store.getEntity(ABYLAI.id)).toBeNull();
      expect(await store.entityRedirect(ABYLAI.id)).toBe(ABYLAY.id);
      const kept = await store.getEntity(ABYLAY.id);
      expect(kept).toMatchObject({ name: 'Abylay khan', mentionCount: 2, articleCount: 2 });
      expect(kept?.events.map((e) => e.when).sort()).toEqual(['1711', '1771']);
      expect((await eventWith(store, 'proclaimed'))?.entities.map((e) => e.id)).toEqual([ABYLAY.id]);
      // The old name finds the survivor; the article page links its mention there.
      expect((await store.listEntities({ q: 'Abylai' })).items.map((e) => e.id)).toEqual([ABYLAY.id]);
      const article = await store.getArticle(ids[1] as number);
      expect(article?.analysis.entities.map((e) => e.id)).toContain(ABYLAY.id);
      expect(article?.analysis.entities.map((e) => e.id)).not.toContain(ABYLAI.id);
      expect((await store.listEntities({ limit: 200 })).items.map((e) => e.id)).not.toContain(ABYLAI.id);
      // A timeline filtered by the old id shows the survivor's events.
      expect((await store.timeline({ entity: ABYLAI.id })).items.map((e) => e.when)).toEqual(['1711', '1771']);
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();
    // A new article naming the merged id joins the survivor too.
    await store.saveArticle(
      buildArticle({
        sourceId: '604',
        language: 'en',
        title: 'Later',
        entities: [ABYLAI],
        sentences: [
          { text: 'Abylai Khan died in 1781.', event: { when: '1781', dateText: '1781', entityIds: [ABYLAI.id] } },
        ],
      }),
    );
    expect((await store.getEntity(ABYLAY.id))?.mentionCount).toBe(3);
  });

  it('unlink: a wrong mention leaves the entity (for no entity or one of its own) in every revision', async () => {
    const { backend, store, ids } = await fresh();
    const none = await store.editEntity({
      entityId: QAZAQ.id,
      editor: 'aigerim',
      action: 'unlinked',
      mentions: [{ articleId: ids[0] as number, text: 'Kazakh' }],
      becomes: 'none',
    });
    expect(none).toMatchObject({
      action: 'unlinked',
      target: null,
      before: { mentionCount: 2 },
      after: { mentionCount: 1 },
    });
    checks = async () => {
      const qazaq = await store.getEntity(QAZAQ.id);
      expect(qazaq?.mentions.map((m) => m.text)).toEqual(['Qazaq']);
      expect(qazaq?.events.map((e) => e.when)).toEqual(['1913']);
      expect((await eventWith(store, 'united'))?.entities.map((e) => e.id)).toEqual([ABYLAY.id]);
      const article = await store.getArticle(ids[0] as number);
      const linked = article?.analysis.entities.flatMap((e) => e.mentions.map((m) => m.text));
      expect(linked).not.toContain('Kazakh');
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();

    // Undone, then unlinked again as an entity of its own.
    await store.undoEntityEdit({ editId: none?.editId as number, editor: 'aigerim' });
    expect((await store.getEntity(QAZAQ.id))?.mentionCount).toBe(2);
    const own = await store.editEntity({
      entityId: QAZAQ.id,
      editor: 'aigerim',
      action: 'unlinked',
      mentions: [{ articleId: null, text: 'kazakh' }],
      becomes: 'own',
    });
    expect(own?.target).toBe('org:kazakh');
    expect(await store.getEntity('org:kazakh')).toMatchObject({ name: 'Kazakh', type: 'ORG', mentionCount: 1 });
    expect((await eventWith(store, 'united'))?.entities.map((e) => e.id).sort()).toEqual(['org:kazakh', ABYLAY.id]);
  });

  it('split: chosen mentions go to a new entity with their events, in every revision, and the split can be undone', async () => {
    const { backend, store, ids } = await fresh();
    const entry = await store.editEntity({
      entityId: ABULKHAIR.id,
      editor: 'aigerim',
      action: 'split',
      mentions: [{ articleId: ids[2] as number, text: 'Abulkhair' }],
      name: 'Abulkhair Khan (Uzbek)',
    });
    const created = entry?.target as string;
    expect(created).toBe('person:abulkhair-khan-uzbek');
    checks = async () => {
      const kept = await store.getEntity(ABULKHAIR.id);
      expect(kept?.mentions.map((m) => m.articleId)).toEqual([ids[1]]);
      expect(kept?.events.map((e) => e.when)).toEqual(['1731']);
      const split = await store.getEntity(created);
      expect(split).toMatchObject({ name: 'Abulkhair Khan (Uzbek)', type: 'PERSON', mentionCount: 1 });
      expect(split?.events.map((e) => e.when)).toEqual(['1428']);
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();
    const undone = await store.undoEntityEdit({ editId: entry?.editId as number, editor: 'aigerim', note: 'wrong' });
    expect(undone).toMatchObject({
      action: 'undone',
      editId: entry?.editId,
      before: { mentionCount: 1 },
      after: { mentionCount: 2 },
    });
    expect((await store.getEntity(ABULKHAIR.id))?.events.map((e) => e.when)).toEqual(['1428', '1731']);
    expect((await store.getEntity(created))?.mentionCount ?? 0).toBe(0);
  });

  it('rename per language and everywhere, retype, and their undo', async () => {
    const { backend, store } = await fresh();
    const kk = await store.editEntity({
      entityId: ABYLAY.id,
      editor: 'aigerim',
      action: 'renamed',
      name: 'Абылай хан',
      language: 'kk',
    });
    const all = await store.editEntity({
      entityId: ABYLAY.id,
      editor: 'aigerim',
      action: 'renamed',
      name: 'Ablai Khan',
    });
    const retype = await store.editEntity({ entityId: MENSHEI.id, editor: 'aigerim', action: 'retyped', type: 'WORK' });
    checks = async () => {
      // A rename everywhere comes after the Kazakh one, so it wins in every language.
      expect(await store.getEntity(ABYLAY.id)).toMatchObject({
        name: 'Ablai Khan',
        names: { kk: 'Ablai Khan', ru: 'Ablai Khan', en: 'Ablai Khan' },
      });
      expect((await eventWith(store, 'united'))?.entities.find((e) => e.id === ABYLAY.id)?.name).toBe('Ablai Khan');
      expect((await store.getEntity(MENSHEI.id))?.type).toBe('WORK');
      expect((await store.listEntities({ q: 'Ablai' })).items.map((e) => e.id)).toContain(ABYLAY.id);
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();
    await store.undoEntityEdit({ editId: all?.editId as number, editor: 'aigerim' });
    expect(await store.getEntity(ABYLAY.id)).toMatchObject({ name: 'Abylay khan', names: { kk: 'Абылай хан' } });
    await store.undoEntityEdit({ editId: kk?.editId as number, editor: 'aigerim' });
    expect((await store.getEntity(ABYLAY.id))?.names).toBeUndefined();
    await store.undoEntityEdit({ editId: retype?.editId as number, editor: 'aigerim' });
    expect((await store.getEntity(MENSHEI.id))?.type).toBe('PERSON');
    await expect(store.undoEntityEdit({ editId: retype?.editId as number, editor: 'aigerim' })).rejects.toThrow(
      /already undone/,
    );
  });

  it('delete: a false entity leaves every page and event, for good, until undone', async () => {
    const { backend, store } = await fresh();
    const entry = await store.editEntity({
      entityId: MENSHEI.id,
      editor: 'aigerim',
      action: 'deleted',
      note: 'not a name',
    });
    expect(entry).toMatchObject({
      action: 'deleted',
      before: { deleted: false, mentionCount: 1 },
      after: { deleted: true, mentionCount: 0 },
    });
    checks = async () => {
      expect(await store.getEntity(MENSHEI.id)).toBeNull();
      expect((await store.listEntities({ limit: 200 })).items.map((e) => e.id)).not.toContain(MENSHEI.id);
      expect((await eventWith(store, 'Uzbeks'))?.entities.map((e) => e.id)).toEqual([ABULKHAIR.id]);
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();
    await store.undoEntityEdit({ editId: entry?.editId as number, editor: 'aigerim' });
    expect((await store.getEntity(MENSHEI.id))?.mentionCount).toBe(1);
    expect((await eventWith(store, 'Uzbeks'))?.entities.map((e) => e.id).sort()).toEqual([ABULKHAIR.id, MENSHEI.id]);
  });

  it('undoing a merge brings the merged entity back; the audit log has one row per action with before and after', async () => {
    const { store } = await fresh();
    const merged = await store.editEntity({
      entityId: ABYLAI.id,
      editor: 'aigerim',
      action: 'merged',
      into: ABYLAY.id,
    });
    expect((await store.auditLog()).total).toBe(1);
    const undone = await store.undoEntityEdit({
      editId: merged?.editId as number,
      editor: 'aigerim',
      note: 'two people',
    });
    expect(await store.entityRedirect(ABYLAI.id)).toBeNull();
    expect((await store.getEntity(ABYLAI.id))?.events.map((e) => e.when)).toEqual(['1711']);
    expect((await store.getEntity(ABYLAY.id))?.mentionCount).toBe(1);
    const log = await store.auditLog();
    expect(log.total).toBe(2);
    const state = (s: unknown) => s as EntityState;
    expect(
      log.items.map((e) => [e.action, e.factKey, e.editId, state(e.before).mergedInto, state(e.after).mergedInto]),
    ).toEqual([
      ['undone', ABYLAI.id, merged?.editId, ABYLAY.id, null],
      ['merged', ABYLAI.id, merged?.editId, null, ABYLAY.id],
    ]);
    expect(undone?.note).toBe('two people');
    // Both entities' review pages show the history; the survivor's lists the merge into it.
    const review = await store.entityReview(ABYLAY.id);
    expect(review?.history.map((e) => e.action)).toEqual(['undone', 'merged']);
    expect(review?.edits).toEqual([]);
    expect(review?.mentionGroups).toMatchObject([{ text: 'Abylay khan', count: 1, title: 'Abylay' }]);
  });

  it('split back under the name of an entity merged into it: the merged entity returns with those mentions', async () => {
    const { backend, store, ids } = await fresh();
    await store.editEntity({ entityId: ABYLAI.id, editor: 'aigerim', action: 'merged', into: ABYLAY.id });
    const split = await store.editEntity({
      entityId: ABYLAY.id,
      editor: 'aigerim',
      action: 'split',
      mentions: [{ articleId: ids[1] as number, text: 'Abylai Khan' }],
      name: 'Abylai Khan',
    });
    expect(split?.target).toBe(ABYLAI.id);
    checks = async () => {
      expect(await store.entityRedirect(ABYLAI.id)).toBeNull();
      expect(await store.getEntity(ABYLAI.id)).toMatchObject({ mentionCount: 1, articleCount: 1 });
      expect((await store.getEntity(ABYLAI.id))?.events.map((e) => e.when)).toEqual(['1711']);
      expect((await store.getEntity(ABYLAY.id))?.events.map((e) => e.when)).toEqual(['1771']);
    };
    await checks();
    await reextractAndRevise(backend, store);
    await checks();
  });

  it('refuses bad edits with a message naming the field, and answers null for an absent entity', async () => {
    const { store, ids } = await fresh();
    const base = { entityId: ABYLAY.id, editor: 'aigerim' } as const;
    await expect(store.editEntity({ ...base, editor: 'nobody', action: 'deleted' })).rejects.toThrow(
      /no editor named "nobody"/,
    );
    await expect(store.editEntity({ ...base, action: 'merged', into: ABYLAY.id })).rejects.toThrow(/into: .* itself/);
    await expect(store.editEntity({ ...base, action: 'merged', into: 'person:nobody' })).rejects.toThrow(
      /into: no entity/,
    );
    await expect(store.editEntity({ ...base, action: 'renamed', name: '  ' })).rejects.toThrow(/name: must be 1–200/);
    await expect(store.editEntity({ ...base, action: 'retyped', type: 'PERSON' })).rejects.toThrow(/already PERSON/);
    await expect(
      store.editEntity({
        ...base,
        action: 'split',
        name: 'X',
        mentions: [{ articleId: ids[1] as number, text: 'Abylay khan' }],
      }),
    ).rejects.toThrow(/mentions.0: person:abylay-khan has no mention "Abylay khan" in article/);
    await expect(store.editEntity({ ...base, action: 'unlinked', mentions: [], becomes: 'none' })).rejects.toThrow(
      /mentions: choose/,
    );
    expect(await store.editEntity({ ...base, entityId: 'person:nobody', action: 'deleted' })).toBeNull();
    await store.editEntity({ ...base, action: 'merged', into: ABYLAI.id });
    // A merged-away entity is no longer one to edit.
    expect(await store.editEntity({ ...base, action: 'deleted' })).toBeNull();
    expect(await store.undoEntityEdit({ editId: 999, editor: 'aigerim' })).toBeNull();
    expect((await store.auditLog()).total).toBe(1);
  });
});
