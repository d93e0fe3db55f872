import { type Kysely, sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import type { Database } from '../schema.ts';
import { toFts5Match } from '../text.ts';
import { sqliteMigrations } from './migrations.ts';

/** Title matches weigh three times body matches in bm25. */
const TITLE_WEIGHT = 3.0;

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  migrations: sqliteMigrations,
  async beginWrite(conn) {
    // IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a transaction
    // that reads and then writes never fails half-way because another process wrote first.
    await sql`BEGIN IMMEDIATE`.execute(conn);
  },
  async indexArticle(conn: Kysely<Database>, articleId, titleTokens, bodyTokens) {
    await sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.execute(conn);
    await sql`INSERT INTO article_fts (rowid, title, body) VALUES (${articleId}, ${titleTokens}, ${bodyTokens})`.execute(
      conn,
    );
  },
  async unindexArticle(conn, articleId) {
    await sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.execute(conn);
  },
  textMatches(parsed, scored) {
    const match = toFts5Match(parsed);
    if (!match.trim()) return null;
    // Counting needs no rank; bm25 for every match is the expensive part of a broad query.
    if (!scored) return sql`SELECT rowid AS article_id, 0.0 AS score FROM article_fts WHERE article_fts MATCH ${match}`;
    // bm25 is lower-is-better and negative; negate so every backend reports higher-is-better.
    return sql`SELECT rowid AS article_id, -bm25(article_fts, ${sql.lit(TITLE_WEIGHT)}, 1.0) AS score
      FROM article_fts WHERE article_fts MATCH ${match}`;
  },
};
