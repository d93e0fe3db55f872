import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import { chunks, nameKey, spanSnippet, toNumber } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkEntityId, checkEntityType, checkLanguage, checkYear, MAX_QUERY_LENGTH, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import { getGazetteerEntry, lookupEntityIds, makeSnippet, type ParsedQuery, parseQuery, QueryError } from '../text.ts';
import type { SearchHit, SearchQuery, SearchResults } from '../types.ts';

/** Most entity ids a query can expand to (a query naming a dozen organisations is already unusual). */
const MAX_QUERY_ENTITIES = 20;

/**
 * Ranked full-text search with filters. Text matches come from the dialect's index (analysed
 * tokens, bm25 / ts_rank); articles that mention an entity the query names (`ОБСЕ` → org:osce)
 * also match, with score 0 unless their text matches too, so the query finds articles in every
 * language. Ties break by article id so both backends page identically.
 */
export async function search(db: Kysely<Database>, dialect: StoreDialect, query: SearchQuery): Promise<SearchResults> {
  const { limit, offset } = pageOf(query);
  if (typeof query.q !== 'string') throw new StoreInputError('q: missing');
  if (query.q.length > MAX_QUERY_LENGTH) throw new StoreInputError(`q: longer than ${MAX_QUERY_LENGTH} characters`);
  checkYear(query.from, 'from');
  checkYear(query.to, 'to');
  if (query.entity !== undefined) checkEntityId(query.entity);
  checkEntityType(query.entityType);
  checkLanguage(query.language);

  const parsed = parseOrRefuse(query.q);
  const searchable = parsed.terms.some((t) => !t.excluded);
  const ranked = searchable ? dialect.textMatches(parsed, true) : null;
  const unranked = searchable ? dialect.textMatches(parsed, false) : null;
  const entityIds = await queryEntities(db, query.q, parsed);
  const sources: RawBuilder<unknown>[] = [];
  // Text matches are a materialised CTE: FTS5's bm25() only works in a query on its own table.
  if (ranked) sources.push(sql`SELECT article_id, score FROM text_hits`);
  if (entityIds.length) {
    sources.push(
      sql`SELECT DISTINCT article_id, 0.0 AS score FROM mentions WHERE entity_id IN (${sql.join(entityIds)})`,
    );
  }
  if (!sources.length) return { total: 0, results: [] };

  const withText = ranked ? sql`WITH text_hits AS MATERIALIZED (${ranked}) ` : sql``;
  const withMatches = unranked ? sql`WITH text_hits AS MATERIALIZED (${unranked}) ` : sql``;
  // Text alone needs no union: one pass over the matches.
  const hits =
    sources.length === 1 && ranked
      ? sql`SELECT article_id, score FROM text_hits`
      : sql`SELECT article_id, SUM(score) AS score FROM (${sql.join(sources, sql` UNION ALL `)}) AS u GROUP BY article_id`;
  const where = filters(query);
  const from = sql`FROM (${hits}) AS h WHERE ${where}`;
  // Rank ids only (article columns for every match would cost more than the ranking); the total
  // rides along as a window count, since ranking visits every match once anyway.
  const page = await sql<{ id: number; score: number; total: unknown }>`${withText}
    SELECT h.article_id AS id, h.score, COUNT(*) OVER () AS total ${from}
    ORDER BY h.score DESC, h.article_id ASC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const total = page.rows.length
    ? toNumber(page.rows[0]!.total)
    : offset === 0
      ? 0
      : toNumber((await sql<{ n: unknown }>`${withMatches}SELECT COUNT(*) AS n ${from}`.execute(db)).rows[0]?.n);
  const results = await withSnippets(db, page.rows, parsed, entityIds);
  const out: SearchResults = { total, results };
  if (query.facets) out.facets = await facets(db, withMatches, from);
  return out;
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
 * Entity ids the query names, so articles in other languages that mention the entity match too.
 * From the gazetteer only when the query is that entity (one word such as `ОБСЕ`, or a whole
 * name), so `OSCE summit` does not pull in every OSCE article; plus names already stored.
 */
async function queryEntities(db: Kysely<Database>, q: string, parsed: ParsedQuery): Promise<string[]> {
  const key = nameKey(q);
  if (!key) return [];
  const stored = await db.selectFrom('entity_names').select('entity_id').where('name_key', '=', key).execute();
  const oneWord = parsed.terms.length === 1 && !parsed.terms[0]!.phrase;
  const named = lookupEntityIds(q).filter(
    (id) => oneWord || (getGazetteerEntry(id)?.aliases ?? []).some((alias) => nameKey(alias) === key),
  );
  return [...new Set([...named, ...stored.map((r) => r.entity_id)])].sort().slice(0, MAX_QUERY_ENTITIES);
}

function filters(query: SearchQuery): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.language) {
    conds.push(sql`h.article_id IN (SELECT id FROM articles WHERE language = ${query.language})`);
  }
  if (query.from !== undefined || query.to !== undefined) {
    const from = query.from ?? -10000;
    const to = query.to ?? 10000;
    conds.push(
      sql`EXISTS (SELECT 1 FROM article_years y WHERE y.article_id = h.article_id AND y.year_from <= ${to} AND y.year_to >= ${from})`,
    );
  }
  if (query.entity) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = h.article_id AND m.entity_id = ${query.entity})`,
    );
  }
  if (query.entityType) {
    conds.push(
      sql`EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = h.article_id AND e.type = ${query.entityType})`,
    );
  }
  return sql.join(conds, sql` AND `);
}

