/**
 * Link keys: `sameHappening` as shared keys, so a store can find the events a new statement
 * joins with one indexed look-up instead of reading and comparing candidate statements. Each
 * statement has keys it owns and keys it probes with; for statements of two articles,
 *
 *   some key `probe(a)` is in `own(b)`  ⇔  `sameHappening(a, b) !== 'different'`  ⇔  some key `probe(b)` is in `own(a)`.
 *
 * A key is a date token and what the rule needs shared at that date relation (a participant, a
 * kind, a pair of participants, or that one side names no one): so a hub participant shared by
 * thousands of statements is only ever looked up together with a compatible date and the rest of
 * the rule, never read and filtered. `links.test.ts` checks the equivalence on random statements.
 * (Statements of one article are compared by the rule itself: links ignore that an article does
 * not contradict itself, and that one sentence is one statement per date.)
 */
import { monthDayOf, whenRange } from '../../domain/when.ts';
import { dateRelation, precisionOf, type Statement } from './identity.ts';

export interface StatementLinks {
  own: string[];
  probe: string[];
}

type Linked = Pick<Statement, 'when' | 'participants' | 'kinds'>;

/** Countries and places are the setting of many events (as in `identity.ts`). */
const isSpecific = (id: string) => !id.startsWith('place:');

/** Day ranges longer than this get no day tokens: never linked as a date disagreement (a miss, not a false link). */
const MAX_RANGE_DAYS = 4_000;

/** The keys a statement owns and probes with (sorted, without repeats). */
export function statementLinks(s: Linked): StatementLinks {
  const own = new Set<string>();
  const probe = new Set<string>();
  const all = [...new Set(s.participants)].sort();
  const specific = all.filter(isSpecific);
  const kinds = [...new Set(s.kinds)].sort();
  equalDateLinks(s.when, all, specific, kinds, own, probe);
  if (!kinds.length) return { own: [...own].sort(), probe: [...probe].sort() };
  // Related but different dates need a shared kind, and a shared participant: any one inside a
  // month, a named one or two of any kind inside a decade, a named one when the dates disagree.
  const pairs: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) pairs.push(`${all[i]}+${all[j]}`);
  }
  const ids = (who: readonly string[]) => kinds.flatMap((k) => who.map((x) => `${x}|k:${k}`));
  const anyone = ids(all);
  const named = ids(specific);
  const twoOrNamed = [...named, ...ids(pairs)];
  for (const t of dateTokens(s.when)) {
    const keys = t.relation === 'month' ? anyone : t.relation === 'year' ? twoOrNamed : named;
    for (const k of keys) {
      own.add(`${t.own}|${k}`);
      probe.add(`${t.probe}|${k}`);
    }
  }
  return { own: [...own].sort(), probe: [...probe].sort() };
}

/**
 * The same date (`dateRelation` 'equal'): the cases of `sameHappening`'s first branch, each as
 * keys that the two statements share exactly when the case holds.
 */
function equalDateLinks(
  when: string,
  all: readonly string[],
  specific: readonly string[],
  kinds: readonly string[],
  own: Set<string>,
  probe: Set<string>,
): void {
  const eq = `=${when.toUpperCase()}`;
  const precision = precisionOf(when);
  const span = when.includes('/') && precision === 3;
  const both = (k: string) => {
    own.add(k);
    probe.add(k);
  };
  // Two shared participants, one of them named.
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const x = all[i] as string;
      const y = all[j] as string;
      if (isSpecific(x) || isSpecific(y)) both(`${eq}|${x}+${y}`);
    }
  }
  // A shared named participant on a term of years or a day.
  if (span || precision === 5) for (const x of specific) both(`${eq}|${x}`);
  for (const x of all) {
    // A shared participant and a shared kind.
    for (const k of kinds) both(`${eq}|${x}|k:${k}`);
    // A shared named participant (or, at a month or day, any), unless both name kinds and share none.
    if (isSpecific(x) || precision >= 4) {
      if (kinds.length) {
        own.add(`${eq}|${x}|*`);
        probe.add(`${eq}|${x}|-`);
      } else {
        own.add(`${eq}|${x}|-`);
        own.add(`${eq}|${x}|*`);
        probe.add(`${eq}|${x}|*`);
      }
    }
  }
  const unnamed = specific.length === 0;
  for (const k of kinds) {
    // A shared kind on a day; at a month or day with no one named on one side; with no one named on both.
    if (precision === 5) both(`${eq}|k:${k}`);
    if (precision >= 4) {
      own.add(`${eq}|k:${k}|all`);
      if (unnamed) {
        own.add(`${eq}|k:${k}|un`);
        probe.add(`${eq}|k:${k}|all`);
      } else {
        probe.add(`${eq}|k:${k}|un`);
      }
    }
    if (unnamed) both(`${eq}|k:${k}|unb`);
  }
}

