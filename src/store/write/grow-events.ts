/**
 * The common save, written without regrouping: a stored event that only takes in new statements
 * (no other event joins it, it keeps its smallest statement and so its id, its date and its
 * description) gets their rows added, and its conflicts only gain their values. What the full
 * recomputation (`writeEvents`) would write is then exactly the stored event plus these rows, and
 * the save's cost stops growing with the size of the event: the checks are index probes, not a
 * read of the event's thousands of statements. Anything else falls back to the recomputation.
 */
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import { agreedWhen, dateRelation } from '../../analyze/index.ts';
import { chunks } from '../codec.ts';
import type { Database } from '../schema.ts';
import { addToConflict } from './conflicts.ts';
import { addFigures, figureSummary, isExact, moveFigures, quantityOfFigure } from './event-figures.ts';
import { addLinks } from './event-links.ts';
import { withTexts } from './event-statements.ts';
import type { StoredStatement } from './statement.ts';

export interface StoredEvent {
  id: string;
  when: string;
  what: string;
  confidence: number;
  /** Its smallest statement key, and its smallest with its date (read off the event's indexes). */
  firstKey: string | null;
  firstDatedKey: string | null;
  /** Whether it has a date conflict, and whether two articles or more tell it. */
  dateConflict: boolean;
  twoArticles: boolean;
}

/** What the value-conflict checks read of a claim. */
const CLAIM_COLUMNS = [
  'id',
  'article_id',
  'sentence_start',
  'sentence_end',
  'sentence_text',
  'start_pos',
  'end_pos',
  'text',
  'kind',
  'value',
  'unit',
  'mod',
] as const;

type ClaimRow = Pick<Selectable<Database['claims']>, (typeof CLAIM_COLUMNS)[number]>;

/** The saved article's claims that can be in a value conflict (exact figures), by sentence start. */
export async function exactClaimsOf(trx: Kysely<Database>, articleId: number): Promise<Map<number, ClaimRow[]>> {
  const rows = await trx
    .selectFrom('claims')
    .select(CLAIM_COLUMNS)
    .where('article_id', '=', articleId)
    .where('sentence_start', 'is not', null)
    .orderBy('id')
    .execute();
  const out = new Map<number, ClaimRow[]>();
  for (const c of rows) {
    if (!isExact(c)) continue;
    const list = out.get(c.sentence_start as number);
    if (list) list.push(c);
    else out.set(c.sentence_start as number, [c]);
  }
  return out;
}

/**
 * The stored date, description and confidence of these events, with what growing one checks
 * first (`StoredEvent`): one statement for all of a save's events, each a few index probes.
 */
export async function storedEvents(trx: Kysely<Database>, ids: string[]): Promise<Map<string, StoredEvent>> {
  const out = new Map<string, StoredEvent>();
  for (const batch of chunks([...new Set(ids)])) {
    const rows = await trx
      .selectFrom('events as e')
      .select((eb) => [
        'e.id',
        'e.when_value',
        'e.what',
        'e.confidence',
        eb
          .selectFrom('event_sources as s')
          .select((f) => f.fn.min('s.statement_key').as('k'))
          .whereRef('s.event_id', '=', 'e.id')
          .as('first_key'),
        eb
          .selectFrom('event_sources as s')
          .select((f) => f.fn.min('s.statement_key').as('k'))
          .whereRef('s.event_id', '=', 'e.id')
          .whereRef('s.when_value', '=', 'e.when_value')
          .as('first_dated_key'),
        eb
          .exists(eb.selectFrom('conflicts as c').select('c.id').where('c.key', '=', sql<string>`${'date|'} || e.id`))
          .as('date_conflict'),
        eb
          .exists(
            eb
              .selectFrom('event_sources as s2')
              .select('s2.article_id')
              .whereRef('s2.event_id', '=', 'e.id')
              .where(
                's2.article_id',
                '<>',
                eb
                  .selectFrom('event_sources as s3')
                  .select('s3.article_id')
                  .whereRef('s3.event_id', '=', 'e.id')
                  .limit(1),
              ),
          )
          .as('two_articles'),
      ])
      .where('e.id', 'in', batch)
      .execute();
    for (const r of rows) {
      out.set(r.id, {
        id: r.id,
        when: r.when_value,
        what: r.what,
        confidence: r.confidence,
        firstKey: (r.first_key as string | null) ?? null,
        firstDatedKey: (r.first_dated_key as string | null) ?? null,
        dateConflict: Boolean(r.date_conflict),
        twoArticles: Boolean(r.two_articles),
      });
    }
  }
  return out;
}

