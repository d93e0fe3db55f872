import type { CompiledQuery, Kysely } from 'kysely';
import type { Entity } from '../../analyze/types.ts';
import { whenRange } from '../../domain/when.ts';
import { chunks, nameKey } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import type { Database } from '../schema.ts';
import { searchFields } from '../search-index/fields.ts';
import type { ArticleInput } from '../types.ts';
import { withdrawFromConflicts } from './conflicts.ts';
import { relinkEvents, withdrawnByEvent } from './event-links.ts';
import type { MergeCache } from './save-context.ts';

/**
 * Withdraws everything the article's previous revision contributed to the fact tables: its
 * mentions, claims, year ranges, event sources and participants, and its side of any conflict.
 * Events left without sources disappear; events still backed by other articles stay, and their
 * ids are returned for merging to group their remaining statements again.
 */
export async function removeFacts(trx: Kysely<Database>, dialect: StoreDialect, articleId: number): Promise<string[]> {
  const counted = await trx
    .selectFrom('mentions')
    .select((eb) => ['entity_id', eb.fn.countAll().as('n')])
    .where('article_id', '=', articleId)
    .groupBy('entity_id')
    .execute();
  await dialect.writeAll(
    trx,
    adjustCounts(
      trx,
      counted.map((c) => ({ entityId: c.entity_id, mentions: -Number(c.n), articles: -1 })),
    ),
  );
  await trx.deleteFrom('mentions').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('claims').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('event_figures').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('article_years').where('article_id', '=', articleId).execute();
  await withdrawFromConflicts(trx, articleId);
  // What link keys the withdrawn statements gave their events is read before they go (`relinkEvents`).
  const withdrawn = withdrawnByEvent(
    await trx
      .selectFrom('event_sources')
      .select(['event_id', 'when_value', 'participants', 'kinds'])
      .where('article_id', '=', articleId)
      .execute(),
  );
  const touched = [...withdrawn.keys()].map((event_id) => ({ event_id }));
  await trx.deleteFrom('event_sources').where('article_id', '=', articleId).execute();
  // Not written since 0029 (event links replaced them); rows of older saves go with their article.
  await trx.deleteFrom('statement_features').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('event_entities').where('article_id', '=', articleId).execute();
  for (const batch of chunks(touched.map((t) => t.event_id))) {
    // A participant stays while any other article still names it in the event.
    await trx
      .deleteFrom('event_participants')
      .where('event_id', 'in', batch)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('event_entities')
              .select('event_entities.event_id')
              .whereRef('event_entities.event_id', '=', 'event_participants.event_id')
              .whereRef('event_entities.entity_id', '=', 'event_participants.entity_id'),
          ),
        ),
      )
      .execute();
    await trx
      .deleteFrom('events')
      .where('id', 'in', batch)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('event_sources').select('event_id').whereRef('event_id', '=', 'events.id'))),
      )
      .execute();
    await restateEvents(trx, batch);
    // The withdrawn statements' link keys go with them.
    await relinkEvents(trx, batch, withdrawn);
  }
  await dialect.unindexArticle(trx, articleId);
  // The events that outlive the withdrawal: merging groups what is left of them again.
  return touched.map((t) => t.event_id);
}

/**
 * Events that outlive a withdrawn source are described again by their remaining sources: the
 * first one's clause, the highest confidence.
 */
async function restateEvents(trx: Kysely<Database>, eventIds: string[]): Promise<void> {
  const sources = await trx
    .selectFrom('event_sources')
    .select(['event_id', 'what', 'confidence'])
    .where('event_id', 'in', eventIds)
    .orderBy('event_id')
    .orderBy('article_id')
    .orderBy('sentence_start')
    .execute();
  const restated = new Map<string, { what: string; confidence: number }>();
  for (const s of sources) {
    const seen = restated.get(s.event_id);
    if (!seen) restated.set(s.event_id, { what: s.what, confidence: s.confidence });
    else seen.confidence = Math.max(seen.confidence, s.confidence);
  }
  for (const [id, { what, confidence }] of restated) {
    await trx.updateTable('events').set({ what, confidence }).where('id', '=', id).execute();
  }
}

