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
  searching(db, run) {
    // The vectors live out of line (EXTERNAL storage), so the table looks tiny to the planner and
    // it picks scans that read and match every vector (60 ms on 5 000 articles) over the GIN
    // index (2 ms). Within the search's own read transaction, only bitmap scans remain.
    return db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      await sql`SET LOCAL enable_indexscan = off`.execute(trx);
      return run(trx);
    });
  },
  indexArticle: indexPostgresArticle,
  // GIN indexes merge their pending entries on their own (autovacuum, or when the list fills).
  compactSearchIndex: async () => false,
  unindexArticle: unindexPostgresArticle,
  textMatches: postgresTextMatches,
  rankedMatches: postgresRankedMatches,
  newestRanked: postgresNewestRanked,
  phraseMatches: postgresPhraseMatches,
};
