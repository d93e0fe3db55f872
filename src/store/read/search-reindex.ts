import type { Kysely } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import type { Database } from '../schema.ts';
import { indexTokens } from '../text.ts';
import { entityIndexTokens } from './search-entities.ts';
import { yearIndexTokens } from './search-years.ts';

/** Longest token list indexed per field: keeps a huge article within PostgreSQL's tsvector limit. */
export const MAX_INDEX_TOKENS = 100_000;

/** Articles re-indexed per round trip while rebuilding. */
const BATCH = 200;

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

/**
 * Writes every article's full-text entry again from its current text, stored year ranges and
 * mentioned entities.
 * Migrations that change what the index holds call this, so databases made before keep working.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function rebuildSearchIndex(db: Kysely<any>, index: IndexArticle): Promise<void> {
  const typed = db as Kysely<Database>;
  let after = 0;
  for (;;) {
    const articles = await typed
      .selectFrom('articles')
      .innerJoin('revisions', (j) =>
        j
          .onRef('revisions.article_id', '=', 'articles.id')
          .onRef('revisions.revision', '=', 'articles.current_revision'),
      )
      .select(['articles.id', 'articles.title', 'articles.language', 'revisions.text'])
      .where('articles.id', '>', after)
      .orderBy('articles.id')
      .limit(BATCH)
      .execute();
    if (!articles.length) return;
    const ids = articles.map((a) => a.id);
    const years = await typed
      .selectFrom('article_years')
      .select(['article_id', 'year_from', 'year_to'])
      .where('article_id', 'in', ids)
      .execute();
    const mentioned = await typed
      .selectFrom('mentions')
      .select(['article_id', 'entity_id'])
      .distinct()
      .where('article_id', 'in', ids)
      .execute();
    const entitiesOf = new Map<number, string[]>();
    for (const m of mentioned) entitiesOf.set(m.article_id, [...(entitiesOf.get(m.article_id) ?? []), m.entity_id]);
    const yearsOf = new Map<number, { from: number; to: number }[]>();
    for (const y of years) {
      yearsOf.set(y.article_id, [...(yearsOf.get(y.article_id) ?? []), { from: y.year_from, to: y.year_to }]);
    }
    for (const a of articles) {
      const fields = searchFields(
        a.title,
        a.text,
        a.language as Language,
        yearsOf.get(a.id) ?? [],
        entitiesOf.get(a.id) ?? [],
      );
      await index(typed, a.id, fields);
    }
    after = ids[ids.length - 1]!;
  }
}
