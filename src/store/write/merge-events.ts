/**
 * Event merging as a recomputation: the statements (event sources) are what is stored; an event
 * is a group of statements that `sameHappening` connects. A save adds its article's statements,
 * collects the neighbourhood they reach (statements sharing a participant, a kind of event or a
 * date, that the rule connects, and the other statements of those statements' events, until
 * nothing new is reached), groups it again and writes it back. The groups depend only on which
 * statements are stored, so any order of saving gives the same events, ids and conflicts.
 */
import type { Kysely } from 'kysely';
import { clusterStatements, dateRelation, sameHappening, statementKinds } from '../../analyze/index.ts';
import type { DatedEvent } from '../../analyze/types.ts';
import { whenRange } from '../../domain/when.ts';
import type { Database } from '../schema.ts';
import type { ArticleInput } from '../types.ts';
import {
  featuresOf,
  insertFeatures,
  keysSharing,
  statementsByKey,
  statementsOfEvents,
  writeEvents,
} from './event-statements.ts';
import { exactClaimsOf, growEvent, storedEvents } from './grow-events.ts';
import type { SaveContext } from './save-context.ts';
import type { StoredStatement } from './statement.ts';

export type { SaveContext } from './save-context.ts';

/** Statements a neighbourhood gathers at most: a bound on one save's work however connected the store is. */
const MAX_NEIGHBOURHOOD = 500;

/** Statements of smaller events that a joined event takes in without a recomputation at most. */
const MAX_ABSORBED = 2_000;

export async function mergeEvents(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  const mine = statementsOf(ctx);
  await insertFeatures(trx, ctx.articleId, mine);
  if (ctx.withdrawnFrom?.length) await regroupNeighbourhood(trx, ctx, mine);
  else await joinNeighbours(trx, ctx, mine);
}

/**
 * A save that withdraws nothing: every stored event is a connected group already, so the new
 * statements only join the events of the stored statements they relate to (and each other).
 * Those components are the groups the full regrouping would make, without reading or comparing
 * the statements of the events they join; an event that only gains statements is written by
 * `growEvent`, any other component is read whole and written by `writeEvents`.
 */
async function joinNeighbours(trx: Kysely<Database>, ctx: SaveContext, mine: StoredStatement[]): Promise<void> {
  const fresh = new Set(mine.map((s) => s.key));
  const candidates = (await statementsByKey(trx, await neighbourKeys(trx, mine))).filter((c) => !fresh.has(c.key));
  // Union-find over the new statements (by key) and the stored events they reach (by id).
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
  for (const s of mine) parent.set(`s|${s.key}`, `s|${s.key}`);
  for (const [i, a] of mine.entries()) {
    for (const b of mine.slice(i + 1)) {
      if (dateRelation(a.when, b.when) !== 'different' && sameHappening(a, b) !== 'different') {
        join(`s|${a.key}`, `s|${b.key}`);
      }
    }
  }
  for (const c of candidates) {
    for (const s of mine) {
      if (dateRelation(s.when, c.when) === 'different' || sameHappening(s, c) === 'different') continue;
      join(`s|${s.key}`, `e|${c.row.event_id}`);
    }
  }
  const components = new Map<string, { added: StoredStatement[]; events: string[] }>();
  for (const s of mine) {
    const root = find(`s|${s.key}`);
    const c = components.get(root) ?? { added: [], events: [] };
    c.added.push(s);
    components.set(root, c);
  }
  for (const node of parent.keys()) {
    if (!node.startsWith('e|')) continue;
    (components.get(find(node)) as { events: string[] }).events.push(node.slice(2));
  }
  const claims = await exactClaimsOf(trx, ctx.articleId);
  const stored = await storedEvents(
    trx,
    [...components.values()].flatMap((c) => c.events),
  );
  // Of events that new statements connect, the largest takes in the others (read whole) when it
  // keeps its id: the work is that of the smaller ones.
  const sizes = await eventSizes(
    trx,
    [...components.values()].flatMap((c) => (c.events.length > 1 ? c.events : [])),
  );
  const recompute: { added: StoredStatement[]; events: string[] }[] = [];
  for (const c of components.values()) {
    const byKey = c.added.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (c.events.length === 1) {
      const event = stored.get(c.events[0] as string);
      if (event && (await growEvent(trx, event, byKey, claims))) continue;
    } else if (c.events.length > 1) {
      const [largest, ...others] = [...c.events].sort(
        (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : 1),
      );
      const event = stored.get(largest as string);
      const smaller = others.reduce((n, id) => n + (sizes.get(id) ?? 0), 0);
      if (event && smaller <= MAX_ABSORBED) {
        const statements = await statementsOfEvents(trx, others);
        if (await growEvent(trx, event, byKey, claims, { ids: others, statements })) continue;
      }
    }
    recompute.push(c);
  }
  if (!recompute.length) return;
  const ids = [...new Set(recompute.flatMap((c) => c.events))];
  const members = new Map<string, StoredStatement[]>();
  for (const s of await statementsOfEvents(trx, ids)) {
    const list = members.get(s.row.event_id as string);
    if (list) list.push(s);
    else members.set(s.row.event_id as string, [s]);
  }
  const groups = recompute.map((c) =>
    [...c.added, ...c.events.flatMap((id) => members.get(id) ?? [])].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    ),
  );
  const previous = new Set(ids);
  await writeEvents(trx, groups, fresh, previous, previous, await claimSentencesOf(trx, ctx.articleId));
}

