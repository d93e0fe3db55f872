import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { Store } from '../store/index.ts';
import { UserError } from './errors.ts';

/** The store's largest page (its MAX_PAGE_SIZE), kept here so that importing it does not load the store. */
export const MAX_PAGE_SIZE = 200;

/**
 * Opens the store a command names: PostgreSQL when `DATABASE_URL` is set, else the SQLite file of
 * the global `--db` option (its folder is created when missing). Failures are one-line user errors.
 */
export async function openStoreFor(cmd: Command): Promise<Store> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dbPath: string = cmd.optsWithGlobals().db ?? './data/chronicle.db';
  try {
    if (!databaseUrl) await mkdir(dirname(dbPath), { recursive: true });
    // Loaded on demand: commands without a database (extract, timex) start faster and do not
    // depend on the native SQLite module or the PostgreSQL driver.
    const { openStore } = await import('../store/index.ts');
    return await openStore({ dbPath, databaseUrl });
  } catch (err) {
    const reason = err instanceof Error ? (err.message.split('\n')[0] as string) : String(err);
    // The store's own message may already say which database; do not say it twice.
    if (/^cannot open/.test(reason)) throw new UserError(reason);
    const where = databaseUrl ? 'the database in DATABASE_URL' : `the database ${dbPath}`;
    throw new UserError(`cannot open ${where}: ${reason}`);
  }
}

/** Runs `work` with an open store and always closes it, so a failed command leaves nothing open. */
export async function withStore<T>(cmd: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFor(cmd);
  try {
    return await work(store);
  } catch (err) {
    // The store refuses malformed requests with a message meant for the user.
    if (err instanceof Error && (err.name === 'StoreInputError' || err.name === 'StoreConflictError'))
      throw new UserError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
