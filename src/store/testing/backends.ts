import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../index.ts';
import type { Store } from '../types.ts';
import { SYSTEM_POSTGRES_URL } from './test-postgres.ts';

/**
 * Server the PostgreSQL half of the tests runs against. Under vitest the global setup
 * (test/setup/postgres.ts) has set it: `TEST_POSTGRES_URL`, the machine's server on 5432, or a
 * throw-away one it started. Elsewhere (benchmarks) the machine's server.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? SYSTEM_POSTGRES_URL;

/** A fresh, empty database of one backend; `open` may be called again to reopen the same one. */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** SQLite file, or PostgreSQL URL. */
  location: string;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
  const file = join(dir, 'test.db');
  return {
    name: 'sqlite',
    location: file,
    open: () => openStore({ dbPath: file, databaseUrl: '' }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The URL of one database on a server URL. */
export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates `chronicle_test_<random>` on the test server; fails with a clear message when it is unreachable. */
export async function postgresBackend(): Promise<TestBackend> {
  const name = `chronicle_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl(TEST_POSTGRES_URL, 'postgres') });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (e) {
    throw new Error(
      `PostgreSQL store tests need a server at ${TEST_POSTGRES_URL} (set TEST_POSTGRES_URL): ${(e as Error).message}`,
    );
  } finally {
    await admin.end().catch(() => {});
  }
  const url = databaseUrl(TEST_POSTGRES_URL, name);
  return {
    name: 'postgres',
    location: url,
    open: () => openStore({ databaseUrl: url }),
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl(TEST_POSTGRES_URL, 'postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Installs a trigger that makes the database reject claims with this text, as a failure mid-save. */
export async function refuseClaimsSaying(backend: TestBackend, text: string): Promise<void> {
  if (backend.name === 'sqlite') {
    const raw = new BetterSqlite3(backend.location);
    raw.exec(`CREATE TRIGGER refuse_claim BEFORE INSERT ON claims WHEN NEW.text = '${text}'
      BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`);
    raw.close();
    return;
  }
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  await client.query(`CREATE FUNCTION refuse_claim() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.text = '${text}' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$`);
  await client.query(
    'CREATE TRIGGER refuse_claim BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION refuse_claim()',
  );
  await client.end();
}
