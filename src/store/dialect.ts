import type { CompiledQuery, Kysely, Migration, RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
import type { SearchFields } from './search-index/fields.ts';
import type { ParsedQuery } from './text.ts';

/**
 * What differs between SQLite and PostgreSQL. Everything else in the store is one Kysely code
 * path; this is the list of places where the two databases need different SQL.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly migrations: Record<string, Migration>;
  /** Starts a write transaction on `conn` that serialises with other writers (other processes too). */
  beginWrite(conn: Kysely<Database>): Promise<void>;
  /** Releases savepoint `name` and takes a new one of that name (one round trip where the driver allows). */
  nextSavepoint(conn: Kysely<Database>, name: string): Promise<void>;
  /** Runs a search's queries, on a connection set up so the database plans them well. */
  searching<T>(db: Kysely<Database>, run: (conn: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Replaces the article's full-text entry with these analysed, space-separated tokens. */
  indexArticle(conn: Kysely<Database>, articleId: number, fields: SearchFields): Promise<void>;
  /** The statements `indexArticle` runs, for `writeAll`. */
  indexWrites(conn: Kysely<Database>, articleId: number, fields: SearchFields): CompiledQuery[];
  /**
   * Runs writes in order where none reads, or writes the rows of, what another writes (the
   * article's own rows after its facts are known); in as few round trips as the database allows.
   */
  writeAll(conn: Kysely<Database>, writes: readonly CompiledQuery[]): Promise<void>;
  /**
   * Whether a batch's saves send writes without waiting for their answer, with no savepoint
   * between articles unless one fails (`writes-ahead.ts`): worth it where the database is another
   * process, working while the store makes the next rows, and each statement a round trip (PostgreSQL).
   */
  readonly writesAhead: boolean;
  /**
   * `count` ids for new articles, as their inserts' defaults would give them one by one while the
   * transaction holds the write lock, ascending; empty where the database has no such sequence.
   */
  reserveArticleIds(conn: Kysely<Database>, count: number): Promise<number[]>;
  /**
   * Merges the full-text index into fewer pieces after bulk writes, when that is worth its cost;
   * true when it did. Queries walk every piece, so a merged index answers faster.
   */
  compactSearchIndex(db: Kysely<Database>): Promise<boolean>;
  /** Removes the article's full-text entry (used before re-indexing and by tests). */
  unindexArticle(conn: Kysely<Database>, articleId: number): Promise<void>;
  /**
   * A query `SELECT article_id` of the articles that match: whose text has the query's words or
   * that mention one of its entities, and that carry one of its year tokens when it has years.
   * Null when the query has no searchable terms. Unscored: for counting, windows and pages in id order.
   */
  textMatches(query: TextQuery): RawBuilder<unknown> | null;
  /** `SELECT article_id, score` (text rank, higher better) of the same matches with ids from `minId` to `maxId`. */
  rankedMatches(query: TextQuery, minId: number, maxId: number): RawBuilder<unknown> | null;
  /**
   * `SELECT article_id, score, together, total` of the `size` newest matches (highest ids) that
   * pass `filter` (a condition on the given id column), ranked as `rankedMatches` does; only those
   * rows are ranked. A dialect that can answer more in the same statement fills `together` (the
   * text has the query's terms side by side, as `phraseMatches` tells) and `total` (how many
   * matches pass the filter in all); NULL leaves them to `phraseMatches` and a count.
   */
  newestRanked(
    query: TextQuery,
    filter: (id: RawBuilder<unknown>) => RawBuilder<unknown>,
    size: number,
  ): RawBuilder<unknown> | null;
  /**
   * `SELECT article_id` of those of `ids` (a non-empty window) whose text has the query's terms
   * side by side; others may come too, the caller keeps its own. Null when the query is not a phrase.
   */
  phraseMatches(parsed: ParsedQuery, ids: number[]): RawBuilder<unknown> | null;
}

/** What a search matches in the full-text index. */
export interface TextQuery {
  parsed: ParsedQuery;
  /** Year tokens of which a match must carry one (`yearQueryTokens`), or null for any year. */
  years: string[] | null;
  /** Tokens of entities the query names (`entityToken`): an article mentioning one matches too. */
  entities: string[];
}
