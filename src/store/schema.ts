import type { Generated } from 'kysely';

/**
 * Row shapes of the store's tables, as Kysely sees them. Both dialects share these names and
 * columns; only the full-text tables differ and are reached through raw SQL in each dialect.
 * JSON columns are `unknown` because SQLite returns text and PostgreSQL returns parsed jsonb.
 */
export interface Database {
  articles: ArticlesTable;
  revisions: RevisionsTable;
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  event_entities: EventEntitiesTable;
  event_participants: EventParticipantsTable;
  statement_features: StatementFeaturesTable;
  event_links: EventLinksTable;
  event_dates: EventDatesTable;
  event_figures: EventFiguresTable;
  claims: ClaimsTable;
  conflicts: ConflictsTable;
  conflict_values: ConflictValuesTable;
  article_years: ArticleYearsTable;
  editors: EditorsTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
  entity_edits: EntityEditsTable;
  article_entities: ArticleEntitiesTable;
  reader_reports: ReaderReportsTable;
}

export interface ArticlesTable {
  id: Generated<number>;
  /** `src:<site>:<source id>` or `path:<path>`: the one key an article is found by. */
  identity: string;
  site: string | null;
  source_id: string | null;
  path: string;
  /** The path relative to the folder ingest was given (0020); null for articles stored before it. */
  source_path: string | null;
  language: string;
  title: string;
  author: string | null;
  format: string;
  current_revision: number;
  created_at: string;
  updated_at: string;
}

export interface RevisionsTable {
  article_id: number;
  revision: number;
  hash: string;
  format: string;
  text: string;
  meta: unknown;
  analysis: unknown;
  extractor_version: string;
  created_at: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  aliases: unknown;
  lat: number | null;
  lon: number | null;
  /** Live mentions and articles mentioning the entity, kept up to date by every save. */
  mention_count: Generated<number>;
  article_count: Generated<number>;
}

/** Case-folded names and aliases of each entity, so a query can name an entity in any language. */
export interface EntityNamesTable {
  name_key: string;
  entity_id: string;
}

export interface MentionsTable {
  entity_id: string;
  article_id: number;
  revision: number;
  start_pos: number;
  end_pos: number;
  text: string;
  /** How sure the recogniser and linker were of this mention, in [0, 1]; null on rows saved before 0017. */
  confidence: number | null;
}

export interface EventsTable {
  id: string;
  when_value: string;
  start_date: string | null;
  end_date: string | null;
  /** `year * 10000 + month * 100 + day`: sortable for BC years too. Null for annual or undated values. */
  start_key: number | null;
  end_key: number | null;
  year_from: number | null;
  year_to: number | null;
  /** `MM-DD` when the event is dated to a day (in some year or every year). */
  month_day: string | null;
  what: string;
  confidence: number;
  /** `start_key`, or the largest integer for events with no calendar place, so they sort last. */
  sort_key: number;
}

export interface EventSourcesTable {
  event_id: string;
  article_id: number;
  revision: number;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
  timex_start: number | null;
  timex_end: number | null;
  when_value: string;
  what: string;
  confidence: number;
  /** `identity|sentence start|timex start|when`: the statement's stable name; an event's id is derived from its smallest. */
  statement_key: string | null;
  /** The statement's participant ids and the kinds of event it names, comma-separated (null on rows before 0016). */
  participants: string | null;
  kinds: string | null;
}

/** What a statement can be found by (a participant, `kind:…`, `when:…`, `md:MM-DD`) with its years: a save's neighbourhood. */
export interface StatementFeaturesTable {
  feature: string;
  statement_key: string;
  year_from: number | null;
  year_to: number | null;
  article_id: number;
}

/**
 * The link keys (`analyze/events/links.ts`) an event's statements own, one row per key and event:
 * a save finds the events its statements join by the keys they probe with (0029).
 */
export interface EventLinksTable {
  link: string;
  event_id: string;
}

/** How many statements of an event give each date (0030, kept by triggers on `event_sources`). */
export interface EventDatesTable {
  event_id: string;
  when_value: string;
  n: number;
}

/** An exact figure stated in a sentence of an event: its quantity, value and article (0029, `write/event-figures.ts`). */
export interface EventFiguresTable {
  event_id: string;
  quantity: string;
  value: number;
  article_id: number;
}

export interface EventEntitiesTable {
  event_id: string;
  entity_id: string;
  /** The article whose sentence names this participant. */
  article_id: number;
  /** The event's date (copied from `events`, which never changes it), so merge candidates of a participant on a date are one index range. */
  when_value: string | null;
}

