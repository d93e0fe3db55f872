import type { Analysis, Claim, DatedEvent, Entity, EntityType, Language, Span } from '../analyze/types.ts';
import type { ArticleMeta, SourceFormat } from '../ingest/types.ts';

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
  close(): Promise<void>;
}

export interface ArticleKey {
  site: string | null;
  sourceId: string | null;
  /** Path of the source file; identifies articles that have no source id. */
  path: string;
}

export interface ArticleInput extends ArticleKey {
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
  entities: { id: string; name: string; type: EntityType }[];
  sources: EventSource[];
  confidence: number;
  /** True when another article dates the same event differently. */
  conflicted: boolean;
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
  }[];
  related: { id: string; name: string; type: EntityType; weight: number }[];
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
  events: number;
  claims: number;
  conflicts: number;
}

export type { Claim, DatedEvent, Entity };