/**
 * Entities, names for cross-language lookup, mentions, claims, year ranges and the full-text
 * entry. Only the entities are read and written on the way (a later article reads them); the
 * rest, after `writes` (the save's other rows of this article, nothing reads them before), go
 * in one `writeAll`: on PostgreSQL one round trip instead of seven. Given `send`, that write is
 * handed to it instead of awaited (`writes-ahead.ts`).
 */
export async function writeFacts(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  articleId: number,
  revision: number,
  input: ArticleInput,
  writes: CompiledQuery[] = [],
  cache?: MergeCache,
  send?: (written: Promise<void>) => void,
  counts?: EntityCounts,
): Promise<void> {
  const { analysis, text, meta } = input;
  writes.push(...(await upsertEntities(trx, analysis.entities, cache)));

  const mentions = analysis.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      entity_id: e.id,
      article_id: articleId,
      revision,
      start_pos: m.start,
      end_pos: m.end,
      text: m.text,
      confidence: m.confidence ?? null,
    })),
  );
  for (const batch of chunks(mentions)) writes.push(trx.insertInto('mentions').values(batch).compile());
  const perEntity = new Map<string, number>();
  for (const m of mentions) perEntity.set(m.entity_id, (perEntity.get(m.entity_id) ?? 0) + 1);
  if (counts) for (const [entityId, n] of perEntity) counts.add(entityId, n, 1);
  else {
    writes.push(
      ...adjustCounts(
        trx,
        [...perEntity].map(([entityId, n]) => ({ entityId, mentions: n, articles: 1 })),
      ),
    );
  }

  const subjectIds = subjectIndex(analysis.entities);
  const claims = analysis.claims.map((c) => {
    // The sentence that states the claim, so a conflict can quote it; the claim itself if none covers it.
    const sentence = analysis.sentences.find((s) => s.start <= c.start && c.end <= s.end) ?? c;
    return {
      article_id: articleId,
      revision,
      start_pos: c.start,
      end_pos: c.end,
      text: c.text,
      sentence_start: sentence.start,
      sentence_end: sentence.end,
      sentence_text: text.slice(sentence.start, sentence.end),
      subject: c.subject ?? null,
      subject_key: c.subject ? (subjectIds.get(nameKey(c.subject)) ?? nameKey(c.subject)) : null,
      kind: c.kind,
      value: c.value,
      unit: c.unit ?? null,
      mod: c.mod ?? null,
    };
  });
  for (const batch of chunks(claims)) writes.push(trx.insertInto('claims').values(batch).compile());

  const years = new Map<string, { article_id: number; year_from: number; year_to: number }>();
  for (const t of analysis.timexes) {
    if (t.type !== 'DATE' && t.type !== 'INTERVAL') continue;
    const range = whenRange(t.value);
    if (range)
      years.set(`${range.yearFrom}/${range.yearTo}`, {
        article_id: articleId,
        year_from: range.yearFrom,
        year_to: range.yearTo,
      });
  }
  for (const batch of chunks([...years.values()])) writes.push(trx.insertInto('article_years').values(batch).compile());

  const ranges = [...years.values()].map((y) => ({ from: y.year_from, to: y.year_to }));
  const mentioned = analysis.entities.filter((e) => e.mentions.length > 0).map((e) => e.id);
  writes.push(
    ...dialect.indexWrites(trx, articleId, searchFields(meta.title, text, analysis.language, ranges, mentioned)),
  );
  const written = dialect.writeAll(trx, writes);
  if (send) send(written);
  else await written;
}

/** How much an entity's mention and article counts move. */
interface CountChange {
  entityId: string;
  mentions: number;
  articles: number;
}

/**
 * The updates that move entities' mention and article counts (an article adds its mentions and
 * +1 article to each entity it names, a withdrawn one takes them back). Entities with the same
 * change share one UPDATE, so no two touch the same row, in the order of their ids.
 */
export function adjustCounts(trx: Kysely<Database>, changes: readonly CountChange[]): CompiledQuery[] {
  const byDelta = new Map<string, { mentions: number; articles: number; ids: string[] }>();
  for (const c of changes) {
    if (c.mentions === 0 && c.articles === 0) continue;
    const key = `${c.mentions} ${c.articles}`;
    const group = byDelta.get(key);
    if (group) group.ids.push(c.entityId);
    else byDelta.set(key, { mentions: c.mentions, articles: c.articles, ids: [c.entityId] });
  }
  const updates: CompiledQuery[] = [];
  for (const { mentions, articles, ids } of byDelta.values()) {
    for (const batch of chunks(ids.sort())) {
      updates.push(
        trx
          .updateTable('entities')
          .set((eb) => ({
            mention_count: eb('mention_count', '+', mentions),
            article_count: eb('article_count', '+', articles),
          }))
          .where('id', 'in', batch)
          .compile(),
      );
    }
  }
  return updates;
}

