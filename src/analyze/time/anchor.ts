/**
 * Date arithmetic for relative expressions ("two years later", "the following month") and the
 * narrative anchor: the most recent absolute date of the text, falling back to the document date.
 */
import { type DatePoint, decadeValue, formatDate, formatYear, type Season, type TimeUnit } from './values.ts';

export type Granularity = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** A parsed TIMEX3 date value; `year` is signed (negative = BC). */
export interface ParsedDate extends DatePoint {
  /** For `decade`/`century` granularity, `year` is the span's first year. */
  granularity: Granularity;
}

const FULL = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI))?(?:T.*)?$/;
const DECADE = /^(BC)?(\d{3})$/;
const CENTURY = /^(BC)?(\d{2})$/;

/**
 * Reads a TIMEX3 date value back into a point; `null` for values that carry no calendar date
 * (`PRESENT_REF`, `XXXX-08-29`, durations).
 * @example parseDateValue('1991-08') // { year: 1991, month: 8, granularity: 'month' }
 */
export function parseDateValue(value: string): ParsedDate | null {
  let m = FULL.exec(value);
  if (m) {
    const sign = m[1] ? -1 : 1;
    const year = sign * Number(m[2]);
    if (m[5]) return { year, season: m[5] as Season, granularity: 'season' };
    if (m[4]) return { year, month: Number(m[3]), day: Number(m[4]), granularity: 'day' };
    if (m[3]) return { year, month: Number(m[3]), granularity: 'month' };
    return { year, granularity: 'year' };
  }
  m = DECADE.exec(value);
  if (m) return { year: (m[1] ? -1 : 1) * Number(m[2]) * 10, granularity: 'decade' };
  m = CENTURY.exec(value);
  if (m) return { year: (m[1] ? -1 : 1) * Number(m[2]) * 100, granularity: 'century' };
  return null;
}

const RANK: Record<Granularity, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5 };

