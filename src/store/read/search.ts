import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import { chunks, nameKey, spanSnippet, toNumber } from '../codec.ts';
import type { StoreDialect, TextQuery } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import {
  checkEntityId,
  checkEntityType,
  checkLanguage,
  checkNoNul,
  checkYear,
  MAX_QUERY_LENGTH,
  pageOf,
} from '../limits.ts';
import type { Database } from '../schema.ts';
import { entityToken } from '../search-index/entities.ts';
import { yearQueryTokens } from '../search-index/years.ts';
import { getGazetteerEntry, lookupEntityIds, makeSnippet, type ParsedQuery, parseQuery, QueryError } from '../text.ts';
import type { SearchHit, SearchQuery, SearchResults } from '../types.ts';

/** Most entity ids a query can expand to (a query naming a dozen organisations is already unusual). */
const MAX_QUERY_ENTITIES = 20;

/**
 * How many of the newest text matches are ranked. Ranking costs a read of each match's token
 * statistics (bm25 / ts_rank have no top-k shortcut), so a query matching half the corpus would
 * rank tens of thousands of texts for one page. The window keeps a query's cost bounded; queries
 * with fewer matches (the usual case on a real portal, where words are rarer than in the bench)
 * are ranked whole. Newest first because articles are stored as they are published or revised.
 */
export const RANK_WINDOW = 500;

/** A text with the query's terms side by side counts as if it matched twice. */
const PHRASE_BOOST = 2;

/** Bounds of the year filter when only one end is given (`checkYear` accepts ±10 000). */
const EARLIEST = -10_000;
const LATEST = 10_000;

type Row = { id: number; score: number };

/**
 * Ranked full-text search with filters. An article matches by its words, or by mentioning an
 * entity the query names (`ОБСЕ` → org:osce, so the query finds articles in every language):
 * entities are tokens in the same index, so one match is ranked, counted and filtered. Results
 * come in two runs, so every page is cheap and pages never overlap:
 * 1. the newest `RANK_WINDOW` matches, by score (text rank plus a phrase bonus), ties by id;
 * 2. older matches, newest first.
 * A year filter is part of the match too (year tokens in the index), so it costs nothing per match.
 */
export function search(db: Kysely<Database>, dialect: StoreDialect, query: SearchQuery): Promise<SearchResults> {
  return dialect.searching(db, (conn) => runSearch(conn, dialect, query));
}

async function runSearch(db: Kysely<Database>, dialect: StoreDialect, query: SearchQuery): Promise<SearchResults> {
  const { limit, offset } = pageOf(query);
  if (typeof query.q !== 'string') throw new StoreInputError('q: missing');
  if (query.q.length > MAX_QUERY_LENGTH) throw new StoreInputError(`q: longer than ${MAX_QUERY_LENGTH} characters`);
  checkNoNul(query.q, 'q');
  checkYear(query.from, 'from');
  checkYear(query.to, 'to');
  if (query.entity !== undefined) checkEntityId(query.entity);
  checkEntityType(query.entityType);
  checkLanguage(query.language);

  const parsed = parseOrRefuse(query.q);
  const years =
    query.from !== undefined || query.to !== undefined
      ? yearQueryTokens(query.from ?? EARLIEST, query.to ?? LATEST)
      : null;
  const ask = (entityIds: string[]) => {
    const match: TextQuery = { parsed, years, entities: entityIds.map(entityToken) };
    const matches = dialect.textMatches(match);
    if (!matches) return null;
    const hits = sql`FROM (${matches}) AS h WHERE ${filters(query)}`;
    return { hits, found: page(db, dialect, match, query, hits, limit, offset) };
  };
  // The page is asked with the gazetteer's entities while the stored names are looked up: most
  // queries name no stored entity beyond those, and then the look-up's round trip costs nothing.
  const named = namedEntities(query.q, parsed);
  const guess = ask(named);
  if (!guess) return { total: 0, results: [] };
  // Settled here, so a guess that is not used cannot fail unheard; and waited for either way, so
  // none of its statements outlives the search (on one connection, they would run after it).
  const settled = <T>(p: Promise<T>) =>
    p.then(
      (found) => ({ found }),
      (error: unknown) => ({ error }),
    );
  const guessed = settled(guess.found);
  const entityIds = withStoredEntities(named, await storedEntities(db, query.q));
  const asked = sameList(entityIds, named) ? guess : ask(entityIds)!;
  const [outcome] = await Promise.all([asked === guess ? guessed : settled(asked.found), guessed]);
  if ('error' in outcome) throw outcome.error;
  const { rows, total } = outcome.found;
  const hits = asked.hits;
  const results = await withSnippets(db, rows, parsed, entityIds);
  const out: SearchResults = { total, results };
  if (query.facets) out.facets = await facets(db, sql`SELECT h.article_id ${hits}`);
  return out;
}