/**
 * The count changes of a batch's saves, summed per entity and written once before the batch
 * commits (`saveAhead`): an entity named by most articles (a country, a city) is then updated
 * once a batch instead of once an article. On PostgreSQL each update of a row is a new row
 * version with an entry in each of the entity indexes, read past by every later look-up until
 * vacuum. Nothing in a save reads the counts, so the sum can wait; it is dropped with the
 * batch when a save fails and the saves are made again one by one.
 */
export class EntityCounts {
  readonly #changes = new Map<string, CountChange>();

  add(entityId: string, mentions: number, articles: number): void {
    const seen = this.#changes.get(entityId);
    if (seen) {
      seen.mentions += mentions;
      seen.articles += articles;
    } else this.#changes.set(entityId, { entityId, mentions, articles });
  }

  updates(trx: Kysely<Database>): CompiledQuery[] {
    return adjustCounts(trx, [...this.#changes.values()]);
  }
}

/** Claim subjects are compared across articles by entity id when the subject names a known entity. */
function subjectIndex(entities: Entity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) index.set(nameKey(n), e.id);
  }
  return index;
}

/**
 * Inserts new entities and widens the aliases of known ones; the first name seen stays canonical.
 * Returns the inserts of their names, which nothing reads during the save.
 */
async function upsertEntities(trx: Kysely<Database>, entities: Entity[], cache?: MergeCache): Promise<CompiledQuery[]> {
  const names: CompiledQuery[] = [];
  // Without a batch's cache, one of this save's own.
  const known = cache?.entities ?? new Map<string, string[] | null>();
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    byId.set(
      e.id,
      seen ? { ...seen, aliases: [...seen.aliases, ...e.aliases], mentions: [...seen.mentions, ...e.mentions] } : e,
    );
  }
  for (const batch of chunks([...byId.values()], 200)) {
    await knownEntities(
      trx,
      { entities: known },
      batch.map((e) => e.id),
    );
    const fresh = batch.filter((e) => !known.get(e.id));
    if (fresh.length) {
      await trx
        .insertInto('entities')
        .values(
          fresh.map((e) => ({
            id: e.id,
            name: e.name,
            type: e.type,
            aliases: JSON.stringify(unique(e.aliases)),
            lat: e.coordinates?.lat ?? null,
            lon: e.coordinates?.lon ?? null,
          })),
        )
        .execute();
      for (const e of fresh) known.set(e.id, unique(e.aliases));
    }
    for (const e of batch) {
      const had = known.get(e.id);
      if (!had) continue;
      const merged = unique([...had, ...e.aliases]);
      if (merged.length !== had.length) {
        await trx
          .updateTable('entities')
          .set({ aliases: JSON.stringify(merged) })
          .where('id', '=', e.id)
          .execute();
        known.set(e.id, merged);
      }
    }
    const keys = new Map<string, { name_key: string; entity_id: string }>();
    for (const e of batch) {
      for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
        const key = nameKey(n);
        if (key) keys.set(`${key}\u0000${e.id}`, { name_key: key, entity_id: e.id });
      }
    }
    for (const rows of chunks([...keys.values()])) {
      names.push(
        trx
          .insertInto('entity_names')
          .values(rows)
          .onConflict((oc) => oc.columns(['name_key', 'entity_id']).doNothing())
          .compile(),
      );
    }
  }
  return names;
}

/** Adds to `cache.entities` the aliases of those of `ids` it does not know yet (null when not stored). */
export async function knownEntities(
  trx: Kysely<Database>,
  cache: Pick<MergeCache, 'entities'>,
  ids: string[],
): Promise<void> {
  for (const batch of chunks(ids.filter((id) => !cache.entities.has(id)))) {
    for (const id of batch) cache.entities.set(id, null);
    const rows = await trx.selectFrom('entities').select(['id', 'aliases']).where('id', 'in', batch).execute();
    for (const r of rows) cache.entities.set(r.id, parseAliases(r.aliases));
  }
}

function parseAliases(value: unknown): string[] {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
