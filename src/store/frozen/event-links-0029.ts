import { type Kysely, type Migration, sql } from 'kysely';
import { figureStoredEvents } from '../write/event-figures.ts';
import { linkStoredEvents } from '../write/event-links.ts';

/**
 * Migration 0029 (issue 14, speed), the same on both databases: a save finds the events its
 * statements join by the link keys they probe with (`write/event-links.ts`) instead of reading
 * candidate statements by feature, so `statement_features` is no longer written. `event_sources`
 * gets the indexes growing an event probes by: its first statement, its first statement with a
 * date and how many give that date; `event_figures` holds the exact figures of each event's
 * sentences (`write/event-figures.ts`), and claims are found by sentence. Stored events get their
 * keys and figures from their statements. Unlike
 * the other files here this calls the live code: the keys are a function of the stored
 * statements, and a later change to them must come with a migration that runs it again.
 */
export function eventLinks0029(dialect: 'sqlite' | 'postgres'): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
    async up(db: Kysely<any>) {
      for (const statement of [
        `CREATE TABLE event_links (link TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (link, event_id))${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''}`,
        'CREATE INDEX event_links_event ON event_links(event_id)',
        'DROP INDEX event_sources_event',
        'CREATE INDEX event_sources_event_key ON event_sources(event_id, statement_key)',
        'CREATE INDEX event_sources_event_when ON event_sources(event_id, when_value, statement_key)',
        `CREATE TABLE event_figures (event_id TEXT NOT NULL, quantity TEXT NOT NULL,
          value ${dialect === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION'} NOT NULL, article_id INTEGER NOT NULL,
          PRIMARY KEY (event_id, quantity, value, article_id))${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''}`,
        'CREATE INDEX event_figures_articles ON event_figures(event_id, quantity, article_id)',
        'CREATE INDEX event_figures_article ON event_figures(article_id)',
        'CREATE INDEX claims_sentence ON claims(article_id, sentence_start)',
      ]) {
        await sql.raw(statement).execute(db);
      }
      await linkStoredEvents(db);
      await figureStoredEvents(db);
    },
  };
}
