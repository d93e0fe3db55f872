/**
 * The search-index fills that migrations 0009, 0010 and 0013 run, frozen here: they read and write
 * the tables as those migrations left them, so a later change to the live schema or to the live
 * write path cannot change what an old migration does. What they write comes from the live token
 * builders (`search-index/`) on purpose: the index must hold the tokens today's queries look for,
 * and a change of token format comes with a migration of its own that rebuilds the index.
 */
import { type Kysely, sql } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import type { Database } from '../schema.ts';
import { entityIndexTokens } from '../search-index/entities.ts';
import { type IndexArticle, searchFields } from '../search-index/fields.ts';
import { yearIndexTokens } from '../search-index/years.ts';

/** Articles re-indexed per round trip while rebuilding. */
const BATCH = 200;

/** SQLite's FTS5 table as `0013_search_entities` makes it (0009 made it too; 0013 makes it again with `entities`). */
export const ARTICLE_FTS_0013 = `CREATE VIRTUAL TABLE article_fts USING fts5(title, body, years, entities, content='',
  contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`;

/** One article's FTS5 row, in the table `ARTICLE_FTS_0013` makes. */
export const indexSqliteArticle0013: IndexArticle = async (conn, articleId, fields) => {
  await sql`DELETE FROM article_fts WHERE rowid = ${articleId}`.execute(conn);
  await sql`INSERT INTO article_fts (rowid, title, body, years, entities)
    VALUES (${articleId}, ${fields.title}, ${fields.body}, ${fields.years}, ${fields.entities})`.execute(conn);
};

/**
 * Writes every article's full-text entry again from its current text, stored year ranges and
 * mentioned entities (SQLite's `0009_search_years` and `0013_search_entities`), reading the tables
 * as they were at 0013.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function rebuildSearchIndex0013(db: Kysely<any>, index: IndexArticle): Promise<void> {
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

/** Fills the years vector of every indexed article from its stored year ranges (PostgreSQL's `0010_search_years`). */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function fillYearVectors0010(db: Kysely<any>): Promise<void> {
  const rows = await (db as Kysely<Database>)
    .selectFrom('article_years')
    .select(['article_id', 'year_from', 'year_to'])
    .orderBy('article_id')
    .execute();
  const byArticle = new Map<number, { from: number; to: number }[]>();
  for (const r of rows) {
    byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), { from: r.year_from, to: r.year_to }]);
  }
  for (const [articleId, ranges] of byArticle) {
    await sql`UPDATE article_search SET years = to_tsvector('simple', ${yearIndexTokens(ranges).join(' ')})
      WHERE article_id = ${articleId}`.execute(db);
  }
}

/** Adds the tokens of the entities each indexed article mentions to its vector, weight D (PostgreSQL's `0013_search_entities`). */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function addEntityTokens0013(db: Kysely<any>): Promise<void> {
  const rows = await (db as Kysely<Database>)
    .selectFrom('mentions')
    .select(['article_id', 'entity_id'])
    .distinct()
    .orderBy('article_id')
    .execute();
  const byArticle = new Map<number, string[]>();
  for (const r of rows) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r.entity_id]);
  for (const [articleId, ids] of byArticle) {
    await sql`UPDATE article_search
      SET doc = doc || setweight(to_tsvector('simple', ${entityIndexTokens(ids).join(' ')}), 'D')
      WHERE article_id = ${articleId}`.execute(db);
  }
}