/** Titles and highlighted snippets from each hit's latest text; entity-only hits show their first mention. */
async function withSnippets(
  db: Kysely<Database>,
  rows: { id: number; score: number }[],
  parsed: ParsedQuery,
  entityIds: string[],
): Promise<SearchHit[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const articles = new Map<number, { text: string; title: string; language: Language; sourceId: string | null }>();
  const firstMention = new Map<number, { start: number; end: number }>();
  for (const batch of chunks(ids)) {
    const revs = await db
      .selectFrom('revisions')
      .innerJoin('articles', (j) =>
        j
          .onRef('articles.id', '=', 'revisions.article_id')
          .onRef('articles.current_revision', '=', 'revisions.revision'),
      )
      .select(['revisions.article_id', 'revisions.text', 'articles.title', 'articles.language', 'articles.source_id'])
      .where('revisions.article_id', 'in', batch)
      .execute();
    for (const r of revs) {
      articles.set(r.article_id, {
        text: r.text,
        title: r.title,
        language: r.language as Language,
        sourceId: r.source_id,
      });
    }
    if (entityIds.length) {
      const mentions = await db
        .selectFrom('mentions')
        .select(['article_id', 'start_pos', 'end_pos'])
        .where('article_id', 'in', batch)
        .where('entity_id', 'in', entityIds)
        .orderBy('article_id')
        .orderBy('start_pos')
        .execute();
      for (const m of mentions) {
        if (!firstMention.has(m.article_id)) firstMention.set(m.article_id, { start: m.start_pos, end: m.end_pos });
      }
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
  withText: RawBuilder<unknown>,
  from: RawBuilder<unknown>,
): Promise<NonNullable<SearchResults['facets']>> {
  const matched = sql`(SELECT a.id AS id, a.language AS language FROM articles a WHERE a.id IN (SELECT h.article_id ${from})) AS f`;
  const [language, entityType, year] = await Promise.all([
    sql<{
      k: string;
      n: unknown;
    }>`${withText}SELECT f.language AS k, COUNT(*) AS n FROM ${matched} GROUP BY f.language`.execute(db),
    sql<{ k: string; n: unknown }>`${withText}SELECT e.type AS k, COUNT(DISTINCT f.id) AS n FROM ${matched}
      JOIN mentions m ON m.article_id = f.id JOIN entities e ON e.id = m.entity_id GROUP BY e.type`.execute(db),
    sql<{ k: number; n: unknown }>`${withText}SELECT y.year_from AS k, COUNT(DISTINCT f.id) AS n FROM ${matched}
      JOIN article_years y ON y.article_id = f.id WHERE y.year_to = y.year_from GROUP BY y.year_from`.execute(db),
  ]);
  const toRecord = (rows: { k: string | number; n: unknown }[]) =>
    Object.fromEntries(rows.map((r) => [String(r.k), toNumber(r.n)]));
  return { language: toRecord(language.rows), entityType: toRecord(entityType.rows), year: toRecord(year.rows) };
}
