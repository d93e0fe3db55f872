/**
 * The exact figures stated in each event's sentences, one row per event, quantity, value and
 * article (0029): whether a new figure makes a value conflict with an event's figures is a few
 * index probes (its first two values, its first two articles), not a join over the event's
 * thousands of statements. The rows follow the events as they grow, merge and are regrouped.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ClaimKind, TimexMod } from '../../analyze/types.ts';
import { chunks } from '../codec.ts';
import { compareFigures, quantityOf } from '../compare.ts';
import type { Database } from '../schema.ts';
import { storedEventBatches } from './stored-events.ts';

type Figure = Pick<Selectable<Database['claims']>, 'article_id' | 'kind' | 'value' | 'unit' | 'mod'>;

const comparable = (c: Figure) => ({
  kind: c.kind as ClaimKind,
  value: c.value,
  unit: c.unit ?? undefined,
  mod: (c.mod ?? undefined) as TimexMod | undefined,
});

/** A vague figure is `different` from everything, itself too: it is in no conflict and makes none. */
export const isExact = (c: Figure) => compareFigures(comparable(c), comparable(c)) !== 'different';

/** The quantity a figure counts (`compareFigures` compares only figures of one quantity). */
export const quantityOfFigure = (c: Pick<Figure, 'kind' | 'unit'>) =>
  quantityOf({ kind: c.kind as ClaimKind, unit: c.unit ?? undefined });

/** Records the exact ones of each event's figures as the event's. */
export async function addFigures(
  trx: Kysely<Database>,
  owners: readonly { eventId: string; figures: readonly Figure[] }[],
): Promise<void> {
  const rows = new Map<string, Selectable<Database['event_figures']>>();
  for (const { eventId, figures } of owners) {
    for (const c of figures) {
      if (!isExact(c)) continue;
      const quantity = quantityOfFigure(c);
      rows.set(`${eventId}|${quantity}|${c.value}|${c.article_id}`, {
        event_id: eventId,
        quantity,
        value: c.value,
        article_id: c.article_id,
      });
    }
  }
  for (const batch of chunks([...rows.values()], 200)) {
    await trx
      .insertInto('event_figures')
      .values(batch)
      .onConflict((oc) => oc.columns(['event_id', 'quantity', 'value', 'article_id']).doNothing())
      .execute();
  }
}

/** Forgets the figures of these events. */
export async function dropFigures(trx: Kysely<Database>, eventIds: readonly string[]): Promise<void> {
  for (const batch of chunks([...eventIds])) {
    await trx.deleteFrom('event_figures').where('event_id', 'in', batch).execute();
  }
}

/** The figures of events taken in by `to` become its own. */
export async function moveFigures(trx: Kysely<Database>, from: readonly string[], to: string): Promise<void> {
  if (!from.length) return;
  const rows = await trx
    .selectFrom('event_figures')
    .select(['quantity', 'value', 'article_id'])
    .where('event_id', 'in', [...from])
    .execute();
  await dropFigures(trx, from);
  for (const batch of chunks(rows, 200)) {
    await trx
      .insertInto('event_figures')
      .values(batch.map((r) => ({ ...r, event_id: to })))
      .onConflict((oc) => oc.columns(['event_id', 'quantity', 'value', 'article_id']).doNothing())
      .execute();
  }
}

/**
 * Up to two of the values and up to two of the articles of an event's figures of one quantity:
 * enough to tell whether figures added to them give two values from two articles.
 */
export async function figureSummary(
  trx: Kysely<Database>,
  eventId: string,
  quantity: string,
): Promise<{ values: number[]; articles: number[] }> {
  const of = () => trx.selectFrom('event_figures').where('event_id', '=', eventId).where('quantity', '=', quantity);
  const values: number[] = [];
  const articles: number[] = [];
  const v1 = await of().select('value').orderBy('value').limit(1).executeTakeFirst();
  if (!v1) return { values, articles };
  values.push(v1.value);
  const v2 = await of().select('value').where('value', '>', v1.value).orderBy('value').limit(1).executeTakeFirst();
  if (v2) values.push(v2.value);
  const a1 = await of().select('article_id').orderBy('article_id').limit(1).executeTakeFirstOrThrow();
  articles.push(a1.article_id);
  const a2 = await of()
    .select('article_id')
    .where('article_id', '>', a1.article_id)
    .orderBy('article_id')
    .limit(1)
    .executeTakeFirst();
  if (a2) articles.push(a2.article_id);
  return { values, articles };
}

/** Gives every stored event the exact figures of its sentences (migration 0029). */
export async function figureStoredEvents(trx: Kysely<Database>): Promise<void> {
  for await (const ids of storedEventBatches(trx)) {
    const rows = await trx
      .selectFrom('event_sources as s')
      .innerJoin('claims as c', (j) =>
        j.onRef('c.article_id', '=', 's.article_id').onRef('c.sentence_start', '=', 's.sentence_start'),
      )
      .select(['s.event_id', 'c.article_id', 'c.kind', 'c.value', 'c.unit', 'c.mod'])
      .where('s.event_id', 'in', ids)
      .execute();
    const byEvent = new Map<string, Figure[]>();
    for (const r of rows) {
      const list = byEvent.get(r.event_id);
      if (list) list.push(r);
      else byEvent.set(r.event_id, [r]);
    }
    await addFigures(
      trx,
      [...byEvent].map(([eventId, figures]) => ({ eventId, figures })),
    );
  }
}
