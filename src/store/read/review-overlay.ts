// The review overlay: which review applies to an event now (its own, or one anchored to the same
// sentence under an earlier id), where that puts the event, and what readers see of it.
import { type Kysely, sql } from 'kysely';
import { whenRange } from '../../domain/when.ts';
import { fromJson } from '../codec.ts';
import type { Database } from '../schema.ts';
import type { ReviewDecision, ReviewedState, TimelineEvent } from '../types.ts';

/** A correction of an event: the right date and/or description. */
export interface EventCorrection {
  when?: string;
  what?: string;
}

/** The review that applies to an event now: its own, or one made on the same sentence under an earlier id. */
export interface EffectiveReview {
  factKey: string;
  decision: ReviewDecision;
  correction: EventCorrection | null;
  editor: string;
  at: string;
  note: string | null;
}

/**
 * Reviews joined to the source sentences they are anchored to: the same statement, under
 * whatever event id re-extraction gave it.
 */
function anchoredReviews(db: Kysely<Database>) {
  return db
    .selectFrom('reviews')
    .innerJoin('event_sources', (join) =>
      join
        .onRef('event_sources.article_id', '=', 'reviews.anchor_article_id')
        .onRef('event_sources.when_value', '=', 'reviews.anchor_when')
        .onRef('event_sources.sentence_text', '=', 'reviews.anchor_sentence'),
    )
    .where('reviews.fact_type', '=', 'event');
}

/**
 * `SELECT event_id` of the events a review applies to: reviewed under their own id, or, when
 * they have no review of their own, through a review anchored to one of their source sentences.
 */
export function reviewedEventIds(db: Kysely<Database>) {
  const own = db.selectFrom('reviews').select('reviews.fact_key as event_id').where('reviews.fact_type', '=', 'event');
  const anchored = anchoredReviews(db)
    .select('event_sources.event_id')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reviews as own')
            .select('own.fact_key')
            .where('own.fact_type', '=', 'event')
            .whereRef('own.fact_key', '=', 'event_sources.event_id'),
        ),
      ),
    );
  return own.union(anchored);
}

/**
 * The current review of each event that moves or hides it: `{event_id, decision, sort_key,
 * year_from, year_to, month_day}` where the review that applies now (see `reviewsFor`: the
 * event's own, else the latest anchored to one of its sentences) rejects it or corrects its date.
 * The calendar columns are the corrected ones (null for a rejection).
 */
export function reviewPlacements(db: Kysely<Database>) {
  return db
    .selectFrom(reviewsInForce(db).as('ranked'))
    .select([
      'ranked.event_id',
      'ranked.decision',
      'ranked.sort_key',
      'ranked.year_from',
      'ranked.year_to',
      'ranked.month_day',
    ])
    .where('ranked.rank', '=', 1)
    .where((eb) => eb.or([eb('ranked.decision', '=', 'rejected'), eb('ranked.sort_key', 'is not', null)]));
}

/** `{event_id, decision}`: the decision in force on each reviewed event (its own review, else the latest anchored one). */
export function currentDecisions(db: Kysely<Database>) {
  return db
    .selectFrom(reviewsInForce(db).as('ranked'))
    .select(['ranked.event_id', 'ranked.decision'])
    .where('ranked.rank', '=', 1);
}

/**
 * Every review that applies to an event, ranked per event (`rank` 1 is the one in force): the
 * event's own review first, then those anchored to its sentences, the latest first.
 */
function reviewsInForce(db: Kysely<Database>) {
  const columns = [
    'reviews.decision',
    'reviews.updated_at',
    'reviews.fact_key',
    'reviews.sort_key',
    'reviews.year_from',
    'reviews.year_to',
    'reviews.month_day',
  ] as const;
  const own = db
    .selectFrom('reviews')
    .select([...columns, 'reviews.fact_key as event_id', sql<number>`1`.as('own')])
    .where('reviews.fact_type', '=', 'event');
  const anchored = anchoredReviews(db).select([...columns, 'event_sources.event_id', sql<number>`0`.as('own')]);
  return db
    .selectFrom(own.unionAll(anchored).as('applicable'))
    .selectAll('applicable')
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((ob) =>
          ob
            .partitionBy('applicable.event_id')
            .orderBy('applicable.own', 'desc')
            .orderBy('applicable.updated_at', 'desc')
            .orderBy('applicable.fact_key', 'desc'),
        )
        .as('rank'),
    );
}

