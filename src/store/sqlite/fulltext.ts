import { type CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import type { TextQuery } from '../dialect.ts';
import type { Database } from '../schema.ts';
import type { IndexArticle, SearchFields } from '../search-index/fields.ts';
import { type ParsedQuery, toFts5Match, toFts5Phrase } from '../text.ts';

/**
 * bm25 weights of the title, body, years and entities columns: a title word counts three body
 * words; years never rank; a mentioned entity the query names counts as a body word.
 */
const WEIGHTS = sql.raw('3.0, 1.0, 0.0, 1.0');

export function sqliteIndexWrites(conn: Kysely<Database>, articleId: number, fields: SearchFields): CompiledQuery[] {
  return [
    sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.compile(conn),
    sql`INSERT INTO article_fts (rowid, title, body, years, entities)
      VALUES (${articleId}, ${fields.title}, ${fields.body}, ${fields.years}, ${fields.entities})`.compile(conn),
  ];
}

export const indexSqliteArticle: IndexArticle = async (conn, articleId, fields) => {
  for (const write of sqliteIndexWrites(conn, articleId, fields)) await conn.executeQuery(write);
};

/**
 * Segments of the FTS5 index above which `compactSqliteSearch` merges them all. Every write
 * transaction adds a segment, and FTS5's own automerge lets a few dozen pile up; a query merges
 * every segment's posting lists. On 100 000 articles, merging 14 segments into one took 2.5 s and
 * made queries 15-25 % faster (bench/RESULTS.md); below this count it is not worth rewriting
 * the whole index after a small ingest.
 */
const MAX_SEGMENTS = 4;

export async function compactSqliteSearch(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT count(DISTINCT segid) AS n FROM article_fts_idx`.execute(db);
  if ((rows[0]?.n ?? 0) <= MAX_SEGMENTS) return false;
  await db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      await sql`INSERT INTO article_fts(article_fts) VALUES ('optimize')`.execute(conn);
      await sql`COMMIT`.execute(conn);
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => {});
      throw e;
    }
  });
  return true;
}

export async function unindexSqliteArticle(conn: Kysely<Database>, articleId: number): Promise<void> {
  await sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.execute(conn);
}

/**
 * The MATCH expression: the words in title and body only (the years and entities columns hold
 * tokens such as `y2009` a query word could spell), or an entity the query names, and a year.
 */
function matchExpression({ parsed, years, entities }: TextQuery): string {
  const text = toFts5Match(parsed, {
    columns: ['title', 'body'],
    alsoIn: { column: 'entities', tokens: entities },
  });
  if (!text || !years) return text;
  return `${text} AND years : (${years.map((y) => `"${y}"`).join(' OR ')})`;
}

export function sqliteTextMatches(query: TextQuery): RawBuilder<unknown> | null {
  const match = matchExpression(query);
  if (!match) return null;
  return sql`SELECT rowid AS article_id FROM article_fts WHERE article_fts MATCH ${match}`;
}

export function sqliteRankedMatches(query: TextQuery, minId: number, maxId: number): RawBuilder<unknown> | null {
  const match = matchExpression(query);
  if (!match) return null;
  // bm25 is lower-is-better and negative; negated so every backend reports higher-is-better.
  return sql`SELECT rowid AS article_id, -bm25(article_fts, ${WEIGHTS}) AS score FROM article_fts
    WHERE article_fts MATCH ${match} AND rowid >= ${minId} AND rowid <= ${maxId}`;
}

export function sqliteNewestRanked(
  query: TextQuery,
  filter: (id: RawBuilder<unknown>) => RawBuilder<unknown>,
  size: number,
): RawBuilder<unknown> | null {
  const match = matchExpression(query);
  if (!match) return null;
  // Walking matches newest first stops after `size`; bm25 is computed for those rows only.
  return sql`SELECT rowid AS article_id, -bm25(article_fts, ${WEIGHTS}) AS score, NULL AS together, NULL AS total
    FROM article_fts WHERE article_fts MATCH ${match} AND ${filter(sql`article_fts.rowid`)}
    ORDER BY rowid DESC LIMIT ${size}`;
}

export function sqlitePhraseMatches(parsed: ParsedQuery, ids: number[]): RawBuilder<unknown> | null {
  const phrase = toFts5Phrase(parsed);
  if (!phrase) return null;
  // A rowid range, not the list: FTS5 runs its match once per listed rowid, but walks a range once.
  return sql`SELECT rowid AS article_id FROM article_fts
    WHERE article_fts MATCH ${`{title body} : (${phrase})`} AND rowid >= ${Math.min(...ids)}`;
}
