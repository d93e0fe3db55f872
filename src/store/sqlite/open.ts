import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import type { Database } from '../schema.ts';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * WAL pages written before a commit copies them back into the database file (40 MB of 4 KB
 * pages; SQLite's default is 1000). Every save dirties pages all over the event and link
 * indexes, so at the default a checkpoint (with its fsync) ran every few saves; measured on
 * 1000 analysed articles, saves went from 36 to 41 per second. Crash safety is unchanged: a
 * killed process still leaves whole transactions only, the WAL is just longer between checkpoints.
 */
const WAL_CHECKPOINT_PAGES = 10_000;

/** Page cache per connection, in KiB (SQLite's default is 2 MiB). */
const CACHE_KIB = 256 * 1024;

/**
 * Opens (creating folder and file if needed) the SQLite database at `path`, in WAL mode so a
 * server can read while an ingest writes, and so a killed process never leaves half a transaction.
 */
export function openSqlite(path: string): Kysely<Database> {
  const file = resolve(path);
  let raw: BetterSqlite3.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    raw = new BetterSqlite3(file);
  } catch (e) {
    throw new Error(`cannot open database ${file}: ${(e as Error).message}`);
  }
  try {
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma(`cache_size = -${CACHE_KIB}`);
    raw.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    raw.pragma('foreign_keys = ON');
    // Fails here, not later, when the file is not a SQLite database.
    raw.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (e) {
    raw.close();
    throw new Error(`cannot open database ${file}: ${(e as Error).message}`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
}

/**
 * SQL kept prepared, in characters of SQL text. A save runs a few dozen shapes, but a multi-row
 * insert or an `IN` list is one text per row count, so an ingest cycles through a few thousand
 * texts; a prepared statement takes about 30 bytes per character of its text (a 400-row insert
 * is its 1 600 placeholders' opcodes), so the budget is text, not a count: about 60 MB here.
 */
const STATEMENT_CACHE_CHARS = 2_000_000;

/**
 * Kysely prepares every query afresh; re-preparing the same SQL costs as much as running it for
 * small queries. Statements are reusable once a run is over, and Kysely runs one query at a time
 * on the connection, so each SQL text keeps one prepared statement. The least recently used go
 * when the budget is spent (emptying the cache at 500 texts made a save prepare 17 of its 77
 * statements again, bench/RESULTS.md).
 */
function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  let chars = 0;
  return {
    close: () => raw.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement) {
        // Map order is insertion order: moved to the end, it is the most recently used.
        cache.delete(sqlText);
      } else {
        statement = raw.prepare(sqlText);
        chars += sqlText.length;
        for (const oldest of cache.keys()) {
          if (chars <= STATEMENT_CACHE_CHARS) break;
          cache.delete(oldest);
          chars -= oldest.length;
        }
      }
      cache.set(sqlText, statement);
      return statement;
    },
  };
}
