import { type Kysely, type Migration, Migrator, sql } from 'kysely';

/** A migration made of plain SQL statements, run one by one (SQLite prepares one statement at a time). */
export function statementsMigration(statements: string[]): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
    async up(db: Kysely<any>) {
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  };
}

/**
 * Brings the schema to the latest version. Kysely's migrator records applied versions in
 * `kysely_migration` and takes a lock, so two processes opening the same database at once are safe.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator is schema-agnostic
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  // Unordered: migration numbers are handed out to parallel work, so one (0024) may land after a
  // later one (0026) has already run somewhere; it still runs, in name order among the pending.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed} failed: ${message}`);
  }
}
