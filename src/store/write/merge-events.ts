import { createHash } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DatedEvent } from '../../analyze/types.ts';
import { monthDayOf, UNDATED_SORT_KEY, whenRange } from '../../domain/when.ts';
import { chunks } from '../codec.ts';
import { type ComparableEvent, compareEvents, datesMayConflict, mayConflict, sameWhen } from '../compare.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';
import { addToConflict } from './conflicts.ts';

/** Bounds on the events compared with each new one: enough for any real topic, bounded for hub entities. */
const MAX_SAME_DATE_CANDIDATES = 50;
const MAX_OTHER_CANDIDATES = 20;
const MAX_KEY_PARTICIPANTS = 3;
/** Disagreeing events recorded per sentence: a sentence contradicting dozens of events is noise. */
const MAX_CONFLICTS_PER_EVENT = 3;
/** Sources of the other event quoted in a date conflict. */
const MAX_CONFLICT_SOURCES = 10;

/** Context of one article's save, shared by its events. */
export interface SaveContext {
  articleId: number;
  revision: number;
  /** Stable identity (`src:site:id` or `path:…`), so event ids agree between databases. */
  identity: string;
  input: ArticleInput;
  /**
   * What earlier saves of the same transaction read and wrote about events; absent, the save
   * reads afresh. Only valid while nothing else writes events: the transaction holds the write lock.
   */
  events?: MergeCache;
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
  const links: Insertable<Database['event_entities']>[] = [];
  const linked = ctx.events ?? new MergeCache();
  for (const [i, event] of events.entries()) {
    const ids = participants[i]!;
    const keys = ids.filter((id) => !generic.has(id));
    const lookup = keys.length ? keys : ids;
    const candidates = lookup.length ? await findCandidates(trx, linked, lookup, event.when) : [];
    const { found, disagreeing } = await judge(
      trx,
      linked,
      { when: event.when, what: event.what, entityIds: ids },
      candidates,
    );
    const merged = found !== null;
    const home = found ? found.id : await createEvent(trx, ctx, event, ids);
    sources.push(sourceRow(ctx, home, event));
    const when = found ? found.when_value : event.when;
    const fresh = linked.added({ id: home, when_value: when, what: found ? found.what : event.what }, ids);
    await addParticipants(trx, home, when, fresh);
    for (const entity_id of ids) links.push({ event_id: home, entity_id, article_id: ctx.articleId, when_value: when });
    if (merged) await raiseConfidence(trx, home, event.confidence);
    for (const other of disagreeing) await recordDateConflict(trx, ctx, home, other, event);
  }
  // Sources and this article's links are only read for other articles' events (the merge reads
  // event_participants), so they go in a few multi-row inserts at the end.
  for (const batch of chunks(sources)) await trx.insertInto('event_sources').values(batch).execute();
  for (const batch of chunks(links)) {
    await trx
      .insertInto('event_entities')
      .values(batch)
      .onConflict((oc) => oc.columns(['event_id', 'entity_id', 'article_id']).doNothing())
      .execute();
  }
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
 * number of other events of each key participant (for conflicts), in id order. Each list is an
 * index range walked in id order up to its limit, so the cost does not grow with the size of the
 * store, and both databases see the same candidates.
 */
async function findCandidates(
  trx: Kysely<Database>,
  linked: MergeCache,
  entityIds: string[],
  when: string,
): Promise<EventRef[]> {
  const found = new Map<string, EventRef>();
  // The first events by id of any of the participants on this date, as one ORDER BY … LIMIT over
  // their union would give them: each participant's own first ones hold them all.
  const onDate = new Map<string, EventRef>();
  for (const entityId of entityIds) for (const r of await linked.firstOnDate(trx, entityId, when)) onDate.set(r.id, r);
  const sameDate = [...onDate.values()].sort(byId).slice(0, MAX_SAME_DATE_CANDIDATES);
  for (const r of sameDate) found.set(r.id, r);
  for (const entityId of entityIds.slice(0, MAX_KEY_PARTICIPANTS)) {
    for (const r of await linked.firstEvents(trx, entityId)) found.set(r.id, r);
  }
  return [...found.values()].sort(byId);
}

/** Candidates whose descriptions and participants are read at a time, in id order. */
const JUDGE_CHUNK = 16;

/**
 * The first candidate (in id order) that `compareEvents` finds the same event, and the first
 * `MAX_CONFLICTS_PER_EVENT` it finds in conflict. Only a candidate dated alike can be the same and
 * only one dated otherwise can conflict, so candidates that cannot change the answer are skipped
 * before anything more of them is read: the same-dated ones once a match is found, the others
 * once enough conflicts are, or when their dates and predicates already rule a conflict out.
 * Only the overlap with this event's participants is read: it is all `compareEvents` looks at,
 * and a much-told event can have hundreds.
 */
async function judge(
  trx: Kysely<Database>,
  linked: MergeCache,
  mine: ComparableEvent,
  candidates: EventRef[],
): Promise<{ found: EventRow | null; disagreeing: EventRow[] }> {
  let found: EventRow | null = null;
  const disagreeing: EventRow[] = [];
  // Predicates are needed to rule out conflicts, but only where the dates allow one.
  const rows = await linked.rows(
    trx,
    candidates.filter((c) => datesMayConflict(mine, { when: c.when_value })).map((c) => c.id),
  );
  const worth = (c: EventRef) => {
    if (sameWhen(mine, { when: c.when_value })) return found === null;
    const row = rows.get(c.id);
    return (
      disagreeing.length < MAX_CONFLICTS_PER_EVENT &&
      !!row &&
      mayConflict(mine, { when: row.when_value, what: row.what })
    );
  };
  let shared = new Map<string, string[]>();
  for (const [i, c] of candidates.entries()) {
    if (found !== null && disagreeing.length >= MAX_CONFLICTS_PER_EVENT) break;
    if (!worth(c)) continue;
    if (!shared.has(c.id)) {
      const next = candidates
        .slice(i)
        .filter(worth)
        .slice(0, JUDGE_CHUNK)
        .map((n) => n.id);
      for (const [id, row] of await linked.rows(trx, next)) rows.set(id, row);
      shared = await linked.sharedParticipants(trx, next, mine.entityIds);
    }
    const row = rows.get(c.id);
    if (!row) continue;
    const verdict = compareEvents(mine, { when: row.when_value, what: row.what, entityIds: shared.get(c.id) ?? [] });
    if (verdict === 'same') found = row;
    else if (verdict === 'conflict') disagreeing.push(row);
  }
  return { found, disagreeing };
}

/** An event as the participant index lists it: its id and date. */
interface EventRef {
  id: string;
  when_value: string;
}

interface EventRow extends EventRef {
  what: string;
}

/** Event ids are `ev-` and hex digits, so this order is the same in JavaScript, SQLite and PostgreSQL collations. */
const byId = (a: EventRef, b: EventRef) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What the merges read about existing events (and claims), read once and then kept exactly as the
 * database would return it while saves add events and participants: an article's events, and neighbouring
 * articles in one transaction, share participants and dates, so most lookups need no query. Must
 * be dropped when events change any other way (a rolled-back save, withdrawn facts).
 * - the first `MAX_OTHER_CANDIDATES` events of each participant, by id;
 * - the first `MAX_SAME_DATE_CANDIDATES` events of each participant on a date, by id;
 * - whether an event has a participant;
 * - events' dates and descriptions.
 */
export class MergeCache {
  private readonly byEntity = new Map<string, EventRef[]>();
  private readonly byEntityOnDate = new Map<string, EventRef[]>();
  /** `event\0entity` → whether the event has that participant, for pairs read or added so far. */
  private readonly pairs = new Map<string, boolean>();
  private readonly events = new Map<string, EventRow>();
  /**
   * Claims of a kind and subject (`kind\0subject_key`): the first `MAX_CANDIDATES` by id of any
   * article, kept as the database would return them while saves add claims (`merge-claims.ts`).
   */
  readonly claims = new Map<string, Selectable<Database['claims']>[]>();