/**
 * The rows the events a save grows gain, written together by `writeGrown` once the save has grown
 * them all (each event's checks read only its own rows): a statement per table, not per event.
 */
export class GrownRows {
  readonly sources: Insertable<Database['event_sources']>[] = [];
  readonly participants: Insertable<Database['event_participants']>[] = [];
  readonly entityLinks: Insertable<Database['event_entities']>[] = [];
  readonly figures: { eventId: string; figures: ClaimRow[] }[] = [];
  readonly links: { eventId: string; statements: readonly StoredStatement[] }[] = [];
}

/** Writes what `growEvent` collected; `ownedLinks` (`link\0event`) are stored already. */
export async function writeGrown(
  trx: Kysely<Database>,
  rows: GrownRows,
  ownedLinks: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const batch of chunks(rows.sources)) await trx.insertInto('event_sources').values(batch).execute();
  // Participants and article links the events have already are left as they are, by their
  // primary keys: no look-up first (a hub event has most entities as participants).
  const participants = distinct(rows.participants, (r) => `${r.event_id}|${r.entity_id}`);
  for (const batch of chunks(participants)) {
    await trx
      .insertInto('event_participants')
      .values(batch)
      .onConflict((oc) => oc.columns(['event_id', 'entity_id']).doNothing())
      .execute();
  }
  const links = distinct(rows.entityLinks, (r) => `${r.event_id}|${r.entity_id}|${r.article_id}`);
  for (const batch of chunks(links)) {
    await trx
      .insertInto('event_entities')
      .values(batch)
      .onConflict((oc) => oc.columns(['event_id', 'entity_id', 'article_id']).doNothing())
      .execute();
  }
  await addFigures(trx, rows.figures);
  await addLinks(trx, rows.links, ownedLinks);
}

/** One row per key (an event's rows share its date, so which of equal keys stays makes no difference). */
function distinct<T>(rows: readonly T[], keyOf: (r: T) => string): T[] {
  return [...new Map(rows.map((r) => [keyOf(r), r])).values()];
}

/**
 * Adds `added` (new statements of one article, key order) to the stored event `event` when the
 * recomputation would only add them; returns false, having written nothing, otherwise.
 * `claims` are the article's exact claims by sentence start; the rows it adds go to `rows`.
 */
