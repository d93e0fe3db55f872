// The two databases a store benchmark runs against, and the percentile helper both benches share.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.ts';
import { databaseUrl, postgresBackend, TEST_POSTGRES_URL } from '../src/store/testing/backends.ts';

export interface Backend {
  name: string;
  open(): Promise<Store>;
  /** Bytes on disk, measured after the store is closed (SQLite has then checkpointed its log). */
  size(): Promise<number>;
  drop(): Promise<void>;
}

/** A SQLite file in a fresh temp folder, or in `keepDir` (kept afterwards, for study). */
export function sqliteBackend(prefix: string, keepDir?: string): Backend {
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'bench.db');
  return {
    name: 'SQLite',
    open: () => openStore({ dbPath: file, databaseUrl: '' }),
    size: async () => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    drop: async () => {
      if (!keepDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh PostgreSQL database on the test server, dropped afterwards; or, with `keepName`, the
 * database of that name, created when missing and kept afterwards, so a later run can query
 * (or finish loading) it again as SQLite's kept file allows.
 */
export async function postgresBenchBackend(keepName?: string): Promise<Backend> {
  const pg = await import('pg');
  let location: string;
  let open: () => Promise<Store>;
  let drop: () => Promise<void>;
  if (keepName) {
    location = databaseUrl(TEST_POSTGRES_URL, keepName);
    const admin = new pg.default.Client({ connectionString: databaseUrl(TEST_POSTGRES_URL, 'postgres') });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [keepName]);
      if (!exists.rowCount) await admin.query(`CREATE DATABASE ${keepName}`);
    } finally {
      await admin.end();
    }
    open = () => openStore({ databaseUrl: location });
    drop = async () => {};
  } else {
    const backend = await postgresBackend();
    ({ location, open, drop } = backend);
  }
  return {
    name: 'PostgreSQL',
    open,
    size: async () => {
      const client = new pg.default.Client({ connectionString: location });
      await client.connect();
      try {
        const r = await client.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
        return Number(r.rows[0]!.n);
      } finally {
        await client.end();
      }
    },
    drop,
  };
}

/** The p-th percentile of already sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
