import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from './testing/backends.ts';
import { closure, osceEn, osceKk, osceRu, treaty } from './testing/corpus.ts';
import type { Store } from './types.ts';

/**
 * Upgrades keep what is stored: a database written before a migration reads the same after it.
 * The older state is made by undoing the migration's changes on a current database.
 */

/** Statements that take a current database back to before `0012_event_participants`. */
const BEFORE_0012 = [
  'DROP TABLE event_participants',
  'CREATE INDEX event_entities_entity ON event_entities(entity_id, event_id)',
  'CREATE INDEX event_entities_entity_when ON event_entities(entity_id, when_value, event_id)',
  "DELETE FROM kysely_migration WHERE name = '0012_event_participants'",
];

async function runRaw(backend: TestBackend, statements: string[]): Promise<void> {
  if (backend.name === 'sqlite') {
    const raw = new BetterSqlite3(backend.location);
    for (const s of statements) raw.exec(s);
    raw.close();
    return;
  }
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  for (const s of statements) await client.query(s);
  await client.end();
}

async function readable(store: Store) {
  const events = await store.timeline({ limit: 200 });
  const entity = await store.getEntity('org:osce');
  return {
    events,
    related: entity?.related,
    entityEvents: entity?.events.map((e) => e.id),
    stats: await store.stats(),
  };
}

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('migrations on $name', ({ make }) => {
  let backend: TestBackend | null = null;

  afterEach(async () => {
    await backend?.drop();
    backend = null;
  });

  it('0012 gives existing events their participants, and merging goes on as before', async () => {
    backend = await make();
    let store = await backend.open();
    for (const input of [osceEn(), osceRu(), osceKk(), closure('401', '1991-08-29', '29 August 1991')]) {
      await store.saveArticle(input);
    }
    const before = await readable(store);
    await store.close();
    await runRaw(backend, BEFORE_0012);

    store = await backend.open();
    try {
      expect(await readable(store)).toEqual(before);
      expect(before.events.items.some((e) => e.entities.length > 0)).toBe(true);
      // Later articles merge with the events stored before the upgrade.
      await store.saveArticle(closure('402', '1991-08-29', '29 August 1991'));
      const merged = (await store.timeline({ limit: 200 })).items.find((e) => e.sources.length === 2);
      expect(merged?.when).toBe('1991-08-29');
      await store.saveArticle(treaty());
    } finally {
      await store.close();
    }
  });
});
