import type { Kysely } from 'kysely';
import { chunks } from '../codec.ts';
import type { Database } from '../schema.ts';

export interface ConflictValue {
  value: string;
  articleId: number;
  eventId: string | null;
  sentence: { start: number; end: number };
  text: string;
}

/**
 * Adds values to the conflict named by `key` (one per disagreement: an event's date, or a
 * subject's quantity), creating it on first use. Many articles disagreeing about one thing make
 * one conflict with many values, not a conflict per pair. A value an article already gave is
 * not repeated.
 */
export async function addToConflict(
  trx: Kysely<Database>,
  conflict: { kind: 'date' | 'value'; key: string; subject: string },
  values: ConflictValue[],
): Promise<void> {
  let row = await trx
    .selectFrom('conflicts')
    .select(['id', 'subject'])
    .where('key', '=', conflict.key)
    .executeTakeFirst();
  if (row && conflict.subject < row.subject) {
    // Articles name the subject in their own language: the smallest name, whichever article came first.
    await trx.updateTable('conflicts').set({ subject: conflict.subject }).where('id', '=', row.id).execute();
  }
  if (!row) {
    row = await trx
      .insertInto('conflicts')
      .values({
        kind: conflict.kind,
        key: conflict.key,
        subject: conflict.subject,
        created_at: new Date().toISOString(),
      })
      .returning(['id', 'subject'])
      .executeTakeFirstOrThrow();
  }
  const conflictId = row.id;
  const seen = new Set<string>();
  for (const batch of chunks([...new Set(values.map((v) => v.articleId))])) {
    const present = await trx
      .selectFrom('conflict_values')
      .select(['article_id', 'value', 'sentence_start'])
      .where('conflict_id', '=', conflictId)
      .where('article_id', 'in', batch)
      .execute();
    for (const p of present) seen.add(`${p.article_id}|${p.value}|${p.sentence_start}`);
  }
  const fresh = values.filter((v) => {
    const k = `${v.articleId}|${v.value}|${v.sentence.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // In batches: a conflict of a large event can have thousands of values (SQLite's bound on variables).
  for (const batch of chunks(fresh, 200)) {
    await trx
      .insertInto('conflict_values')
      .values(
        batch.map((v) => ({
          conflict_id: conflictId,
          value: v.value,
          article_id: v.articleId,
          event_id: v.eventId,
          sentence_start: v.sentence.start,
          sentence_end: v.sentence.end,
          text: v.text,
        })),
      )
      .execute();
  }
}

/**
 * Withdraws an article's values from every conflict; a conflict left with fewer than two
 * articles or a single value no longer shows a disagreement and is deleted.
 */
export async function withdrawFromConflicts(trx: Kysely<Database>, articleId: number): Promise<void> {
  const touched = await trx
    .selectFrom('conflict_values')
    .select('conflict_id')
    .distinct()
    .where('article_id', '=', articleId)
    .execute();
  if (!touched.length) return;
  await trx.deleteFrom('conflict_values').where('article_id', '=', articleId).execute();
  const ids = touched.map((t) => t.conflict_id);
  const remaining = await trx
    .selectFrom('conflict_values')
    .select((eb) => [
      'conflict_id',
      eb.fn.count('article_id').distinct().as('articles'),
      eb.fn.count('value').distinct().as('values'),
    ])
    .where('conflict_id', 'in', ids)
    .groupBy('conflict_id')
    .execute();
  const alive = new Set(
    remaining.filter((r) => Number(r.articles) >= 2 && Number(r.values) >= 2).map((r) => r.conflict_id),
  );
  const dead = ids.filter((id) => !alive.has(id));
  if (dead.length) await trx.deleteFrom('conflicts').where('id', 'in', dead).execute();
}
