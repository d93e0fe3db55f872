import type { Kysely } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import type { Database } from '../schema.ts';
import { indexTokens } from '../text.ts';
import { entityIndexTokens } from './entities.ts';
import { yearIndexTokens } from './years.ts';

/** Longest token list indexed per field: keeps a huge article within PostgreSQL's tsvector limit. */
export const MAX_INDEX_TOKENS = 100_000;

/** The full-text fields of one article: analysed, space-separated tokens. */
export interface SearchFields {
  title: string;
  body: string;
  years: string;
  /** Tokens of the entities the article mentions (`entityToken`). */
  entities: string;
}

/** Replaces one article's full-text entry (each dialect's `indexArticle`). */
export type IndexArticle = (conn: Kysely<Database>, articleId: number, fields: SearchFields) => Promise<void>;

/** The full-text fields of one article, from its title, text, language, year ranges and mentioned entities. */
export function searchFields(
  title: string,
  text: string,
  language: Language,
  years: { from: number; to: number }[],
  entityIds: Iterable<string>,
): SearchFields {
  return {
    title: indexTokens(title, language).slice(0, MAX_INDEX_TOKENS).join(' '),
    body: indexTokens(text, language).slice(0, MAX_INDEX_TOKENS).join(' '),
    years: yearIndexTokens(years).join(' '),
    entities: entityIndexTokens(entityIds).join(' '),
  };
}