  /** Forgets everything read: the next lookups read the database again. */
  clear(): void {
    this.byEntity.clear();
    this.byEntityOnDate.clear();
    this.pairs.clear();
    this.events.clear();
    this.claims.clear();
  }

  /** These events' dates and descriptions (events that do not exist are absent). */
  async rows(trx: Kysely<Database>, ids: string[]): Promise<Map<string, EventRow>> {
    const unread = ids.filter((id) => !this.events.has(id));
    for (const batch of chunks(unread)) {
      const rows = await trx
        .selectFrom('events')
        .select(['id', 'when_value', 'what'])
        .where('id', 'in', batch)
        .execute();
      for (const r of rows) this.events.set(r.id, r);
    }
    const out = new Map<string, EventRow>();
    for (const id of ids) {
      const row = this.events.get(id);
      if (row) out.set(id, row);
    }
    return out;
  }

  /** For each event, which of `entityIds` it has as participants (sorted), reading only pairs not known yet. */
  async sharedParticipants(
    trx: Kysely<Database>,
    eventIds: string[],
    entityIds: string[],
  ): Promise<Map<string, string[]>> {
    const unknownEvents = eventIds.filter((e) => entityIds.some((p) => !this.pairs.has(pairKey(e, p))));
    for (const batch of chunks(unknownEvents)) {
      const rows = await trx
        .selectFrom('event_participants')
        .select(['event_id', 'entity_id'])
        .where('event_id', 'in', batch)
        .where('entity_id', 'in', entityIds)
        .execute();
      for (const r of rows) this.pairs.set(pairKey(r.event_id, r.entity_id), true);
      for (const e of batch) {
        for (const p of entityIds) if (!this.pairs.has(pairKey(e, p))) this.pairs.set(pairKey(e, p), false);
      }
    }
    const shared = new Map<string, string[]>();
    for (const e of eventIds) shared.set(e, entityIds.filter((p) => this.pairs.get(pairKey(e, p))).sort());
    return shared;
  }

