/** A calendar date with as much precision as the TIMEX3 value gives. Years may be negative (BCE). */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** What a TIMEX3 `when` means for a calendar: a span of dates, or a day that recurs every year. */
export type WhenRange =
  | { kind: 'span'; start: DateParts; end: DateParts }
  | { kind: 'annual'; month: number; day?: number };

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  AU: [9, 11],
  WI: [12, 2],
};

/**
 * Reads a TIMEX3 value (or an ISO interval of two) into calendar terms: `2009-12` → December 2009,
 * `199` → 1990–1999, `20` → 2000–2099 (21st century), `BC0500` → 500 BCE, `XXXX-08-29` → every
 * 29 August. Null for values that are not calendar positions (durations, `PRESENT_REF`).
 */
export function parseWhen(when: string): WhenRange | null {
  const slash = when.indexOf('/');
  if (slash > 0) {
    const a = parsePoint(when.slice(0, slash));
    const b = parsePoint(when.slice(slash + 1));
    if (a?.kind === 'span' && b?.kind === 'span') return { kind: 'span', start: a.start, end: b.end };
    return a ?? b;
  }
  return parsePoint(when);
}

function parsePoint(value: string): WhenRange | null {
  const annual = /^XXXX-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (annual) return { kind: 'annual', month: Number(annual[1]), day: annual[2] ? Number(annual[2]) : undefined };
  const bc = /^BC(\d{1,4})$/.exec(value);
  if (bc) {
    // TIMEX3 BC0500 = 500 BCE; astronomical year numbering puts 1 BCE at year 0.
    const digits = bc[1];
    const n = Number(digits);
    if (digits.length === 4) return yearSpan(1 - n, 1 - n);
    if (digits.length === 2) return yearSpan(1 - (n + 1) * 100, 1 - n * 100 - 1);
    return yearSpan(1 - n, 1 - n);
  }
  const m = /^(\d{2,4})(?:-(\d{2}|SP|SU|FA|AU|WI|Q[1-4]|H[12]|W\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const digits = m[1];
  if (digits.length === 2) return yearSpan(Number(digits) * 100, Number(digits) * 100 + 99);
  if (digits.length === 3) return yearSpan(Number(digits) * 10, Number(digits) * 10 + 9);
  const year = Number(digits);
  const part = m[2];
  if (!part) return yearSpan(year, year);
  if (/^\d{2}$/.test(part)) {
    const month = Number(part);
    if (month < 1 || month > 12) return yearSpan(year, year);
    if (m[3]) {
      const day = Number(m[3]);
      return { kind: 'span', start: { year, month, day }, end: { year, month, day } };
    }
    return { kind: 'span', start: { year, month }, end: { year, month } };
  }
  const season = SEASON_MONTHS[part];
  if (season) {
    const endYear = season[1] < season[0] ? year + 1 : year;
    return { kind: 'span', start: { year, month: season[0] }, end: { year: endYear, month: season[1] } };
  }
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return { kind: 'span', start: { year, month: q * 3 - 2 }, end: { year, month: q * 3 } };
  }
  if (part.startsWith('H')) {
    const h = Number(part.slice(1));
    return { kind: 'span', start: { year, month: h * 6 - 5 }, end: { year, month: h * 6 } };
  }
  return yearSpan(year, year);
}

function yearSpan(start: number, end: number): WhenRange {
  return { kind: 'span', start: { year: start }, end: { year: end } };
}

/** Days in a month of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000 + (((year % 400) + 400) % 400), month, 0)).getUTCDate();
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

/** ISO 8601 calendar date; years outside 0000–9999 get the expanded `±YYYYYY` form. */
export function isoDate([y, m, d]: [number, number, number]): string {
  const year =
    y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