async function countOf(db: Kysely<Database>, query: RawBuilder<unknown>): Promise<number> {
  return toNumber((await sql<{ n: unknown }>`${query}`.execute(db)).rows[0]?.n);
}

/**
 * The matches on this page, from the ranked window, then older matches newest first; and how
 * many match in all (counted only when the window is full: otherwise the window is all).
 */
async function page(
  db: Kysely<Database>,
  dialect: StoreDialect,
  match: TextQuery,
  query: SearchQuery,
  hits: RawBuilder<unknown>,
  limit: number,
  offset: number,
): Promise<{ rows: Row[]; total: number }> {
  const newest = dialect.newestRanked(match, (id) => filters(query, id), RANK_WINDOW)!;
  const candidates = await sql<{
    article_id: number;
    score: unknown;
    together: unknown;
    total: unknown;
  }>`${newest}`.execute(db);
  const window = await rankWindow(
    db,
    dialect,
    match.parsed,
    candidates.rows.map((r) => ({ id: r.article_id, score: Number(r.score), together: r.together })),
  );
  const counted = candidates.rows[0]?.total;
  const total =
    window.length < RANK_WINDOW
      ? window.length
      : counted !== null && counted !== undefined
        ? toNumber(counted)
        : await countOf(db, sql`SELECT COUNT(*) AS n ${hits}`);
  const rows = window.slice(offset, offset + limit);
  if (rows.length < limit && total > window.length) {
    const windowStart = Math.min(...window.map((r) => r.id));
    const older = await sql<{ id: number }>`SELECT h.article_id AS id ${hits} AND h.article_id < ${windowStart}
      ORDER BY h.article_id DESC LIMIT ${limit - rows.length} OFFSET ${Math.max(0, offset - window.length)}`.execute(
      db,
    );
    const ids = older.rows.map((r) => r.id);
    if (ids.length) {
      // Scores for display only: these come after the window whatever they score.
      const ranked = dialect.rankedMatches(match, Math.min(...ids), Math.max(...ids))!;
      const scored = await sql<{ article_id: number; score: unknown }>`${ranked}`.execute(db);
      const scoreOf = new Map(scored.rows.map((r) => [r.article_id, Number(r.score)]));
      rows.push(...ids.map((id) => ({ id, score: scoreOf.get(id) ?? 0 })));
    }
  }
  return { rows, total };
}

const byScore = (a: Row, b: Row) => b.score - a.score || a.id - b.id;

/**
 * The window in rank order: text rank, times `PHRASE_BOOST` for texts with the query's terms
 * side by side (texts that say "nuclear tests" before texts that use both words apart).
 */
async function rankWindow(
  db: Kysely<Database>,
  dialect: StoreDialect,
  parsed: ParsedQuery,
  candidates: (Row & { together: unknown })[],
): Promise<Row[]> {
  const rows = candidates.map(({ id, score }) => ({ id, score }));
  // The dialect told side by side already (`together` filled), or a second query tells it.
  const told = candidates.length > 0 && candidates.every((c) => c.together !== null && c.together !== undefined);
  const phrase =
    rows.length && !told
      ? dialect.phraseMatches(
          parsed,
          rows.map((r) => r.id),
        )
      : null;
  const together = told
    ? new Set(candidates.filter((c) => c.together === true || c.together === 1).map((c) => c.id))
    : phrase
      ? new Set((await sql<{ article_id: number }>`${phrase}`.execute(db)).rows.map((r) => r.article_id))
      : new Set<number>();
  for (const r of rows) if (together.has(r.id)) r.score *= PHRASE_BOOST;
  return rows.sort(byScore);
}

function parseOrRefuse(q: string): ParsedQuery {
  try {
    return parseQuery(q);
  } catch (e) {
    if (e instanceof QueryError) throw new StoreInputError(`q: ${e.message}`);
    throw e;
  }
}

/**
 * Entity ids the query names from the gazetteer, so articles in other languages that mention the
 * entity match too: only when the query is that entity (one word such as `ОБСЕ`, or a whole
 * name), so `OSCE summit` does not pull in every OSCE article. Sorted, at most `MAX_QUERY_ENTITIES`.
 */
function namedEntities(q: string, parsed: ParsedQuery): string[] {
  const key = nameKey(q);
  if (!key) return [];
  const oneWord = parsed.terms.length === 1 && !parsed.terms[0]!.phrase;
  const named = lookupEntityIds(q).filter(
    (id) => oneWord || (getGazetteerEntry(id)?.aliases ?? []).some((alias) => nameKey(alias) === key),
  );
  return withStoredEntities(named, []);
}

