import type { Kysely, Migration, RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
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
  /** Replaces the article's full-text entry with these analysed, space-separated tokens. */
  indexArticle(conn: Kysely<Database>, articleId: number, titleTokens: string, bodyTokens: string): Promise<void>;
  /** Removes the article's full-text entry (used before re-indexing and by tests). */
  unindexArticle(conn: Kysely<Database>, articleId: number): Promise<void>;
  /**
   * A query `SELECT article_id, score` of articles matching the parsed query, higher score
   * better, or null when the query has no searchable terms. Used as a materialised CTE.
   * Unscored (every score 0) is for counting, where ranking would be wasted work.
   */
  textMatches(parsed: ParsedQuery, scored: boolean): RawBuilder<unknown> | null;
}
