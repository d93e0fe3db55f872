import type { Kysely } from 'kysely';
import { compareClaims } from '../compare.ts';
import type { Database } from '../schema.ts';
import type { SaveContext } from './merge-events.ts';

/** Claims about one subject compared with each new one. */
const MAX_CANDIDATES = 50;

const formatValue = (value: number, unit: string | null) => (unit ? `${value} ${unit}` : String(value));

/**
 * Records a value conflict for each claim of this article that another article states about the
 * same subject and kind with a different value (`compareClaims` decides). Reads the claims that
 * `writeFacts` just stored, so subjects are already keyed.
 */
export async function mergeClaims(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  const mine = await trx
    .selectFrom('claims')
    .selectAll()
    .where('article_id', '=', ctx.articleId)
    .where('subject_key', 'is not', null)
    .orderBy('id')
    .execute();
  for (const claim of mine) {
    const others = await trx
      .selectFrom('claims')
      .selectAll('claims')
      .where('claims.kind', '=', claim.kind)
      .where('claims.subject_key', '=', claim.subject_key)
      .where('claims.article_id', '!=', ctx.articleId)
      .orderBy('claims.article_id')
      .orderBy('claims.id')
      .limit(MAX_CANDIDATES)
      .execute();
    for (const other of others) {
      const verdict = compareClaims(
        {
          kind: claim.kind,
          subject: claim.subject_key ?? undefined,
          value: claim.value,
          unit: claim.unit ?? undefined,
        },
        {
          kind: other.kind,
          subject: other.subject_key ?? undefined,
          value: other.value,
          unit: other.unit ?? undefined,
        },
      );
      if (verdict !== 'conflict') continue;
      const pair = `claim|${claim.kind}|${claim.subject_key}|${other.article_id}|${other.value}|${claim.value}`;
      if (ctx.conflictPairs.has(pair)) continue;
      ctx.conflictPairs.add(pair);
      const conflict = await trx
        .insertInto('conflicts')
        .values({
          kind: 'value',
          subject: `${claim.subject ?? claim.subject_key}: ${claim.kind}`,
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('conflict_values')
        .values(
          [other, claim].map((c) => ({
            conflict_id: conflict.id,
            value: formatValue(c.value, c.unit),
            article_id: c.article_id,
            event_id: null,
            sentence_start: c.start_pos,
            sentence_end: c.end_pos,
            text: c.text,
          })),
        )
        .execute();
    }
  }
}
