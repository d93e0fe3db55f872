/**
 * Which dated statements tell of the same happening, decided from what survives translation: the
 * date, the linked participants (entity ids are shared across languages) and the kind of event
 * (each language pack's `eventKinds`). No word of one language is compared with another's.
 *
 * The rule is symmetric and looks at two statements only, so the events it makes (the connected
 * groups of `clusterStatements`) are the same whatever order the statements arrive in.
 */
import { monthDayOf, whenRange } from '../../domain/when.ts';
import { ALL_PACKS } from '../lang/index.ts';
import type { EventKind } from '../lang/types.ts';

export interface Statement {
  /** Unique and stable: the article's identity, the sentence and the date's offsets. */
  key: string;
  /** The article (statements of one sentence are never one happening). */
  article: string;
  sentenceStart: number;
  when: string;
  /** Canonical participant ids, sorted. */
  participants: readonly string[];
  /** Kinds of event the clause names (`eventKinds`), sorted. */
  kinds: readonly string[];
}

/** `same`: one happening; `disagreeing`: one happening that the two date differently. */
export type Identity = 'same' | 'disagreeing' | 'different';

// Every pack's words, since a clause can quote another language (and the kinds are shared ids).
const KIND_STEMS: [string, EventKind][] = ALL_PACKS.flatMap((p) =>
  Object.entries(p.eventKinds).flatMap(([kind, stems]) =>
    stems.map((s): [string, EventKind] => [s, kind as EventKind]),
  ),
);

/**
 * The kinds of event a clause names, or when it names none (an elliptical clause: "and
 * Kazakhstan in 2010"), the kinds its sentence names.
 */
export function statementKinds(what: string, sentence: string): EventKind[] {
  const own = eventKinds(what);
  return own.length ? own : eventKinds(sentence);
}

/** The stems by their first character: a word start is compared only with the stems it can begin. */
const STEMS_BY_FIRST = new Map<string, [string, EventKind][]>();
for (const entry of KIND_STEMS) {
  const list = STEMS_BY_FIRST.get(entry[0].charAt(0));
  if (list) list.push(entry);
  else STEMS_BY_FIRST.set(entry[0].charAt(0), [entry]);
}

