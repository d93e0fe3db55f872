/**
 * TIMEX3 value ↔ calendar place: the one reader the store (sorting, filtering, "on this day"),
 * the exports and the website use. Years are signed as `analyze/time/values.ts` writes them:
 * `BC0500` is year -500 (500 BC, historians' numbering, no year 0 in use). Only `isoDate` turns
 * them into ISO 8601's astronomical years (500 BC → `-000499`).
 */

/** A calendar date with as much precision as the TIMEX3 value gives. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** What a TIMEX3 `when` means on a calendar: a span of dates, or a day or month that recurs every year. */
export type CalendarPlace =
  | { kind: 'span'; start: DateParts; end: DateParts }
  | { kind: 'annual'; month: number; day?: number };

/** TIMEX3 seasons (TimeML's list: spring, summer, fall, winter); winter runs into the next year. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * Reads a TIMEX3 value, or an ISO interval of two, into calendar terms: `2009-12` → December
 * 2009, `1991-SU` → June–August 1991, `199` → 1990–1999, `20` → 2000–2099, `1` → 1000–1999,
 * `BC047` → 479–470 BC, `2013/2022` → 2013–2022, `XXXX-08-29` → every 29 August. Null for values
 * with no place on a calendar (`P25Y`, `PRESENT_REF`, `2013-13`, `2013-02-30`, `1991-AU`).
 */
export function readWhen(when: string): CalendarPlace | null {
  const parts = when.split('/');
  if (parts.length > 2) return null;
  const a = readPoint(parts[0]!);
  if (parts.length === 1) return a;
  const b = readPoint(parts[1]!);
  if (a?.kind === 'span' && b?.kind === 'span') {
    // A reversed interval (`2022/2013`) covers the same years as the ordered one.
    return dayKey(firstDay(a.start)) <= dayKey(lastDay(b.end))
      ? { kind: 'span', start: a.start, end: b.end }
      : { kind: 'span', start: b.start, end: a.end };
  }
  // `2013/P5Y`: the side that has a calendar place is the place.
  if (a?.kind === 'span') return a;
  if (b?.kind === 'span') return b;
  return a ?? b;
}

function readPoint(raw: string): CalendarPlace | null {
  const value = raw.split('T')[0]!;
  let m = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    if (!m[2]) return { kind: 'annual', month };
    const day = Number(m[2]);
    // 29 February recurs too (in leap years).
    if (day < 1 || day > daysInMonth(2000, month)) return null;
    return { kind: 'annual', month, day };
  }
  m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    if (!m[3]) return yearSpan(year, year);
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    if (!m[4]) return { kind: 'span', start: { year, month }, end: { year, month } };
    const day = Number(m[4]);
    if (day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: 'span', start: { year, month, day }, end: { year, month, day } };
  }
  m = /^(BC)?(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    const [from, to] = SEASON_MONTHS[m[3]!]!;
    return { kind: 'span', start: { year, month: from }, end: { year: to < from ? year + 1 : year, month: to } };
  }
  m = /^(BC)?(\d{4})-(?:Q([1-4])|H([12]))$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    const [size, n] = m[3] ? [3, Number(m[3])] : [6, Number(m[4])];
    return { kind: 'span', start: { year, month: (n - 1) * size + 1 }, end: { year, month: n * size } };
  }
  // A week: the calendar place is its year (the week's days are not worth ISO week arithmetic here).
  m = /^(BC)?(\d{4})-W\d{2}$/.exec(value);
  if (m) {
    const year = signedYear(m[1], m[2]!);
    return yearSpan(year, year);
  }
  // Decade (3 digits), century (2), millennium (1): `199` = 1990s, `BC047` = 479–470 BC.
  m = /^(BC)?(\d{1,3})$/.exec(value);
  if (m) {
    const span = 10 ** (4 - m[2]!.length);
    const n = Number(m[2]);
    return m[1] ? yearSpan(-(n * span + span - 1), -(n * span)) : yearSpan(n * span, n * span + span - 1);
  }
  return null;
}

function signedYear(bc: string | undefined, digits: string): number {
  return bc ? -Number(digits) : Number(digits);
}

function yearSpan(start: number, end: number): CalendarPlace {
  return { kind: 'span', start: { year: start }, end: { year: end } };
}

/** ISO 8601 (astronomical) year of a signed TIMEX3 year: 1 BC is year 0, 500 BC is -499. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** Days in a month of a year (proleptic Gregorian; BC years leap as their astronomical year does). */
export function daysInMonth(year: number, month: number): number {
  const y = astronomicalYear(year);
  return new Date(Date.UTC(2000 + (((y % 400) + 400) % 400), month, 0)).getUTCDate();
}

/** First day a date covers, as `[y, m, d]`. */
export function firstDay(p: DateParts): [number, number, number] {
  return [p.year, p.month ?? 1, p.day ?? 1];
}

/** Last day a date covers, as `[y, m, d]`. */
export function lastDay(p: DateParts): [number, number, number] {
  const month = p.month ?? 12;
  return [p.year, month, p.day ?? daysInMonth(p.year, month)];
}

/** ISO 8601 calendar date (astronomical year); years outside 0000–9999 get the expanded `±YYYYYY` form. */
export function isoDate([year, m, d]: [number, number, number]): string {
  const y = astronomicalYear(year);
  const yyyy =
    y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${yyyy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar range the store sorts and filters events by. */
export interface WhenRange {
  /** First and last day, `YYYY-MM-DD` with the signed TIMEX3 year (`-0500-01-01` is 1 January 500 BC). */
  startDate: string;
  endDate: string;
  /** `year * 10000 + month * 100 + day`, orderable for BC years too. */
  startKey: number;
  endKey: number;
  yearFrom: number;
  yearTo: number;
}

/** Sort key of events with no calendar place (annual dates): after every dated event. */
export const UNDATED_SORT_KEY = 2_147_483_647;

const dayKey = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;
const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
const storeDay = ([y, m, d]: [number, number, number]) => `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/**
 * `1991-08-29` → that day; `2010` → the whole year; `2013/2022` → 2013-01-01…2022-12-31;
 * `XXXX-08-29`, `P25Y`, `PRESENT_REF` → null (no single place on a calendar).
 */
export function whenRange(when: string): WhenRange | null {
  const place = readWhen(when);
  if (place?.kind !== 'span') return null;
  const first = firstDay(place.start);
  const last = lastDay(place.end);
  return {
    startDate: storeDay(first),
    endDate: storeDay(last),
    startKey: dayKey(first),
    endKey: dayKey(last),
    yearFrom: first[0],
    yearTo: last[0],
  };
}

/** `MM-DD` of a value dated to a day, in a given year or every year (`XXXX-08-29`); else null. */
export function monthDayOf(when: string): string | null {
  if (when.includes('/')) return null;
  const m = /^(?:BC)?(?:\d{4}|XXXX)-(\d{2})-(\d{2})(?:T.*)?$/.exec(when);
  return m ? `${m[1]}-${m[2]}` : null;
}
