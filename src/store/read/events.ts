import type { Expression, Kysely, SqlBool } from 'kysely';
import type { EntityType, Language } from '../../analyze/types.ts';
import { UNDATED_SORT_KEY } from '../../domain/when.ts';
import { chunks, toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { checkEntityId, checkEntityType, checkLanguage, checkYear, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Page, TimelineEvent, TimelineQuery } from '../types.ts';
import { dismissedConflictIds } from './conflict-reviews.ts';
import { entityRedirect, hasEntityEdits, withEditedNames } from './entity-edits.ts';
import {
  type EffectiveReview,
  hasPlacements,
  overlayReviews,
  type PlacedEvents,
  placedEventParts,
  reviewsFor,
} from './review-overlay.ts';

/** Most events `onThisDay` returns for one day. */
const MAX_DAY_EVENTS = 200;

/** Events overlapping [from, to], filtered by entity, entity type and source language, by start date. */
export async function timeline(db: Kysely<Database>, query: TimelineQuery = {}): Promise<Page<TimelineEvent>> {
  const { limit, offset } = pageOf(query);
  checkYear(query.from, 'from');
  checkYear(query.to, 'to');
  if (query.entity !== undefined) checkEntityId(query.entity);
  checkEntityType(query.entityType);
  checkLanguage(query.language);
  // An id an editor merged away filters by the entity it was merged into.
  if (query.entity !== undefined && (await hasEntityEdits(db))) {
    query = { ...query, entity: (await entityRedirect(db, query.entity)) ?? query.entity };
  }
  // Where readers see each event: rejected ones gone, corrected dates in place of extracted ones.
  // Each filter applies to every part; parts are unioned only once filtered, so each keeps its index.
  const parts = placedEventParts(db, await hasPlacements(db));
  // Entity, type and language filters; the year range is applied per part below.
  const filtered = (part: PlacedEvents) =>
    part.where((eb) => {
      const conds: Expression<SqlBool>[] = [];
      if (query.entity !== undefined) {
        conds.push(
          eb.exists(
            eb
              .selectFrom('event_participants')
              .select('event_participants.event_id')
              .whereRef('event_participants.event_id', '=', 'events.id')
              .where('event_participants.entity_id', '=', query.entity),
          ),
        );
      }
      if (query.entityType !== undefined) {
        conds.push(
          eb.exists(
            eb
              .selectFrom('event_participants')
              .innerJoin('entities', 'entities.id', 'event_participants.entity_id')
              .select('event_participants.event_id')
              .whereRef('event_participants.event_id', '=', 'events.id')
              .where('entities.type', '=', query.entityType),
          ),
        );
      }
      if (query.language !== undefined) {
        conds.push(
          eb.exists(
            eb
              .selectFrom('event_sources')
              .innerJoin('articles', 'articles.id', 'event_sources.article_id')
              .select('event_sources.event_id')
              .whereRef('event_sources.event_id', '=', 'events.id')
              .where('articles.language', '=', query.language),
          ),
        );
      }
      return eb.and(conds);
    });
  const matching = parts.map(filtered);

  if (query.from === undefined && query.to === undefined) {
    // Annual dates (no calendar place) sort last; ids keep pages stable.
    const [rows, total] = await Promise.all([inOrder(matching, limit, offset), countOf(matching)]);
    return {
      total,
      items: await loadEvents(
        db,
        rows.map((r) => r.id),
      ),
    };
  }

  // Events overlapping [from, to] are those starting inside it (a range of the sort-key index)
  // and those starting earlier that still run into it (multi-year, found by a partial index).
  // The second kind all sort before the first, so a page is a slice of one followed by the other.
  const lo = query.from === undefined ? -UNDATED_SORT_KEY : query.from * 10000 + 101;
  const hi = query.to === undefined ? UNDATED_SORT_KEY - 1 : query.to * 10000 + 1231;
  const starting = matching.map((part) => part.where('events.sort_key', '>=', lo).where('events.sort_key', '<=', hi));
  const earlier = matching.map((part) =>
    part
      .where((eb) => eb('events.year_to', '>', eb.ref('events.year_from')))
      .where('events.year_to', '>=', query.from ?? -10000)
      .where('events.sort_key', '<', lo)
      .select(['events.id', 'events.sort_key']),
  );
  // Read through the partial index and sorted here: asked to sort, the planner would walk the
  // whole sort-key index instead. Multi-year events are few, so this list stays short.
  const [spanningParts, insideTotal] = await Promise.all([
    Promise.all(earlier.map((part) => part.execute())),
    countOf(starting),
  ]);
  const spanning = spanningParts.flat();
  spanning.sort((a, b) => a.sort_key - b.sort_key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const before = spanning.slice(0, offset + limit);
  const beforeTotal = spanning.length;
  const fromBefore = before.slice(offset).map((r) => r.id);
  const rest = limit - fromBefore.length;
  const inside = rest > 0 ? await inOrder(starting, rest, Math.max(0, offset - beforeTotal)) : [];
  return {
    total: beforeTotal + insideTotal,
    items: await loadEvents(db, [...fromBefore, ...inside.map((r) => r.id)]),
  };
}

/** A page of the parts' events by sort key, ids breaking ties (so pages are stable). */
function inOrder(parts: PlacedEvents[], limit: number, offset: number): Promise<{ id: string; sort_key: number }[]> {
  const selected = parts.map((part) => part.select(['events.id', 'events.sort_key']));
  const union = selected.slice(1).reduce((all, part) => all.unionAll(part), selected[0]!);
  return union.orderBy('sort_key').orderBy('id').limit(limit).offset(offset).execute();
}

async function countOf(parts: PlacedEvents[]): Promise<number> {
  const counts = await Promise.all(
    parts.map((part) => part.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
  );
  return counts.reduce((sum, c) => sum + toNumber(c.n), 0);
}

/** Events on `MM-DD` in any year, and annual dates on that day, earliest year first. */
export async function onThisDay(db: Kysely<Database>, monthDay: string): Promise<TimelineEvent[]> {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  const month = Number(m?.[1]);
  const day = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new StoreInputError(`monthDay: expected MM-DD, got ${JSON.stringify(String(monthDay).slice(0, 20))}`);
  }
  const parts = placedEventParts(db, await hasPlacements(db));
  const rows = await inOrder(
    parts.map((part) => part.where('events.month_day', '=', monthDay)),
    MAX_DAY_EVENTS,
    0,
  );
  return loadEvents(
    db,
    rows.map((r) => r.id),
  );
}

/** Full events (participants, sources, conflict flag) for these ids, in the order given. */
export async function loadEvents(
  db: Kysely<Database>,
  ids: string[],
  options: { keepRejected?: boolean } = {},
): Promise<TimelineEvent[]> {
  if (!ids.length) return [];
  const byId = new Map<string, TimelineEvent>();
  const reviews = new Map<string, EffectiveReview>();
  // A conflict an editor dismissed does not mark its events.
  const dismissed = await dismissedConflictIds(db);
  for (const batch of chunks(ids)) {
    const [events, participants, sources, conflicted, reviewed] = await Promise.all([
      db.selectFrom('events').selectAll().where('id', 'in', batch).execute(),
      db
        .selectFrom('event_participants')
        .innerJoin('entities', 'entities.id', 'event_participants.entity_id')
        .select(['event_participants.event_id', 'entities.id', 'entities.name', 'entities.type'])
        .distinct()
        .where('event_participants.event_id', 'in', batch)
        .orderBy('entities.id')
        .execute(),
      db
        .selectFrom('event_sources')
        .innerJoin('articles', 'articles.id', 'event_sources.article_id')
        .select([
          'event_sources.event_id',
          'event_sources.article_id',
          'event_sources.revision',
          'event_sources.sentence_start',
          'event_sources.sentence_end',
          'event_sources.sentence_text',
          'event_sources.when_value',
          'event_sources.what',
          'event_sources.confidence',
          'articles.title',
          'articles.language',
        ])
        .where('event_sources.event_id', 'in', batch)
        .orderBy('event_sources.article_id')
        .orderBy('event_sources.sentence_start')
        .execute(),
      db
        .selectFrom('conflict_values')
        .select('event_id')
        .distinct()
        .where('event_id', 'in', batch)
        .$if(dismissed.length > 0, (q) => q.where('conflict_id', 'not in', dismissed))
        .execute(),
      reviewsFor(db, batch),
    ]);
    for (const [id, review] of reviewed) reviews.set(id, review);
    const isConflicted = new Set(conflicted.map((c) => c.event_id));
    for (const e of events) {
      byId.set(e.id, {
        id: e.id,
        when: e.when_value,
        startDate: e.start_date ?? '',
        endDate: e.end_date ?? '',
        what: e.what,
        entities: [],
        sources: [],
        confidence: e.confidence,
        conflicted: isConflicted.has(e.id),
      });
    }
    for (const p of participants) {
      byId.get(p.event_id)?.entities.push({ id: p.id, name: p.name, type: p.type as EntityType });
    }
    for (const s of sources) {
      byId.get(s.event_id)?.sources.push({
        articleId: s.article_id,
        revision: s.revision,
        title: s.title,
        language: s.language as Language,
        sentence: { start: s.sentence_start, end: s.sentence_end },
        sentenceText: s.sentence_text,
        when: s.when_value,
        what: s.what,
        confidence: s.confidence,
      });
    }
  }
  for (const e of byId.values()) {
    const lang = e.sources.find((s) => s.what === e.what)?.language;
    if (lang) e.lang = lang;
  }
  await withEditedNames(
    db,
    [...byId.values()].flatMap((e) => e.entities),
  );
  return overlayReviews(
    ids.map((id) => byId.get(id)).filter((e): e is TimelineEvent => !!e),
    reviews,
    options.keepRejected,
  );
}

/**
 * The event as a reader of `lang` sees it: its description from a source in that language when it
 * has one (the source that gives the event's date first), else as stored. An editor's corrected
 * description (no source's) is kept whatever the language.
 * @example describedIn(bomb1949, 'en').what // 'The first Soviet atomic bomb was detonated there on 29 August 1949'
 */
export function describedIn(event: TimelineEvent, lang: Language): TimelineEvent {
  if (event.lang === lang || !event.sources.some((s) => s.what === event.what)) return event;
  const theirs = event.sources.filter((s) => s.language === lang);
  const source = theirs.find((s) => s.when === event.when) ?? theirs[0];
  return source ? { ...event, what: source.what, lang } : event;
}
