import type { Kysely } from 'kysely';
import { chunks, toNumber } from '../codec.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Conflict, Page, PageQuery, StoreStats } from '../types.ts';
import { rejectedEventIds } from './review-overlay.ts';

/** Disagreements between articles, oldest first, each with every article's value and sentence. */
export async function listConflicts(db: Kysely<Database>, query: PageQuery = {}): Promise<Page<Conflict>> {
  const { limit, offset } = pageOf(query);
  const [rows, count] = await Promise.all([
    db.selectFrom('conflicts').selectAll().orderBy('id').limit(limit).offset(offset).execute(),
    db
      .selectFrom('conflicts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
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
  return { total: toNumber(count.n), items: [...byId.values()] };
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
    conflicts: conflicts!,
  };
}
