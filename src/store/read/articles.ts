import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Analysis } from '../../analyze/types.ts';
import type { ArticleMeta, SourceFormat } from '../../domain/article.ts';
import { fromJson, toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { articleIdentity } from '../identity.ts';
import { checkArticleId, checkLanguage, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { ArticleKey, ArticleListQuery, ArticleSummary, Page, StoredArticle } from '../types.ts';
import { applyEntityEdits, extractedEntityIds, rulesFor } from './entity-edits.ts';

const SUMMARY_COLUMNS = [
  'id',
  'source_id',
  'site',
  'title',
  'language',
  'author',
  'current_revision',
  'updated_at',
  'path',
  'source_path',
] as const;

interface SummaryRow {
  id: number;
  source_id: string | null;
  site: string | null;
  title: string;
  language: string;
  author: string | null;
  current_revision: number;
  updated_at: string;
  path: string;
  source_path: string | null;
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    sourceId: r.source_id,
    site: r.site,
    title: r.title,
    language: r.language as ArticleSummary['language'],
    author: r.author,
    revision: r.current_revision,
    updatedAt: r.updated_at,
    // The absolute path names the server's folders; answers show the one relative to the ingest root.
    path: r.source_path ?? basename(r.path),
  };
}

/** Articles in ingest order (or most recent first), optionally in one language. */
export async function listArticles(db: Kysely<Database>, query: ArticleListQuery = {}): Promise<Page<ArticleSummary>> {
  const { limit, offset } = pageOf(query);
  checkLanguage(query.language);
  if (query.order !== undefined && query.order !== 'id' && query.order !== 'recent') {
    throw new StoreInputError(`order: not one of id, recent: ${String(query.order)}`);
  }
  let base = db.selectFrom('articles');
  if (query.language) base = base.where('language', '=', query.language);
  const [rows, count] = await Promise.all([
    (query.order === 'recent'
      ? base.select(SUMMARY_COLUMNS).orderBy('updated_at', 'desc').orderBy('id', 'desc')
      : base.select(SUMMARY_COLUMNS).orderBy('id')
    )
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: toNumber(count.n), items: rows.map(toSummary) };
}

/** The article at `revision` (default: latest) with every revision's number, hash and date. */
export async function getArticle(db: Kysely<Database>, id: number, revision?: number): Promise<StoredArticle | null> {
  checkArticleId(id);
  // Revision 0 (the one before the first) does not exist: absent, not malformed.
  if (revision === 0) return null;
  if (revision !== undefined) checkArticleId(revision, 'revision');
  const article = await db
    .selectFrom('articles')
    .select([...SUMMARY_COLUMNS, 'identity'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!article) return null;
  const wanted = revision ?? article.current_revision;
  const [rev, revisions] = await Promise.all([
    db
      .selectFrom('revisions')
      .select(['format', 'text', 'meta', 'analysis'])
      .where('article_id', '=', id)
      .where('revision', '=', wanted)
      .executeTakeFirst(),
    db
      .selectFrom('revisions')
      .select(['revision', 'hash', 'created_at'])
      .where('article_id', '=', id)
      .orderBy('revision')
      .execute(),
  ]);
  if (!rev) return null;
  const meta = fromJson<ArticleMeta>(rev.meta);
  // Readers see the extraction with editors' entity edits applied, as the stored facts are.
  const extracted = fromJson<Analysis>(rev.analysis);
  const rules = await rulesFor(db, extractedEntityIds(extracted));
  return {
    ...toSummary(article),
    // An older revision shows its own title and author, as it was then.
    title: meta.title,
    author: meta.author,
    revision: wanted,
    revisions: revisions.map((r) => ({ revision: r.revision, hash: r.hash, createdAt: r.created_at })),
    format: rev.format as SourceFormat,
    text: rev.text,
    meta,
    analysis: applyEntityEdits(extracted, article.identity, rules),
  };
}

export async function findArticleId(db: Kysely<Database>, key: ArticleKey): Promise<number | null> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('identity', '=', articleIdentity(key))
    .executeTakeFirst();
  return row?.id ?? null;
}
