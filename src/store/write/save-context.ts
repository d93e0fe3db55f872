import type { Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';

/** Context of one article's save, shared by its events and claims. */
export interface SaveContext {
  articleId: number;
  revision: number;
  /** Stable identity (`src:site:id` or `path:…`), so statement keys and event ids agree between databases. */
  identity: string;
  input: ArticleInput;
  /** Events the article's previous revision was a source of: what is left of them is recomputed. */
  withdrawnFrom?: readonly string[];
  /**
   * What earlier saves of the same transaction read about claims; absent, the save reads afresh.
   * Only valid while nothing else writes: the transaction holds the write lock.
   */
  events?: MergeCache;
}

/** What a save needs to know of an article already stored under its identity. */
export interface StoredArticle {
  id: number;
  current_revision: number;
  hash: string;
  extractor_version: string;
}

/**
 * Claims of a kind and subject (`kind\0subject_key`), the first of any article by id, kept as the
 * database would return them while saves of one batch add claims (`merge-claims.ts`). Dropped
 * when facts change another way (a rolled-back save, withdrawn facts).
 */
export class MergeCache {
  readonly claims = new Map<string, Selectable<Database['claims']>[]>();
  /** Whether the store has any active entity edit, once a save of the batch has asked. */
  anyEntityEdits: boolean | undefined;
  /** Stored articles by identity (null: none), read for the whole batch at once and kept as saves change them. */
  readonly articles = new Map<string, StoredArticle | null>();
  /** Stored entities' aliases by id (null: not stored), likewise. */
  readonly entities = new Map<string, string[] | null>();

  clear(): void {
    this.claims.clear();
  }
}
