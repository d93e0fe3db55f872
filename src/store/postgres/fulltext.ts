import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { TextQuery } from '../dialect.ts';
import type { Database } from '../schema.ts';
import type { IndexArticle } from '../search-index/fields.ts';
import { type ParsedQuery, toTsPhrase, toTsQuery } from '../text.ts';

export const indexPostgresArticle: IndexArticle = async (conn, articleId, fields) => {
  // Title lexemes get weight A, body B, the tokens of mentioned entities D; ts_rank's default
  // weights make A count most. Years sit in their own vector so no query word can match them.
  await sql`INSERT INTO article_search (article_id, doc, years)
    VALUES (${articleId},
      setweight(to_tsvector('simple', ${fields.title}), 'A') || setweight(to_tsvector('simple', ${fields.body}), 'B')
        || setweight(to_tsvector('simple', ${fields.entities}), 'D'),
      to_tsvector('simple', ${fields.years}))
    ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc, years = excluded.years`.execute(conn);
};

export async function unindexPostgresArticle(conn: Kysely<Database>, articleId: number): Promise<void> {
  await sql`DELETE FROM article_search WHERE article_id = ${articleId}`.execute(conn);
}

/**
 * Cover density: texts where the query's words stand close together rank higher, the nearest
 * PostgreSQL has to bm25's saturation (plain ts_rank grows with every repeat of a word).
 */
const RANK = sql.raw('ts_rank_cd');

function yearsCondition(years: string[] | null): RawBuilder<unknown> {
  if (!years) return sql``;
  return sql` AND years @@ to_tsquery('simple', ${years.map((y) => `'${y}'`).join(' | ')})`;
}

/** The words, or an entity the query names (its tokens are in the same vector, weight D). */
function docQuery({ parsed, entities }: TextQuery): string {
  return toTsQuery(parsed, entities);
}

export function postgresTextMatches(query: TextQuery): RawBuilder<unknown> | null {
  const doc = docQuery(query);
  if (!doc) return null;
  return sql`SELECT article_id FROM article_search WHERE doc @@ to_tsquery('simple', ${doc})${yearsCondition(query.years)}`;
}

export function postgresRankedMatches(query: TextQuery, minId: number, maxId: number): RawBuilder<unknown> | null {
  const doc = docQuery(query);
  if (!doc) return null;
  return sql`SELECT article_id, ${RANK}(doc, to_tsquery('simple', ${doc})) AS score FROM article_search
    WHERE doc @@ to_tsquery('simple', ${doc})${yearsCondition(query.years)}
    AND article_id >= ${minId} AND article_id <= ${maxId}`;
}

export function postgresNewestRanked(
  query: TextQuery,
  filter: (id: RawBuilder<unknown>) => RawBuilder<unknown>,
  size: number,
): RawBuilder<unknown> | null {
  const doc = docQuery(query);
  if (!doc) return null;
  // Ranked outside the limit: only `size` vectors are read in full.
  return sql`SELECT article_id, ${RANK}(doc, to_tsquery('simple', ${doc})) AS score FROM (
    SELECT article_id, doc FROM article_search
    WHERE doc @@ to_tsquery('simple', ${doc})${yearsCondition(query.years)} AND ${filter(sql`article_search.article_id`)}
    ORDER BY article_id DESC LIMIT ${size}) AS newest`;
}

export function postgresPhraseMatches(parsed: ParsedQuery, ids: number[]): RawBuilder<unknown> | null {
  const phrase = toTsPhrase(parsed);
  if (!phrase) return null;
  // The listed rows only: a phrase test reads each vector's positions.
  return sql`SELECT article_id FROM article_search
    WHERE article_id IN (${sql.join(ids)}) AND doc @@ to_tsquery('simple', ${phrase})`;
}
