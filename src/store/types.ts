import type { Analysis, Claim, DatedEvent, Entity, EntityType, Language, Span } from '../analyze/types.ts';
import type { ArticleMeta, SourceFormat } from '../domain/article.ts';

/**
 * The store's public contract. SQLite (embedded, default) and PostgreSQL (`DATABASE_URL`) both
 * implement it, and one test suite runs against both. Every method is async because PostgreSQL is.
 */
export interface Store {
  /** Stores one article revision and its facts in a single transaction. Idempotent by content hash. */
  saveArticle(input: ArticleInput): Promise<SaveResult>;
  /**
   * Stores articles in order in one transaction, each all-or-nothing on its own: one outcome per
   * input, an error for an article that could not be stored. Rejects (storing none) only when the
   * transaction itself cannot commit.
   */
  saveArticles(inputs: readonly ArticleInput[]): Promise<SaveOutcome[]>;
  /** After bulk saves: merges the search index into fewer pieces when worth it (faster queries); true when it did. */
  compactSearchIndex(): Promise<boolean>;
  listArticles(query?: ArticleListQuery): Promise<Page<ArticleSummary>>;
  /** `id` is the store's numeric id; `revision` defaults to the latest. Null when absent. */
  getArticle(id: number, revision?: number): Promise<StoredArticle | null>;
  /** Finds an article by its source identity (site + source id, or path). */
  findArticleId(key: ArticleKey): Promise<number | null>;
  search(query: SearchQuery): Promise<SearchResults>;
  timeline(query: TimelineQuery): Promise<Page<TimelineEvent>>;
  listEntities(query?: EntityListQuery): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** Events whose date falls on this month and day in any year, and annual dates (`XXXX-08-29`). */
  onThisDay(monthDay: string): Promise<TimelineEvent[]>;
  listConflicts(query?: PageQuery): Promise<Page<Conflict>>;
  stats(): Promise<StoreStats>;
  /**
   * Creates an editor account; the token is returned once and only its sha256 is kept. Added by an
   * admin (`by`), it is an audit row (`factType: 'editor'`, `action: 'added'`); from the command
   * line (no `by`) it is not, as no editor did it.
   */
  addEditor(name: string, options?: AddEditorOptions): Promise<NewEditor>;
  /** Every editor, with role and revocation, oldest first. */
  listEditors(): Promise<Editor[]>;
  /** The editor holding this token, or null (also when the editor is revoked). */
  editorByToken(token: string): Promise<Editor | null>;
  /**
   * Revokes an editor: their token stops working at once, their past decisions keep their name,
   * and the audit log gets a row (`factType: 'editor'`, `action: 'revoked'`). Null when no editor
   * has this name; an already revoked editor is returned as is, logged once.
   */
  revokeEditor(name: string, note?: string): Promise<Editor | null>;
  /**
   * An admin (`by`) disables (`enabled: false`) or enables again an editor named by name or id:
   * a disabled editor's token stops working at once. One audit row per change (`revoked` or
   * `enabled`, before and after as `EditorState`), none when nothing changes. Null when no such editor.
   */
  setEditorAccess(input: EditorAccessInput): Promise<Editor | null>;
  /** Unreviewed events below the confidence threshold, least confident first, with their sources. */
  reviewQueue(query?: ReviewQueueQuery): Promise<Page<TimelineEvent>>;
  /**
   * Entities whose surest live mention is below the threshold (default 0.5): a wrong link or a name
   * invented from a common word, for an editor to check. Least confident first.
   */
  doubtfulEntities(query?: ReviewQueueQuery): Promise<Page<EntitySummary>>;
  /**
   * Records an editor's decision on an event (replacing any earlier one) and its audit row, in one
   * transaction. Null when no such event is stored.
   */
  reviewEvent(input: EventReviewInput): Promise<AuditEntry | null>;
  /** The audit log, newest first. */
  auditLog(query?: PageQuery): Promise<Page<AuditEntry>>;
  /**
   * Edits an entity as an editor (rename, retype, unlink mentions, merge, split, delete): the edit
   * is stored as an assertion that every later save applies to what the extractor found, it is
   * applied to the stored facts at once, and it gets one audit row, all in one transaction. Null
   * when no such entity is stored (or it was merged away or deleted).
   */
  editEntity(input: EntityEditInput): Promise<AuditEntry | null>;
  /** Undoes an entity edit (its audit row says `editId`), itself logged as `undone`. Null when no such edit. */
  undoEntityEdit(input: EntityUndoInput): Promise<AuditEntry | null>;
  /** Where a merged entity's id leads now (following merges), or null when the id is not merged away. */
  entityRedirect(id: string): Promise<string | null>;
  /** An entity as an editor reviews it: its page's facts, every group of its mentions, its history. Null when absent. */
  entityReview(id: string): Promise<EntityReview | null>;
  /**
   * Stores a reader's "report an error" on a fact, open, unless the fact is not stored (`missing`)
   * or already has `maxOpenPerFact` open reports (`full`: the queue is not flooded with one fact).
   */
  addReaderReport(input: ReaderReportInput, options?: { maxOpenPerFact?: number }): Promise<ReaderReportOutcome>;
  /** Readers' reports, newest first: open ones unless `status` says otherwise, each with what it is about. */
  readerReports(query?: ReaderReportQuery): Promise<Page<ReaderReport>>;
  /** What a reported fact is as readers see it now (an event's date and description, an entity's name…), or null when it is not stored. */
  reportedFact(factType: ReportedFactType, factKey: string): Promise<string | null>;
  /**
   * An editor resolves or dismisses an open report, with a note: one audit row (`factType:
   * 'report'`, before and after as `ReaderReportState`). Null when there is no such report.
   */
  resolveReaderReport(input: ReaderReportResolution): Promise<AuditEntry | null>;
  /**
   * Undoes a decision on an event or a conflict (an entity row undoes its edit): puts back the
   * reviews it replaced and logs `undone`. Null when there is no such audit row; refused
   * (`StoreConflictError`) when a later action on the same fact came after it.
   */
  undoDecision(input: DecisionUndoInput): Promise<AuditEntry | null>;
  /** An event's review history, oldest first: decisions under its id and on its sentences under earlier ids. Null when no such event. */
  eventHistory(eventId: string): Promise<AuditEntry[] | null>;
  /** An editor dismisses a conflict (not a real disagreement) or confirms it. Null when no such conflict. */
  reviewConflict(input: ConflictReviewInput): Promise<AuditEntry | null>;
  /** A conflict as an editor reviews it (dismissed ones too): the review in force and its history. Null when absent. */
  conflictReview(conflictId: number): Promise<ConflictReview | null>;
  /** Conflicts editors dismissed, which readers no longer see, oldest first. */
  dismissedConflicts(query?: PageQuery): Promise<Page<Conflict>>;
  close(): Promise<void>;
}

