/**
 * Event merging as a recomputation: the statements (event sources) are what is stored; an event
 * is a group of statements that `sameHappening` connects. A save adds its article's statements,
 * collects the neighbourhood they reach (statements sharing a participant, a kind of event or a
 * date, that the rule connects, and the other statements of those statements' events, until
 * nothing new is reached), groups it again and writes it back. The groups depend only on which
 * statements are stored, so any order of saving gives the same events, ids and conflicts.
 */
import type { Kysely } from 'kysely';
import { dateRelation, sameHappening, statementKinds } from '../../analyze/index.ts';
import type { DatedEvent } from '../../analyze/types.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';
import { dropLinks, eventsOwning, linksOf } from './event-links.ts';
import { statementsOfEvents, writeEvents } from './event-statements.ts';
import { exactClaimsOf, GrownRows, growEvent, storedEvents, writeGrown } from './grow-events.ts';
import type { SaveContext } from './save-context.ts';
import type { StoredStatement } from './statement.ts';

export type { SaveContext } from './save-context.ts';

/** Statements of smaller events that a joined event takes in without a recomputation at most. */
const MAX_ABSORBED = 2_000;

export async function mergeEvents(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  const mine = statementsOf(ctx);
  if (ctx.withdrawnFrom?.length) await regroupNeighbourhood(trx, ctx, mine);
  else await joinNeighbours(trx, ctx, mine);
}

/**
 * Union-find over the new statements (`s|key`) and the stored events they join (`e|id`): the new
 * statements are compared with each other by the rule, and joined to the stored events that own
 * a key they probe with (`linksOf`: for statements of two articles, the same as the rule).
 */
async function joinComponents(
  trx: Kysely<Database>,
  loose: readonly StoredStatement[],
  probing: readonly StoredStatement[],
  ignore: ReadonlySet<string> = new Set(),
  owned?: Set<string>,
): Promise<{ added: StoredStatement[]; events: string[] }[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    while (x !== root) {
      const next = parent.get(x) as string;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const s of loose) parent.set(`s|${s.key}`, `s|${s.key}`);
  // The loose statements by date: only pairs of related dates can be one happening.
  const byWhen = new Map<string, StoredStatement[]>();
  for (const s of loose) {
    const list = byWhen.get(s.when);
    if (list) list.push(s);
    else byWhen.set(s.when, [s]);
  }
  const values = [...byWhen.keys()];
  const union = (a: StoredStatement, b: StoredStatement) => {
    if (find(`s|${a.key}`) === find(`s|${b.key}`)) return;
    if (sameHappening(a, b) !== 'different') join(`s|${a.key}`, `s|${b.key}`);
  };
  for (const [v, when] of values.entries()) {
    const xs = byWhen.get(when) as StoredStatement[];
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) union(xs[i] as StoredStatement, xs[j] as StoredStatement);
    for (const other of values.slice(v + 1)) {
      if (dateRelation(when, other) === 'different') continue;
      for (const x of xs) for (const y of byWhen.get(other) as StoredStatement[]) union(x, y);
    }
  }
  const owners = await eventsOwning(trx, [...new Set(probing.flatMap((s) => linksOf(s).probe))]);
  if (owned) for (const [k, ids] of owners) for (const id of ids) owned.add(`${k}\u0000${id}`);
  for (const s of probing) {
    for (const k of linksOf(s).probe) {
      for (const id of owners.get(k) ?? []) if (!ignore.has(id)) join(`s|${s.key}`, `e|${id}`);
    }
  }
  const components = new Map<string, { added: StoredStatement[]; events: string[] }>();
  for (const s of loose) {
    const root = find(`s|${s.key}`);
    const c = components.get(root) ?? { added: [], events: [] };
    c.added.push(s);
    components.set(root, c);
  }
  for (const node of parent.keys()) {
    if (!node.startsWith('e|')) continue;
    (components.get(find(node)) as { events: string[] }).events.push(node.slice(2));
  }
  return [...components.values()];
}

const byKey = (a: StoredStatement, b: StoredStatement) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * A save that withdraws nothing: every stored event is a connected group already, so the new
 * statements only join the events they relate to (and each other). Those components are the
 * groups the full regrouping would make, without reading or comparing the statements of the
 * events they join; an event that only gains statements is written by `growEvent`, any other
 * component is read whole and written by `writeEvents`.
 */
async function joinNeighbours(trx: Kysely<Database>, ctx: SaveContext, mine: StoredStatement[]): Promise<void> {
  const fresh = new Set(mine.map((s) => s.key));
  // The link keys the stored events are read to own: growing them does not write those again.
  const owned = new Set<string>();
  const components = await joinComponents(trx, mine, mine, new Set(), owned);
  const claims = await exactClaimsOf(trx, ctx.articleId);
  const stored = await storedEvents(
    trx,
    components.flatMap((c) => c.events),
  );
  // Of events that new statements connect, the largest takes in the others (read whole) when it
  // keeps its id: the work is that of the smaller ones.
  const sizes = await eventSizes(
    trx,
    components.flatMap((c) => (c.events.length > 1 ? c.events : [])),
  );
  const recompute: { added: StoredStatement[]; events: string[] }[] = [];
  const grown = new GrownRows();
  for (const c of components) {
    const added = c.added.sort(byKey);
    if (c.events.length === 1) {
      const event = stored.get(c.events[0] as string);
      if (event && (await growEvent(trx, event, added, claims, grown))) continue;
    } else if (c.events.length > 1) {
      const [largest, ...others] = [...c.events].sort(
        (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : 1),
      );
      const event = stored.get(largest as string);
      const smaller = others.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
      if (event && smaller <= MAX_ABSORBED) {
        const statements = await statementsOfEvents(trx, others);
        // Each taken-in event's keys are its statements' (read before they move); the event
        // taking them in gets them with the rows it grows (`writeGrown`).
        const taken = others.map((id) => ({
          eventId: id,
          statements: statements.filter((s) => s.row.event_id === id),
        }));
        if (await growEvent(trx, event, added, claims, grown, { ids: others, statements })) {
          await dropLinks(trx, taken);
          continue;
        }
      }
    }
    recompute.push(c);
  }
  await writeGrown(trx, grown, owned);
  if (!recompute.length) return;
  const ids = [...new Set(recompute.flatMap((c) => c.events))];
  const members = await membersOf(trx, ids);
  const groups = recompute.map((c) => [...c.added, ...c.events.flatMap((id) => members.get(id) ?? [])].sort(byKey));
  const previous = new Set(ids);
  await writeEvents(trx, groups, fresh, previous, previous, await claimSentencesOf(trx, ctx.articleId), true);
}

