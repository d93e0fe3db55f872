import type { StoreDialect } from './dialect.ts';
import { migrateToLatest } from './migrate.ts';
import { postgresDialect } from './postgres/dialect.ts';
import { openPostgres } from './postgres/open.ts';
import { SqlStore } from './sql-store.ts';
import { sqliteDialect } from './sqlite/dialect.ts';
import { openSqlite } from './sqlite/open.ts';
import type { Store } from './types.ts';

export { StoreConflictError, StoreInputError } from './errors.ts';
export { MAX_PAGE_SIZE } from './limits.ts';
export { connectPostgresPool, postgresServer } from './postgres/open.ts';
export { describedIn } from './read/events.ts';
export type * from './types.ts';

export const DEFAULT_DB_PATH = './data/chronicle.db';

export interface StoreOptions {
  /** SQLite file; default `./data/chronicle.db`. */
  dbPath?: string;
  /** `postgres://…`; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
}

/**
 * Opens (and migrates) the store the options name: PostgreSQL when `databaseUrl` or the
 * `DATABASE_URL` environment variable is set, else SQLite at `dbPath` (default `./data/chronicle.db`).
 *
 * @example
 * const store = await openStore({ dbPath: 'data/test.db' });
 * await store.saveArticle(input);
 * await store.close();
 */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  const [db, dialect]: [Awaited<ReturnType<typeof openPostgres>>, StoreDialect] = url
    ? [await openPostgres(url), postgresDialect]
    : [openSqlite(opts.dbPath ?? DEFAULT_DB_PATH), sqliteDialect];
  try {
    await migrateToLatest(db, dialect.migrations);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new SqlStore(db, dialect);
}
