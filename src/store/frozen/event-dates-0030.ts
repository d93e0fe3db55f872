/**
 * Migration 0030 (issue 14, speed): `event_dates` counts the statements of each event by date,
 * kept by triggers on `event_sources` (every insert, delete and move of a statement, whichever
 * code path makes it), so growing an event reads how many of its statements give a date in one
 * probe instead of counting them (a hub event has thousands per date, and the counts were a
 * sixth of a save's SQL at 8 000 articles). The index of `event_links` by event goes: an event's
 * keys are deleted by the keys its statements give (`write/event-links.ts`), and the index was a
 * second random write per key added. `event_sources_article` gains the sentence start: comparing
 * a claim with others of its subject skips those in dated sentences (`write/merge-claims.ts`)
 * with an index probe instead of reading statement rows (4 times faster for a subject with
 * 25 000 claims), at the same cost to write (a new article's rows go at the index's end).
 */
import { type Kysely, type Migration, sql } from 'kysely';

const SQLITE_TRIGGERS = [
  `CREATE TRIGGER event_dates_insert AFTER INSERT ON event_sources WHEN NEW.event_id IS NOT NULL BEGIN
    INSERT INTO event_dates (event_id, when_value, n) VALUES (NEW.event_id, NEW.when_value, 1)
      ON CONFLICT (event_id, when_value) DO UPDATE SET n = n + 1;
  END`,
  `CREATE TRIGGER event_dates_delete AFTER DELETE ON event_sources WHEN OLD.event_id IS NOT NULL BEGIN
    UPDATE event_dates SET n = n - 1 WHERE event_id = OLD.event_id AND when_value = OLD.when_value;
    DELETE FROM event_dates WHERE event_id = OLD.event_id AND when_value = OLD.when_value AND n <= 0;
  END`,
  `CREATE TRIGGER event_dates_update AFTER UPDATE OF event_id, when_value ON event_sources
    WHEN OLD.event_id IS NOT NEW.event_id OR OLD.when_value IS NOT NEW.when_value BEGIN
    UPDATE event_dates SET n = n - 1 WHERE event_id = OLD.event_id AND when_value = OLD.when_value;
    DELETE FROM event_dates WHERE event_id = OLD.event_id AND when_value = OLD.when_value AND n <= 0;
    INSERT INTO event_dates (event_id, when_value, n) SELECT NEW.event_id, NEW.when_value, 1 WHERE NEW.event_id IS NOT NULL
      ON CONFLICT (event_id, when_value) DO UPDATE SET n = n + 1;
  END`,
];

const POSTGRES_TRIGGERS = [
  `CREATE FUNCTION event_dates_follow() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.event_id IS NOT NULL THEN
      UPDATE event_dates SET n = n - 1 WHERE event_id = OLD.event_id AND when_value = OLD.when_value;
      DELETE FROM event_dates WHERE event_id = OLD.event_id AND when_value = OLD.when_value AND n <= 0;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.event_id IS NOT NULL THEN
      INSERT INTO event_dates (event_id, when_value, n) VALUES (NEW.event_id, NEW.when_value, 1)
        ON CONFLICT (event_id, when_value) DO UPDATE SET n = event_dates.n + 1;
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER event_dates_follow AFTER INSERT OR DELETE ON event_sources
    FOR EACH ROW EXECUTE FUNCTION event_dates_follow()`,
  `CREATE TRIGGER event_dates_move AFTER UPDATE OF event_id, when_value ON event_sources
    FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id OR OLD.when_value IS DISTINCT FROM NEW.when_value)
    EXECUTE FUNCTION event_dates_follow()`,
];

export function eventDates0030(dialect: 'sqlite' | 'postgres'): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
    async up(db: Kysely<any>) {
      for (const statement of [
        'DROP INDEX event_links_event',
        'DROP INDEX event_sources_article',
        'CREATE INDEX event_sources_article ON event_sources(article_id, sentence_start)',
        `CREATE TABLE event_dates (event_id TEXT NOT NULL, when_value TEXT NOT NULL, n INTEGER NOT NULL,
          PRIMARY KEY (event_id, when_value))${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''}`,
        ...(dialect === 'sqlite' ? SQLITE_TRIGGERS : POSTGRES_TRIGGERS),
        `INSERT INTO event_dates (event_id, when_value, n)
          SELECT event_id, when_value, COUNT(*) FROM event_sources WHERE event_id IS NOT NULL GROUP BY event_id, when_value`,
      ]) {
        await sql.raw(statement).execute(db);
      }
    },
  };
}
