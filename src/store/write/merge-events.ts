import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DatedEvent } from '../../analyze/types.ts';
import { chunks } from '../codec.ts';
import { compareEvents } from '../compare.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';
import { monthDayOf, UNDATED_SORT_KEY, whenRange } from '../when.ts';
import { addToConflict } from './conflicts.ts';

/** Bounds on the events compared with each new one: enough for any real topic, bounded for hub entities. */
const MAX_SAME_DATE_CANDIDATES = 50;
const MAX_OTHER_CANDIDATES = 20;
const MAX_KEY_PARTICIPANTS = 3;
/** Disagreeing events recorded per sentence: a sentence contradicting dozens of events is noise. */
const MAX_CONFLICTS_PER_EVENT = 3;
/** Sources of the other event quoted in a date conflict. */
const MAX_CONFLICT_SOURCES = 10;

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
  const sources: Insertable<Database['event_sources']>[] = [];
  const linked = new ParticipantEvents();
  for (const [i, event] of events.entries()) {
    const ids = participants[i]!;
    const keys = ids.filter((id) => !generic.has(id));
    const lookup = keys.length ? keys : ids;
    const candidates = lookup.length ? await findCandidates(trx, linked, lookup, event.when) : [];
    const mine = { when: event.when, what: event.what, entityIds: ids };
    let found: Candidate | null = null;
    const disagreeing: Candidate[] = [];
    for (const c of candidates) {
      const verdict = compareEvents(mine, c);
      if (verdict === 'same' && found === null) found = c;
      else if (verdict === 'conflict' && disagreeing.length < MAX_CONFLICTS_PER_EVENT) disagreeing.push(c);
    }
    const merged = found !== null;
    const home = found ? found.id : await createEvent(trx, ctx, event, ids);
    sources.push(sourceRow(ctx, home, event));
    const when = found ? found.when : event.when;
    await addParticipants(trx, ctx, home, when, ids);
    linked.added({ id: home, when_value: when, what: found ? found.what : event.what }, ids);
    if (merged) await raiseConfidence(trx, home, event.confidence);
    for (const other of disagreeing) await recordDateConflict(trx, ctx, home, other, event);
  }
  // Sources are only read for other articles' events, so this article's can go in one batch.
  for (const batch of chunks(sources)) await trx.insertInto('event_sources').values(batch).execute();
}

/**
 * Canonical ids of an event's participants: `entityIds` when analysis gives them, else by name.
 * Only entities the article itself lists are kept, so every participant exists in the store.
 */
function participantIds(event: DatedEvent, input: ArticleInput): string[] {
  const known = new Set(input.analysis.entities.map((e) => e.id));
  if (event.entityIds?.length) return [...new Set(event.entityIds.filter((id) => known.has(id)))].sort();
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

/**
 * Events that may be this one: those with the same date sharing a participant, and a bounded
 * number of other events of each key participant (for conflicts). Each query walks an index in
 * id order and stops at its limit, so the cost does not grow with the size of the store, and
 * both databases see the same candidates.
 */
async function findCandidates(
  trx: Kysely<Database>,
  linked: ParticipantEvents,
  entityIds: string[],
  when: string,
): Promise<Candidate[]> {
  const found = new Map<string, EventRow>();
  // Driven by the participants' links on that date (event_entities carries the event's date), so
  // a date shared by thousands of events costs no more than a rare one.
  const sameDate = await trx
    .selectFrom('events')
    .select(['events.id', 'events.when_value', 'events.what'])
    .where('events.id', 'in', (eb) =>
      eb
        .selectFrom('event_entities')
        .select('event_entities.event_id')
        .where('event_entities.entity_id', 'in', entityIds)
        .where('event_entities.when_value', '=', when),
    )
    .orderBy('events.id')
    .limit(MAX_SAME_DATE_CANDIDATES)
    .execute();
  for (const r of sameDate) found.set(r.id, r);
  for (const entityId of entityIds.slice(0, MAX_KEY_PARTICIPANTS)) {
    for (const r of await linked.firstEvents(trx, entityId)) found.set(r.id, r);
  }
  if (!found.size) return [];
  const ids = [...found.keys()].sort();
  const participants = await linked.participants(trx, ids);
  return ids.map((id) => {
    const r = found.get(id)!;
    return { id, when: r.when_value, what: r.what, entityIds: [...(participants.get(id) ?? [])].sort() };
  });
}

interface EventRow {
  id: string;
  when_value: string;
  what: string;
}

/**
 * The first `MAX_OTHER_CANDIDATES` links of each participant in event-id order (one row per
 * linking article, as the index gives them), read once per save and then kept exactly as the
 * database would return them while this save adds links: an article's events share their key
 * participants, so most lookups need no query.
 */
class ParticipantEvents {
  private readonly byEntity = new Map<string, EventRow[]>();
  /** `event\0entity` links this save added; adding one again changes nothing (ON CONFLICT DO NOTHING). */
  private readonly links = new Set<string>();
  /**
   * Participants of events read as candidates, kept exact as this save links events: an article's
   * events mostly share candidates, so each is read once per save instead of once per sentence.
   */
  private readonly participantsOf = new Map<string, Set<string>>();

  /** Each event's distinct participants (any article's links), read only for events not seen yet. */
  async participants(trx: Kysely<Database>, eventIds: string[]): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
    const unseen = eventIds.filter((id) => !this.participantsOf.has(id));
    for (const batch of chunks(unseen)) {
      for (const id of batch) this.participantsOf.set(id, new Set());
      const links = await trx
        .selectFrom('event_entities')
        .select(['event_id', 'entity_id'])
        .where('event_id', 'in', batch)
        .execute();
      for (const l of links) this.participantsOf.get(l.event_id)!.add(l.entity_id);
    }
    return this.participantsOf;
  }

  async firstEvents(trx: Kysely<Database>, entityId: string): Promise<readonly EventRow[]> {
    let rows = this.byEntity.get(entityId);
    if (!rows) {
      rows = await trx
        .selectFrom('event_entities')
        .innerJoin('events', 'events.id', 'event_entities.event_id')
        .select(['events.id', 'events.when_value', 'events.what'])
        .where('event_entities.entity_id', '=', entityId)
        .orderBy('event_entities.event_id')
        .limit(MAX_OTHER_CANDIDATES)
        .execute();
      this.byEntity.set(entityId, rows);
    }
    return rows;
  }

  /**
   * This article now links `event` to these participants: the row enters each cached list where
   * the index orders it. Event ids are `ev-` and hex digits, so string order is the same in
   * JavaScript, SQLite and PostgreSQL collations.
   */
  added(event: EventRow, entityIds: string[]): void {
    const participants = this.participantsOf.get(event.id);
    for (const entityId of entityIds) {
      participants?.add(entityId);
      const key = `${event.id}\u0000${entityId}`;
      if (this.links.has(key)) continue;
      this.links.add(key);
      const rows = this.byEntity.get(entityId);
      if (!rows) continue;
      const at = rows.findIndex((r) => r.id > event.id);
      if (at >= 0) rows.splice(at, 0, event);
      else rows.push(event);
      if (rows.length > MAX_OTHER_CANDIDATES) rows.pop();
    }
  }
}

