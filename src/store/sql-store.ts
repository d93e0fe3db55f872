import type { Kysely } from 'kysely';
import type { StoreDialect } from './dialect.ts';
import { findArticleId, getArticle, listArticles } from './read/articles.ts';
import { auditLog, eventHistory } from './read/audit-log.ts';
import { listConflicts, stats } from './read/conflicts.ts';
import { editorByToken, listEditors } from './read/editors.ts';
import { doubtfulEntities, getEntity, listEntities } from './read/entities.ts';
import { entityRedirect } from './read/entity-edits.ts';
import { entityReview } from './read/entity-review.ts';
import { onThisDay, timeline } from './read/events.ts';
import { factSubjects, readerReports } from './read/reader-reports.ts';
import { reviewQueue } from './read/review-queue.ts';
import { search } from './read/search.ts';
import type { Database } from './schema.ts';
import type {
  AddEditorOptions,
  ArticleInput,
  ArticleKey,
  ArticleListQuery,
  ArticleSummary,
  AuditEntry,
  Conflict,
  ConflictReview,
  ConflictReviewInput,
  DecisionUndoInput,
  Editor,
  EditorAccessInput,
  EntityDetail,
  EntityEditInput,
  EntityListQuery,
  EntityReview,
  EntitySummary,
  EntityUndoInput,
  EventReviewInput,
  NewEditor,
  Page,
  PageQuery,
  ReaderReport,
  ReaderReportInput,
  ReaderReportOutcome,
  ReaderReportQuery,
  ReaderReportResolution,
  ReportedFactType,
  ReviewQueueQuery,
  SaveOutcome,
  SaveResult,
  SearchQuery,
  SearchResults,
  Store,
  StoredArticle,
  StoreStats,
  TimelineEvent,
  TimelineQuery,
} from './types.ts';
import { conflictReview, reviewConflict } from './write/conflict-reviews.ts';
import { auditFactOf, undoReviewDecision } from './write/decision-undo.ts';
import { addEditor, setEditorAccess } from './write/editors.ts';
import { editEntity, undoEntityEdit } from './write/entity-edits.ts';
import { addReaderReport, resolveReaderReport } from './write/reader-reports.ts';
import { checkEditorName, reviewEvent } from './write/reviews.ts';
import { inWriteTransaction, saveArticle, saveArticles } from './write/save-article.ts';

/**
 * The store over any SQL database Kysely speaks: one code path for SQLite and PostgreSQL, with
 * the few differences (transactions, full-text index) behind `StoreDialect`.
 */
