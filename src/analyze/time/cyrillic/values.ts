/**
 * Value helpers the Cyrillic taggers need beyond the shared `../values.ts` and `../anchor.ts`:
 * dates whose year may be unknown (`XXXX-08-29`), calendar checks, and moving a date by a
 * fractional amount (`через полтора года`).
 */
import { shiftValue } from '../anchor.ts';
import { formatYear, type TimeUnit } from '../values.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2013-09`, or `XXXX-09` when the year is unknown. */
export function monthValue(year: number | undefined, month: number): string {
  return `${year === undefined ? 'XXXX' : formatYear(year)}-${pad2(month)}`;
}

/** `1991-08-29`, or the annual `XXXX-08-29` when the year is unknown. */
export function dayValue(year: number | undefined, month: number, day: number): string {
  return `${monthValue(year, month)}-${pad2(day)}`;
}

/** True when the day exists in that month (29 February only in leap years, or any year if unknown). */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

const SMALLER: Partial<Record<TimeUnit, [TimeUnit, number]>> = {
  millennium: ['year', 1000],
  century: ['year', 100],
  decade: ['year', 10],
  year: ['month', 12],
  month: ['day', 30],
  week: ['day', 7],
};

/**
 * Shifts a date value by a possibly fractional amount (a year and a half moves by 18 months);
 * `null` when the base is too coarse for the unit, as in `shiftValue`.
 */
export function shiftByAmount(base: string, unit: TimeUnit, amount: number): string | null {
  let n = amount;
  let u = unit;
  while (!Number.isInteger(n) && SMALLER[u]) {
    const [smaller, factor] = SMALLER[u] as [TimeUnit, number];
    n = Math.round(n * factor * 1e6) / 1e6;
    u = smaller;
  }
  return shiftValue(base, u, Math.round(n));
}
