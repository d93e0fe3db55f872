import type { Kysely } from 'kysely';
import { CompiledQuery, sql } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import type { Database } from '../schema.ts';
import {
  compactPostgresSearch,
  indexPostgresArticle,
  postgresIndexWrites,
  postgresNewestRanked,
  postgresPhraseMatches,
  postgresRankedMatches,
  postgresTextMatches,
  unindexPostgresArticle,
} from './fulltext.ts';
import { postgresMigrations } from './migrations.ts';
import { searchDatabaseOf } from './open.ts';
import { WRITE_LOCK } from './write-lock.ts';

/**
 * Most parameters in one statement of `writeAll` (the protocol allows 65 535): an article with
 * more writes goes in several.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Independent writes as one statement: each a data-modifying `WITH` part, all run to completion
 * (PostgreSQL runs every part whether or not the main query reads it), parameters renumbered.
 * One round trip instead of one per write.
 */
async function writeTogether(conn: Kysely<Database>, writes: readonly CompiledQuery[]): Promise<void> {
  if (writes.length === 1) {
    await conn.executeQuery(writes[0]!);
    return;
  }
  const parts: string[] = [];
  const parameters: unknown[] = [];
  for (const write of writes) {
    const offset = parameters.length;
    parts.push(`w${parts.length} AS (${write.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`);
    parameters.push(...write.parameters);
  }
  await conn.executeQuery(CompiledQuery.raw(`WITH ${parts.join(', ')} SELECT 1`, parameters));
}

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
    // Its own connections, planner settings made once each (`searchDatabaseOf`): no transaction.
    const search = searchDatabaseOf(db);
    if (search) return run(search);
    // A database opened some other way: the settings for this transaction only. Without
    // parameters, BEGIN and the settings go as one simple query.
    return db.connection().execute(async (conn) => {
      await sql`BEGIN; SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
        set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`.execute(conn);
      try {
        const result = await run(conn);
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (e) {
        await sql`ROLLBACK`.execute(conn).catch(() => {});
        throw e;
      }
    });
  },
  indexArticle: indexPostgresArticle,
  indexWrites: postgresIndexWrites,
  async writeAll(conn, writes) {
    // Every statement is sent before any answer is awaited, so they stay together in the
    // connection's queue when a batch's saves write ahead (`writesAhead`).
    const sent: Promise<void>[] = [];
    let group: CompiledQuery[] = [];
    let parameters = 0;
    for (const write of writes) {
      if (group.length && parameters + write.parameters.length > MAX_PARAMETERS) {
        sent.push(writeTogether(conn, group));
        group = [];
        parameters = 0;
      }
      group.push(write);
      parameters += write.parameters.length;
    }
    if (group.length) sent.push(writeTogether(conn, group));
    for (const outcome of await Promise.allSettled(sent)) if (outcome.status === 'rejected') throw outcome.reason;
  },
  writesAhead: true,
  async reserveArticleIds(conn, count) {
    if (count <= 0) return [];
    // The identity column's own sequence; the write lock keeps other saves from taking ids meanwhile.
    const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('articles', 'id'))::int AS id
      FROM generate_series(1, ${count})`.execute(conn);
    return rows.map((r) => r.id).sort((a, b) => a - b);
  },
  compactSearchIndex: compactPostgresSearch,
  unindexArticle: unindexPostgresArticle,
  textMatches: postgresTextMatches,
  rankedMatches: postgresRankedMatches,
  newestRanked: postgresNewestRanked,
  phraseMatches: postgresPhraseMatches,
};