export class SqlStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
  ) {}

  saveArticle(input: ArticleInput): Promise<SaveResult> {
    return saveArticle(this.db, this.dialect, input);
  }

  saveArticles(inputs: readonly ArticleInput[]): Promise<SaveOutcome[]> {
    return saveArticles(this.db, this.dialect, inputs);
  }

  compactSearchIndex(): Promise<boolean> {
    return this.dialect.compactSearchIndex(this.db);
  }

  listArticles(query?: ArticleListQuery): Promise<Page<ArticleSummary>> {
    return listArticles(this.db, query);
  }

  getArticle(id: number, revision?: number): Promise<StoredArticle | null> {
    return getArticle(this.db, id, revision);
  }

  findArticleId(key: ArticleKey): Promise<number | null> {
    return findArticleId(this.db, key);
  }

  search(query: SearchQuery): Promise<SearchResults> {
    return search(this.db, this.dialect, query);
  }

  timeline(query?: TimelineQuery): Promise<Page<TimelineEvent>> {
    return timeline(this.db, query);
  }

  listEntities(query?: EntityListQuery): Promise<Page<EntitySummary>> {
    return listEntities(this.db, query);
  }

  getEntity(id: string): Promise<EntityDetail | null> {
    return getEntity(this.db, id);
  }

  onThisDay(monthDay: string): Promise<TimelineEvent[]> {
    return onThisDay(this.db, monthDay);
  }

  listConflicts(query?: PageQuery): Promise<Page<Conflict>> {
    return listConflicts(this.db, query);
  }

  stats(): Promise<StoreStats> {
    return stats(this.db);
  }

  addEditor(name: string, options?: AddEditorOptions): Promise<NewEditor> {
    return addEditor(this.db, this.dialect, name, options);
  }

  listEditors(): Promise<Editor[]> {
    return listEditors(this.db);
  }

  editorByToken(token: string): Promise<Editor | null> {
    return editorByToken(this.db, token);
  }

  revokeEditor(name: string, note?: string): Promise<Editor | null> {
    checkEditorName(name);
    return setEditorAccess(this.db, this.dialect, {
      editor: name,
      enabled: false,
      ...(note !== undefined ? { note } : {}),
    });
  }

  setEditorAccess(input: EditorAccessInput): Promise<Editor | null> {
    return setEditorAccess(this.db, this.dialect, input);
  }

  reviewQueue(query?: ReviewQueueQuery): Promise<Page<TimelineEvent>> {
    return reviewQueue(this.db, query);
  }

  doubtfulEntities(query?: ReviewQueueQuery): Promise<Page<EntitySummary>> {
    return doubtfulEntities(this.db, query);
  }

  reviewEvent(input: EventReviewInput): Promise<AuditEntry | null> {
    return reviewEvent(this.db, this.dialect, input);
  }

  auditLog(query?: PageQuery): Promise<Page<AuditEntry>> {
    return auditLog(this.db, query);
  }

  editEntity(input: EntityEditInput): Promise<AuditEntry | null> {
    return editEntity((work) => inWriteTransaction(this.db, this.dialect, work), this.dialect, input);
  }

  undoEntityEdit(input: EntityUndoInput): Promise<AuditEntry | null> {
    return undoEntityEdit((work) => inWriteTransaction(this.db, this.dialect, work), this.dialect, input);
  }

  async undoDecision(input: DecisionUndoInput): Promise<AuditEntry | null> {
    const fact = await auditFactOf(this.db, input);
    if (!fact) return null;
    // An entity row is undone as its edit is: the same undo the entity's page offers.
    if (fact.factType === 'entity' && fact.editId !== null && fact.action !== 'undone') {
      return this.undoEntityEdit({
        editId: fact.editId,
        editor: input.editor,
        ...(input.note ? { note: input.note } : {}),
      });
    }
    return undoReviewDecision(this.db, this.dialect, input);
  }

  eventHistory(eventId: string): Promise<AuditEntry[] | null> {
    return eventHistory(this.db, eventId);
  }

  reviewConflict(input: ConflictReviewInput): Promise<AuditEntry | null> {
    return reviewConflict(this.db, this.dialect, input);
  }

  conflictReview(conflictId: number): Promise<ConflictReview | null> {
    return conflictReview(this.db, conflictId);
  }

  dismissedConflicts(query?: PageQuery): Promise<Page<Conflict>> {
    return listConflicts(this.db, query, 'dismissed');
  }

  entityRedirect(id: string): Promise<string | null> {
    return entityRedirect(this.db, id);
  }

  entityReview(id: string): Promise<EntityReview | null> {
    return entityReview(this.db, id);
  }

  addReaderReport(input: ReaderReportInput, options?: { maxOpenPerFact?: number }): Promise<ReaderReportOutcome> {
    return addReaderReport(this.db, this.dialect, input, options);
  }

  readerReports(query?: ReaderReportQuery): Promise<Page<ReaderReport>> {
    return readerReports(this.db, query);
  }

  async reportedFact(factType: ReportedFactType, factKey: string): Promise<string | null> {
    const subjects = await factSubjects(this.db, [{ factType, factKey }]);
    return subjects.get(`${factType}|${factKey}`) ?? null;
  }

  resolveReaderReport(input: ReaderReportResolution): Promise<AuditEntry | null> {
    return resolveReaderReport(this.db, this.dialect, input);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