/** Whether any review rejects an event or corrects its date: until one does, reads use `events` as it is. */
export async function hasPlacements(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('reviews')
    .select('fact_key')
    .where('fact_type', '=', 'event')
    .where((eb) => eb.or([eb('decision', '=', 'rejected'), eb('sort_key', 'is not', null)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Events where readers see them, as the parts of a `UNION ALL`, each a table to select from under
 * the name `events`: `{id, sort_key, year_from, year_to, month_day}`, rejected events left out and
 * corrected dates in place of extracted ones. Events no review moves come straight from `events`,
 * so that part keeps its index ranges and order; the few moved ones come from their reviews.
 * Ordered on the union itself (not on a table made of it), SQLite merges the two parts and
 * PostgreSQL appends them merged, so a page still walks `events_sort` and stops at its limit.
 * With `placed` false (no review moves anything), just the events.
 */
export function placedEventParts(db: Kysely<Database>, placed: boolean) {
  const unmoved = db
    .selectFrom('events')
    .select(['events.id', 'events.sort_key', 'events.year_from', 'events.year_to', 'events.month_day'])
    .$if(placed, (q) =>
      q.where('events.id', 'not in', db.selectFrom(reviewPlacements(db).as('placement')).select('placement.event_id')),
    );
  if (!placed) return [db.selectFrom(unmoved.as('events'))];
  const moved = db
    .selectFrom(reviewPlacements(db).as('placement'))
    .innerJoin('events', 'events.id', 'placement.event_id')
    .select((eb) => [
      'events.id',
      eb.fn.coalesce('placement.sort_key', 'events.sort_key').as('sort_key'),
      'placement.year_from',
      'placement.year_to',
      'placement.month_day',
    ])
    .where('placement.decision', '!=', 'rejected');
  return [db.selectFrom(unmoved.as('events')), db.selectFrom(moved.as('events'))];
}

/** One part of `placedEventParts`. */
export type PlacedEvents = ReturnType<typeof placedEventParts>[number];

/** Events editors rejected (under their current review), for counting. */
export function rejectedEventIds(db: Kysely<Database>) {
  return db
    .selectFrom(reviewPlacements(db).as('placement'))
    .innerJoin('events', 'events.id', 'placement.event_id')
    .select('events.id')
    .where('placement.decision', '=', 'rejected');
}

/** The reviews that apply to these events now, by event id. */
export async function reviewsFor(db: Kysely<Database>, eventIds: string[]): Promise<Map<string, EffectiveReview>> {
  const found = new Map<string, EffectiveReview>();
  if (!eventIds.length) return found;
  const columns = [
    'reviews.fact_key',
    'reviews.decision',
    'reviews.correction',
    'reviews.note',
    'reviews.updated_at',
    'editors.name',
  ] as const;
  const [own, anchored] = await Promise.all([
    db
      .selectFrom('reviews')
      .innerJoin('editors', 'editors.id', 'reviews.editor_id')
      .select(columns)
      .where('reviews.fact_type', '=', 'event')
      .where('reviews.fact_key', 'in', eventIds)
      .execute(),
    anchoredReviews(db)
      .innerJoin('editors', 'editors.id', 'reviews.editor_id')
      .select(['event_sources.event_id', ...columns])
      .where('event_sources.event_id', 'in', eventIds)
      // Ties by key, as `reviewPlacements` breaks them.
      .orderBy('reviews.updated_at')
      .orderBy('reviews.fact_key')
      .execute(),
  ]);
  const toReview = (r: (typeof own)[number]): EffectiveReview => ({
    factKey: r.fact_key,
    decision: r.decision as ReviewDecision,
    correction: r.correction === null ? null : fromJson<EventCorrection>(r.correction),
    editor: r.name,
    at: r.updated_at,
    note: r.note,
  });
  // Anchored reviews in time order, so the latest wins; an event's own review overrides them all.
  for (const r of anchored) found.set(r.event_id, toReview(r));
  for (const r of own) found.set(r.fact_key, toReview(r));
  return found;
}

/** What a reader sees of an event under a review (or none): the decision and the corrected date and description. */
export function reviewedState(
  event: { when: string; what: string },
  review: EffectiveReview | undefined,
): ReviewedState {
  if (!review) return { decision: null, when: event.when, what: event.what };
  return {
    decision: review.decision,
    when: review.correction?.when ?? event.when,
    what: review.correction?.what ?? event.what,
  };
}

/**
 * Events as readers see them: rejected ones left out, corrections shown, each reviewed event
 * marked with the decision, its editor and time. Order is kept.
 */
export function overlayReviews(
  events: TimelineEvent[],
  reviews: Map<string, EffectiveReview>,
  keepRejected = false,
): TimelineEvent[] {
  if (!reviews.size) return events;
  const shown: TimelineEvent[] = [];
  for (const event of events) {
    const review = reviews.get(event.id);
    if (!review) {
      shown.push(event);
      continue;
    }
    if (review.decision === 'rejected') {
      // Editors looking for rejected events see them as extracted, marked rejected.
      if (keepRejected)
        shown.push({ ...event, review: { decision: review.decision, editor: review.editor, at: review.at } });
      continue;
    }
    const state = reviewedState(event, review);
    const range = state.when === event.when ? null : whenRange(state.when);
    shown.push({
      ...event,
      when: state.when,
      what: state.what,
      // An editor's own description is in no source's language.
      ...(state.what !== event.what ? { lang: undefined } : {}),
      ...(state.when !== event.when ? { startDate: range?.startDate ?? '', endDate: range?.endDate ?? '' } : {}),
      review: { decision: review.decision, editor: review.editor, at: review.at },
    });
  }
  return shown;
}