interface DateToken {
  /**
   * `month`: compatible, a month or day inside a month, season, quarter or half; `year`:
   * compatible, a year inside its decade; `disagreeing`: the same precision and overlapping, or
   * the same day a year apart.
   */
  relation: 'month' | 'year' | 'disagreeing';
  own: string;
  probe: string;
}

/**
 * Date tokens of the relations between different values: two values are so related exactly when
 * one's probe token is the other's own token.
 */
function dateTokens(when: string): DateToken[] {
  const precision = precisionOf(when);
  const range = whenRange(when);
  if (!range || precision === 0 || when.startsWith('XXXX-')) return [];
  const out: DateToken[] = [];
  if (precision === 3 && /^\d{4}$/.test(when)) {
    out.push({ relation: 'year', own: `c2<${when.slice(0, 3)}`, probe: `c2>${when.slice(0, 3)}` });
  }
  if (precision === 2 && /^\d{3}$/.test(when)) out.push({ relation: 'year', own: `c2>${when}`, probe: `c2<${when}` });
  if (precision >= 4) {
    const value = when.toUpperCase();
    // As the larger of a compatible pair (a month or season holding days or months).
    if (precision === 4) out.push({ relation: 'month', own: `c4>${value}`, probe: `c4<${value}` });
    for (const c of nearbyMonthlyValues(range.yearFrom, range.yearTo)) {
      if (c === value) continue;
      const r = dateRelation(when, c);
      if (r === 'compatible' && contains(c, range)) out.push({ relation: 'month', own: `c4<${c}`, probe: `c4>${c}` });
      if (r === 'disagreeing' && precision === 4) {
        out.push({ relation: 'disagreeing', own: `d4=${value}`, probe: `d4=${c}` });
      }
    }
  }
  if (precision === 5) {
    const days = daysOf(range.startDate, range.endDate);
    for (const d of days) out.push({ relation: 'disagreeing', own: `d5=${d}`, probe: `d5=${d}` });
    const md = monthDayOf(when);
    if (md) {
      const y = range.yearFrom;
      out.push({ relation: 'disagreeing', own: `ds=${md}@${y}`, probe: `ds=${md}@${y - 1}` });
      out.push({ relation: 'disagreeing', own: `ds=${md}@${y}`, probe: `ds=${md}@${y + 1}` });
    }
  }
  return out;
}

/** Whether the value `c` covers the whole range (it is the larger of the pair). */
function contains(c: string, range: NonNullable<ReturnType<typeof whenRange>>): boolean {
  const r = whenRange(c);
  return !!r && r.startKey <= range.startKey && range.endKey <= r.endKey;
}

const monthly = new Map<string, string[]>();

/** Every value of a month's precision (months, seasons, quarters, halves) in the years around a range. */
function nearbyMonthlyValues(from: number, to: number): string[] {
  const key = `${from}/${to}`;
  let out = monthly.get(key);
  if (!out) {
    out = [];
    for (let y = from - 1; y <= to + 1; y++) {
      if (y < 0 || y > 9999) continue;
      const yyyy = String(y).padStart(4, '0');
      for (let m = 1; m <= 12; m++) out.push(`${yyyy}-${String(m).padStart(2, '0')}`);
      for (const s of ['SP', 'SU', 'FA', 'WI', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2']) out.push(`${yyyy}-${s}`);
    }
    if (monthly.size > 5_000) monthly.clear();
    monthly.set(key, out);
  }
  return out;
}

/** The days from `start` to `end` (`YYYY-MM-DD`), none when there are more than `MAX_RANGE_DAYS`. */
function daysOf(start: string, end: string): string[] {
  const t0 = utcDay(start);
  const t1 = utcDay(end);
  const n = Math.round((t1 - t0) / 86_400_000) + 1;
  if (!(n > 0) || n > MAX_RANGE_DAYS) return [];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(t0 + i * 86_400_000);
    out.push(
      `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`,
    );
  }
  return out;
}

/** Milliseconds of a `YYYY-MM-DD` day (years below 100 too, which `Date.UTC` would read as 19xx). */
function utcDay(day: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return d.getTime();
}