async function createEvent(
  trx: Kysely<Database>,
  ctx: SaveContext,
  event: DatedEvent,
  entityIds: string[],
): Promise<string> {
  const seed = `${event.when}|${entityIds.join(',')}|${ctx.identity}|${event.sentence.start}|${event.start ?? ''}`;
  const base = `ev-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
  const range = whenRange(event.when);
  const row = {
    when_value: event.when,
    start_date: range?.startDate ?? null,
    end_date: range?.endDate ?? null,
    start_key: range?.startKey ?? null,
    end_key: range?.endKey ?? null,
    year_from: range?.yearFrom ?? null,
    year_to: range?.yearTo ?? null,
    month_day: monthDayOf(event.when),
    sort_key: range?.startKey ?? UNDATED_SORT_KEY,
    what: event.what,
    confidence: event.confidence,
  };
  // Two sentences with the same seed (rare) get `.2`, `.3`…: insert-or-skip, then try the next.
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}.${n}`;
    const inserted = await trx
      .insertInto('events')
      .values({ id, ...row })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return id;
  }
}

function sourceRow(ctx: SaveContext, eventId: string, event: DatedEvent): Insertable<Database['event_sources']> {
  return {
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
  };
}

async function addParticipants(
  trx: Kysely<Database>,
  ctx: SaveContext,
  eventId: string,
  when: string,
  entityIds: string[],
) {
  if (!entityIds.length) return;
  await trx
    .insertInto('event_entities')
    .values(
      entityIds.map((entity_id) => ({ event_id: eventId, entity_id, article_id: ctx.articleId, when_value: when })),
    )
    .onConflict((oc) => oc.columns(['event_id', 'entity_id', 'article_id']).doNothing())
    .execute();
}

/** A merged event is as certain as its most certain source. */
async function raiseConfidence(trx: Kysely<Database>, eventId: string, confidence: number) {
  await trx
    .updateTable('events')
    .set({ confidence })
    .where('id', '=', eventId)
    .where('confidence', '<', confidence)
    .execute();
}

/**
 * Records that this sentence dates `other` differently: one conflict per disagreeing event, with
 * the other event's sources from other articles and this sentence as values.
 */
async function recordDateConflict(
  trx: Kysely<Database>,
  ctx: SaveContext,
  eventId: string,
  other: Candidate,
  event: DatedEvent,
): Promise<void> {
  if (other.id === eventId) return;
  const theirs = await trx
    .selectFrom('event_sources')
    .select(['article_id', 'when_value', 'sentence_start', 'sentence_end', 'sentence_text'])
    .where('event_id', '=', other.id)
    .where('article_id', '!=', ctx.articleId)
    .orderBy('article_id')
    .orderBy('sentence_start')
    .limit(MAX_CONFLICT_SOURCES)
    .execute();
  if (!theirs.length) return;
  await addToConflict(trx, { kind: 'date', key: `date|${other.id}`, subject: other.what }, [
    ...theirs.map((s) => ({
      value: s.when_value,
      articleId: s.article_id,
      eventId: other.id,
      sentence: { start: s.sentence_start, end: s.sentence_end },
      text: s.sentence_text,
    })),
    {
      value: event.when,
      articleId: ctx.articleId,
      eventId,
      sentence: event.sentence,
      text: ctx.input.text.slice(event.sentence.start, event.sentence.end),
    },
  ]);
}
