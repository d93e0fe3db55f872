import { type Kysely, sql } from 'kysely';
import { toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { checkNoNul, MAX_QUERY_LENGTH, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Page, ReviewQueueQuery, TimelineEvent } from '../types.ts';
import { loadEvents } from './events.ts';
import { currentDecisions, reviewedEventIds } from './review-overlay.ts';

/** Events below this confidence wait for an editor: on the samples, those with no participant or only a vague date (0.5, 0.55). */
export const DEFAULT_REVIEW_THRESHOLD = 0.6;

const DECISIONS = new Set(['unreviewed', 'confirmed', 'corrected', 'rejected']);

function confidenceBound(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new StoreInputError(`${field}: must be a confidence from 0 to 1, got ${String(value)}`);
  }
  return value;
}

/** Whether the query narrows the queue by anything but `below` (then every event is searched, whatever its confidence or decision). */
function isSearch(query: ReviewQueueQuery): boolean {
  return (
    !!query.q?.trim() ||
    query.language !== undefined ||
    query.articleId !== undefined ||
    query.entityId !== undefined ||
    query.eventId !== undefined ||
    query.above !== undefined ||
    query.decision !== undefined
  );
}

/** `%text%` for LIKE, its wildcards escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The review queue. Without a filter: unreviewed events with a confidence below the threshold
 * (`below`, default 0.6). With one (words, language, article, entity, event, `above`, decision):
 * every event that matches, whatever its confidence (unless `below`/`above` bound it) and decision
 * (unless `decision` names one). Least confident first, ids break ties.
 */
export async function reviewQueue(db: Kysely<Database>, query: ReviewQueueQuery = {}): Promise<Page<TimelineEvent>> {
  const { limit, offset } = pageOf(query);
  const search = isSearch(query);
  const below = confidenceBound(query.below, 'below') ?? (search ? undefined : DEFAULT_REVIEW_THRESHOLD);
  const above = confidenceBound(query.above, 'above');
  const decision = query.decision ?? (search ? undefined : 'unreviewed');
  if (decision !== undefined && !DECISIONS.has(decision)) {
    throw new StoreInputError(
      `decision: must be unreviewed, confirmed, corrected or rejected, got ${String(decision)}`,
    );
  }
  const q = query.q?.trim() ?? '';
  if (q.length > MAX_QUERY_LENGTH) throw new StoreInputError(`q: longer than ${MAX_QUERY_LENGTH} characters`);
  checkNoNul(q, 'q');
  checkNoNul(query.language, 'language');
  checkNoNul(query.entityId, 'entityId');
  checkNoNul(query.eventId, 'eventId');
  if (query.articleId !== undefined && !Number.isSafeInteger(query.articleId)) {
    throw new StoreInputError(`articleId: must be an article id, got ${String(query.articleId)}`);
  }

  let waiting = db.selectFrom('events');
  if (below !== undefined) waiting = waiting.where('events.confidence', '<', below);
  if (above !== undefined) waiting = waiting.where('events.confidence', '>=', above);
  if (decision === 'unreviewed') waiting = waiting.where('events.id', 'not in', reviewedEventIds(db));
  else if (decision !== undefined) {
    waiting = waiting.where(
      'events.id',
      'in',
      db
        .selectFrom(currentDecisions(db).as('current'))
        .select('current.event_id')
        .where('current.decision', '=', decision),
    );
  }
  if (query.eventId !== undefined) waiting = waiting.where('events.id', '=', query.eventId);
  if (query.entityId !== undefined) {
    const entityId = query.entityId;
    waiting = waiting.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_participants')
          .select('event_participants.event_id')
          .whereRef('event_participants.event_id', '=', 'events.id')
          .where('event_participants.entity_id', '=', entityId),
      ),
    );
  }
  if (query.language !== undefined || query.articleId !== undefined) {
    const { language, articleId } = query;
    waiting = waiting.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_sources')
          .innerJoin('articles', 'articles.id', 'event_sources.article_id')
          .select('event_sources.event_id')
          .whereRef('event_sources.event_id', '=', 'events.id')
          .$if(language !== undefined, (s) => s.where('articles.language', '=', language as string))
          .$if(articleId !== undefined, (s) => s.where('event_sources.article_id', '=', articleId as number)),
      ),
    );
  }
  if (q) {
    // PostgreSQL folds any letter with lower(); SQLite's LIKE and lower() fold ASCII only, so the
    // words are also tried as typed, in lower case and capitalised ("апрель", "Апрель").
    const patterns = [...new Set([q, q.toLowerCase(), q.charAt(0).toUpperCase() + q.slice(1).toLowerCase()])].map(
      containing,
    );
    const folded = containing(q.toLowerCase());
    const matches = (column: 'events.what' | 'event_sources.sentence_text') =>
      sql<boolean>`(${sql.join(
        [
          ...patterns.map((p) => sql`${sql.ref(column)} like ${p} escape '\\'`),
          sql`lower(${sql.ref(column)}) like ${folded} escape '\\'`,
        ],
        sql` or `,
      )})`;
    waiting = waiting.where((eb) =>
      eb.or([
        matches('events.what'),
        eb.exists(
          eb
            .selectFrom('event_sources')
            .select('event_sources.event_id')
            .whereRef('event_sources.event_id', '=', 'events.id')
            .where(matches('event_sources.sentence_text')),
        ),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    waiting.select('events.id').orderBy('events.confidence').orderBy('events.id').limit(limit).offset(offset).execute(),
    waiting.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: toNumber(total.n),
    items: await loadEvents(
      db,
      rows.map((r) => r.id),
      { keepRejected: true },
    ),
  };
}
