import { sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import {
  compactSqliteSearch,
  indexSqliteArticle,
  sqliteIndexWrites,
  sqliteNewestRanked,
  sqlitePhraseMatches,
  sqliteRankedMatches,
  sqliteTextMatches,
  unindexSqliteArticle,
} from './fulltext.ts';
import { sqliteMigrations } from './migrations.ts';

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  migrations: sqliteMigrations,
  async beginWrite(conn) {
    // IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a transaction
    // that reads and then writes never fails half-way because another process wrote first.
    await sql`BEGIN IMMEDIATE`.execute(conn);
  },
  async nextSavepoint(conn, name) {
    // better-sqlite3 runs one statement at a time (and a savepoint costs no round trip here).
    await sql`RELEASE SAVEPOINT ${sql.id(name)}`.execute(conn);
    await sql`SAVEPOINT ${sql.id(name)}`.execute(conn);
  },
  searching: (db, run) => run(db),
  indexArticle: indexSqliteArticle,
  indexWrites: sqliteIndexWrites,
  async writeAll(conn, writes) {
    // In-process: a statement costs no round trip.
    for (const write of writes) await conn.executeQuery(write);
  },
  // In-process: no round trip to save and no other process to work meanwhile.
  writesAhead: false,
  // A rowid is the largest one + 1 when inserted: nothing to take up front.
  reserveArticleIds: async () => [],
  compactSearchIndex: compactSqliteSearch,
  unindexArticle: unindexSqliteArticle,
  textMatches: sqliteTextMatches,
  rankedMatches: sqliteRankedMatches,
  newestRanked: sqliteNewestRanked,
  phraseMatches: sqlitePhraseMatches,
};