  async firstEvents(trx: Kysely<Database>, entityId: string): Promise<readonly EventRef[]> {
    const cached = this.byEntity.get(entityId);
    if (cached) return cached;
    // With their descriptions: these are the candidates dated otherwise, whose predicates decide
    // at once whether a conflict is possible (`mayConflict`).
    const found = await trx
      .selectFrom('event_participants')
      .innerJoin('events', 'events.id', 'event_participants.event_id')
      .select(['events.id', 'events.when_value', 'events.what'])
      .where('event_participants.entity_id', '=', entityId)
      .orderBy('event_participants.event_id')
      .limit(MAX_OTHER_CANDIDATES)
      .execute();
    for (const r of found) this.events.set(r.id, r);
    const rows = found.map((r) => ({ id: r.id, when_value: r.when_value }));
    this.byEntity.set(entityId, rows);
    return rows;
  }

  async firstOnDate(trx: Kysely<Database>, entityId: string, when: string): Promise<readonly EventRef[]> {
    const key = pairKey(entityId, when);
    const cached = this.byEntityOnDate.get(key);
    if (cached) return cached;
    // event_participants carries the event's date, so this is one index range however many
    // events share the date, answered from the index alone.
    const rows = await trx
      .selectFrom('event_participants')
      .select('event_id as id')
      .where('entity_id', '=', entityId)
      .where('when_value', '=', when)
      .orderBy('event_id')
      .limit(MAX_SAME_DATE_CANDIDATES)
      .execute()
      .then((found) => found.map((r) => ({ id: r.id, when_value: when })));
    this.byEntityOnDate.set(key, rows);
    return rows;
  }

  /**
   * This article now links `event` (dated `event.when_value`) to these participants: every cached
   * list is updated where the index orders it. Returns the participants not known to be linked yet.
   */
  added(event: EventRow, entityIds: string[]): string[] {
    this.events.set(event.id, event);
    const ref = { id: event.id, when_value: event.when_value };
    const fresh: string[] = [];
    for (const entityId of entityIds) {
      const key = pairKey(event.id, entityId);
      if (this.pairs.get(key)) continue;
      this.pairs.set(key, true);
      fresh.push(entityId);
      insertInOrder(this.byEntity.get(entityId), ref, MAX_OTHER_CANDIDATES);
      insertInOrder(this.byEntityOnDate.get(pairKey(entityId, event.when_value)), ref, MAX_SAME_DATE_CANDIDATES);
    }
    return fresh;
  }
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Adds `event` to a cached first-`limit` list (when the list is cached and the event not in it yet). */
function insertInOrder(rows: EventRef[] | undefined, event: EventRef, limit: number): void {
  // Listed already when another article named this participant of the event first.
  if (!rows || rows.some((r) => r.id === event.id)) return;
  const at = rows.findIndex((r) => r.id > event.id);
  if (at >= 0) rows.splice(at, 0, event);
  else rows.push(event);
  if (rows.length > limit) rows.pop();
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

/** The event's participants, for the merges of later sentences and articles to find. */
async function addParticipants(trx: Kysely<Database>, eventId: string, when: string, entityIds: string[]) {
  if (!entityIds.length) return;
  await trx
    .insertInto('event_participants')
    .values(entityIds.map((entity_id) => ({ event_id: eventId, entity_id, when_value: when })))
    .onConflict((oc) => oc.columns(['event_id', 'entity_id']).doNothing())
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
  other: EventRow,
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
