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

/** Statements that take a current database back to before `0012_event_participants` and what follows it. */
/** Undoes 0030_event_dates (its counts are made again from the statements; the triggers go with the table). */
const BEFORE_0030 = [
  'sqlite: DROP TRIGGER event_dates_insert',
  'sqlite: DROP TRIGGER event_dates_delete',
  'sqlite: DROP TRIGGER event_dates_update',
  'postgres: DROP TRIGGER event_dates_follow ON event_sources',
  'postgres: DROP TRIGGER event_dates_move ON event_sources',
  'postgres: DROP FUNCTION event_dates_follow',
  'DROP TABLE event_dates',
  'CREATE INDEX event_links_event ON event_links(event_id)',
  'DROP INDEX event_sources_article',
  'CREATE INDEX event_sources_article ON event_sources(article_id)',
  "DELETE FROM kysely_migration WHERE name = '0030_event_dates'",
];

/** Undoes 0029_event_links (its keys are made again from the statements). */
const BEFORE_0029 = [
  ...BEFORE_0030,
  'DROP TABLE event_links',
  'DROP TABLE event_figures',
  'DROP INDEX claims_sentence',
  'DROP INDEX event_sources_event_key',
  'DROP INDEX event_sources_event_when',
  'CREATE INDEX event_sources_event ON event_sources(event_id)',
  "DELETE FROM kysely_migration WHERE name = '0029_event_links'",
];

/** Undoes 0026_editor_roles (every editor a plain one before it). */
const BEFORE_0026 = [
  ...BEFORE_0029,
  'ALTER TABLE editors DROP COLUMN role',
  "DELETE FROM kysely_migration WHERE name = '0026_editor_roles'",
];

/** Undoes 0024_reader_reports (no reports here). */
const ONLY_0024 = ['DROP TABLE reader_reports', "DELETE FROM kysely_migration WHERE name = '0024_reader_reports'"];
const BEFORE_0024 = [...BEFORE_0026, ...ONLY_0024];

/** Undoes 0023_entity_edits (no edits here; `article_entities` is filled again from the mentions). */
const BEFORE_0023 = [
  ...BEFORE_0024,
  'DROP TABLE article_entities',
  'DROP TABLE entity_edits',
  'ALTER TABLE audit_log DROP COLUMN edit_id',
  "DELETE FROM kysely_migration WHERE name = '0023_entity_edits'",
];

/** Undoes 0020_revoked_editors_and_source_paths (nothing to keep: its columns start empty). */
const BEFORE_0020 = [
  ...BEFORE_0023,
  'ALTER TABLE editors DROP COLUMN revoked_at',
  'ALTER TABLE articles DROP COLUMN source_path',
  "DELETE FROM kysely_migration WHERE name = '0020_revoked_editors_and_source_paths'",
];

/** Undoes 0017_mention_confidence (its column starts empty on these databases). */
const BEFORE_0017 = [
  ...BEFORE_0020,
  'DROP INDEX mentions_entity_confidence',
  'ALTER TABLE mentions DROP COLUMN confidence',
  "DELETE FROM kysely_migration WHERE name = '0017_mention_confidence'",
];

/** Undoes 0016_event_statements, so that earlier migrations can be replayed before it. */
const BEFORE_0016 = [
  ...BEFORE_0017,
  'DROP TABLE statement_features',
  'DROP INDEX event_sources_statement',
  ...['statement_key', 'participants', 'kinds'].map((column) => `ALTER TABLE event_sources DROP COLUMN ${column}`),
  "DELETE FROM kysely_migration WHERE name = '0016_event_statements'",
];

