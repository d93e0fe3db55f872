import type { Kysely } from 'kysely';
import type { EntityType, Language } from '../../analyze/types.ts';
import { fromJson, nameKey, spanSnippet, toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { checkEntityId, checkEntityType, checkNoNul, MAX_QUERY_LENGTH, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { EntityDetail, EntityListQuery, EntitySummary, Page, ReviewQueueQuery } from '../types.ts';
import { entityRedirect, isDeleted, withEditedNames } from './entity-edits.ts';
import { loadEvents } from './events.ts';
import { hasPlacements, reviewPlacements } from './review-overlay.ts';

const MAX_ENTITY_EVENTS = 200;
const MAX_ENTITY_MENTIONS = 50;
const MAX_RELATED = 30;
const MAX_RELATED_EVENTS = 2000;
/**
 * Entities whose surest mention is below this are doubtful: marked on their page and listed for
 * editors. On the samples, names the gold does not list (a common word read as a name, a wrong
 * link) mostly fall below it, and right ones above.
 */
export const DOUBTFUL_ENTITY_BELOW = 0.5;
/** What may stand before a word inside a name: a space, a hyphen (Ахмет-Байтұрсынұлы), an opening quote. */
const WORD_STARTS = [' ', '-', '«', '"', '('];

/**
 * Entities that are mentioned somewhere, most mentioned first; `q` matches the start of any word
 * of any name or alias, in any language ("Сулейменов" finds Олжас Сулейменов, "Suleimenov" finds
 * Olzhas Suleimenov): readers search by surname, not by the first word of a full name.
 */
export async function listEntities(db: Kysely<Database>, query: EntityListQuery = {}): Promise<Page<EntitySummary>> {
  const { limit, offset } = pageOf(query);
  checkEntityType(query.type);
  if (query.q !== undefined && query.q.length > MAX_QUERY_LENGTH) {
    throw new StoreInputError(`q: longer than ${MAX_QUERY_LENGTH} characters`);
  }
  checkNoNul(query.q, 'q');
  const prefix = query.q ? nameKey(query.q) : '';
  let base = db.selectFrom('entities').where('entities.mention_count', '>', 0);
  if (query.type) base = base.where('entities.type', '=', query.type);
  if (prefix) {
    const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
    const patterns = [`${escaped}%`, ...WORD_STARTS.map((sep) => `%${sep}${escaped}%`)];
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('entity_names')
          .select('entity_names.entity_id')
          .whereRef('entity_names.entity_id', '=', 'entities.id')
          .where((w) => w.or(patterns.map((pattern) => w('entity_names.name_key', 'like', pattern)))),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY_COLUMNS])
      .select((eb) =>
        eb
          .selectFrom('mentions')
          .select((m) => m.fn.max('mentions.confidence').as('c'))
          .whereRef('mentions.entity_id', '=', 'entities.id')
          .as('confidence'),
      )
      // Both descending, so the (type,) mention_count, id index serves the order without a sort.
      .orderBy('entities.mention_count', 'desc')
      .orderBy('entities.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: toNumber(count.n),
    items: await withEditedNames(
      db,
      rows.map((r) => summaryOf(r, r.confidence)),
    ),
  };
}

/** The columns an entity summary is read from, in list and review queries alike. */
const SUMMARY_COLUMNS = [
  'entities.id',
  'entities.name',
  'entities.type',
  'entities.aliases',
  'entities.mention_count',
  'entities.article_count',
] as const;

interface SummaryRow {
  id: string;
  name: string;
  type: string;
  aliases: unknown;
  mention_count: unknown;
  article_count: unknown;
}

function summaryOf(r: SummaryRow, confidence: unknown): EntitySummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type as EntityType,
    aliases: fromJson<string[]>(r.aliases as string),
    mentionCount: toNumber(r.mention_count),
    articleCount: toNumber(r.article_count),
    ...confidenceOf(confidence),
  };
}

/** An entity's confidence and whether it is doubtful, from the highest confidence of its mentions. */
function confidenceOf(c: unknown): { confidence: number | null; doubtful: boolean } {
  const confidence = c === null || c === undefined ? null : Number(c);
  return { confidence, doubtful: confidence !== null && confidence < DOUBTFUL_ENTITY_BELOW };
}

/** Entities whose surest live mention is below `below` (default `DOUBTFUL_ENTITY_BELOW`), least confident first. */
export async function doubtfulEntities(
  db: Kysely<Database>,
  query: ReviewQueueQuery = {},
): Promise<Page<EntitySummary>> {
  const { limit, offset } = pageOf(query);
  const below = query.below ?? DOUBTFUL_ENTITY_BELOW;
  if (typeof below !== 'number' || !Number.isFinite(below) || below < 0 || below > 1) {
    throw new StoreInputError(`below: must be a confidence from 0 to 1, got ${String(below)}`);
  }
  const surest = db
    .selectFrom('mentions')
    .select((eb) => ['mentions.entity_id', eb.fn.max('mentions.confidence').as('c')])
    .groupBy('mentions.entity_id')
    .having((eb) => eb.fn.max('mentions.confidence'), '<', below)
    .as('surest');
  const base = db.selectFrom(surest).innerJoin('entities', 'entities.id', 'surest.entity_id');
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY_COLUMNS, 'surest.c'])
      .orderBy('surest.c')
      .orderBy('entities.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: toNumber(count.n),
    items: await withEditedNames(
      db,
      rows.map((r) => summaryOf(r, r.c)),
    ),
  };
}