function addDays(p: DatePoint, n: number): DatePoint {
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  d.setUTCDate(d.getUTCDate() + n);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO week value (`2009-W51`) of a day. */
export function isoWeekValue(p: DatePoint): string {
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  // The ISO week is the one holding the Thursday; count Thursdays from that year's start.
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(d.getUTCFullYear());
  const week = Math.floor((d.getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return `${formatYear(d.getUTCFullYear())}-W${String(week).padStart(2, '0')}`;
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekday(p: DatePoint): number {
  const d = new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  return (d.getUTCDay() + 6) % 7;
}

/** BC years skip 0: one year after 1 BC is AD 1. */
function addYears(year: number, n: number): number {
  const y = year + n;
  if (year < 0 && y >= 0) return y + 1;
  if (year > 0 && y <= 0) return y - 1;
  return y;
}

/**
 * Shifts a date value by `n` units and writes the result at the unit's precision, as TIMEX2/3
 * annotators do ("twelve days later" → a day, "the following year" → a year). `null` when the
 * anchor is too coarse for the unit (a day count from a bare year).
 * @example shiftValue('1940-06-10', 'day', 12) // '1940-06-22'
 * @example shiftValue('BC0492', 'year', 1) // 'BC0491'
 */
export function shiftValue(anchor: string, unit: TimeUnit, n: number): string | null {
  const p = parseDateValue(anchor);
  if (!p) return null;
  switch (unit) {
    case 'day':
      if (p.granularity !== 'day' || p.year < 0) return null;
      return formatDate(addDays(p, n));
    case 'week':
      if (p.granularity !== 'day' || p.year < 0) return null;
      return isoWeekValue(addDays(p, 7 * n));
    case 'month': {
      if (p.month === undefined) return null;
      const total = p.month - 1 + n;
      const year = addYears(p.year, Math.floor(total / 12));
      return formatDate({ year, month: (((total % 12) + 12) % 12) + 1 });
    }
    case 'quarter':
      return shiftValue(anchor, 'month', 3 * n)?.slice(0, -3) ?? null;
    case 'year':
      if (RANK[p.granularity] > RANK.year) return null;
      if (p.season && n === 0) return formatYear(p.year);
      return formatYear(addYears(p.year, n));
    case 'decade': {
      if (RANK[p.granularity] > RANK.decade) return null;
      const decadeStart = Math.abs(p.year) - (Math.abs(p.year) % 10);
      // BC decades run backwards: "a decade later" than the 490s BC is the 480s BC.
      const signed = p.year < 0 ? -(decadeStart - 10 * n) : decadeStart + 10 * n;
      return decadeValue(signed);
    }
    case 'century': {
      const c = Math.floor(Math.abs(p.year) / 100);
      const shifted = p.year < 0 ? c - n : c + n;
      return `${p.year < 0 ? 'BC' : ''}${String(shifted).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}

/**
 * Shifts by `n` units but keeps the anchor's own precision when it is finer than the unit, as a
 * counted shift reads in narrative ("two years later" after August 2015 → `2017-08`; twelve days
 * after a day → a day). Decades and centuries, and anchors coarser than the unit, fall back to
 * `shiftValue`.
 * @example shiftKeepingPrecision('2015-08', 'year', 2) // '2017-08'
 */
export function shiftKeepingPrecision(anchor: string, unit: TimeUnit, n: number): string | null {
  const p = parseDateValue(anchor);
  if (!p) return null;
  if (unit === 'year' && p.granularity !== 'year' && RANK[p.granularity] < RANK.year) {
    const year = addYears(p.year, n);
    if (p.season) return formatDate({ year, season: p.season });
    const day = p.day === undefined ? undefined : Math.min(p.day, daysInMonth(year, p.month ?? 1));
    return formatDate({ year, month: p.month, day });
  }
  if (unit === 'month' && p.granularity === 'day' && p.year > 0) {
    const shifted = parseDateValue(shiftValue(anchor, 'month', n) ?? '');
    if (!shifted) return null;
    return formatDate({ ...shifted, day: Math.min(p.day ?? 1, daysInMonth(shifted.year, shifted.month ?? 1)) });
  }
  if (unit === 'week' && p.granularity === 'day' && p.year > 0) return formatDate(addDays(p, 7 * n));
  return shiftValue(anchor, unit, n);
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(Date.UTC(2000, month, 0));
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * Tracks the reference time of a narrative while a text is read from start to end: the last
 * absolute date mentioned, else the document creation date.
 */
export class NarrativeAnchor {
  private last: string | undefined;
  private lastDated: string | undefined;

  constructor(readonly dct?: string) {}

  /**
   * Records an absolute (or resolved) date value as the new reference point. A `weak` mention (a
   * bare year inside a clause: "a campaign planned for 1976") does not displace a finer date that
   * the narrative is following. True when the value became the reference point.
   */
  update(value: string, weak = false): boolean {
    const p = parseDateValue(value);
    if (!p) return false;
    const current = this.lastDated ? parseDateValue(this.lastDated) : null;
    if (weak && current && RANK[current.granularity] < RANK.year && p.granularity === 'year') return false;
    this.last = value;
    if (RANK[p.granularity] <= RANK.year) this.lastDated = value;
    return true;
  }

  /** The current reference value (a TIMEX3 date of any precision), or `undefined`. */
  reference(): string | undefined {
    return this.last ?? this.dct;
  }

  /** The last date the text itself gave (no document-date fallback), if any. */
  narrative(): string | undefined {
    return this.last;
  }

  /** The latest reference that names a year or finer ("April" takes its year from it). */
  dated(): string | undefined {
    return this.lastDated ?? this.dct;
  }

  /** The year of the latest dated reference (signed), if any. */
  year(): number | undefined {
    const ref = this.dated();
    return ref ? parseDateValue(ref)?.year : undefined;
  }

  /** True when the narrative is in BC years, so bare years in the text are read as BC too. */
  isBC(): boolean {
    return this.last?.startsWith('BC') ?? false;
  }
}
