import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatedEvent } from '../../analyze/types.ts';
import { compareEvents } from '../compare.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';
import { monthDayOf, whenRange } from '../when.ts';

/** Most events compared with each new one; enough for any real topic, bounded for hub entities. */
const MAX_CANDIDATES = 200;

interface Candidate {
  id: string;
  when: string;
  what: string;
  entityIds: string[];
}

/** Context of one article's save, shared by its events. */
export interface SaveContext {
  articleId: number;
  revision: number;
  /** Stable identity (`src:site:id` or `path:…`), so event ids agree between databases. */
  identity: string;
  input: ArticleInput;
  /** Pairs of things already recorded as conflicting in this save. */
  conflictPairs: Set<string>;
}

/**
 * Files each of the article's dated events under a real-world event: the existing event it
 * describes (`compareEvents` says `same`) gains this sentence as a source; otherwise a new event
 * starts. An existing event that `compareEvents` finds dated differently becomes a date conflict
 * naming both articles.
 */
export async function mergeEvents(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  const events = ctx.input.analysis.events;
  const participants = events.map((e) => participantIds(e, ctx.input));
  const generic = genericParticipants(participants);
  for (const [i, event] of events.entries()) {
    const ids = participants[i]!;
    const keys = ids.filter((id) => !generic.has(id));
    const lookup = keys.length ? keys : ids;
    const candidates = lookup.length ? await findCandidates(trx, lookup) : [];
    const mine = { when: event.when, what: event.what, entityIds: ids };
    let home: string | null = null;
    const disagreeing: Candidate[] = [];
    for (const c of candidates) {
      const verdict = compareEvents(mine, c);
      if (verdict === 'same' && home === null) home = c.id;
      else if (verdict === 'conflict') disagreeing.push(c);
    }
    if (home === null) home = await createEvent(trx, ctx, event, ids);
    await addSource(trx, ctx, home, event, ids);
    for (const other of disagreeing) await recordDateConflict(trx, ctx, home, other, event);
  }
}

/** Canonical ids of an event's participants: `entityIds` when analysis gives them, else by name. */
function participantIds(event: DatedEvent, input: ArticleInput): string[] {
  if (event.entityIds?.length) return [...new Set(event.entityIds)].sort();
  const byName = new Map<string, string>();
  for (const e of input.analysis.entities) {
    byName.set(e.name, e.id);
    for (const a of e.aliases) if (!byName.has(a)) byName.set(a, e.id);
  }
  return [...new Set(event.entities.map((n) => byName.get(n)).filter((id): id is string => !!id))].sort();
}

/**
 * Participants in most of this article's events (typically its own country) say little about
 * which event a sentence describes; candidates are looked up by the other participants.
 */
function genericParticipants(participants: string[][]): Set<string> {
  const generic = new Set<string>();
  if (participants.length < 3) return generic;
  const counts = new Map<string, number>();
  for (const ids of participants) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of counts) if (n / participants.length > 0.5) generic.add(id);
  return generic;
}

async function findCandidates(trx: Kysely<Database>, entityIds: string[]): Promise<Candidate[]> {
  const rows = await trx
    .selectFrom('events')
    .select(['events.id', 'events.when_value', 'events.what'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_entities')
          .select('event_entities.event_id')
          .whereRef('event_entities.event_id', '=', 'events.id')
          .where('event_entities.entity_id', 'in', entityIds),
      ),
    )
    .orderBy('events.id')
    .limit(MAX_CANDIDATES)
    .execute();
  if (!rows.length) return [];
  const links = await trx
    .selectFrom('event_entities')
    .select(['event_id', 'entity_id'])
    .distinct()
    .where(
      'event_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const byEvent = new Map<string, string[]>();
  for (const l of links) byEvent.set(l.event_id, [...(byEvent.get(l.event_id) ?? []), l.entity_id]);
  return rows.map((r) => ({ id: r.id, when: r.when_value, what: r.what, entityIds: (byEvent.get(r.id) ?? []).sort() }));
}

async function createEvent(
  trx: Kysely<Database>,
  ctx: SaveContext,
  event: DatedEvent,
  entityIds: string[],
): Promise<string> {
  const seed = `${event.when}|${entityIds.join(',')}|${ctx.identity}|${event.sentence.start}|${event.start ?? ''}`;
  let id = `ev-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
  for (let n = 2; await trx.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst(); n++) {
    id = `${id.split('.')[0]}.${n}`;
  }
  const range = whenRange(event.when);
  await trx
    .insertInto('events')
    .values({
      id,
      when_value: event.when,
      start_date: range?.startDate ?? null,
      end_date: range?.endDate ?? null,
      start_key: range?.startKey ?? null,
      end_key: range?.endKey ?? null,
      year_from: range?.yearFrom ?? null,
      year_to: range?.yearTo ?? null,
      month_day: monthDayOf(event.when),
      what: event.what,
      confidence: event.confidence,
    })
    .execute();
  return id;
}

async function addSource(
  trx: Kysely<Database>,
  ctx: SaveContext,
  eventId: string,
  event: DatedEvent,
  entityIds: string[],
): Promise<void> {
  await trx
    .insertInto('event_sources')
    .values({
      event_id: eventId,
      article_id: ctx.articleId,
      revision: ctx.revision,
      sentence_start: event.sentence.start,
      sentence_end: event.sentence.end,
      sentence_text: ctx.input.text.slice(event.sentence.start, event.sentence.end),
      timex_start: event.start ?? null,
      timex_end: event.end ?? null,
      when_value: event.when,
      what: event.what,
      confidence: event.confidence,
    })
    .execute();
  if (entityIds.length) {
    await trx
      .insertInto('event_entities')
      .values(entityIds.map((entity_id) => ({ event_id: eventId, entity_id, article_id: ctx.articleId })))
      .onConflict((oc) => oc.columns(['event_id', 'entity_id', 'article_id']).doNothing())
      .execute();
  }
  await trx
    .updateTable('events')
    .set({ confidence: event.confidence })
    .where('id', '=', eventId)
    .where('confidence', '<', event.confidence)
    .execute();
}

/** One conflict per pair of events: the other event's sources from other articles against this sentence. */
async function recordDateConflict(
  trx: Kysely<Database>,
  ctx: SaveContext,
  eventId: string,
  other: Candidate,
  event: DatedEvent,
): Promise<void> {
  if (other.id === eventId) return;
  const pair = [eventId, other.id].sort().join('|');
  if (ctx.conflictPairs.has(pair)) return;
  const theirs = await trx
    .selectFrom('event_sources')
    .select(['article_id', 'when_value', 'sentence_start', 'sentence_end', 'sentence_text'])
    .where('event_id', '=', other.id)
    .where('article_id', '!=', ctx.articleId)
    .orderBy('article_id')
    .orderBy('sentence_start')
    .limit(10)
    .execute();
  if (!theirs.length) return;
  ctx.conflictPairs.add(pair);
  const conflict = await trx
    .insertInto('conflicts')
    .values({ kind: 'date', subject: other.what, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('conflict_values')
    .values([
      ...theirs.map((s) => ({
        conflict_id: conflict.id,
        value: s.when_value,
        article_id: s.article_id,
        event_id: other.id,
        sentence_start: s.sentence_start,
        sentence_end: s.sentence_end,
        text: s.sentence_text,
      })),
      {
        conflict_id: conflict.id,
        value: event.when,
        article_id: ctx.articleId,
        event_id: eventId,
        sentence_start: event.sentence.start,
        sentence_end: event.sentence.end,
        text: ctx.input.text.slice(event.sentence.start, event.sentence.end),
      },
    ])
    .execute();
}
