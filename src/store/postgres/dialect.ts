import { sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import { toTsQuery } from '../text.ts';
import { postgresMigrations } from './migrations.ts';

/** Any constant shared by every Chronicle writer: saves take this transaction-scoped lock in turn. */
const WRITE_LOCK = 7_420_190;

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  migrations: postgresMigrations,
  async beginWrite(conn) {
    await sql`BEGIN`.execute(conn);
    // Merging events reads and writes shared rows; serialising writers keeps merges deterministic
    // and avoids duplicate-key races, as SQLite's single writer does.
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
  },
  async indexArticle(conn, articleId, titleTokens, bodyTokens) {
    // Title lexemes get weight A, body B; ts_rank's default weights make A count most.
    await sql`INSERT INTO article_search (article_id, doc)
      VALUES (${articleId}, setweight(to_tsvector('simple', ${titleTokens}), 'A') || setweight(to_tsvector('simple', ${bodyTokens}), 'B'))
      ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc`.execute(conn);
  },
  async unindexArticle(conn, articleId) {
    await sql`DELETE FROM article_search WHERE article_id = ${articleId}`.execute(conn);
  },
  textMatches(parsed, scored) {
    const query = toTsQuery(parsed);
    if (!query.trim()) return null;
    const score = scored ? sql`ts_rank(doc, q)` : sql`0.0`;
    return sql`SELECT article_id, ${score} AS score FROM article_search, to_tsquery('simple', ${query}) q WHERE doc @@ q`;
  },
};
