import { type Migration, sql } from 'kysely';
import { eventDates0030 } from '../frozen/event-dates-0030.ts';
import { eventLinks0029 } from '../frozen/event-links-0029.ts';
import { placeCorrectedReviews0015 } from '../frozen/review-places-0015.ts';
import { ARTICLE_FTS_0013, indexSqliteArticle0013, rebuildSearchIndex0013 } from '../frozen/search-index.ts';
import { statementsMigration } from '../migrate.ts';

/**
 * SQLite schema history. Append new versions; never edit one that has shipped. The full-text
 * table holds analysed tokens (stemmed, case-folded by `src/search`), so FTS5's tokenizer only
 * splits on spaces and must not fold again.
 */
export const sqliteMigrations: Record<string, Migration> = {
  '0001_articles': statementsMigration([
    `CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      identity TEXT NOT NULL UNIQUE,
      site TEXT, source_id TEXT, path TEXT NOT NULL,
      language TEXT NOT NULL, title TEXT NOT NULL, author TEXT, format TEXT NOT NULL,
      current_revision INTEGER NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    'CREATE INDEX articles_language ON articles(language, id)',
    `CREATE TABLE revisions (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      hash TEXT NOT NULL, format TEXT NOT NULL, text TEXT NOT NULL,
      meta TEXT NOT NULL, analysis TEXT NOT NULL, extractor_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (article_id, revision))`,
  ]),
  '0002_facts': statementsMigration([
    `CREATE TABLE entities (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
      lat REAL, lon REAL) WITHOUT ROWID`,
    'CREATE INDEX entities_type ON entities(type, id)',
    `CREATE TABLE entity_names (
      name_key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      PRIMARY KEY (name_key, entity_id)) WITHOUT ROWID`,
    `CREATE TABLE mentions (
      entity_id TEXT NOT NULL REFERENCES entities(id),
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, text TEXT NOT NULL)`,
    'CREATE INDEX mentions_entity ON mentions(entity_id, article_id)',
    'CREATE INDEX mentions_article ON mentions(article_id, entity_id)',
    `CREATE TABLE events (
      id TEXT PRIMARY KEY, when_value TEXT NOT NULL,
      start_date TEXT, end_date TEXT, start_key INTEGER, end_key INTEGER,
      year_from INTEGER, year_to INTEGER, month_day TEXT,
      what TEXT NOT NULL, confidence REAL NOT NULL) WITHOUT ROWID`,
    'CREATE INDEX events_start ON events(start_key, id)',
    'CREATE INDEX events_years ON events(year_from, year_to)',
    'CREATE INDEX events_month_day ON events(month_day)',
    `CREATE TABLE event_sources (
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
      sentence_text TEXT NOT NULL, timex_start INTEGER, timex_end INTEGER,
      when_value TEXT NOT NULL, what TEXT NOT NULL, confidence REAL NOT NULL)`,
    'CREATE INDEX event_sources_event ON event_sources(event_id)',
    'CREATE INDEX event_sources_article ON event_sources(article_id)',
    // Participants per contributing article, so re-saving one article withdraws only its own.
    `CREATE TABLE event_entities (
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      entity_id TEXT NOT NULL REFERENCES entities(id),
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (event_id, entity_id, article_id)) WITHOUT ROWID`,
    'CREATE INDEX event_entities_entity ON event_entities(entity_id, event_id)',
    'CREATE INDEX event_entities_article ON event_entities(article_id)',
    `CREATE TABLE claims (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, text TEXT NOT NULL,
      subject TEXT, subject_key TEXT, kind TEXT NOT NULL, value REAL NOT NULL, unit TEXT, mod TEXT)`,
    'CREATE INDEX claims_article ON claims(article_id)',
    'CREATE INDEX claims_subject ON claims(kind, subject_key)',
    `CREATE TABLE conflicts (
      id INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, created_at TEXT NOT NULL)`,
    `CREATE TABLE conflict_values (
      conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
      value TEXT NOT NULL,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      event_id TEXT, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, text TEXT NOT NULL)`,
    'CREATE INDEX conflict_values_conflict ON conflict_values(conflict_id)',
    'CREATE INDEX conflict_values_article ON conflict_values(article_id)',
    'CREATE INDEX conflict_values_event ON conflict_values(event_id)',
    `CREATE TABLE article_years (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      year_from INTEGER NOT NULL, year_to INTEGER NOT NULL)`,
    'CREATE INDEX article_years_article ON article_years(article_id, year_from, year_to)',
    'CREATE INDEX article_years_range ON article_years(year_from, year_to, article_id)',
  ]),
  '0003_fulltext': statementsMigration([
    // Contentless: the tokens are derived data; the text lives in `revisions`.
    `CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1,
      tokenize='unicode61 remove_diacritics 0')`,
  ]),
  // One conflict per disagreeing thing, found again by its key when more articles join in.
  '0004_conflict_keys': statementsMigration([
    'ALTER TABLE conflicts ADD COLUMN key TEXT',
    'CREATE UNIQUE INDEX conflicts_key ON conflicts(key)',
    'CREATE INDEX conflict_values_conflict_article ON conflict_values(conflict_id, article_id)',
    'CREATE INDEX events_when ON events(when_value, id)',
    // Claims about a subject in id order, so a bounded comparison stops early.
    'DROP INDEX claims_subject',
    'CREATE INDEX claims_subject ON claims(kind, subject_key, id)',
  ]),
  // Orderable without expressions, so timeline pages and entity lists walk an index instead of sorting.
  '0005_sort_keys_and_counts': statementsMigration([
    'ALTER TABLE events ADD COLUMN sort_key INTEGER NOT NULL DEFAULT 2147483647',
    'UPDATE events SET sort_key = COALESCE(start_key, 2147483647)',
    'CREATE INDEX events_sort ON events(sort_key, id)',
    'ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0',
    `UPDATE entities SET
      mention_count = (SELECT COUNT(*) FROM mentions WHERE mentions.entity_id = entities.id),
      article_count = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE mentions.entity_id = entities.id)`,
    'CREATE INDEX entities_popular ON entities(mention_count, id)',
    'CREATE INDEX entities_type_popular ON entities(type, mention_count, id)',
  ]),
  '0006_recent_articles': statementsMigration(['CREATE INDEX articles_recent ON articles(updated_at, id)']),
  // Value conflicts quote the sentence that states each claim.
  '0007_claim_sentences': statementsMigration([
    'ALTER TABLE claims ADD COLUMN sentence_start INTEGER',
    'ALTER TABLE claims ADD COLUMN sentence_end INTEGER',
    'ALTER TABLE claims ADD COLUMN sentence_text TEXT',
  ]),
  // Timeline ranges: events starting inside walk events_sort; the few multi-year events that
  // start earlier and run into the range come from this partial index.
  '0008_spanning_events': statementsMigration([
    'CREATE INDEX events_spanning ON events(year_to, sort_key) WHERE year_to > year_from',
  ]),
  // Years join the full-text index as tokens (`y2009`, `d200`, …), so a year filter is part of
  // the match. FTS5 cannot add a column and a contentless table cannot give its tokens back, so
  // the table is made again and every article re-indexed from its current text.
  '0009_search_years': {
    async up(db) {
      await sql`DROP TABLE article_fts`.execute(db);
      await sql.raw(ARTICLE_FTS_0013).execute(db);
      await rebuildSearchIndex0013(db, indexSqliteArticle0013);
    },
  },
  // Merging an event looks up events of a participant on a date: with the date beside the
  // participant it is one index range, not a walk over every event of that date.
  '0011_event_entity_dates': statementsMigration([
    'ALTER TABLE event_entities ADD COLUMN when_value TEXT',
    'UPDATE event_entities SET when_value = (SELECT when_value FROM events WHERE events.id = event_entities.event_id)',
    'CREATE INDEX event_entities_entity_when ON event_entities(entity_id, when_value, event_id)',
  ]),
  // Distinct participants of each event (event_entities has one row per linking article, and
  // a much-told event gathers thousands): merge candidates, their participants and entity pages
  // read these instead, so their cost follows the number of events, not of articles telling them.
  '0012_event_participants': statementsMigration([
    `CREATE TABLE event_participants (
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      entity_id TEXT NOT NULL REFERENCES entities(id),
      when_value TEXT,
      PRIMARY KEY (event_id, entity_id)) WITHOUT ROWID`,
    `INSERT INTO event_participants (event_id, entity_id, when_value)
      SELECT event_id, entity_id, MIN(when_value) FROM event_entities GROUP BY event_id, entity_id`,
    'CREATE INDEX event_participants_entity_when ON event_participants(entity_id, when_value, event_id)',
    'CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id, when_value)',
    // Nothing looks links up by entity any more; each index was one more B-tree per link written.
    'DROP INDEX event_entities_entity',
    'DROP INDEX event_entities_entity_when',
  ]),
  // Entities join the full-text index as tokens, so a query naming an entity matches articles
  // that mention it in the same ranked, counted and year-filtered match as its words. FTS5 cannot
  // add a column: the table is made again and every article re-indexed (as in 0009).
  '0013_search_entities': {
    async up(db) {
      await sql`DROP TABLE article_fts`.execute(db);
      await sql.raw(ARTICLE_FTS_0013).execute(db);
      await rebuildSearchIndex0013(db, indexSqliteArticle0013);
    },
  },
  // Editorial workflow: editors (a sha256 of their token, never the token), one current review
  // per fact, and an append-only audit log. A review is keyed by the fact's stable key (an event's
  // id) and anchored to the sentence it was made on, so it still applies when re-extraction or a
  // new revision gives the same statement another event id.
  '0014_editorial': statementsMigration([
    `CREATE TABLE editors (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`,
    `CREATE TABLE reviews (
      fact_type TEXT NOT NULL, fact_key TEXT NOT NULL, decision TEXT NOT NULL, correction TEXT,
      editor_id INTEGER NOT NULL REFERENCES editors(id), note TEXT, updated_at TEXT NOT NULL,
      anchor_article_id INTEGER, anchor_when TEXT, anchor_sentence TEXT,
      PRIMARY KEY (fact_type, fact_key)) WITHOUT ROWID`,
    'CREATE INDEX reviews_anchor ON reviews(anchor_article_id, anchor_when)',
    'CREATE INDEX reviews_decision ON reviews(decision)',
    `CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY, editor_id INTEGER NOT NULL REFERENCES editors(id),
      fact_type TEXT NOT NULL, fact_key TEXT NOT NULL, action TEXT NOT NULL,
      before TEXT, after TEXT, note TEXT, created_at TEXT NOT NULL)`,
    'CREATE INDEX audit_log_fact ON audit_log(fact_type, fact_key, id)',
  ]),
  // A corrected date places the event: the review keeps the corrected calendar columns, so the
  // timeline, "on this day" and entity pages sort and filter by them in SQL. Existing corrections
  // get theirs from their `when`.
  '0015_review_dates': {
    async up(db) {
      for (const column of ['sort_key', 'start_key', 'end_key', 'year_from', 'year_to']) {
        await sql.raw(`ALTER TABLE reviews ADD COLUMN ${column} INTEGER`).execute(db);
      }
      await sql`ALTER TABLE reviews ADD COLUMN month_day TEXT`.execute(db);
      await placeCorrectedReviews0015(db);
    },
  },
  // Events are recomputed from their statements (write/merge-events.ts): each source row is a
  // statement with a stable key, its participants and the kinds of event it names, and
  // statement_features indexes them (participants, kinds, dates) for finding a save's
  // neighbourhood. Existing rows get their keys, participants and dates; the kinds they name
  // come with the next save of their article.
  '0016_event_statements': statementsMigration([
    'ALTER TABLE event_sources ADD COLUMN statement_key TEXT',
    'ALTER TABLE event_sources ADD COLUMN participants TEXT',
    'ALTER TABLE event_sources ADD COLUMN kinds TEXT',
    `UPDATE event_sources SET statement_key = (SELECT identity FROM articles WHERE articles.id = event_sources.article_id)
      || '|' || sentence_start || '|' || COALESCE(timex_start, -1) || '|' || when_value`,
    'CREATE INDEX event_sources_statement ON event_sources(statement_key)',
    `CREATE TABLE statement_features (
      feature TEXT NOT NULL, statement_key TEXT NOT NULL, year_from INTEGER, year_to INTEGER,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (feature, statement_key)) WITHOUT ROWID`,
    'CREATE INDEX statement_features_article ON statement_features(article_id)',
    // Existing statements: the participants their article named in their event, and their date.
    `UPDATE event_sources SET participants = (SELECT group_concat(entity_id, ',') FROM (SELECT entity_id FROM event_entities e WHERE e.event_id = event_sources.event_id AND e.article_id = event_sources.article_id ORDER BY entity_id))`,
    `INSERT INTO statement_features (feature, statement_key, year_from, year_to, article_id)
      SELECT DISTINCT e.entity_id, s.statement_key, ev.year_from, ev.year_to, s.article_id
      FROM event_sources s JOIN event_entities e ON e.event_id = s.event_id AND e.article_id = s.article_id
      JOIN events ev ON ev.id = s.event_id`,
    `INSERT INTO statement_features (feature, statement_key, year_from, year_to, article_id)
      SELECT DISTINCT 'when:' || UPPER(s.when_value), s.statement_key, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), s.article_id
      FROM event_sources s`,
  ]),
  // Each mention keeps the confidence the recogniser and linker gave it; an entity's is the highest
  // of its live mentions', so a wrong link or an invented name can wait for an editor.
  '0017_mention_confidence': statementsMigration([
    'ALTER TABLE mentions ADD COLUMN confidence REAL',
    'CREATE INDEX mentions_entity_confidence ON mentions(entity_id, confidence)',
  ]),
  // Editors can be revoked (`chronicle editor revoke NAME`): the row stays, so the audit log keeps
  // naming who decided what, but its token stops working. Articles keep the path they were found
  // at relative to the folder ingest was given, the only path public answers show (the absolute one
  // stays the identity of articles without a source id).
  '0020_revoked_editors_and_source_paths': statementsMigration([
    'ALTER TABLE editors ADD COLUMN revoked_at TEXT',
    'ALTER TABLE articles ADD COLUMN source_path TEXT',
  ]),
  // Entity edits (issue 17): an editor's rename, retype, unlink, merge, split or delete is an
  // assertion kept beside the extracted facts, anchored to entity ids and to mention texts in an
  // article (by its identity), never to row ids; every save applies the active ones to what the
  // extractor found, so they outlive re-extraction and new revisions. `article_entities` lists
  // the entity ids each article's extraction named (before edits), so an edit or its undo knows
  // which articles to redo; `audit_log.edit_id` ties an audit row to the edit it made or undid.
  '0023_entity_edits': statementsMigration([
    `CREATE TABLE entity_edits (
      id INTEGER PRIMARY KEY, action TEXT NOT NULL, entity_id TEXT NOT NULL, target_id TEXT,
      value TEXT NOT NULL, editor_id INTEGER NOT NULL REFERENCES editors(id), note TEXT,
      created_at TEXT NOT NULL, undone_at TEXT, undone_by INTEGER REFERENCES editors(id))`,
    'CREATE INDEX entity_edits_entity ON entity_edits(entity_id, id)',
    'CREATE INDEX entity_edits_target ON entity_edits(target_id, id)',
    `CREATE TABLE article_entities (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
      PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID`,
    'CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id)',
    `INSERT INTO article_entities (article_id, entity_id)
      SELECT article_id, entity_id FROM mentions UNION SELECT article_id, entity_id FROM event_entities`,
    'ALTER TABLE audit_log ADD COLUMN edit_id INTEGER',
  ]),
  // Readers' reports (issue 17): "report an error" on a fact a reader sees (an event, an entity, a
  // claim, a conflict) with a short note and no account; editors resolve or dismiss them, each an
  // audit row. Open reports are counted per fact (a cap keeps one fact from flooding the queue).
  '0024_reader_reports': statementsMigration([
    `CREATE TABLE reader_reports (
      id INTEGER PRIMARY KEY,
      fact_type TEXT NOT NULL CHECK (fact_type IN ('event', 'entity', 'claim', 'conflict')),
      fact_key TEXT NOT NULL, language TEXT, note TEXT NOT NULL, created_at TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
      resolved_by INTEGER REFERENCES editors(id), resolved_at TEXT, resolution TEXT)`,
    'CREATE INDEX reader_reports_status ON reader_reports(status, id)',
    'CREATE INDEX reader_reports_fact ON reader_reports(fact_type, fact_key, status)',
  ]),
  // Undo and history of decisions (issue 17): an audit row keeps the review rows its action
  // replaced (`restore`), so undoing it puts exactly those back (`undoes` names the row an undo
  // undid), and the sentence an event decision was anchored to, so an event's history finds
  // decisions made under an earlier id of the same statement. Existing rows get the anchor of
  // their fact's current review.
  '0025_decision_undo': statementsMigration([
    'ALTER TABLE audit_log ADD COLUMN restore TEXT',
    'ALTER TABLE audit_log ADD COLUMN undoes INTEGER',
    'ALTER TABLE audit_log ADD COLUMN anchor_article_id INTEGER',
    'ALTER TABLE audit_log ADD COLUMN anchor_when TEXT',
    'ALTER TABLE audit_log ADD COLUMN anchor_sentence TEXT',
    'CREATE INDEX audit_log_anchor ON audit_log(anchor_article_id, anchor_when)',
    `UPDATE audit_log SET
      anchor_article_id = (SELECT r.anchor_article_id FROM reviews r WHERE r.fact_type = audit_log.fact_type AND r.fact_key = audit_log.fact_key),
      anchor_when = (SELECT r.anchor_when FROM reviews r WHERE r.fact_type = audit_log.fact_type AND r.fact_key = audit_log.fact_key),
      anchor_sentence = (SELECT r.anchor_sentence FROM reviews r WHERE r.fact_type = audit_log.fact_type AND r.fact_key = audit_log.fact_key)
      WHERE fact_type = 'event'`,
  ]),
  // Roles (issue 17): an admin adds, disables and enables editors on the site and through the
  // API; every existing editor stays a plain editor until `chronicle editor add NAME --admin`.
  '0026_editor_roles': statementsMigration([
    "ALTER TABLE editors ADD COLUMN role TEXT NOT NULL DEFAULT 'editor' CHECK (role IN ('editor', 'admin'))",
  ]),
  // PostgreSQL's 0028 sets how its big values are compressed; SQLite stores values as they are.
  '0028_value_compression': statementsMigration([]),
  // Event links and figures (issue 14, speed): see `../frozen/event-links-0029.ts`.
  '0029_event_links': eventLinks0029('sqlite'),
  // Statement counts by event and date, and event links deleted by key (issue 14, speed): see
  // `../frozen/event-dates-0030.ts`.
  '0030_event_dates': eventDates0030('sqlite'),
};
