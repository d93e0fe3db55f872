import type { Kysely, Migration, RawBuilder } from 'kysely';
import type { SearchFields } from './read/search-reindex.ts';
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
  indexArticle(conn: Kysely<Database>, articleId: number, fields: SearchFields): Promise<void>;
  /** Removes the article's full-text entry (used before re-indexing and by tests). */
  unindexArticle(conn: Kysely<Database>, articleId: number): Promise<void>;
  /**
   * A query `SELECT article_id` of the articles whose text matches the parsed query and, when
   * `years` is given, that carry one of these year tokens (`yearQueryTokens`); null when the
   * query has no searchable terms. Unscored: for counting, windows and pages in id order.
   */
  textMatches(parsed: ParsedQuery, years: string[] | null): RawBuilder<unknown> | null;
  /**
   * `SELECT article_id, score` for the same matches with ids from `minId` to `maxId`, higher
   * score better: the text rank plus the rank of the query as a phrase (its terms side by side),
   * so texts that say the words together come first. Null when the query has no searchable terms.
   */
  rankedMatches(parsed: ParsedQuery, years: string[] | null, minId: number, maxId: number): RawBuilder<unknown> | null;
}