export interface ArticleKey {
  site: string | null;
  sourceId: string | null;
  /** Path of the source file; identifies articles that have no source id. */
  path: string;
}

export interface ArticleInput extends ArticleKey {
  /** The path public answers show: relative to the folder ingest was given (default: the file name). */
  sourcePath?: string;
  format: SourceFormat;
  /** sha256 of the source bytes, hex. */
  hash: string;
  text: string;
  meta: ArticleMeta;
  analysis: Analysis;
}

export interface SaveResult {
  status: 'new' | 'updated' | 'unchanged';
  id: number;
  revision: number;
  /** Same source, newer extractors: the facts were redone in place; no new revision. */
  reanalysed?: boolean;
}

export type SaveOutcome = { ok: true; result: SaveResult } | { ok: false; error: Error };

export interface PageQuery {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface ArticleListQuery extends PageQuery {
  language?: Language;
  /** `id` (default): in ingest order; `recent`: most recently stored or updated first. */
  order?: 'id' | 'recent';
}

export interface ArticleSummary {
  id: number;
  sourceId: string | null;
  site: string | null;
  title: string;
  language: Language;
  author: string | null;
  revision: number;
  updatedAt: string;
  /**
   * Where the source was found, relative to the folder ingest was given (`en/abai.md`), or its
   * file name when it was named on its own: never the server's absolute path.
   */
  path: string;
}

export interface StoredArticle extends ArticleSummary {
  /** All revisions, oldest first. */
  revisions: { revision: number; hash: string; createdAt: string }[];
  format: SourceFormat;
  text: string;
  meta: ArticleMeta;
  analysis: Analysis;
}

export interface SearchQuery extends PageQuery {
  q: string;
  /** Year range: a result matches when one of its dates overlaps [from, to]. */
  from?: number;
  to?: number;
  entity?: string;
  entityType?: EntityType;
  language?: Language;
  /** Also count results per language, entity type and year (costs extra queries). */
  facets?: boolean;
}

export interface SearchHit {
  id: number;
  sourceId: string | null;
  title: string;
  language: Language;
  /** Plain text with matches wrapped in `<mark>`…`</mark>`; everything else HTML-escaped. */
  snippet: string;
  score: number;
}

export interface SearchResults {
  total: number;
  results: SearchHit[];
  /** Counts per language and entity type over the whole result set, for facets. */
  facets?: { language: Record<string, number>; entityType: Record<string, number>; year: Record<string, number> };
}

export interface TimelineQuery extends PageQuery {
  from?: number;
  to?: number;
  entity?: string;
  entityType?: EntityType;
  language?: Language;
}

/** A source of an event: the article sentence that states it. */
export interface EventSource {
  articleId: number;
  revision: number;
  title: string;
  language: Language;
  sentence: Span;
  sentenceText: string;
  when: string;
  what: string;
  confidence: number;
}

/** One real-world event, merged across articles. */
export interface TimelineEvent {
  id: string;
  when: string;
  /** First and last day covered, ISO dates, derived from `when` (for sorting and ranges). */
  startDate: string;
  endDate: string;
  what: string;
  /** The language `what` is written in: its source's (absent for an editor's own description). */
  lang?: Language;
  entities: { id: string; name: string; type: EntityType; names?: Partial<Record<Language, string>> }[];
  sources: EventSource[];
  confidence: number;
  /** True when another article dates the same event differently. */
  conflicted: boolean;
  /** An editor's current decision; `when` and `what` above already show a correction. */
  review?: EventReviewMark;
}

/** How a reviewed event is marked where it is shown. */
export interface EventReviewMark {
  decision: ReviewDecision;
  /** The editor's name. */
  editor: string;
  /** When the decision was made, ISO 8601. */
  at: string;
}

export type ReviewDecision = 'confirmed' | 'corrected' | 'rejected';

/** `admin`: may add, disable and enable editors (on the site and through the API) besides reviewing. */
export type EditorRole = 'editor' | 'admin';

export interface Editor {
  id: number;
  name: string;
  role: EditorRole;
  createdAt: string;
  /** Set once the editor is revoked: their token no longer works. */
  revokedAt?: string;
}

export interface AddEditorOptions {
  /** Default `editor`. */
  role?: EditorRole;
  /** The admin adding the editor (site or API): the audit row is theirs. */
  by?: string;
  note?: string;
}

export interface EditorAccessInput {
  /** The editor's name, or their numeric id as digits. */
  editor: string;
  enabled: boolean;
  /** The admin making the change; absent only from the command line (the row is then the editor's own). */
  by?: string;
  note?: string;
}

/** An editor as the audit log records them: `role` null before they existed. */
export interface EditorState {
  role: EditorRole | null;
  revoked: boolean;
}

export interface NewEditor {
  editor: Editor;
  /** The bearer token, shown once: only its hash is stored. */
  token: string;
}

export interface ReviewQueueQuery extends PageQuery {
  /** Events with a confidence below this are queued (default 0.6 when no filter below is given). */
  below?: number;
  /** Events with a confidence at or above this. */
  above?: number;
  /** Words in the description or in a source sentence (case-insensitive). */
  q?: string;
  /** Events with a source in this language (`kk`, `ru`, `en`). */
  language?: string;
  /** Events with a source in this article. */
  articleId?: number;
  /** Events with this participant. */
  entityId?: string;
  /** This one event. */
  eventId?: string;
  /** The decision in force on the event, or `unreviewed` (the default without a filter). */
  decision?: ReviewDecision | 'unreviewed';
}

export interface EventReviewInput {
  eventId: string;
  /** The editor's name. */
  editor: string;
  decision: ReviewDecision;
  /** For `corrected`: the right date (TIMEX3 value or ISO interval) and/or description. */
  when?: string;
  what?: string;
  note?: string;
}

/** An event as a reader saw it before or after a review action. */
export interface ReviewedState {
  decision: ReviewDecision | null;
  when: string;
  what: string;
}

/** One append-only row of the audit log. */
export interface AuditEntry {
  id: number;
  /** Who decided; for a revocation from the command line, the editor revoked. */
  editor: string;
  /**
   * `editor` rows record an admin adding, revoking or enabling an editor (or a revocation from the
   * command line): `factKey` is the editor's name, `before`/`after` are `EditorState`s. `entity` rows record an entity edit or its undo: `factKey` is the entity's id and
   * `before`/`after` are `EntityState`s. `report` rows record an editor resolving or dismissing a
   * reader's report: `factKey` is the report's id, `before`/`after` are `ReaderReportState`s.
   */
  factType: 'event' | 'claim' | 'editor' | 'entity' | 'report' | 'conflict';
  factKey: string;
  action: ReviewDecision | 'revoked' | 'added' | 'enabled' | EntityEditAction | 'undone' | 'resolved' | 'dismissed';
  before: ReviewedState | EntityState | EditorState | ReaderReportState | ConflictState;
  after: ReviewedState | EntityState | EditorState | ReaderReportState | ConflictState;
  /** `undone` rows: the audit row they undid. */
  undid?: number;
  note: string | null;
  at: string;
  /** Entity rows: the edit this row made (or, for `undone`, undid); `undoEntityEdit` takes it. */
  editId?: number;
  /** Entity rows: the other entity of the edit (a merge's survivor, a split's or an unlink's new entity). */
  target?: string | null;
}

export interface DecisionUndoInput {
  auditId: number;
  editor: string;
  note?: string;
}

/** An editor's view of a conflict: `dismissed` hides it from readers, `confirmed` keeps it. */
export type ConflictDecision = 'dismissed' | 'confirmed';

export interface ConflictReviewInput {
  conflictId: number;
  decision: ConflictDecision;
  editor: string;
  note?: string;
}

/** A conflict as the audit log records it: the decision in force, and what disagreed. */
export interface ConflictState {
  decision: ConflictDecision | null;
  subject: string;
  values: string[];
}

export interface ConflictReview {
  conflict: Conflict;
  /** The review in force (its stable key outlives re-extraction), or null. */
  review: { key: string; decision: ConflictDecision; editor: string; at: string; note: string | null } | null;
  history: AuditEntry[];
}

/** What a reader can report an error on. */
export type ReportedFactType = 'event' | 'entity' | 'claim' | 'conflict';
export type ReaderReportStatus = 'open' | 'resolved' | 'dismissed';

export interface ReaderReportInput {
  factType: ReportedFactType;
  /** The event's or entity's id, the conflict's number, or a claim's `articleId:start-end`. */
  factKey: string;
  /** The interface language the reader wrote in. */
  language?: Language;
  /** What the reader says is wrong (1–1000 characters). */
  note: string;
}

export type ReaderReportOutcome =
  | { status: 'added'; report: ReaderReport }
  | { status: 'missing' }
  | { status: 'full'; open: number };

export interface ReaderReportQuery extends PageQuery {
  /** Default `open`. */
  status?: ReaderReportStatus;
  factType?: ReportedFactType;
  factKey?: string;
  language?: Language;
}

export interface ReaderReport {
  id: number;
  factType: ReportedFactType;
  factKey: string;
  language: Language | null;
  note: string;
  createdAt: string;
  status: ReaderReportStatus;
  /** The editor who resolved or dismissed it, when and why. */
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  /** What the fact is as readers see it now (an event's date and description, an entity's name); null once it is gone. */
  subject: string | null;
}

export interface ReaderReportResolution {
  reportId: number;
  /** The editor's name. */
  editor: string;
  status: 'resolved' | 'dismissed';
  note?: string;
}

/** A report as the audit log records it, before and after an editor's action. */
export interface ReaderReportState {
  status: ReaderReportStatus;
  resolvedBy: string | null;
  resolution: string | null;
}

/** What an editor can do to an entity. */
export type EntityEditAction = 'renamed' | 'retyped' | 'unlinked' | 'merged' | 'split' | 'deleted';

/**
 * Mentions chosen by their text in one article, or with `articleId` null in every article: the
 * anchor an unlink or a split keeps (the article's source identity and the text, never row ids),
 * so it finds the mentions again in a new revision that moves them.
 */
export interface MentionChoice {
  articleId: number | null;
  text: string;
}

/** An entity edit: which entity, who, why, and what to do. */
export type EntityEditInput = { entityId: string; editor: string; note?: string } & (
  | { action: 'renamed'; name: string /** Only in this interface language; absent: everywhere. */; language?: Language }
  | { action: 'retyped'; type: EntityType }
  | {
      action: 'unlinked';
      mentions: MentionChoice[] /** `own`: each text becomes an entity of its own. */;
      becomes: 'own' | 'none';
    }
  | { action: 'merged'; into: string }
  | { action: 'split'; mentions: MentionChoice[]; name: string; type?: EntityType }
  | { action: 'deleted' }
);

export interface EntityUndoInput {
  editId: number;
  editor: string;
  note?: string;
}

/** An entity as readers see it, before or after an edit (the audit log's `before`/`after` of entity rows). */
export interface EntityState {
  name: string;
  type: EntityType;
  /** Names an editor gave it per interface language. */
  names: Partial<Record<Language, string>>;
  mentionCount: number;
  articleCount: number;
  /** Set while the entity is merged into another: where its id leads. */
  mergedInto: string | null;
  deleted: boolean;
}

/** One entity edit that applies now. */
export interface EntityEdit {
  id: number;
  action: EntityEditAction;
  entityId: string;
  target: string | null;
  editor: string;
  note: string | null;
  at: string;
}

/** Mentions of an entity with the same text in one article: what an unlink or a split chooses. */
export interface MentionGroup {
  articleId: number;
  title: string;
  language: Language;
  text: string;
  count: number;
  /** The first mention in context, HTML-escaped with the mention in `<mark>`. */
  snippet: string;
}

export interface EntityReview {
  entity: EntityDetail;
  /** Every group of its live mentions, by article then text (at most 500). */
  mentionGroups: MentionGroup[];
  /** Edits of this entity (or merged into it) that apply now, oldest first: each can be undone. */
  edits: EntityEdit[];
  /** Its audit rows, newest first (edits, merges into it, undos). */
  history: AuditEntry[];
}

export interface EntityListQuery extends PageQuery {
  type?: EntityType;
  q?: string;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  /**
   * The highest confidence of its live mentions, from the recogniser and linker (null when none was
   * saved with one); `doubtful` below the review threshold, so pages mark it and editors see it.
   */
  confidence?: number | null;
  doubtful?: boolean;
  /** Names an editor gave it per interface language (shown before the gazetteer's). */
  names?: Partial<Record<Language, string>>;
}

export interface EntityDetail extends EntitySummary {
  coordinates?: Entity['coordinates'];
  events: TimelineEvent[];
  mentions: {
    articleId: number;
    title: string;
    language: Language;
    start: number;
    end: number;
    text: string;
    snippet: string;
    /** The mention's own confidence (null on rows saved without one). */
    confidence: number | null;
  }[];
  related: { id: string; name: string; type: EntityType; weight: number; names?: Partial<Record<Language, string>> }[];
}

export interface Conflict {
  id: number;
  kind: 'date' | 'value';
  /** What disagrees: an event's description or a claim's subject and kind. */
  subject: string;
  values: { value: string; articleId: number; title: string; sentence: Span; text: string }[];
}

export interface StoreStats {
  articles: number;
  revisions: number;
  entities: number;
  mentions: number;
  /** Events readers see: stored events less those an editor's current review rejects (as the timeline leaves them out). */
  events: number;
  claims: number;
  conflicts: number;
}

export type { Claim, DatedEvent, Entity };