function before0012(backend: TestBackend): string[] {
  const common = [
    ...BEFORE_0016,
    // 0014_editorial and 0015_review_dates: their tables are empty here.
    'DROP TABLE audit_log',
    'DROP TABLE reviews',
    'DROP TABLE editors',
    'DROP TABLE event_participants',
    'CREATE INDEX event_entities_entity ON event_entities(entity_id, event_id)',
    'CREATE INDEX event_entities_entity_when ON event_entities(entity_id, when_value, event_id)',
    `DELETE FROM kysely_migration
      WHERE name IN ('0012_event_participants', '0013_search_entities', '0014_editorial', '0015_review_dates')`,
  ];
  return backend.name === 'sqlite'
    ? [
        ...common,
        // The full-text table as 0009 made it, empty: 0013 must index every article again.
        'DROP TABLE article_fts',
        `CREATE VIRTUAL TABLE article_fts USING fts5(title, body, years, content='',
          contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
      ]
    : [...common, "UPDATE article_search SET doc = ts_filter(doc, '{a,b}')"];
}

/** Statements that take a current database back to before `0015_review_dates`. */
const BEFORE_0015 = [
  ...BEFORE_0016,
  ...['sort_key', 'start_key', 'end_key', 'year_from', 'year_to', 'month_day'].map(
    (column) => `ALTER TABLE reviews DROP COLUMN ${column}`,
  ),
  "DELETE FROM kysely_migration WHERE name = '0015_review_dates'",
];

/**
 * Undoes PostgreSQL's 0031_pairs_index and 0021_years_in_doc (years back in their own vector, no pairs): every undo
 * here goes back past 0020, and the migrator refuses a later migration applied before an earlier.
 */
const POSTGRES_BEFORE_0021 = [
  // 0031_pairs_index's indexes (it dropped 0021's article_search_match); pairs are dropped below.
  'DROP INDEX article_search_words',
  'DROP INDEX article_search_pairs',
  "DELETE FROM kysely_migration WHERE name = '0031_pairs_index'",
  "ALTER TABLE article_search ADD COLUMN years TSVECTOR NOT NULL DEFAULT ''",
  `UPDATE article_search SET
    years = array_to_tsvector(ARRAY(SELECT substr(l, 2) FROM unnest(tsvector_to_array(doc)) AS l WHERE l LIKE '#%')),
    doc = ts_delete(doc, ARRAY(SELECT l FROM unnest(tsvector_to_array(doc)) AS l WHERE l LIKE '#%'))`,
  'ALTER TABLE article_search DROP COLUMN pairs',
  'CREATE INDEX article_search_doc ON article_search USING GIN (doc)',
  'CREATE INDEX article_search_years ON article_search USING GIN (years)',
  "DELETE FROM kysely_migration WHERE name = '0021_years_in_doc'",
];

/** Runs undo statements; one marked `sqlite: ` or `postgres: ` runs on that database only. */
async function runRaw(backend: TestBackend, undo: string[]): Promise<void> {
  const mine = undo.flatMap((s) => {
    const marked = /^(sqlite|postgres): (.*)$/s.exec(s);
    return !marked ? [s] : marked[1] === backend.name ? [marked[2] as string] : [];
  });
  const statements = backend.name === 'postgres' ? [...POSTGRES_BEFORE_0021, ...mine] : mine;
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
  const found = await store.search({ q: 'ОБСЕ', limit: 20 });
  return {
    events,
    related: entity?.related,
    entityEvents: entity?.events.map((e) => e.id),
    stats: await store.stats(),
    search: { total: found.total, languages: found.results.map((r) => r.language).sort() },
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

  it('0012 and 0013 give existing events their participants and articles their entity tokens', async () => {
    backend = await make();
    let store = await backend.open();
    for (const input of [osceEn(), osceRu(), osceKk(), closure('401', '1991-08-29', '29 August 1991')]) {
      await store.saveArticle(input);
    }
    const before = await readable(store);
    await store.close();
    await runRaw(backend, before0012(backend));

    store = await backend.open();
    try {
      expect(await readable(store)).toEqual(before);
      expect(before.events.items.some((e) => e.entities.length > 0)).toBe(true);
      // The Russian name finds the English and Kazakh articles through the entity.
      expect(before.search.languages).toEqual(['en', 'kk', 'ru']);
      // Later articles merge with the events stored before the upgrade.
      await store.saveArticle(closure('402', '1991-08-29', '29 August 1991'));
      const merged = (await store.timeline({ limit: 200 })).items.find((e) => e.sources.length === 2);
      expect(merged?.when).toBe('1991-08-29');
      await store.saveArticle(treaty());
    } finally {
      await store.close();
    }
  });

  it('0029 gives stored events the link keys a later article finds them by', async () => {
    backend = await make();
    let store = await backend.open();
    await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'));
    await store.close();
    await runRaw(backend, BEFORE_0029);

    store = await backend.open();
    try {
      await store.saveArticle(closure('402', '1991-08-29', '29 August 1991'));
      const merged = (await store.timeline({ limit: 200 })).items.find((e) => e.when === '1991-08-29');
      expect(merged?.sources.length).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('0024 comes to a database that already has the later 0026 (numbers were handed out in parallel)', async () => {
    backend = await make();
    let store = await backend.open();
    await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'));
    await store.addEditor('Dana', { role: 'admin' });
    await store.close();
    await runRaw(backend, ONLY_0024);

    store = await backend.open();
    try {
      const [event] = (await store.timeline({ limit: 1 })).items;
      const added = await store.addReaderReport({ factType: 'event', factKey: event!.id, note: 'Wrong year' });
      expect(added.status).toBe('added');
      expect((await store.listEditors()).map((e) => e.role)).toEqual(['admin']);
    } finally {
      await store.close();
    }
  });

  it('0015 places events whose date was corrected before it', async () => {
    backend = await make();
    let store = await backend.open();
    await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'));
    const [closed] = (await store.timeline({ limit: 10 })).items;
    await store.addEditor('aigerim');
    await store.reviewEvent({ eventId: closed!.id, editor: 'aigerim', decision: 'corrected', when: '2009-12-02' });
    const moved = async (s: Store) => ({
      in1991: (await s.timeline({ from: 1991, to: 1991 })).total,
      in2009: (await s.timeline({ from: 2009, to: 2009 })).items.map((e) => [e.id, e.when]),
      onDay: (await s.onThisDay('12-02')).map((e) => e.id),
    });
    const before = await moved(store);
    expect(before).toEqual({ in1991: 0, in2009: [[closed!.id, '2009-12-02']], onDay: [closed!.id] });
    await store.close();
    await runRaw(backend, BEFORE_0015);

    store = await backend.open();
    try {
      expect(await moved(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
