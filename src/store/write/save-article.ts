import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { EXTRACTOR_VERSION } from '../../analyze/types.ts';
import { chunks } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import { articleIdentity } from '../identity.ts';
import { validateArticleInput } from '../input.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput, SaveOutcome, SaveResult } from '../types.ts';
import { recordExtractedEntities, withEntityEdits } from './entity-edits.ts';
import { EntityCounts, knownEntities, removeFacts, writeFacts } from './facts.ts';
import { mergeClaims } from './merge-claims.ts';
import { mergeEvents } from './merge-events.ts';
import { MergeCache, type SaveContext, type StoredArticle } from './save-context.ts';
import { asError, ReservedIds, SentWrites } from './writes-ahead.ts';

/**
 * Runs `work` in a write transaction on one connection: committed whole or not at all, so a
 * crash or an error mid-article leaves the previous state untouched.
 */
export async function inWriteTransaction<T>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await dialect.beginWrite(conn);
    try {
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => {});
      throw e;
    }
  });
}

/**
 * Stores one article: unchanged when the latest revision has the same hash and was analysed by
 * this extractor version (no writes at all); re-extracted in place when only the extractors
 * changed; otherwise a new revision whose facts replace the previous revision's, merged into
 * shared events.
 */
export async function saveArticle(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: ArticleInput,
): Promise<SaveResult> {
  validateArticleInput(input);
  return inWriteTransaction(db, dialect, (trx) => saveInTransaction(trx, dialect, input));
}

/**
 * Stores articles in order in one transaction, each inside its own savepoint: an article that
 * fails leaves no trace and the others are still saved, exactly as if each had been saved alone.
 * One commit for many articles is the point: a commit writes every page the save touched
 * (events, links and indexes all over the file), and neighbouring articles touch the same pages.
 * If the commit itself fails, nothing of the batch is stored and the promise rejects. Where the
 * dialect writes ahead, the batch is tried first with no savepoint between articles (`saveAhead`),
 * and made again article by article only when a save fails.
 */
