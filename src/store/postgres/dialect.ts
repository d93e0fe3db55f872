import { sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import {
  indexPostgresArticle,
  postgresNewestRanked,
  postgresPhraseMatches,
  postgresRankedMatches,
  postgresTextMatches,
  unindexPostgresArticle,
} from './fulltext.ts';
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
  indexArticle: indexPostgresArticle,
  unindexArticle: unindexPostgresArticle,
  textMatches: postgresTextMatches,
  rankedMatches: postgresRankedMatches,
  newestRanked: postgresNewestRanked,
  phraseMatches: postgresPhraseMatches,
};
