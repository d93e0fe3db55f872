import type { Kysely } from 'kysely';
import { chunks, toNumber } from '../codec.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Conflict, Page, PageQuery, StoreStats } from '../types.ts';
import { dismissedConflictIds } from './conflict-reviews.ts';
import { rejectedEventIds } from './review-overlay.ts';

/**
 * Disagreements between articles, oldest first, each with every article's value and sentence:
 * those readers see (not dismissed by an editor), or with `dismissed` only the dismissed ones.
 */
export async function listConflicts(
  db: Kysely<Database>,
  query: PageQuery = {},
  which: 'shown' | 'dismissed' = 'shown',
): Promise<Page<Conflict>> {
  const { limit, offset } = pageOf(query);
  const dismissed = await dismissedConflictIds(db);
  if (which === 'dismissed' && !dismissed.length) return { total: 0, items: [] };
  const select = () =>
    db
      .selectFrom('conflicts')
      .$if(which === 'shown' && dismissed.length > 0, (q) => q.where('id', 'not in', dismissed))
      .$if(which === 'dismissed', (q) => q.where('id', 'in', dismissed));
  const [rows, count] = await Promise.all([
    select().selectAll().orderBy('id').limit(limit).offset(offset).execute(),
    select()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { total: toNumber(count.n), items: await withValues(db, rows) };
}

/** These conflicts (dismissed or not), by id, with their values; absent ids are left out. */
export async function listConflictsById(db: Kysely<Database>, ids: readonly number[]): Promise<Conflict[]> {
  const rows = [];
  for (const batch of chunks([...ids])) {
    rows.push(...(await db.selectFrom('conflicts').selectAll().where('id', 'in', batch).orderBy('id').execute()));
  }
  return withValues(db, rows);
}

/** Conflicts with every article's value and sentence, in the order given. */
async function withValues(
  db: Kysely<Database>,
  rows: { id: number; kind: string; subject: string }[],
): Promise<Conflict[]> {
  const byId = new Map<number, Conflict>(
    rows.map((r) => [r.id, { id: r.id, kind: r.kind as Conflict['kind'], subject: r.subject, values: [] }]),
  );
  for (const batch of chunks([...byId.keys()])) {
    const values = await db
      .selectFrom('conflict_values')
      .innerJoin('articles', 'articles.id', 'conflict_values.article_id')
      .select([
        'conflict_values.conflict_id',
        'conflict_values.value',
        'conflict_values.article_id',
        'conflict_values.sentence_start',
        'conflict_values.sentence_end',
        'conflict_values.text',
        'articles.title',
      ])
      .where('conflict_values.conflict_id', 'in', batch)
      .orderBy('conflict_values.article_id')
      .orderBy('conflict_values.sentence_start')
      .execute();
    for (const v of values) {
      byId.get(v.conflict_id)?.values.push({
        value: v.value,
        articleId: v.article_id,
        title: v.title,
        sentence: { start: v.sentence_start, end: v.sentence_end },
        text: v.text,
      });
    }
  }
  return [...byId.values()];
}

export async function stats(db: Kysely<Database>): Promise<StoreStats> {
  const count = async (table: keyof Database) =>
    toNumber(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const [articles, revisions, mentions, stored, claims, conflicts] = await Promise.all(
    (['articles', 'revisions', 'mentions', 'events', 'claims', 'conflicts'] as const).map(count),
  );
  // Events readers see: those editors rejected are not counted.
  const rejected = toNumber(
    (
      await db
        .selectFrom(rejectedEventIds(db).as('rejected'))
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  // Entities count only when something still mentions them.
  const entities = toNumber(
    (
      await db
        .selectFrom('entities')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('mention_count', '>', 0)
        .executeTakeFirstOrThrow()
    ).n,
  );
  return {
    articles: articles!,
    revisions: revisions!,
    entities,
    mentions: mentions!,
    events: stored! - rejected,
    claims: claims!,
    // Conflicts readers see: those an editor dismissed are not counted.
    conflicts: conflicts! - (await dismissedConflictIds(db)).length,
  };
}