/** One entity with its events, its latest mentions in context, and the entities it shares events with. */
export async function getEntity(db: Kysely<Database>, id: string): Promise<EntityDetail | null> {
  checkEntityId(id, 'id');
  const entity = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!entity) return null;
  // Merged away (its id redirects, see `entityRedirect`) or deleted by an editor: no longer an entity.
  if ((await entityRedirect(db, id)) !== null || (await isDeleted(db, id))) return null;
  const [eventIds, mentions, related, surest] = await Promise.all([
    entityEvents(db, id),
    db
      .selectFrom('mentions')
      .innerJoin('articles', 'articles.id', 'mentions.article_id')
      .select([
        'mentions.article_id',
        'mentions.revision',
        'mentions.start_pos',
        'mentions.end_pos',
        'mentions.text',
        'mentions.confidence',
        'articles.title',
        'articles.language',
      ])
      .where('mentions.entity_id', '=', id)
      .orderBy('mentions.article_id', 'desc')
      .orderBy('mentions.start_pos')
      .limit(MAX_ENTITY_MENTIONS)
      .execute(),
    // Co-occurrence: entities named in the same event sentences, weighted by how many events they
    // share; counted over the entity's first events by id, so a hub entity's page stays fast.
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('event_participants')
          .select('event_id')
          .distinct()
          .where('entity_id', '=', id)
          .orderBy('event_id')
          .limit(MAX_RELATED_EVENTS)
          .as('mine'),
      )
      .innerJoin('event_participants as other', 'other.event_id', 'mine.event_id')
      .innerJoin('entities', 'entities.id', 'other.entity_id')
      .select((eb) => [
        'entities.id',
        'entities.name',
        'entities.type',
        eb.fn.count('other.event_id').distinct().as('weight'),
      ])
      .where('other.entity_id', '!=', id)
      .groupBy(['entities.id', 'entities.name', 'entities.type'])
      .orderBy('weight', 'desc')
      .orderBy('entities.id')
      .limit(MAX_RELATED)
      .execute(),
    db
      .selectFrom('mentions')
      .select((eb) => eb.fn.max('mentions.confidence').as('c'))
      .where('mentions.entity_id', '=', id)
      .executeTakeFirst(),
  ]);
  const coordinates = entity.lat !== null && entity.lon !== null ? { lat: entity.lat, lon: entity.lon } : undefined;
  const [names] = await withEditedNames(db, [{ id: entity.id } as { id: string; names?: EntityDetail['names'] }]);
  const relatedShown = await withEditedNames(
    db,
    related.map((r) => ({ id: r.id, name: r.name, type: r.type as EntityType, weight: toNumber(r.weight) })),
  );
  return {
    ...(names?.names ? { names: names.names } : {}),
    id: entity.id,
    name: entity.name,
    type: entity.type as EntityType,
    aliases: fromJson<string[]>(entity.aliases),
    mentionCount: entity.mention_count,
    articleCount: entity.article_count,
    ...confidenceOf(surest?.c),
    ...(coordinates ? { coordinates } : {}),
    events: await loadEvents(
      db,
      eventIds.map((e) => e.id),
    ),
    mentions: (await withTexts(db, mentions)).map(({ m, text }) => ({
      articleId: m.article_id,
      title: m.title,
      language: m.language as Language,
      start: m.start_pos,
      end: m.end_pos,
      text: m.text,
      snippet: spanSnippet(text, m.start_pos, m.end_pos),
      confidence: m.confidence === null ? null : Number(m.confidence),
    })),
    related: relatedShown,
  };
}

/**
 * The entity's first events in date order as readers see them: rejected ones left out, corrected
 * ones at their corrected date. The few events a review moves are read through their reviews and
 * merged in; the rest walk the participant index as before.
 */
async function entityEvents(db: Kysely<Database>, id: string): Promise<{ id: string }[]> {
  const unmoved = db
    .selectFrom('event_participants')
    .innerJoin('events', 'events.id', 'event_participants.event_id')
    .select(['events.id', 'events.sort_key'])
    .where('event_participants.entity_id', '=', id);
  if (!(await hasPlacements(db))) {
    return unmoved.orderBy('events.sort_key').orderBy('events.id').limit(MAX_ENTITY_EVENTS).execute();
  }
  const moved = db
    .selectFrom(reviewPlacements(db).as('placement'))
    .innerJoin('event_participants', 'event_participants.event_id', 'placement.event_id')
    .innerJoin('events', 'events.id', 'placement.event_id')
    .select((eb) => ['events.id', eb.fn.coalesce('placement.sort_key', 'events.sort_key').as('sort_key')])
    .where('event_participants.entity_id', '=', id)
    .where('placement.decision', '!=', 'rejected');
  return unmoved
    .where('events.id', 'not in', db.selectFrom(reviewPlacements(db).as('placement')).select('placement.event_id'))
    .unionAll(moved)
    .orderBy('sort_key')
    .orderBy('id')
    .limit(MAX_ENTITY_EVENTS)
    .execute();
}

/** Pairs each mention with its revision's text, reading each text once. */
async function withTexts<M extends { article_id: number; revision: number }>(
  db: Kysely<Database>,
  mentions: M[],
): Promise<{ m: M; text: string }[]> {
  const texts = new Map<string, string>();
  const articles = [...new Set(mentions.map((m) => m.article_id))];
  if (articles.length) {
    const rows = await db
      .selectFrom('revisions')
      .innerJoin('articles', (j) =>
        j
          .onRef('articles.id', '=', 'revisions.article_id')
          .onRef('articles.current_revision', '=', 'revisions.revision'),
      )
      .select(['revisions.article_id', 'revisions.revision', 'revisions.text'])
      .where('revisions.article_id', 'in', articles)
      .execute();
    for (const r of rows) texts.set(`${r.article_id}/${r.revision}`, r.text);
  }
  return mentions.map((m) => ({ m, text: texts.get(`${m.article_id}/${m.revision}`) ?? '' }));
}
