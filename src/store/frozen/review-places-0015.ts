/**
 * Migration `0015_review_dates` (both dialects) as it ran when it was written: it fills the
 * calendar columns of every review that corrects a date. The TIMEX3 reader below is a frozen copy
 * of `store/when.ts` of that day (now `domain/when.ts`, which reads a few odd values differently:
 * reversed intervals, BC leap days), so upgrading an old database gives the columns that database
 * would have had, whatever the live reader becomes. Do not edit; a change of placement is a new migration.
 */
import type { Kysely } from 'kysely';

interface WhenRange {
  startDate: string;
  endDate: string;
  /** `year * 10000 + month * 100 + day`, orderable for BC years too. */
  startKey: number;
  endKey: number;
  yearFrom: number;
  yearTo: number;
}

/** Sort key of events with no calendar place (annual dates): after every dated event. */
const UNDATED_SORT_KEY = 2_147_483_647;

interface Day {
  year: number;
  month: number;
  day: number;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function signedYear(bc: string | undefined, digits: string): number {
  return bc ? -Number(digits) : Number(digits);
}

/** First and last day of one TIMEX3 point value, or null when it has no calendar position. */
function pointRange(raw: string): [Day, Day] | null {
  const value = raw.split('T')[0] ?? raw;
  let m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    if (!m[3])
      return [
        { year, month: 1, day: 1 },
        { year, month: 12, day: 31 },
      ];
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    if (!m[4])
      return [
        { year, month, day: 1 },
        { year, month, day: daysIn(year, month) },
      ];
    const day = Number(m[4]);
    if (day < 1 || day > daysIn(year, month)) return null;
    return [
      { year, month, day },
      { year, month, day },
    ];
  }
  m = /^(BC)?(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    const [from, to] = SEASON_MONTHS[m[3]!]!;
    const toYear = to < from ? year + 1 : year;
    return [
      { year, month: from, day: 1 },
      { year: toYear, month: to, day: daysIn(toYear, to) },
    ];
  }
  m = /^(BC)?(\d{4})-([QH])([1-4])$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    const size = m[3] === 'Q' ? 3 : 6;
    const first = (Number(m[4]) - 1) * size + 1;
    const last = Math.min(12, first + size - 1);
    return [
      { year, month: first, day: 1 },
      { year, month: last, day: daysIn(year, last) },
    ];
  }
  m = /^(BC)?(\d{4})-W\d{2}$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    return [
      { year, month: 1, day: 1 },
      { year, month: 12, day: 31 },
    ];
  }
  // Decade (3 digits), century (2), millennium (1): `199` = 1990s, BC047 = 479–470 BC.
  m = /^(BC)?(\d{1,3})$/.exec(value);
  if (m) {
    const span = 10 ** (4 - m[2]!.length);
    const n = Number(m[2]);
    const [from, to] = m[1] ? [-(n * span + span - 1), -(n * span)] : [n * span, n * span + span - 1];
    return [
      { year: from, month: 1, day: 1 },
      { year: to, month: 12, day: 31 },
    ];
  }
  return null;
}

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
const isoDay = (d: Day) => `${d.year < 0 ? '-' : ''}${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
const dayKey = (d: Day) => d.year * 10000 + d.month * 100 + d.day;

/**
 * `1991-08-29` → that day; `2010` → the whole year; `2013/2022` → 2013-01-01…2022-12-31;
 * `XXXX-08-29`, `P25Y`, `PRESENT_REF` → null (no place on a calendar).
 */
function whenRange(when: string): WhenRange | null {
  const parts = when.split('/');
  if (parts.length > 2) return null;
  const first = pointRange(parts[0]!);
  const last = parts.length === 2 ? pointRange(parts[1]!) : first;
  const from = first?.[0] ?? last?.[0];
  const to = last?.[1] ?? first?.[1];
  if (!from || !to) return null;
  const [a, b] = dayKey(from) <= dayKey(to) ? [from, to] : [to, from];
  return {
    startDate: isoDay(a),
    endDate: isoDay(b),
    startKey: dayKey(a),
    endKey: dayKey(b),
    yearFrom: a.year,
    yearTo: b.year,
  };
}

/** `MM-DD` of a value dated to a day, in a given year or every year (`XXXX-08-29`); else null. */
function monthDayOf(when: string): string | null {
  if (when.includes('/')) return null;
  const m = /^(?:BC)?(?:\d{4}|XXXX)-(\d{2})-(\d{2})(?:T.*)?$/.exec(when);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Fills the calendar columns of every review that corrects a date. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
export async function placeCorrectedReviews0015(db: Kysely<any>): Promise<void> {
  const rows = await db
    .selectFrom('reviews')
    .select(['fact_type', 'fact_key', 'correction'])
    .where('decision', '=', 'corrected')
    .where('correction', 'is not', null)
    .execute();
  for (const row of rows) {
    // SQLite hands JSON back as text, PostgreSQL's jsonb parsed.
    const correction = typeof row.correction === 'string' ? JSON.parse(row.correction) : row.correction;
    const when = (correction as { when?: string }).when;
    if (when === undefined) continue;
    const range = whenRange(when);
    await db
      .updateTable('reviews')
      .set({
        sort_key: range?.startKey ?? UNDATED_SORT_KEY,
        start_key: range?.startKey ?? null,
        end_key: range?.endKey ?? null,
        year_from: range?.yearFrom ?? null,
        year_to: range?.yearTo ?? null,
        month_day: monthDayOf(when),
      })
      .where('fact_type', '=', row.fact_type)
      .where('fact_key', '=', row.fact_key)
      .execute();
  }
}
