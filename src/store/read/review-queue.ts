import type { Kysely } from 'kysely';
import { toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Page, ReviewQueueQuery, TimelineEvent } from '../types.ts';
import { loadEvents } from './events.ts';
import { reviewedEventIds } from './review-overlay.ts';

/** Events below this confidence wait for an editor: on the samples, those with no participant or only a vague date (0.5, 0.55). */
export const DEFAULT_REVIEW_THRESHOLD = 0.6;

/** Unreviewed events with a confidence below the threshold, least confident first (ids break ties). */
export async function reviewQueue(db: Kysely<Database>, query: ReviewQueueQuery = {}): Promise<Page<TimelineEvent>> {
  const { limit, offset } = pageOf(query);
  const below = query.below ?? DEFAULT_REVIEW_THRESHOLD;
  if (typeof below !== 'number' || !Number.isFinite(below) || below < 0 || below > 1) {
    throw new StoreInputError(`below: must be a confidence from 0 to 1, got ${String(below)}`);
  }
  const waiting = db
    .selectFrom('events')
    .where('events.confidence', '<', below)
    .where('events.id', 'not in', reviewedEventIds(db));
  const [rows, total] = await Promise.all([
    waiting.select('events.id').orderBy('events.confidence').orderBy('events.id').limit(limit).offset(offset).execute(),
    waiting.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: toNumber(total.n),
    items: await loadEvents(
      db,
      rows.map((r) => r.id),
    ),
  };
}
