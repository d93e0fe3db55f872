/**
 * Value conflicts of events: claims stated in the sentences of one event's statements are about
 * that happening, so two of them giving the same quantity (`compareFigures`: the same counted
 * thing, both exact figures) with different values are a disagreement about it, whatever the
 * articles' languages (456 nuclear tests in en and kk, 468 ядерных испытаний in ru). Recomputed
 * with the event, so the conflict is the same whatever order the articles came in.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ClaimKind, TimexMod } from '../../analyze/types.ts';
import { chunks } from '../codec.ts';
import { compareFigures, quantityOf } from '../compare.ts';
import type { Database } from '../schema.ts';
import { addToConflict } from './conflicts.ts';
import { addFigures } from './event-figures.ts';
import type { StoredStatement } from './statement.ts';

type ClaimRow = Pick<
  Selectable<Database['claims']>,
  'id' | 'article_id' | 'sentence_start' | 'kind' | 'value' | 'unit' | 'mod'
>;

/** What comparing needs of a claim; the texts a conflict shows are read only for the claims in one. */
const COMPARED = ['id', 'article_id', 'sentence_start', 'kind', 'value', 'unit', 'mod'] as const;

export interface WrittenEvent {
  id: string;
  what: string;
  group: readonly StoredStatement[];
}

const figure = (c: ClaimRow) => ({
  kind: c.kind as ClaimKind,
  value: c.value,
  unit: c.unit ?? undefined,
  mod: (c.mod ?? undefined) as TimexMod | undefined,
});

const formatValue = (c: ClaimRow) => (c.unit ? `${c.value} ${c.unit}` : String(c.value));

/**
 * Writes the value conflicts of these events (their old ones are already gone), and records the
 * exact figures of their sentences as theirs (`event-figures.ts`; their old rows are gone too).
 */
export async function recordValueConflicts(trx: Kysely<Database>, events: readonly WrittenEvent[]): Promise<void> {
  if (!events.length) return;
  // A sentence's figures are about each event it dates (a sentence of two dates is a statement
  // of both): whichever events a save rewrites, the same figures are each event's.
  const eventOf = new Map<string, Set<WrittenEvent>>();
  for (const e of events) {
    for (const s of e.group) {
      const k = `${s.row.article_id}|${s.row.sentence_start}`;
      const set = eventOf.get(k) ?? new Set<WrittenEvent>();
      set.add(e);
      eventOf.set(k, set);
    }
  }
  // The claims of the events' sentences, found by sentence (`claims_sentence`), not every claim
  // of every article telling them: a large event's articles state thousands elsewhere.
  const sentences = [...eventOf.keys()].map((k) => k.split('|').map(Number) as [number, number]);
  const found: ClaimRow[] = [];
  for (const batch of chunks(sentences, 200)) {
    const rows = await trx
      .selectFrom('claims')
      .select(COMPARED)
      .where((eb) =>
        eb.or(batch.map(([a, start]) => eb.and([eb('article_id', '=', a), eb('sentence_start', '=', start)]))),
      )
      .execute();
    found.push(...rows);
  }
  const claimsOf = new Map<WrittenEvent, ClaimRow[]>();
  {
    const rows = found.sort((a, b) => a.id - b.id);
    for (const c of rows) {
      for (const e of eventOf.get(`${c.article_id}|${c.sentence_start}`) ?? []) {
        const list = claimsOf.get(e);
        if (list) list.push(c);
        else claimsOf.set(e, [c]);
      }
    }
  }
  await addFigures(
    trx,
    [...claimsOf].map(([event, figures]) => ({ eventId: event.id, figures })),
  );
  // Only events told by two articles or more can disagree.
  for (const e of events) if (new Set(e.group.map((s) => s.row.article_id)).size < 2) claimsOf.delete(e);
  for (const [event, claims] of claimsOf) {
    const byQuantity = new Map<string, ClaimRow[]>();
    for (const c of claims) {
      const quantity = quantityOf(figure(c));
      const list = byQuantity.get(quantity);
      if (list) list.push(c);
      else byQuantity.set(quantity, [c]);
    }
    for (const [quantity, list] of byQuantity) {
      const disagreeing = list.filter((a) =>
        list.some((b) => b.article_id !== a.article_id && compareFigures(figure(a), figure(b)) === 'conflict'),
      );
      if (!disagreeing.length) continue;
      // Every exact figure of the quantity, the agreeing ones too: the reader sees who says what.
      const exact = list.filter((a) =>
        list.some((b) => b !== a && compareFigures(figure(a), figure(b)) !== 'different'),
      );
      const texts = await textsOf(
        trx,
        exact.map((c) => c.id),
      );
      await addToConflict(
        trx,
        { kind: 'value', key: `value|${event.id}|${quantity}`, subject: `${event.what}: ${quantity}` },
        exact.map((c) => {
          const t = texts.get(c.id) as ClaimText;
          return {
            value: formatValue(c),
            articleId: c.article_id,
            eventId: event.id,
            sentence: { start: c.sentence_start ?? t.start_pos, end: t.sentence_end ?? t.end_pos },
            text: t.sentence_text ?? t.text,
          };
        }),
      );
    }
  }
}

type ClaimText = Pick<
  Selectable<Database['claims']>,
  'start_pos' | 'end_pos' | 'sentence_end' | 'sentence_text' | 'text'
>;

async function textsOf(trx: Kysely<Database>, ids: number[]): Promise<Map<number, ClaimText>> {
  const out = new Map<number, ClaimText>();
  for (const batch of chunks(ids)) {
    const rows = await trx
      .selectFrom('claims')
      .select(['id', 'start_pos', 'end_pos', 'sentence_end', 'sentence_text', 'text'])
      .where('id', 'in', batch)
      .execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}