/** Ids of the stored entities that have the query as a name. */
async function storedEntities(db: Kysely<Database>, q: string): Promise<string[]> {
  const key = nameKey(q);
  if (!key) return [];
  const stored = await db.selectFrom('entity_names').select('entity_id').where('name_key', '=', key).execute();
  return stored.map((r) => r.entity_id);
}

/** The gazetteer's and the stored entities of a query, sorted, without repeats, at most `MAX_QUERY_ENTITIES`. */
function withStoredEntities(named: string[], stored: string[]): string[] {
  return [...new Set([...named, ...stored])].sort().slice(0, MAX_QUERY_ENTITIES);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Conditions on an article id (`h.article_id` unless given) for language, entity and entity type; years are index tokens. */
function filters(query: SearchQuery, id: RawBuilder<unknown> = sql`h.article_id`): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.language) {
    // EXISTS, not IN: `rowid IN (subquery)` makes FTS5 run its match once per row.
    conds.push(sql`EXISTS (SELECT 1 FROM articles a WHERE a.id = ${id} AND a.language = ${query.language})`);
  }
  if (query.entity) {
    conds.push(sql`EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = ${id} AND m.entity_id = ${query.entity})`);
  }
  if (query.entityType) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ${id} AND e.type = ${query.entityType})`,
    );
  }
  return sql.join(conds, sql` AND `);
}

/** Titles and highlighted snippets from each hit's latest text; entity-only hits show their first mention. */
async function withSnippets(
  db: Kysely<Database>,
  rows: Row[],
  parsed: ParsedQuery,
  entityIds: string[],
): Promise<SearchHit[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const articles = new Map<number, { text: string; title: string; language: Language; sourceId: string | null }>();
  const firstMention = new Map<number, { start: number; end: number }>();
  for (const batch of chunks(ids)) {
    // Texts and first mentions asked together: on PostgreSQL's search pool, two connections at once.
    const [revs, mentions] = await Promise.all([
      db
        .selectFrom('revisions')
        .innerJoin('articles', (j) =>
          j
            .onRef('articles.id', '=', 'revisions.article_id')
            .onRef('articles.current_revision', '=', 'revisions.revision'),
        )
        .select(['revisions.article_id', 'revisions.text', 'articles.title', 'articles.language', 'articles.source_id'])
        .where('revisions.article_id', 'in', batch)
        .execute(),
      entityIds.length
        ? db
            .selectFrom('mentions')
            .select(['article_id', 'start_pos', 'end_pos'])
            .where('article_id', 'in', batch)
            .where('entity_id', 'in', entityIds)
            .orderBy('article_id')
            .orderBy('start_pos')
            .execute()
        : [],
    ]);
    for (const r of revs) {
      articles.set(r.article_id, {
        text: r.text,
        title: r.title,
        language: r.language as Language,
        sourceId: r.source_id,
      });
    }
    for (const m of mentions) {
      if (!firstMention.has(m.article_id)) firstMention.set(m.article_id, { start: m.start_pos, end: m.end_pos });
    }
  }
  return rows.flatMap((r) => {
    const article = articles.get(r.id);
    if (!article) return [];
    const { text, title, language, sourceId } = article;
    let snippet = makeSnippet(text, language, parsed);
    const mention = firstMention.get(r.id);
    if (!snippet.includes('<mark>') && mention) snippet = spanSnippet(text, mention.start, mention.end);
    return [{ id: r.id, sourceId, title, language, snippet, score: Number(r.score) }];
  });
}

/** Result counts per language, entity type and (single) year, over the whole filtered result set. */
async function facets(
  db: Kysely<Database>,
  matchedIds: RawBuilder<unknown>,
): Promise<NonNullable<SearchResults['facets']>> {
  const matched = sql`(SELECT a.id AS id, a.language AS language FROM articles a WHERE a.id IN (${matchedIds})) AS f`;
  const [language, entityType, year] = await Promise.all([
    sql<{ k: string; n: unknown }>`SELECT f.language AS k, COUNT(*) AS n FROM ${matched} GROUP BY f.language`.execute(
      db,
    ),
    sql<{ k: string; n: unknown }>`SELECT e.type AS k, COUNT(DISTINCT f.id) AS n FROM ${matched}
      JOIN mentions m ON m.article_id = f.id JOIN entities e ON e.id = m.entity_id GROUP BY e.type`.execute(db),
    sql<{ k: number; n: unknown }>`SELECT y.year_from AS k, COUNT(DISTINCT f.id) AS n FROM ${matched}
      JOIN article_years y ON y.article_id = f.id WHERE y.year_to = y.year_from GROUP BY y.year_from`.execute(db),
  ]);
  const toRecord = (rows: { k: string | number; n: unknown }[]) =>
    Object.fromEntries(rows.map((r) => [String(r.k), toNumber(r.n)]));
  return { language: toRecord(language.rows), entityType: toRecord(entityType.rows), year: toRecord(year.rows) };
}
