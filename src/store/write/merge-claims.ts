import type { Kysely, Selectable } from 'kysely';
import type { ClaimKind, TimexMod } from '../../analyze/types.ts';
import { compareClaims, quantityOf } from '../compare.ts';
import type { Database } from '../schema.ts';
import { addToConflict } from './conflicts.ts';
import type { SaveContext } from './save-context.ts';

/** Claims about one subject compared with each new one. */
const MAX_CANDIDATES = 50;

type ClaimRow = Selectable<Database['claims']>;

/** A stored claim as the comparison sees it: subjects by their key (entity id or folded name). */
const comparable = (c: ClaimRow) => ({
  kind: c.kind as ClaimKind,
  subjectId: c.subject_key ?? undefined,
  value: c.value,
  unit: c.unit ?? undefined,
  mod: (c.mod ?? undefined) as TimexMod | undefined,
});

const formatValue = (value: number, unit: string | null) => (unit ? `${value} ${unit}` : String(value));

/**
 * Records a value conflict for each claim of this article that another article states about the
 * same subject and quantity with a different value (`compareClaims` decides). Only claims outside
 * dated sentences: a claim in a dated statement is about that happening, and its event compares
 * it (`event-statements.ts`). Reads the claims that `writeFacts` just stored, so subjects are
 * already keyed.
 */
export async function mergeClaims(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  // Only claims with a subject are compared: without any, there is nothing to read back.
  if (!ctx.input.analysis.claims.some((c) => c.subject)) return;
  const dated = new Set(ctx.input.analysis.events.map((e) => e.sentence.start));
  const mine = (
    await trx
      .selectFrom('claims')
      .selectAll()
      .where('article_id', '=', ctx.articleId)
      .where('subject_key', 'is not', null)
      .orderBy('id')
      .execute()
  ).filter((c) => c.sentence_start === null || !dated.has(c.sentence_start));
  const cache = ctx.events?.claims ?? new Map<string, ClaimRow[]>();
  const keyOf = (c: ClaimRow) => `${c.kind}\u0000${c.subject_key}`;
  // Lists read by earlier saves of the batch gain this article's claims, as the database now has
  // them (newest ids, so at the end, while there is room).
  for (const claim of mine) {
    const list = cache.get(keyOf(claim));
    if (list && list.length < MAX_CANDIDATES && !list.some((c) => c.id === claim.id)) list.push(claim);
  }
  for (const claim of mine) {
    const key = keyOf(claim);
    let first = cache.get(key);
    if (!first) {
      // The first claims of this kind and subject by id, whichever article states them: this
      // article's own are the newest, so without them the list is exactly the first others.
      first = await trx
        .selectFrom('claims')
        .selectAll('claims')
        .where('claims.kind', '=', claim.kind)
        .where('claims.subject_key', '=', claim.subject_key)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('event_sources')
                .select('event_sources.article_id')
                .whereRef('event_sources.article_id', '=', 'claims.article_id')
                .whereRef('event_sources.sentence_start', '=', 'claims.sentence_start'),
            ),
          ),
        )
        .orderBy('claims.id')
        .limit(MAX_CANDIDATES)
        .execute();
      cache.set(key, first);
    }
    const others = first.filter((c) => c.article_id !== ctx.articleId);
    const disagreeing = others.filter((other) => compareClaims(comparable(claim), comparable(other)) === 'conflict');
    if (!disagreeing.length) continue;
    await addToConflict(
      trx,
      {
        kind: 'value',
        key: `value|${quantityOf(comparable(claim))}|${claim.subject_key}`,
        // Each article names the subject in its language: the smallest name of those disagreeing,
        // so the conflict reads the same whichever article was saved first.
        subject: [...disagreeing, claim].map((c) => `${c.subject ?? c.subject_key}: ${c.kind}`).sort()[0] as string,
      },
      [...disagreeing, claim].map((c) => ({
        value: formatValue(c.value, c.unit),
        articleId: c.article_id,
        eventId: null,
        sentence: { start: c.sentence_start ?? c.start_pos, end: c.sentence_end ?? c.end_pos },
        text: c.sentence_text ?? c.text,
      })),
    );
  }
}
