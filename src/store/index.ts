import type { Store } from './types.ts';

export type * from './types.ts';

export interface StoreOptions {
  /** SQLite file; default `./data/chronicle.db`. */
  dbPath?: string;
  /** `postgres://…`; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
}

/** STUB until the store lands. Opens (and migrates) the store the options name. */
export async function openStore(_opts: StoreOptions = {}): Promise<Store> {
  throw new Error('store: not implemented yet');
}