/** Each event's distinct participants, whichever articles name them: what merging and reading compare. */
export interface EventParticipantsTable {
  event_id: string;
  entity_id: string;
  /** The event's date, as in `event_entities`. */
  when_value: string | null;
}

export interface ClaimsTable {
  id: Generated<number>;
  article_id: number;
  revision: number;
  start_pos: number;
  end_pos: number;
  text: string;
  subject: string | null;
  /** Case-folded subject (or its entity id) that claims are compared by across articles. */
  subject_key: string | null;
  kind: string;
  value: number;
  unit: string | null;
  mod: string | null;
  /** The sentence stating the claim (null on rows stored before migration 0007). */
  sentence_start: number | null;
  sentence_end: number | null;
  sentence_text: string | null;
}

export interface ConflictsTable {
  id: Generated<number>;
  /** What disagrees, e.g. `date|<event id>` or `value|count|<subject>`: one conflict per key. */
  key: string | null;
  kind: string;
  subject: string;
  created_at: string;
}

export interface ConflictValuesTable {
  conflict_id: number;
  value: string;
  article_id: number;
  event_id: string | null;
  sentence_start: number;
  sentence_end: number;
  text: string;
}

export interface ArticleYearsTable {
  article_id: number;
  year_from: number;
  year_to: number;
}

export interface EditorsTable {
  id: Generated<number>;
  name: string;
  /** sha256 (hex) of the editor's bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  /** When the editor was revoked (0020): their token no longer signs anyone in. */
  revoked_at: string | null;
  /** `admin` may add, disable and enable editors (0026); `editor` by default. */
  role: Generated<'editor' | 'admin'>;
}

/** One current review per fact; a new decision replaces the row (the audit log keeps history). */
export interface ReviewsTable {
  fact_type: string;
  /** An event's id (or a claim's `identity|start|end|kind`). */
  fact_key: string;
  decision: string;
  /** `{when?, what?}` for a corrected event. */
  correction: unknown;
  editor_id: number;
  note: string | null;
  updated_at: string;
  /** The sentence the review was made on (article, extracted date, text): found again when re-extraction gives the event another id. */
  anchor_article_id: number | null;
  anchor_when: string | null;
  anchor_sentence: string | null;
  /**
   * Where a corrected date puts the event, computed from `correction.when` as `events` computes
   * its own columns (see `reviewPlace`); all null unless the review corrects the date. Reads sort,
   * year-filter and list "on this day" by these instead of the event's extracted ones (0015).
   */
  sort_key: number | null;
  start_key: number | null;
  end_key: number | null;
  year_from: number | null;
  year_to: number | null;
  month_day: string | null;
}

/** A reader's "report an error" on a fact (0024); an editor resolves or dismisses it. */
export interface ReaderReportsTable {
  id: Generated<number>;
  /** `event`, `entity`, `claim` or `conflict`. */
  fact_type: string;
  /** The event's or entity's id, the conflict's number, or the claim's `articleId:start-end`. */
  fact_key: string;
  /** The interface language the reader wrote in. */
  language: string | null;
  note: string;
  created_at: string;
  status: Generated<'open' | 'resolved' | 'dismissed'>;
  resolved_by: number | null;
  resolved_at: string | null;
  /** The editor's note on resolving or dismissing. */
  resolution: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  editor_id: number;
  fact_type: string;
  fact_key: string;
  action: string;
  before: unknown;
  after: unknown;
  note: string | null;
  created_at: string;
  /** The entity edit this row made or undid (0023); null for other rows. */
  edit_id: number | null;
  /** The review rows this action replaced, `RestoreRow[]` as JSON, which undoing it puts back (0025); null before 0025. */
  restore: unknown;
  /** `undone` rows: the audit row they undid (0025). */
  undoes: number | null;
  /** Event rows: the sentence the decision was anchored to (0025), so an event's history finds it under a later id. */
  anchor_article_id: number | null;
  anchor_when: string | null;
  anchor_sentence: string | null;
}

/**
 * An editor's assertion about an entity (0023): applied on top of every extraction, in id order,
 * until undone. `value` holds what the action needs (`write/entity-edits.ts`, `EditValue`).
 */
export interface EntityEditsTable {
  id: Generated<number>;
  /** `renamed`, `retyped`, `unlinked`, `merged`, `split` or `deleted`. */
  action: string;
  /** The entity edited (for a merge, the one merged away). */
  entity_id: string;
  /** A merge's surviving entity, or the new entity a split or an unlink gives the mentions (null: none). */
  target_id: string | null;
  value: unknown;
  editor_id: number;
  note: string | null;
  created_at: string;
  undone_at: string | null;
  undone_by: number | null;
}

/** The entity ids an article's extraction named, before any edit: what an edit's undo must redo. */
export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: string;
}
