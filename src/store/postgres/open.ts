import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';

/** Checks `url` is a postgres:// URL; returns the parsed URL. */
export function parsePostgresUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL: not a postgres:// URL');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error('DATABASE_URL: not a postgres:// URL');
  }
  return parsed;
}

/** `host:port` of a postgres:// URL, for messages that name the server; throws when it is not one. */
export function postgresServer(url: string): string {
  const parsed = parsePostgresUrl(url);
  return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
}

/**
 * A `pg` pool whose server has answered, or an error naming host and port (never the password).
 * The store's and the ingest queue's connections both start here.
 */
export async function connectPostgresPool(url: string, config: pg.PoolConfig = {}): Promise<pg.Pool> {
  const where = postgresServer(url);
  const pool = new pg.Pool({ connectionTimeoutMillis: 10_000, ...config, connectionString: url });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => {});
    const err = e as Error & { code?: string };
    throw new Error(`cannot connect to PostgreSQL at ${where}: ${err.message || err.code || 'unknown error'}`);
  }
  return pool;
}

/** Connects a pool to PostgreSQL and checks the server answers, with an error naming host and port. */
export async function openPostgres(url: string): Promise<Kysely<Database>> {
  const pool = await connectPostgresPool(url, { max: 10 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
