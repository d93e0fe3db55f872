// What an audit row keeps so that its action can be undone: the `reviews` rows it replaced.
import type { Kysely, Selectable } from 'kysely';
import { fromJson } from '../codec.ts';
import type { Database } from '../schema.ts';

type ReviewRow = Selectable<Database['reviews']>;

/** One fact's review as it was before an action: the whole row, or null when it had none. */
export interface RestoreRow {
  fact_type: string;
  fact_key: string;
  row: ReviewRow | null;
}

/** The current review rows of these facts (null for each without one), for an audit row's `restore`. */
export async function snapshotReviews(
  trx: Kysely<Database>,
  factType: string,
  keys: readonly string[],
): Promise<RestoreRow[]> {
  const unique = [...new Set(keys)];
  if (!unique.length) return [];
  const rows = await trx
    .selectFrom('reviews')
    .selectAll()
    .where('fact_type', '=', factType)
    .where('fact_key', 'in', unique)
    .execute();
  const byKey = new Map(rows.map((r) => [r.fact_key, r]));
  return unique.map((key) => ({ fact_type: factType, fact_key: key, row: byKey.get(key) ?? null }));
}

/** Puts these review rows back as they were (deleting those that had none), returning what they replaced. */
export async function restoreReviews(trx: Kysely<Database>, restore: readonly RestoreRow[]): Promise<RestoreRow[]> {
  const replaced: RestoreRow[] = [];
  for (const r of restore) {
    replaced.push(...(await snapshotReviews(trx, r.fact_type, [r.fact_key])));
    await trx.deleteFrom('reviews').where('fact_type', '=', r.fact_type).where('fact_key', '=', r.fact_key).execute();
    // PostgreSQL hands JSONB back parsed: a correction goes back in as text either way.
    if (r.row) {
      const correction = r.row.correction;
      await trx
        .insertInto('reviews')
        .values({ ...r.row, correction: correction === null ? null : JSON.stringify(fromJson(correction)) })
        .execute();
    }
  }
  return replaced;
}
