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

/** Connects a pool to PostgreSQL and checks the server answers, with an error naming host and port. */
export async function openPostgres(url: string): Promise<Kysely<Database>> {
  const where = postgresServer(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => {});
    const err = e as Error & { code?: string };
    throw new Error(`cannot connect to PostgreSQL at ${where}: ${err.message || err.code || 'unknown error'}`);
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