/** Every statement of these events, by event. */
async function membersOf(trx: Kysely<Database>, ids: string[]): Promise<Map<string, StoredStatement[]>> {
  const members = new Map<string, StoredStatement[]>();
  for (const s of await statementsOfEvents(trx, ids)) {
    const list = members.get(s.row.event_id as string);
    if (list) list.push(s);
    else members.set(s.row.event_id as string, [s]);
  }
  return members;
}

/**
 * How many statements each of these events has, counted up to `MAX_ABSORBED + 1`: enough to
 * choose the event that takes in the others, without counting a large event's every row.
 */
async function eventSizes(trx: Kysely<Database>, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of new Set(ids)) {
    const row = await trx
      .selectFrom((eb) =>
        eb
          .selectFrom('event_sources')
          .select('statement_key')
          .where('event_id', '=', id)
          .limit(MAX_ABSORBED + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out.set(id, Number(row.n));
  }
  return out;
}

/**
 * A save that withdraws statements: what is left of the events the article's previous revision
 * was in may have fallen apart. Those statements could only ever relate to each other (their
 * event was a connected group of the store), so they are grouped again with the new statements,
 * which also join the events their keys find; those events stay whole. Exact, like
 * `joinNeighbours`, and written back by `writeEvents`.
 */
async function regroupNeighbourhood(trx: Kysely<Database>, ctx: SaveContext, mine: StoredStatement[]): Promise<void> {
  const fresh = new Set(mine.map((s) => s.key));
  const withdrawn = new Set(ctx.withdrawnFrom ?? []);
  const left = await statementsOfEvents(trx, [...withdrawn]);
  // What is left of a withdrawn event is compared by the rule, not found by its keys.
  const components = await joinComponents(trx, [...mine, ...left], mine, withdrawn);
  const settled = [...new Set(components.flatMap((c) => c.events))];
  const members = await membersOf(trx, settled);
  const groups = components.map((c) => [...c.added, ...c.events.flatMap((id) => members.get(id) ?? [])].sort(byKey));
  const previous = new Set([...withdrawn, ...settled]);
  await writeEvents(trx, groups, fresh, previous, new Set(settled), await claimSentencesOf(trx, ctx.articleId));
}

/** The article's sentences that hold a claim, as `article|sentence start` (claims are written before events merge). */
async function claimSentencesOf(trx: Kysely<Database>, articleId: number): Promise<Set<string>> {
  const rows = await trx
    .selectFrom('claims')
    .select('sentence_start')
    .distinct()
    .where('article_id', '=', articleId)
    .where('sentence_start', 'is not', null)
    .execute();
  return new Set(rows.map((r) => `${articleId}|${r.sentence_start}`));
}

/** The article's dated events as statements, keyed by article identity, sentence, date offset and value. */
function statementsOf(ctx: SaveContext): StoredStatement[] {
  const { input } = ctx;
  const out: StoredStatement[] = [];
  const seen = new Set<string>();
  for (const event of input.analysis.events) {
    const key = `${ctx.identity}|${event.sentence.start}|${event.start ?? -1}|${event.when}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = input.text.slice(event.sentence.start, event.sentence.end);
    const participants = participantIds(event, input);
    const kinds = statementKinds(event.what, sentence);
    out.push({
      key,
      article: String(ctx.articleId),
      sentenceStart: event.sentence.start,
      when: event.when,
      participants,
      kinds,
      row: {
        event_id: null,
        article_id: ctx.articleId,
        revision: ctx.revision,
        sentence_start: event.sentence.start,
        sentence_end: event.sentence.end,
        sentence_text: sentence,
        timex_start: event.start ?? null,
        timex_end: event.end ?? null,
        when_value: event.when,
        what: event.what,
        confidence: event.confidence,
        statement_key: key,
        participants: participants.join(','),
        kinds: kinds.join(','),
      },
    });
  }
  return out;
}

/**
 * Canonical ids of an event's participants: `entityIds` when analysis gives them, else by name.
 * Only entities the article itself lists are kept, so every participant exists in the store.
 */
function participantIds(event: DatedEvent, input: ArticleInput): string[] {
  const known = new Set(input.analysis.entities.map((e) => e.id));
  if (event.entityIds?.length) return [...new Set(event.entityIds.filter((id) => known.has(id)))].sort();
  const byName = new Map<string, string>();
  for (const e of input.analysis.entities) {
    byName.set(e.name, e.id);
    for (const a of e.aliases) if (!byName.has(a)) byName.set(a, e.id);
  }
  return [...new Set(event.entities.map((n) => byName.get(n)).filter((id): id is string => !!id))].sort();
}