export async function growEvent(
  trx: Kysely<Database>,
  event: StoredEvent,
  fresh: readonly StoredStatement[],
  claims: ReadonlyMap<number, readonly ClaimRow[]>,
  rows: GrownRows,
  absorbed: { ids: readonly string[]; statements: readonly StoredStatement[] } = { ids: [], statements: [] },
): Promise<boolean> {
  const { id, when } = event;
  const moved = absorbed.statements;
  const added = [...fresh, ...moved].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const first = added[0] as StoredStatement;
  const keyed = (w: string) => added.find((s) => s.when === w)?.key;
  const others = [...new Set(added.map((s) => s.when))].filter((w) => w !== when);
  if (!others.length) {
    // Every new statement gives the event's date, so the date stays (its count only grows); the
    // id (a hash of the smallest key) and the description (the smallest key with the date) stay
    // when a stored statement with the date comes before the new ones.
    if (!(event.firstDatedKey !== null && event.firstDatedKey < first.key)) return false;
  } else {
    if (!(event.firstKey !== null && event.firstKey < first.key)) return false;
    // The date most statements give, of the stored date and the new ones: only their counts and
    // first keys decide between them (`agreedWhen`: count, then precision, then first in key order).
    const counts = await dateCounts(trx, id, [when, ...others]);
    const storedFirst = counts.get(when)?.first;
    // The description is the first statement with the date: a new one before it changes it.
    if (!storedFirst || ((keyed(when) ?? '\uffff') as string) < storedFirst) return false;
    for (const s of added) {
      const c = counts.get(s.when) ?? { n: 0, first: s.key };
      counts.set(s.when, { n: c.n + 1, first: [c.first, s.key].sort()[0] as string });
    }
    // As `agreedWhen` walks a group in key order: a value takes over from a smaller count, or
    // from the same count when it is more precise (`agreedWhen` of the two alone says which).
    const order = [...counts].sort((x, y) => (x[1].first < y[1].first ? -1 : 1));
    let best = order[0] as (typeof order)[number];
    for (const next of order.slice(1)) {
      const [w, c] = next;
      if (c.n > best[1].n) best = next;
      else if (
        c.n === best[1].n &&
        agreedWhen([
          { ...first, when: best[0] },
          { ...first, when: w },
        ]).when === w
      ) {
        best = next;
      }
    }
    if (best[0] !== when) return false;
  }
  // Dates disagree only at a month's precision or finer (`dateRelation`), whose values all start
  // `YYYY-`: an event dated coarser has no date conflict and gets none.
  const mayDisagree = /^\d{4}-/.test(when.split('/')[0] ?? '');
  const dateConflict = mayDisagree && event.dateConflict;
  if (mayDisagree && !dateConflict) {
    // No conflict yet: a new statement that disagrees needs every statement in the new one.
    if (added.some((s) => dateRelation(s.when, when) === 'disagreeing')) return false;
    // A stored disagreement shows once two articles tell the event: it has none if it has two
    // articles already (the conflict would be there), and gains none from statements that agree.
    if (!event.twoArticles) return false;
  }
  // Exact figures in the new sentences join the event's value conflicts of their quantity; a
  // quantity it has no conflict of yet is compared with the event's figures of it (two of its
  // values and two of its articles tell, `figureSummary`), as `recordValueConflicts` would.
  // The statements of events taken in bring their sentences' figures, as new ones do.
  const figures = [
    ...[...new Set(fresh.map((s) => s.sentenceStart))].flatMap((start) => claims.get(start) ?? []),
    ...(moved.length ? await exactFiguresOf(trx, moved) : []),
  ];
  const quantities = [...new Set(figures.map(quantityOfFigure))];
  const present = new Set<string>();
  const created: { quantity: string; claims: ClaimRow[] }[] = [];
  if (quantities.length) {
    const keys = quantities.map((q) => `value|${id}|${q}`);
    for (const r of await trx.selectFrom('conflicts').select('key').where('key', 'in', keys).execute()) {
      present.add(r.key as string);
    }
    for (const quantity of quantities.filter((q) => !present.has(`value|${id}|${q}`))) {
      const mine = figures.filter((c) => quantityOfFigure(c) === quantity);
      const stored = await figureSummary(trx, id, quantity);
      // Exact figures of one quantity disagree when two articles give different values: with
      // two values and two articles among them, some pair differs in both.
      const values = new Set([...stored.values, ...mine.map((c) => c.value)]);
      const articles = new Set([...stored.articles, ...mine.map((c) => c.article_id)]);
      if (values.size < 2 || articles.size < 2) continue;
      // A new conflict shows every figure of the quantity: read once, when it is made.
      created.push({
        quantity,
        claims: [...(await eventFiguresOf(trx, id, quantity)), ...mine].sort((x, y) => x.id - y.id),
      });
    }
  }

  const confidence = Math.max(event.confidence, ...added.map((s) => s.row.confidence));
  if (confidence > event.confidence) {
    await trx.updateTable('events').set({ confidence }).where('id', '=', id).execute();
  }
  if (moved.length) {
    await withTexts(trx, moved);
    const gone = [...absorbed.ids];
    await trx
      .deleteFrom('conflicts')
      .where(
        'key',
        'in',
        gone.map((e) => `date|${e}`),
      )
      .execute();
    await trx
      .deleteFrom('conflicts')
      .where('kind', '=', 'value')
      .where('id', 'in', (eb) =>
        eb.selectFrom('conflict_values').select('conflict_id').where('conflict_values.event_id', 'in', gone),
      )
      .execute();
    await trx.deleteFrom('event_participants').where('event_id', 'in', gone).execute();
    await trx.deleteFrom('event_entities').where('event_id', 'in', gone).execute();
    await trx.updateTable('event_sources').set({ event_id: id }).where('event_id', 'in', gone).execute();
    await trx.deleteFrom('events').where('id', 'in', gone).execute();
    await moveFigures(trx, gone, id);
  }
  for (const s of fresh) rows.sources.push({ ...s.row, event_id: id });
  rows.figures.push({ eventId: id, figures });
  rows.links.push({ eventId: id, statements: added });
  // Its participants, and one link per participant and article that names it in the event;
  // `writeGrown` leaves out those it has already, for all the save's events at once.
  for (const entity_id of new Set(added.flatMap((s) => s.participants))) {
    rows.participants.push({ event_id: id, entity_id, when_value: when });
  }
  const pairs = new Map<string, { entity_id: string; article_id: number }>();
  for (const s of added) {
    for (const entity_id of s.participants) {
      pairs.set(`${entity_id}|${s.row.article_id}`, { entity_id, article_id: s.row.article_id });
    }
  }
  for (const p of pairs.values()) rows.entityLinks.push({ event_id: id, ...p, when_value: when });
  if (dateConflict) {
    await addToConflict(
      trx,
      { kind: 'date', key: `date|${id}`, subject: event.what },
      added.map((s) => ({
        value: s.when,
        articleId: s.row.article_id,
        eventId: id,
        sentence: { start: s.row.sentence_start, end: s.row.sentence_end },
        text: s.row.sentence_text,
      })),
    );
  }
  const additions = [
    ...quantities
      .filter((q) => present.has(`value|${id}|${q}`))
      .map((quantity) => ({ quantity, claims: figures.filter((c) => quantityOfFigure(c) === quantity) })),
    ...created,
  ];
  for (const { quantity, claims: list } of additions) {
    await addToConflict(
      trx,
      { kind: 'value', key: `value|${id}|${quantity}`, subject: `${event.what}: ${quantity}` },
      list.map((c) => ({
        value: c.unit ? `${c.value} ${c.unit}` : String(c.value),
        articleId: c.article_id,
        eventId: id,
        sentence: { start: c.sentence_start ?? c.start_pos, end: c.sentence_end ?? c.end_pos },
        text: c.sentence_text ?? c.text,
      })),
    );
  }
  return true;
}

