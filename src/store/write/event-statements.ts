/**
 * The SQL of event merging: statements (event source rows) read by key, by event and by feature,
 * and a recomputed neighbourhood's events written back. The rule deciding which statements are
 * one happening is `analyze/events/identity.ts`; `merge-events.ts` puts the two together.
 */
import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { agreedWhen } from '../../analyze/index.ts';
import { monthDayOf, UNDATED_SORT_KEY, whenRange } from '../../domain/when.ts';
import { chunks } from '../codec.ts';
import type { Database } from '../schema.ts';
import { addToConflict } from './conflicts.ts';
import { dropFigures } from './event-figures.ts';
import { addLinks, dropLinks } from './event-links.ts';
import type { StoredStatement } from './statement.ts';
import { recordValueConflicts, type WrittenEvent } from './value-conflicts.ts';

/**
 * What grouping and writing read of every stored statement. The texts (`what`, the sentence)
 * are read later, only for the statements an event's description or a date conflict shows: a
 * save reads thousands of stored statements when it joins a large event.
 */
const SOURCE_COLUMNS = [
  'event_id',
  'article_id',
  'revision',
  'sentence_start',
  'timex_start',
  'timex_end',
  'when_value',
  'confidence',
  'statement_key',
  'participants',
  'kinds',
] as const;

type SourceRow = Pick<Database['event_sources'], (typeof SOURCE_COLUMNS)[number]>;

/** Statements whose texts are not read yet (`withTexts` reads them). */
const untexted = new WeakSet<StoredStatement>();

function fromRow(r: SourceRow): StoredStatement {
  const s: StoredStatement = {
    key: r.statement_key ?? `${r.event_id}|${r.article_id}|${r.sentence_start}|${r.timex_start ?? -1}|${r.when_value}`,
    article: String(r.article_id),
    sentenceStart: r.sentence_start,
    when: r.when_value,
    participants: r.participants ? r.participants.split(',') : [],
    kinds: r.kinds ? r.kinds.split(',') : [],
    row: { ...r, sentence_end: r.sentence_start, sentence_text: '', what: '' },
  };
  untexted.add(s);
  return s;
}

/** Reads the description and sentence of stored statements read without them (by article and sentence start). */
export async function withTexts(trx: Kysely<Database>, statements: readonly StoredStatement[]): Promise<void> {
  const missing = new Map<string, StoredStatement[]>();
  for (const s of statements) {
    if (!untexted.has(s)) continue;
    const k = s.key;
    const list = missing.get(k);
    if (list) list.push(s);
    else missing.set(k, [s]);
  }
  const fill = (s: StoredStatement, r: Pick<SourceText, 'sentence_end' | 'sentence_text' | 'what'>) => {
    s.row.sentence_end = r.sentence_end;
    s.row.sentence_text = r.sentence_text;
    s.row.what = r.what;
    untexted.delete(s);
  };
  for (const batch of chunks([...missing.keys()])) {
    const rows = await trx
      .selectFrom('event_sources')
      .select(['statement_key', 'sentence_end', 'sentence_text', 'what'])
      .where('statement_key', 'in', batch)
      .execute();
    for (const r of rows) for (const s of missing.get(r.statement_key as string) ?? []) fill(s, r);
  }
  // Rows from before statement keys (0016 gave them one, so none are expected): by their place.
  for (const s of statements) {
    if (!untexted.has(s)) continue;
    const r = await trx
      .selectFrom('event_sources')
      .select(['sentence_end', 'sentence_text', 'what'])
      .where('article_id', '=', s.row.article_id)
      .where('sentence_start', '=', s.row.sentence_start)
      .where('when_value', '=', s.row.when_value)
      .executeTakeFirst();
    if (!r) throw new Error(`statement ${s.key}: its source row is gone`);
    fill(s, r);
  }
}

type SourceText = Database['event_sources'];

