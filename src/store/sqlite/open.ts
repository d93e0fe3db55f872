import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.ts';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

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
    raw.pragma('foreign_keys = ON');
    // Fails here, not later, when the file is not a SQLite database.
    raw.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (e) {
    raw.close();
    throw new Error(`cannot open database ${file}: ${(e as Error).message}`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
}