/** The exact figures of one quantity stated in the sentences of an event, with their texts. */
async function eventFiguresOf(trx: Kysely<Database>, eventId: string, quantity: string): Promise<ClaimRow[]> {
  // The event's figures of the quantity name the articles and values (`event_figures`): only their
  // claims are read, each kept when its sentence is one of the event's (not the event's every
  // statement joined with its claims).
  const figures = await trx
    .selectFrom('event_figures')
    .select(['article_id', 'value'])
    .where('event_id', '=', eventId)
    .where('quantity', '=', quantity)
    .execute();
  const pairs = new Set(figures.map((f) => `${f.article_id}|${f.value}`));
  const values = [...new Set(figures.map((f) => f.value))];
  const byId = new Map<number, ClaimRow>();
  for (const articles of chunks([...new Set(figures.map((f) => f.article_id))], 200)) {
    for (const inValues of chunks(values, 200)) {
      const rows = await trx
        .selectFrom('claims as c')
        .select(CLAIM_COLUMNS.map((c) => `c.${c}` as const))
        .where('c.article_id', 'in', articles)
        .where('c.value', 'in', inValues)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('event_sources as s')
              .select('s.event_id')
              .whereRef('s.article_id', '=', 'c.article_id')
              .whereRef('s.sentence_start', '=', 'c.sentence_start')
              .where('s.event_id', '=', eventId),
          ),
        )
        .execute();
      for (const c of rows) {
        if (pairs.has(`${c.article_id}|${c.value}`) && isExact(c) && quantityOfFigure(c) === quantity)
          byId.set(c.id, c);
      }
    }
  }
  return [...byId.values()];
}

/**
 * How many statements of the event give each of these dates (`event_dates`, kept by triggers:
 * a hub event has thousands per date, too many to count on every save), and the first of them
 * by key (one probe of the index on event, date and key each); dates no statement gives are left out.
 */
async function dateCounts(
  trx: Kysely<Database>,
  eventId: string,
  values: readonly string[],
): Promise<Map<string, { n: number; first: string }>> {
  const out = new Map<string, { n: number; first: string }>();
  for (const batch of chunks([...new Set(values)])) {
    const rows = await trx
      .selectFrom('event_dates as d')
      .select((eb) => [
        'd.when_value',
        'd.n',
        eb
          .selectFrom('event_sources as s')
          .select((f) => f.fn.min('s.statement_key').as('k'))
          .whereRef('s.event_id', '=', 'd.event_id')
          .whereRef('s.when_value', '=', 'd.when_value')
          .as('first'),
      ])
      .where('d.event_id', '=', eventId)
      .where('d.when_value', 'in', batch)
      .where('d.n', '>', 0)
      .execute();
    for (const r of rows) if (r.first) out.set(r.when_value, { n: Number(r.n), first: r.first as string });
  }
  return out;
}

/** The exact figures stated in the sentences of these stored statements, with their texts. */
async function exactFiguresOf(trx: Kysely<Database>, statements: readonly StoredStatement[]): Promise<ClaimRow[]> {
  const sentences = new Set(statements.map((s) => `${s.row.article_id}|${s.row.sentence_start}`));
  const out: ClaimRow[] = [];
  for (const batch of chunks([...new Set(statements.map((s) => s.row.article_id))])) {
    const rows = await trx
      .selectFrom('claims')
      .select(CLAIM_COLUMNS)
      .where('article_id', 'in', batch)
      .where('sentence_start', 'in', [...new Set(statements.map((s) => s.row.sentence_start))])
      .orderBy('id')
      .execute();
    for (const c of rows) if (sentences.has(`${c.article_id}|${c.sentence_start}`) && isExact(c)) out.push(c);
  }
  return out;
}