/** The kinds of event a text names: a word starting with one of a kind's stems (multi-word stems match as a phrase). */
export function eventKinds(what: string): EventKind[] {
  const text = ` ${what.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found = new Set<EventKind>();
  // Every word starts after a space (the text is its words, one space between): the stems there.
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
    for (const [stem, kind] of STEMS_BY_FIRST.get(text.charAt(at + 1)) ?? []) {
      if (text.startsWith(stem, at + 1)) found.add(kind);
    }
  }
  return [...found].sort();
}

/** Values and value pairs seen lately: a save compares each statement with hundreds of others, whose dates repeat. */
const MAX_CACHED = 20_000;
const precisions = new Map<string, number>();
const relations = new Map<string, DateRelation>();

/** How precise a value is: 1 century, 2 decade, 3 year, 4 season or month, 5 day (a day range too). */
export function precisionOf(when: string): number {
  let p = precisions.get(when);
  if (p === undefined) {
    if (precisions.size > MAX_CACHED) precisions.clear();
    p = readPrecision(when);
    precisions.set(when, p);
  }
  return p;
}

function readPrecision(when: string): number {
  const point = when.split('/')[0] ?? '';
  if (when.includes('/') && !/^\d{4}-\d{2}-\d{2}$/.test(point)) return 3;
  if (/^\d{4}-\d{2}-\d{2}/.test(point)) return 5;
  if (/^\d{4}-(\d{2}|SP|SU|FA|WI|Q\d|H\d)$/.test(point)) return 4;
  if (/^\d{4}$/.test(point)) return 3;
  if (/^\d{3}$/.test(point)) return 2;
  if (/^\d{2}$/.test(point)) return 1;
  return 0;
}

type DateRelation = 'equal' | 'compatible' | 'disagreeing' | 'different';

/**
 * `equal`: the same value; `compatible`: one contains the other one step more precise (August
 * 1991 and 29 August 1991); `disagreeing`: the same precision, different but close (1–2 and 2–3
 * December 2010, or the same day a year apart); otherwise `different`. Year spans (`2010/2011`) are only ever equal.
 */
export function dateRelation(a: string, b: string): DateRelation {
  if (a === b) return 'equal';
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let r = relations.get(key);
  if (r === undefined) {
    if (relations.size > MAX_CACHED) relations.clear();
    r = relate(a, b);
    relations.set(key, r);
  }
  return r;
}

function relate(a: string, b: string): DateRelation {
  if (a === b || a.toUpperCase() === b.toUpperCase()) return 'equal';
  // An annual day (`XXXX-08-29`, a day of observance) recurs: it is not what happened on that day
  // in one year (the 1949 test, the 1991 closure), so merging them would lose the recurrence.
  if (a.startsWith('XXXX-') !== b.startsWith('XXXX-')) return 'different';
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  const pa = precisionOf(a);
  const pb = precisionOf(b);
  if (!ra || !rb || !pa || !pb) return 'different';
  if (isYearSpan(a) || isYearSpan(b)) return 'different';
  const overlap = ra.startKey <= rb.endKey && rb.startKey <= ra.endKey;
  const contains =
    (ra.startKey <= rb.startKey && rb.endKey <= ra.endKey) || (rb.startKey <= ra.startKey && ra.endKey <= rb.endKey);
  // One step more precise inside the other: a day in its month, a year in its decade. A month in
  // its year is not enough: a year holds too many happenings of the same participants.
  const steps = `${Math.min(pa, pb)}${Math.max(pa, pb)}`;
  if (contains && (steps === '45' || steps === '23' || (steps === '44' && pa === pb))) return 'compatible';
  // The same precision (a month or a day), overlapping: one happening misdated, not two.
  if (pa === pb && pa >= 4 && overlap) return 'disagreeing';
  // The same day a year apart: a slip of the year (29 August 1990 for 1991).
  const md = monthDayOf(a);
  if (pa === 5 && md && md === monthDayOf(b) && Math.abs(ra.yearFrom - rb.yearFrom) === 1) return 'disagreeing';
  return 'different';
}

/** Values seen lately: a save compares each statement with hundreds of others. */
const ranges = new Map<string, ReturnType<typeof whenRange>>();
function rangeOf(when: string): ReturnType<typeof whenRange> {
  let r = ranges.get(when);
  if (r === undefined) {
    if (ranges.size > 20_000) ranges.clear();
    r = whenRange(when);
    ranges.set(when, r);
  }
  return r;
}

const isYearSpan = (when: string) => when.includes('/') && precisionOf(when) === 3;

/** Countries and places are the setting of many events: on their own they tie only statements dated to the day. */
const isSpecific = (id: string) => !id.startsWith('place:');

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.includes(x));
}

/**
 * Whether two statements tell of one happening. Statements of one sentence never do. With the
 * same date, a shared specific participant or kind is enough (a shared place too, for a day), as
 * long as their kinds, when both are known, have one in common. With a date one step more precise
 * inside the other, both a shared specific participant and a shared kind. With close but different
 * dates of the same precision, the same and a day's precision or a kind named by both: a
 * disagreement about one happening rather than two happenings.
 */
export function sameHappening(a: Statement, b: Statement): Identity {
  if (a.article === b.article && a.sentenceStart === b.sentenceStart) return 'different';
  const relation = dateRelation(a.when, b.when);
  if (relation === 'different') return 'different';
  const kinds = shared(a.kinds, b.kinds).length;
  // Kinds named on both sides and none in common: a signing is not a summit.
  const kindsApart = a.kinds.length > 0 && b.kinds.length > 0 && kinds === 0;
  const people = shared(a.participants, b.participants);
  const specific = people.filter(isSpecific).length;
  const precision = Math.min(precisionOf(a.when), precisionOf(b.when));
  if (relation === 'equal') {
    if (specific >= 2 || (specific && people.length >= 2)) return 'same';
    // A term of years, or a day, and the same named participant: kinds read off a long clause
    // (an announced bid, an election) name other happenings of the sentence.
    if (specific && (isYearSpan(a.when) || precision === 5)) return 'same';
    if (kindsApart) return 'different';
    if (specific) return 'same';
    // Someone unnamed on one side: the same kind of happening on the same month or day (a year
    // holds too many of one kind).
    const unnamedA = !a.participants.some(isSpecific);
    const unnamedB = !b.participants.some(isSpecific);
    const unnamed = (unnamedA || unnamedB) && precision >= 4;
    if (kinds && (people.length || unnamed || (unnamedA && unnamedB) || precision === 5)) return 'same';
    return people.length && precision >= 4 ? 'same' : 'different';
  }
  if (!kinds) return 'different';
  if (relation === 'compatible') {
    return specific || people.length >= 2 || (people.length && precision >= 4) ? 'same' : 'different';
  }
  // Disagreeing dates: the same kind of happening with the same named participant, and not two
  // statements of one article (an article does not contradict itself).
  if (a.article === b.article) return 'different';
  return specific ? 'disagreeing' : 'different';
}

/**
 * Groups statements into happenings: connected by `sameHappening` (disagreeing ones too), each
 * group sorted by key and the groups by their first key. Same input set, same groups, in any order.
 *
 * `connected` may name, for a statement, a set it is already known to be connected with (a stored
 * event: a group this function made, which is connected through its own members). Such sets start
 * as one group and pairs already in one group are not compared again: a pair inside one group
 * adds no connection, so the groups are the same as without the hint, and a save that joins an
 * event of thousands of statements compares its new statements, not every pair of the event.
 */
export function clusterStatements<S extends Statement>(
  statements: readonly S[],
  connected?: (s: S) => string | null,
): S[][] {
  const sorted = [...statements].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (i: number, j: number) => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  if (connected) {
    const first = new Map<string, number>();
    for (const [i, s] of sorted.entries()) {
      const set = connected(s);
      if (set === null) continue;
      const j = first.get(set);
      if (j === undefined) first.set(set, i);
      else join(i, j);
    }
  }
  // Statements by date: only pairs of dates that are related can hold one happening, so the
  // statement pairs compared are those of related dates, not all of them.
  const byWhen = new Map<string, number[]>();
  for (const [i, s] of sorted.entries()) {
    const list = byWhen.get(s.when);
    if (list) list.push(i);
    else byWhen.set(s.when, [i]);
  }
  const values = [...byWhen.keys()];
  const union = (i: number, j: number) => {
    if (find(i) === find(j)) return;
    if (sameHappening(sorted[i] as Statement, sorted[j] as Statement) === 'different') return;
    join(i, j);
  };
  for (let v = 0; v < values.length; v++) {
    const xs = byWhen.get(values[v] as string) as number[];
    for (let a = 0; a < xs.length; a++) for (let b = a + 1; b < xs.length; b++) union(xs[a] as number, xs[b] as number);
    for (let w = v + 1; w < values.length; w++) {
      if (dateRelation(values[v] as string, values[w] as string) === 'different') continue;
      const ys = byWhen.get(values[w] as string) as number[];
      for (const x of xs) for (const y of ys) union(x, y);
    }
  }
  const groups = new Map<number, S[]>();
  for (const [i, s] of sorted.entries()) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  }
  return [...groups.values()];
}

/**
 * The date a group of statements gives its happening: the value most of them give, then the most
 * precise, then the first statement's (by key). Members whose date is not this one (nor equal or compatible)
 * are its disagreement.
 */
export function agreedWhen(group: readonly Statement[]): { when: string; disagreeing: Statement[] } {
  const counts = new Map<string, number>();
  for (const s of group) counts.set(s.when, (counts.get(s.when) ?? 0) + 1);
  // Ties go to the first statement's value (groups are in key order), not to a value's spelling.
  let when = group[0]?.when as string;
  for (const s of group) {
    const better =
      (counts.get(s.when) as number) - (counts.get(when) as number) || precisionOf(s.when) - precisionOf(when);
    if (better > 0) when = s.when;
  }
  const disagreeing = group.filter((s) => dateRelation(s.when, when) === 'disagreeing');
  return { when, disagreeing };
}