export async function saveArticles(
  db: Kysely<Database>,
  dialect: StoreDialect,
  inputs: readonly ArticleInput[],
): Promise<SaveOutcome[]> {
  const outcomes: (SaveOutcome | null)[] = inputs.map((input) => {
    try {
      validateArticleInput(input);
      return null;
    } catch (error) {
      return { ok: false, error: error as Error };
    }
  });
  if (outcomes.every((o) => o !== null)) return outcomes as SaveOutcome[];
  return inWriteTransaction(db, dialect, async (trx) => {
    const pending = inputs.flatMap((input, i) => (outcomes[i] ? [] : [{ input, i }]));
    const batch = pending.map((p) => p.input);
    // Shared by the batch's saves: neighbouring articles look up the same participants and dates.
    let events = new MergeCache();
    await readAhead(trx, events, batch);
    const ids = new ReservedIds(await dialect.reserveArticleIds(trx, newArticles(events, batch)));
    await sql`SAVEPOINT save_article`.execute(trx);
    if (dialect.writesAhead) {
      if (await saveAhead(trx, dialect, pending, outcomes, events, ids)) {
        await sql`RELEASE SAVEPOINT save_article`.execute(trx);
        return outcomes as SaveOutcome[];
      }
      // A save failed and the batch was rolled back: made again one savepoint per article, so
      // the failed save is found by its own error and the others stored, with the same ids.
      events = new MergeCache();
      await readAhead(trx, events, batch);
      ids.taken = 0;
    }
    for (const [n, { input, i }] of pending.entries()) {
      try {
        outcomes[i] = {
          ok: true,
          result: await saveInTransaction(trx, dialect, input, events, { ids, sent: undefined }),
        };
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT save_article`.execute(trx);
        // What the failed save added to the cache is gone from the database.
        events = new MergeCache();
        outcomes[i] = { ok: false, error: asError(error) };
      }
      // Released, and the next article's taken, in one round trip where the dialect can.
      if (n < pending.length - 1) await dialect.nextSavepoint(trx, 'save_article');
      else await sql`RELEASE SAVEPOINT save_article`.execute(trx);
    }
    return outcomes as SaveOutcome[];
  });
}

/**
 * The batch's saves with their writes sent ahead (`writes-ahead.ts`) and no savepoint between
 * them (a savepoint is a round trip per article, and failures are rare): true when every one
 * went in; otherwise false, with the batch rolled back to the savepoint before its first save.
 */
async function saveAhead(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  pending: readonly { input: ArticleInput; i: number }[],
  outcomes: (SaveOutcome | null)[],
  events: MergeCache,
  ids: ReservedIds,
): Promise<boolean> {
  const sent = new SentWrites();
  const counts = new EntityCounts();
  let failed = false;
  try {
    for (const { input, i } of pending) {
      outcomes[i] = { ok: true, result: await saveInTransaction(trx, dialect, input, events, { ids, sent, counts }) };
    }
    sent.add(dialect.writeAll(trx, counts.updates(trx)));
  } catch {
    // Which save failed, and why, the saves made again tell.
    failed = true;
  }
  // Every write answered before the rollback, so none is still on its way.
  if ((await sent.firstError()) || failed) {
    await sql`ROLLBACK TO SAVEPOINT save_article`.execute(trx);
    return false;
  }
  return true;
}

/** How many distinct articles of the batch are not stored yet (`readAhead` has looked). */
function newArticles(cache: MergeCache, inputs: readonly ArticleInput[]): number {
  return [...new Set(inputs.map(articleIdentity))].filter((identity) => cache.articles.get(identity) === null).length;
}

/** Stored articles under these identities, with their current revision's hash and extractor. */
function storedArticles(trx: Kysely<Database>, identities: string[]) {
  return trx
    .selectFrom('articles')
    .innerJoin('revisions', (join) =>
      join
        .onRef('revisions.article_id', '=', 'articles.id')
        .onRef('revisions.revision', '=', 'articles.current_revision'),
    )
    .select([
      'articles.identity',
      'articles.id',
      'articles.current_revision',
      'revisions.hash',
      'revisions.extractor_version',
    ])
    .where('articles.identity', 'in', identities)
    .execute();
}

/**
 * Reads for the whole batch what each save would otherwise ask on its own: which articles are
 * stored, and which of the entities they name (with their aliases). Two statements instead of
 * two per article; the cache then follows what the saves write.
 */
async function readAhead(trx: Kysely<Database>, cache: MergeCache, inputs: readonly ArticleInput[]): Promise<void> {
  const identities = [...new Set(inputs.map(articleIdentity))];
  for (const batch of chunks(identities)) {
    for (const id of batch) cache.articles.set(id, null);
    for (const { identity, ...stored } of await storedArticles(trx, batch)) cache.articles.set(identity, stored);
  }
  await knownEntities(trx, cache, [...new Set(inputs.flatMap((input) => input.analysis.entities.map((e) => e.id)))]);
}

/**
 * What a save of a batch shares with the batch: the new articles' ids, its writes sent ahead
 * (if any), and where its entities' count changes wait for the batch's end (if they do).
 */
interface InBatch {
  ids: ReservedIds;
  sent: SentWrites | undefined;
  counts?: EntityCounts;
}

async function saveInTransaction(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  input: ArticleInput,
  events = new MergeCache(),
  batch: InBatch = { ids: new ReservedIds(), sent: undefined },
): Promise<SaveResult> {
  const identity = articleIdentity(input);
  const found = events.articles.has(identity)
    ? events.articles.get(identity)
    : (await storedArticles(trx, [identity]))[0];
  const result = await saveFound(trx, dialect, input, identity, found ?? undefined, events, batch);
  if (result.status !== 'unchanged') {
    events.articles.set(identity, {
      id: result.id,
      current_revision: result.revision,
      hash: input.hash,
      extractor_version: EXTRACTOR_VERSION,
    });
  }
  return result;
}

async function saveFound(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  input: ArticleInput,
  identity: string,
  found: StoredArticle | undefined,
  events: MergeCache,
  batch: InBatch,
): Promise<SaveResult> {
  if (found && found.hash === input.hash) {
    if (found.extractor_version === EXTRACTOR_VERSION) {
      return { status: 'unchanged', id: found.id, revision: found.current_revision };
    }
    // Same source, better extractors: the revision stays, its analysis and facts are redone.
    await reextract(trx, dialect, found.id, found.current_revision, identity, input, events);
    return { status: 'updated', id: found.id, revision: found.current_revision, reanalysed: true };
  }
  const now = new Date().toISOString();
  const article = {
    identity,
    site: input.site,
    source_id: input.sourceId,
    path: input.path,
    source_path: input.sourcePath ?? null,
    language: input.meta.language,
    title: input.meta.title,
    author: input.meta.author ?? null,
    format: input.format,
    updated_at: now,
  };
  let id: number;
  let revision: number;
  let withdrawnFrom: string[] = [];
  // The article's rows, read by nothing else in this save: they go together, after its entities.
  const writes: CompiledQuery[] = [];
  if (found) {
    id = found.id;
    revision = found.current_revision + 1;
    await trx
      .updateTable('articles')
      .set({ ...article, current_revision: revision })
      .where('id', '=', id)
      .execute();
    // Withdrawn sources delete and restate events behind the cache's back.
    events.clear();
    withdrawnFrom = await removeFacts(trx, dialect, id);
  } else {
    revision = 1;
    const row = { ...article, current_revision: revision, created_at: now };
    const reserved = batch.ids.take();
    if (reserved === undefined) {
      id = (await trx.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      // Its id known, the insert needs no answer: it goes with the rows that refer to it.
      id = reserved;
      writes.push(
        trx
          .insertInto('articles')
          .values({ id, ...row })
          .compile(),
      );
    }
  }
  writes.push(
    trx
      .insertInto('revisions')
      .values({
        article_id: id,
        revision,
        hash: input.hash,
        format: input.format,
        text: input.text,
        meta: JSON.stringify(input.meta),
        analysis: JSON.stringify(input.analysis),
        extractor_version: EXTRACTOR_VERSION,
        created_at: now,
      })
      .compile(),
  );
  // Editors' entity edits apply to what the extractor found; the revision keeps the extraction as it was.
  await recordExtractedEntities(trx, id, input, { isNew: !found, writes });
  const edited = await withEntityEdits(trx, identity, input, events);
  const { sent, counts } = batch;
  await writeFacts(
    trx,
    dialect,
    id,
    revision,
    edited,
    writes,
    events,
    sent && ((written) => sent.add(written)),
    counts,
  );
  await mergeFacts(trx, { articleId: id, revision, identity, input: edited, events, withdrawnFrom });
  return { status: found ? 'updated' : 'new', id, revision };
}

async function reextract(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  id: number,
  revision: number,
  identity: string,
  input: ArticleInput,
  events: MergeCache,
): Promise<void> {
  await trx
    .updateTable('revisions')
    .set({ analysis: JSON.stringify(input.analysis), extractor_version: EXTRACTOR_VERSION })
    .where('article_id', '=', id)
    .where('revision', '=', revision)
    .execute();
  await trx.updateTable('articles').set({ updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  events.clear();
  const withdrawnFrom = await removeFacts(trx, dialect, id);
  await recordExtractedEntities(trx, id, input);
  const edited = await withEntityEdits(trx, identity, input, events);
  await writeFacts(trx, dialect, id, revision, edited, [], events);
  await mergeFacts(trx, { articleId: id, revision, identity, input: edited, events, withdrawnFrom });
}

/**
 * Merges the saved article's events and claims into the store's. Without dated events and
 * withdrawn sources there are no statements to group: merging would only read the article's
 * claims back (a round trip per save, most of a news portal's articles have no dated event).
 */
async function mergeFacts(
  trx: Kysely<Database>,
  ctx: SaveContext & { withdrawnFrom: readonly string[] },
): Promise<void> {
  if (ctx.input.analysis.events.length || ctx.withdrawnFrom.length) await mergeEvents(trx, ctx);
  await mergeClaims(trx, ctx);
}
