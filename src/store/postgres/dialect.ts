import { sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import {
  compactPostgresSearch,
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
    // Merging events reads and writes shared rows; serialising writers keeps merges deterministic
    // and avoids duplicate-key races, as SQLite's single writer does. Statements without
    // parameters go as one simple query: one round trip for both.
    await sql`BEGIN; SELECT pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
  },
  async nextSavepoint(conn, name) {
    await sql`RELEASE SAVEPOINT ${sql.id(name)}; SAVEPOINT ${sql.id(name)}`.execute(conn);
  },
  searching(db, run) {
    // The vectors live out of line (EXTERNAL storage), so the table looks tiny to the planner and
    // it picks scans that read and match every vector (60 ms on 5 000 articles) over the GIN
    // index (2 ms). Within the search's own read transaction, only bitmap scans remain.
    // JIT and parallel workers are off too: a broad match looks costly enough to compile, or to
    // hand 20 snippet rows to a worker, and either takes longer than the query (a worker's start
    // cost 70 ms on a busy machine). One statement sets them all (a round trip costs as much as a
    // small query).
    return db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
        set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`.execute(trx);
      return run(trx);
    });
  },
  indexArticle: indexPostgresArticle,
  compactSearchIndex: compactPostgresSearch,
  unindexArticle: unindexPostgresArticle,
  textMatches: postgresTextMatches,
  rankedMatches: postgresRankedMatches,
  newestRanked: postgresNewestRanked,
  phraseMatches: postgresPhraseMatches,
};
