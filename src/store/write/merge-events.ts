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
import type { SaveContext } from './save-context.ts';
import type { StoredStatement } from './statement.ts';

export type { SaveContext } from './save-context.ts';

/** Statements a neighbourhood gathers at most: a bound on one save's work however connected the store is. */
const MAX_NEIGHBOURHOOD = 500;

export async function mergeEvents(trx: Kysely<Database>, ctx: SaveContext): Promise<void> {
  const mine = statementsOf(ctx);
  await insertFeatures(trx, ctx.articleId, mine);
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
    const lookups = new Map<string, { features: Set<string>; years: { from: number; to: number } | null }>();
    for (const s of current) {
      if (s.row.event_id) previous.add(s.row.event_id);
      const range = whenRange(s.when);
      const years = range ? { from: range.yearFrom, to: range.yearTo } : null;
      const slot = `${years?.from ?? ''}/${years?.to ?? ''}`;
      const entry = lookups.get(slot) ?? { features: new Set<string>(), years };
      for (const f of featuresOf(s)) entry.features.add(f);
      lookups.set(slot, entry);
    }
    const keys = new Set<string>();
    for (const { features, years } of lookups.values()) {
      for (const k of await keysSharing(trx, [...features], years)) if (!reached.has(k)) keys.add(k);
    }
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
    for (const other of await statementsByKey(trx, [...keys])) {
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
  await writeEvents(trx, groups, fresh, previous, settledIds);
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
