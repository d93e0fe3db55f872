/**
 * The SQL of link keys (`analyze/events/links.ts`): which events own which keys. A save probes
 * with its statements' keys and gets the events they join in one indexed look-up, however many
 * statements share a participant or a date; the rows follow the events as they grow, merge and
 * are regrouped.
 */
import type { Kysely } from 'kysely';
import { statementLinks } from '../../analyze/index.ts';
import { chunks } from '../codec.ts';
import type { Database } from '../schema.ts';
import type { StoredStatement } from './statement.ts';
import { storedEventBatches } from './stored-events.ts';

type Linked = Pick<StoredStatement, 'when' | 'participants' | 'kinds'>;

/** Stored statements repeat their date, participants and kinds: their keys are computed once per combination. */
const MAX_CACHED = 20_000;
const cache = new Map<string, ReturnType<typeof statementLinks>>();

/** The keys a statement owns and probes with. */
export function linksOf(s: Linked): ReturnType<typeof statementLinks> {
  const k = `${s.when}\u0000${s.participants.join(',')}\u0000${s.kinds.join(',')}`;
  let links = cache.get(k);
  if (!links) {
    if (cache.size > MAX_CACHED) cache.clear();
    links = statementLinks(s);
    cache.set(k, links);
  }
  return links;
}

/** The events owning each of these keys (one look-up for all). */
export async function eventsOwning(trx: Kysely<Database>, keys: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const batch of chunks([...keys])) {
    const rows = await trx.selectFrom('event_links').select(['link', 'event_id']).where('link', 'in', batch).execute();
    for (const r of rows) {
      const list = out.get(r.link);
      if (list) list.push(r.event_id);
      else out.set(r.link, [r.event_id]);
    }
  }
  return out;
}

/**
 * Records that each event owns the keys of its statements (keys it owns already are left as they
 * are). `known`: pairs `link\0event` read as stored already (`eventsOwning`), not written again.
 */
export async function addLinks(
  trx: Kysely<Database>,
  owners: readonly { eventId: string; statements: readonly Linked[] }[],
  known: ReadonlySet<string> = new Set(),
): Promise<void> {
  const rows = new Map<string, { link: string; event_id: string }>();
  for (const { eventId, statements } of owners) {
    for (const s of statements) {
      for (const link of linksOf(s).own) {
        const k = `${link}\u0000${eventId}`;
        if (!known.has(k)) rows.set(k, { link, event_id: eventId });
      }
    }
  }
  for (const batch of chunks([...rows.values()], 200)) {
    await trx
      .insertInto('event_links')
      .values(batch)
      .onConflict((oc) => oc.columns(['link', 'event_id']).doNothing())
      .execute();
  }
}

/**
 * Forgets the keys these statements gave each event (all of its keys when they are all of its
 * statements). By the keys recomputed from the statements, not by event: an index on
 * `event_links(event_id)` was a second random write for every key every save adds, and most of
 * the pages a commit wrote (migration 0030 dropped it).
 */
export async function dropLinks(
  trx: Kysely<Database>,
  owners: readonly { eventId: string; statements: readonly Linked[] }[],
): Promise<void> {
  for (const { eventId, statements } of owners) {
    const keys = new Set<string>();
    for (const s of statements) for (const link of linksOf(s).own) keys.add(link);
    for (const batch of chunks([...keys])) {
      await trx.deleteFrom('event_links').where('event_id', '=', eventId).where('link', 'in', batch).execute();
    }
  }
}

/** Statements as link keys see them, from a stored row. */
function linkedOf(r: { when_value: string; participants: string | null; kinds: string | null }): Linked {
  return {
    when: r.when_value,
    participants: r.participants ? r.participants.split(',') : [],
    kinds: r.kinds ? r.kinds.split(',') : [],
  };
}

/**
 * Recomputes the keys of these events from the statements they have now, after `withdrawn` (by
 * event, read before their rows were deleted) left them: the withdrawn statements' keys go, and
 * those the remaining statements own are written again.
 */
export async function relinkEvents(
  trx: Kysely<Database>,
  eventIds: readonly string[],
  withdrawn: ReadonlyMap<string, readonly Linked[]> = new Map(),
): Promise<void> {
  if (!eventIds.length) return;
  await dropLinks(
    trx,
    eventIds.map((eventId) => ({ eventId, statements: withdrawn.get(eventId) ?? [] })),
  );
  const members = new Map<string, Linked[]>();
  for (const batch of chunks([...eventIds])) {
    const rows = await trx
      .selectFrom('event_sources')
      .select(['event_id', 'when_value', 'participants', 'kinds'])
      .where('event_id', 'in', batch)
      .execute();
    for (const r of rows) {
      const list = members.get(r.event_id);
      if (list) list.push(linkedOf(r));
      else members.set(r.event_id, [linkedOf(r)]);
    }
  }
  await addLinks(
    trx,
    [...members].map(([eventId, statements]) => ({ eventId, statements })),
  );
}

/** The withdrawn statements of an article, by event, as `relinkEvents` takes them. */
export function withdrawnByEvent(
  rows: readonly { event_id: string; when_value: string; participants: string | null; kinds: string | null }[],
): Map<string, Linked[]> {
  const out = new Map<string, Linked[]>();
  for (const r of rows) {
    const list = out.get(r.event_id);
    if (list) list.push(linkedOf(r));
    else out.set(r.event_id, [linkedOf(r)]);
  }
  return out;
}

/**
 * Gives every stored event the keys of its statements (migration 0029; run it again from a later
 * migration if the keys `statementLinks` makes ever change: they are a function of the stored
 * statements, so recomputing them is always right).
 */
export async function linkStoredEvents(trx: Kysely<Database>): Promise<void> {
  for await (const ids of storedEventBatches(trx)) {
    await relinkEvents(trx, ids);
  }
}
