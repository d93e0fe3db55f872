import { Kysely, PostgresDialect, type PostgresDialectConfig, PostgresDriver } from 'kysely';
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

/**
 * How a search's statements are planned. The vectors live out of line (EXTERNAL storage), so the
 * search table looks tiny to the planner and it picks scans that read and match every vector
 * (60 ms on 5 000 articles) over the GIN index (2 ms): only bitmap scans remain. JIT and parallel
 * workers are off too: a broad match looks costly enough to compile, or to hand 20 snippet rows to
 * a worker, and either takes longer than the query (a worker's start cost 70 ms on a busy machine).
 */
const SEARCH_SETTINGS =
  'SET enable_seqscan = off; SET enable_indexscan = off; SET jit = off; SET max_parallel_workers_per_gather = 0';

/** Most connections of a store's search pool (besides the 10 of its main pool). */
const SEARCH_CONNECTIONS = 4;

/** The search pool of each store opened by `openPostgres`. */
const searchDatabases = new WeakMap<Kysely<Database>, Kysely<Database>>();

/**
 * The connections a store's searches run on (`postgresDialect.searching`), set up once per
 * connection with `SEARCH_SETTINGS`, so a search needs no transaction to scope them: two round
 * trips fewer (BEGIN with the settings, COMMIT) per search. Undefined for a database not opened by
 * `openPostgres`.
 */
export function searchDatabaseOf(db: Kysely<Database>): Kysely<Database> | undefined {
  return searchDatabases.get(db);
}

/** A driver that also closes the store's search pool when the store closes. */
class StoreDriver extends PostgresDriver {
  readonly #alsoClose: () => Promise<void>;
  constructor(config: PostgresDialectConfig, alsoClose: () => Promise<void>) {
    super(config);
    this.#alsoClose = alsoClose;
  }
  override async destroy(): Promise<void> {
    await super.destroy();
    await this.#alsoClose();
  }
}

class StoreDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  readonly #alsoClose: () => Promise<void>;
  constructor(config: PostgresDialectConfig, alsoClose: () => Promise<void>) {
    super(config);
    this.#config = config;
    this.#alsoClose = alsoClose;
  }
  override createDriver(): PostgresDriver {
    return new StoreDriver(this.#config, this.#alsoClose);
  }
}

/**
 * Connects a pool to PostgreSQL and checks the server answers, with an error naming host and port.
 * Beside it, a small pool for searches (`searchDatabaseOf`), connected when first used.
 */
export async function openPostgres(url: string): Promise<Kysely<Database>> {
  const pool = await connectPostgresPool(url, { max: 10 });
  const searchPool = new pg.Pool({ connectionTimeoutMillis: 10_000, max: SEARCH_CONNECTIONS, connectionString: url });
  searchPool.on('error', () => {});
  // Queued before anything else the new connection is asked.
  searchPool.on('connect', (client) => {
    client.query(SEARCH_SETTINGS).catch(() => {});
  });
  const searchDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: searchPool }) });
  const db = new Kysely<Database>({ dialect: new StoreDialect({ pool }, () => searchDb.destroy()) });
  searchDatabases.set(db, searchDb);
  return db;
}