/** Every statement of these events. */
export async function statementsOfEvents(trx: Kysely<Database>, eventIds: string[]): Promise<StoredStatement[]> {
  const out: StoredStatement[] = [];
  for (const batch of chunks(eventIds)) {
    const rows = await trx.selectFrom('event_sources').select(SOURCE_COLUMNS).where('event_id', 'in', batch).execute();
    out.push(...rows.map(fromRow));
  }
  return out;
}

/** An event's id: a hash of its smallest statement key, so the same statements make the same id in any order and database. */
export function eventIdOf(firstKey: string): string {
  return `ev-${createHash('sha256').update(firstKey).digest('hex').slice(0, 16)}`;
}

/**
 * Writes a recomputed neighbourhood: each group is an event (its id from its first key, its date
 * the one most of its statements give, its description and confidence from them), stored
 * statements move to their group's event, new ones are inserted, events left without statements
 * go, and each event's participants, date conflict and value conflicts are written afresh.
 */
export async function writeEvents(
  trx: Kysely<Database>,
  regrouped: StoredStatement[][],
  fresh: ReadonlySet<string>,
  previous: ReadonlySet<string>,
  settled: ReadonlySet<string> = new Set(),
  claimSentences: ReadonlySet<string> | null = null,
  freshGroupsAreNew = false,
): Promise<void> {
  let groups = regrouped;
  const allIds = groups.map((g) => eventIdOf((g[0] as StoredStatement).key));
  // A group that is exactly a stored event (no new statement, none moved in or out) is written
  // already: a save rewrites only the events it changes, not its whole neighbourhood.
  const members = new Map<string, number>();
  for (const g of groups) {
    for (const s of g) if (s.row.event_id) members.set(s.row.event_id, (members.get(s.row.event_id) ?? 0) + 1);
  }
  const kept = new Set(
    allIds.filter((id, i) => {
      const g = groups[i] as StoredStatement[];
      return members.get(id) === g.length && g.every((s) => !fresh.has(s.key) && s.row.event_id === id);
    }),
  );
  const gone = [...previous].filter((id) => !allIds.includes(id));
  // An event whose statements all stay in the group keeping its id only gains link keys; any
  // other loses its keys and its group (if any) writes them afresh.
  const homes = new Map<string, Set<string>>();
  for (const [i, g] of groups.entries()) {
    for (const s of g) {
      if (!s.row.event_id) continue;
      const set = homes.get(s.row.event_id) ?? new Set<string>();
      set.add(allIds[i] as string);
      homes.set(s.row.event_id, set);
    }
  }
  const intact = (id: string) => homes.get(id)?.size === 1 && homes.get(id)?.has(id) === true;
  // A stored event's keys are those of its statements, and every statement it has is in a group.
  const storedOf = new Map<string, StoredStatement[]>();
  for (const g of groups) {
    for (const s of g) {
      if (!s.row.event_id || fresh.has(s.key)) continue;
      const list = storedOf.get(s.row.event_id);
      if (list) list.push(s);
      else storedOf.set(s.row.event_id, [s]);
    }
  }
  await dropLinks(
    trx,
    [...previous].filter((id) => !intact(id)).map((eventId) => ({ eventId, statements: storedOf.get(eventId) ?? [] })),
  );
  const changed = groups.filter((_, i) => !kept.has(allIds[i] as string));
  const ids = changed.map((g) => eventIdOf((g[0] as StoredStatement).key));
  groups = changed;
  const touched = [...new Set([...ids, ...[...previous].filter((id) => !kept.has(id))])];
  const agreed = groups.map((g) => agreedWhen(g));
  // A settled stored event that keeps its id and its date only gains statements: its participant
  // and link rows are those of its stored statements already, so only the new ones are added
  // (rewriting them all made a save's cost grow with the size of the events it joins).
  const stored = await storedEvents(
    trx,
    ids.filter((id) => settled.has(id)),
  );
  const grown = new Set(ids.filter((id, i) => stored.get(id)?.when === agreed[i]?.when));
  const describing = groups.map((g, i) => g.find((s) => s.when === agreed[i]?.when) ?? (g[0] as StoredStatement));
  await withTexts(trx, describing);
  // A grown event that took in no other event, whose description stays and whose new statements'
  // sentences hold no claim, has the same value conflicts as before: they are the stored ones (`claimSentences`: the saved
  // article's sentences with claims, as `article|sentence start`).
  // A sentence in two changed events gives its claims to one of them (`recordValueConflicts`):
  // such an event is recomputed.
  const sentenceEvents = new Map<string, number>();
  for (const g of groups) {
    for (const k of new Set(g.map((s) => `${s.row.article_id}|${s.row.sentence_start}`))) {
      sentenceEvents.set(k, (sentenceEvents.get(k) ?? 0) + 1);
    }
  }
  const sameValues = new Set(
    ids.filter(
      (id, i) =>
        claimSentences !== null &&
        grown.has(id) &&
        stored.get(id)?.what === describing[i]?.row.what &&
        (groups[i] as StoredStatement[]).every((s) => {
          const sentence = `${s.row.article_id}|${s.row.sentence_start}`;
          if (sentenceEvents.get(sentence) !== 1) return false;
          return fresh.has(s.key) ? !claimSentences.has(sentence) : s.row.event_id === id;
        }),
    ),
  );
  // A group of new statements only, outside `previous`, is a new event when the caller says so
  // (a save that withdraws nothing): it has no stored rows to delete.
  const unstored = new Set(
    freshGroupsAreNew
      ? ids.filter((id, i) => !previous.has(id) && (groups[i] as StoredStatement[]).every((s) => fresh.has(s.key)))
      : [],
  );
  const stale = touched.filter((id) => !unstored.has(id));
  const rewritten = stale.filter((id) => !grown.has(id));
  for (const batch of chunks(rewritten)) {
    await trx.deleteFrom('event_participants').where('event_id', 'in', batch).execute();
    await trx.deleteFrom('event_entities').where('event_id', 'in', batch).execute();
  }
  for (const batch of chunks(stale)) {
    await trx
      .deleteFrom('conflicts')
      .where(
        'key',
        'in',
        batch.map((id) => `date|${id}`),
      )
      .execute();
  }
  await dropFigures(
    trx,
    stale.filter((id) => !sameValues.has(id)),
  );
  for (const batch of chunks(stale.filter((id) => !sameValues.has(id)))) {
    await trx
      .deleteFrom('conflicts')
      .where('kind', '=', 'value')
      .where('id', 'in', (eb) =>
        eb.selectFrom('conflict_values').select('conflict_id').where('conflict_values.event_id', 'in', batch),
      )
      .execute();
  }
  const written: WrittenEvent[] = [];
  const owners: Parameters<typeof addLinks>[1][number][] = [];
  const eventRows: Insertable<Database['events']>[] = [];
  // Written after the events they name.
  const moves: { id: string; keys: string[] }[] = [];
  const dateConflicts: { id: string; what: string; group: StoredStatement[] }[] = [];
  const newSources: Insertable<Database['event_sources']>[] = [];
  const participants: Insertable<Database['event_participants']>[] = [];
  const links: Insertable<Database['event_entities']>[] = [];
  for (const [i, group] of groups.entries()) {
    const id = ids[i] as string;
    const { when, disagreeing } = agreed[i] as ReturnType<typeof agreedWhen>;
    // What the stored rows of a grown event hold already: its stored statements' participants and links.
    const stored = grown.has(id) ? group.filter((s) => !fresh.has(s.key) && s.row.event_id === id) : [];
    const storedParticipants = new Set(stored.flatMap((s) => s.participants));
    const describes = describing[i] as StoredStatement;
    const confidence = Math.max(...group.map((s) => s.row.confidence));
    const range = whenRange(when);
    const row = {
      when_value: when,
      start_date: range?.startDate ?? null,
      end_date: range?.endDate ?? null,
      start_key: range?.startKey ?? null,
      end_key: range?.endKey ?? null,
      year_from: range?.yearFrom ?? null,
      year_to: range?.yearTo ?? null,
      month_day: monthDayOf(when),
      sort_key: range?.startKey ?? UNDATED_SORT_KEY,
      what: describes.row.what,
      confidence,
    };
    eventRows.push({ id, ...row });
    moves.push({ id, keys: group.filter((s) => !fresh.has(s.key) && s.row.event_id !== id).map((s) => s.key) });
    for (const s of group) if (fresh.has(s.key)) newSources.push({ ...s.row, event_id: id });
    owners.push({ eventId: id, statements: intact(id) ? group.filter((s) => s.row.event_id !== id) : group });
    for (const entity_id of new Set(group.flatMap((s) => s.participants))) {
      if (!storedParticipants.has(entity_id)) participants.push({ event_id: id, entity_id, when_value: when });
    }
    const seen = new Set<string>();
    for (const s of stored) for (const entity_id of s.participants) seen.add(`${entity_id}|${s.row.article_id}`);
    for (const s of group) {
      for (const entity_id of s.participants) {
        const k = `${entity_id}|${s.row.article_id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        links.push({ event_id: id, entity_id, article_id: s.row.article_id, when_value: when });
      }
    }
    if (disagreeing.length) dateConflicts.push({ id, what: describes.row.what, group });
    if (!sameValues.has(id)) written.push({ id, what: describes.row.what, group });
  }
  // Every changed event in one statement (a new one inserted, a stored one updated).
  for (const batch of chunks(eventRows, 100)) {
    await trx
      .insertInto('events')
      .values(batch)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          when_value: eb.ref('excluded.when_value'),
          start_date: eb.ref('excluded.start_date'),
          end_date: eb.ref('excluded.end_date'),
          start_key: eb.ref('excluded.start_key'),
          end_key: eb.ref('excluded.end_key'),
          year_from: eb.ref('excluded.year_from'),
          year_to: eb.ref('excluded.year_to'),
          month_day: eb.ref('excluded.month_day'),
          sort_key: eb.ref('excluded.sort_key'),
          what: eb.ref('excluded.what'),
          confidence: eb.ref('excluded.confidence'),
        })),
      )
      .execute();
  }
  for (const { id, keys } of moves) {
    for (const batch of chunks(keys)) {
      await trx.updateTable('event_sources').set({ event_id: id }).where('statement_key', 'in', batch).execute();
    }
  }
  for (const { id, what, group } of dateConflicts) await recordDateConflict(trx, id, what, group);
  for (const batch of chunks(newSources)) await trx.insertInto('event_sources').values(batch).execute();
  await addLinks(trx, owners);
  for (const batch of chunks(participants)) await trx.insertInto('event_participants').values(batch).execute();
  for (const batch of chunks(links)) await trx.insertInto('event_entities').values(batch).execute();
  for (const batch of chunks(gone)) await trx.deleteFrom('events').where('id', 'in', batch).execute();
  await recordValueConflicts(trx, written);
}

/** The stored date and description of these events. */
async function storedEvents(
  trx: Kysely<Database>,
  ids: string[],
): Promise<Map<string, { when: string; what: string }>> {
  const out = new Map<string, { when: string; what: string }>();
  for (const batch of chunks(ids)) {
    const rows = await trx.selectFrom('events').select(['id', 'when_value', 'what']).where('id', 'in', batch).execute();
    for (const r of rows) out.set(r.id, { when: r.when_value, what: r.what });
  }
  return out;
}

/** One conflict per disagreeing event: every statement of it, with the date it gives. */
async function recordDateConflict(trx: Kysely<Database>, eventId: string, subject: string, group: StoredStatement[]) {
  const articles = new Set(group.map((s) => s.row.article_id));
  const values = new Set(group.map((s) => s.when));
  if (articles.size < 2 || values.size < 2) return;
  await withTexts(trx, group);
  await addToConflict(
    trx,
    { kind: 'date', key: `date|${eventId}`, subject },
    group.map((s) => ({
      value: s.when,
      articleId: s.row.article_id,
      eventId,
      sentence: { start: s.row.sentence_start, end: s.row.sentence_end },
      text: s.row.sentence_text,
    })),
  );
}
