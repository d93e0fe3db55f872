// The two databases a store benchmark runs against, and the percentile helper both benches share.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.ts';
import { postgresBackend } from '../src/store/testing/backends.ts';

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

/** A fresh PostgreSQL database on the test server, dropped afterwards. */
export async function postgresBenchBackend(): Promise<Backend> {
  const backend = await postgresBackend();
  const pg = await import('pg');
  return {
    name: 'PostgreSQL',
    open: backend.open,
    size: async () => {
      const client = new pg.default.Client({ connectionString: backend.location });
      await client.connect();
      try {
        const r = await client.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n');
        return Number(r.rows[0]!.n);
      } finally {
        await client.end();
      }
    },
    drop: backend.drop,
  };
}

/** The p-th percentile of already sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