/** How many statements each of these events has. */
async function eventSizes(trx: Kysely<Database>, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const rows = await trx
    .selectFrom('event_sources')
    .select((eb) => ['event_id', eb.fn.countAll<number>().as('n')])
    .where('event_id', 'in', ids)
    .groupBy('event_id')
    .execute();
  for (const r of rows) out.set(r.event_id, Number(r.n));
  return out;
}

/**
 * Keys of stored statements that may relate to `statements`: one look-up per feature and year
 * range for all of them (`keysSharing`).
 */
async function neighbourKeys(trx: Kysely<Database>, statements: readonly StoredStatement[]): Promise<string[]> {
  const lookups = new Map<string, { features: Set<string>; years: { from: number; to: number } | null }>();
  for (const s of statements) {
    const range = whenRange(s.when);
    const years = range ? { from: range.yearFrom, to: range.yearTo } : null;
    const slot = `${years?.from ?? ''}/${years?.to ?? ''}`;
    const entry = lookups.get(slot) ?? { features: new Set<string>(), years };
    for (const f of featuresOf(s)) entry.features.add(f);
    lookups.set(slot, entry);
  }
  const keys = new Set<string>();
  for (const { features, years } of lookups.values()) {
    for (const k of await keysSharing(trx, [...features], years)) keys.add(k);
  }
  return [...keys];
}

/**
 * A save that withdraws statements: what is left of the events the article's previous revision
 * was in may have fallen apart, so the neighbourhood is collected and grouped again.
 */
async function regroupNeighbourhood(trx: Kysely<Database>, ctx: SaveContext, mine: StoredStatement[]): Promise<void> {
  const fresh = new Set(mine.map((s) => s.key));
  const reached = new Map<string, StoredStatement>(mine.map((s) => [s.key, s]));
  const previous = new Set<string>();
  let frontier: StoredStatement[] = [...mine];
  // What is left of the events the article's previous revision was in is grouped again too: it
  // may have fallen apart, so its statements look for neighbours of their own.
  const withdrawn = new Set(ctx.withdrawnFrom ?? []);
  // Any other stored event is a connected group whose neighbours are in it already (it was grouped
  // with them when they were saved): its statements join the regrouping, they need no look-up.
  const settled = (s: StoredStatement) => !!s.row.event_id && !withdrawn.has(s.row.event_id) && !fresh.has(s.key);
  if (withdrawn.size) {
    for (const s of await statementsOfEvents(trx, [...withdrawn])) add(s);
  }
  function add(s: StoredStatement): boolean {
    if (reached.has(s.key)) return false;
    reached.set(s.key, s);
    if (!settled(s)) frontier.push(s);
    return true;
  }
  while (frontier.length && reached.size < MAX_NEIGHBOURHOOD) {
    const current = frontier;
    frontier = [];
    const events = new Set<string>();
    // One look-up per feature and year range for the whole frontier, then each candidate is
    // compared with the frontier statements.
    for (const s of current) if (s.row.event_id) previous.add(s.row.event_id);
    const keys = (await neighbourKeys(trx, current)).filter((k) => !reached.has(k));
    // The frontier by date: a candidate is compared only with statements whose date relates to its own.
    const byWhen = new Map<string, StoredStatement[]>();
    for (const s of current) {
      const list = byWhen.get(s.when);
      if (list) list.push(s);
      else byWhen.set(s.when, [s]);
    }
    const joins = (other: StoredStatement) => {
      for (const [when, list] of byWhen) {
        if (dateRelation(when, other.when) === 'different') continue;
        if (list.some((s) => sameHappening(s, other) !== 'different')) return true;
      }
      return false;
    };
    for (const other of await statementsByKey(trx, keys)) {
      if (!joins(other)) continue;
      if (add(other) && other.row.event_id) events.add(other.row.event_id);
    }
    // A statement that joins this neighbourhood leaves its event: the rest of that event is
    // grouped again with it.
    const unread = [...events].filter((id) => !previous.has(id));
    for (const id of unread) previous.add(id);
    if (unread.length) for (const s of await statementsOfEvents(trx, unread)) add(s);
  }
  for (const s of reached.values()) if (s.row.event_id) previous.add(s.row.event_id);
  const groups = clusterStatements([...reached.values()], (s) => (settled(s) ? s.row.event_id : null));
  const settledIds = new Set([...reached.values()].flatMap((s) => (settled(s) ? [s.row.event_id as string] : [])));
  await writeEvents(trx, groups, fresh, previous, settledIds, await claimSentencesOf(trx, ctx.articleId));
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
