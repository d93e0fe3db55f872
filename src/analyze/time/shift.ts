/**
 * Moving a date by a possibly fractional amount (`через полтора года`), beyond the whole-unit
 * arithmetic of `anchor.ts`.
 */
import { parseDateValue, shiftValue } from './anchor.ts';
import { dayValue, formatYear, monthValue, type TimeUnit } from './values.ts';

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

/**
 * Moves a narrative anchor by an amount and keeps the anchor's own precision, as the value
 * conventions ask for "two years later" (`2003-09` + 3 years → `2006-09`). A unit finer than the
 * anchor moves it only by whole years (`1991` + 18 months → `1992`). Decades and centuries fall back
 * to the shared arithmetic.
 */
export function shiftByAmountKeepingPrecision(base: string, unit: TimeUnit, amount: number): string | null {
  const p = parseDateValue(base);
  if (!p || p.year < 0) return shiftByAmount(base, unit, amount);
  const yearsPer: Partial<Record<TimeUnit, number>> = { year: 1, decade: 10, century: 100, millennium: 1000 };
  let months = 0;
  let days = 0;
  if (yearsPer[unit] !== undefined) months = Math.round(amount * 12 * yearsPer[unit]!);
  else if (unit === 'quarter') months = Math.round(amount * 3);
  else if (unit === 'month') months = Math.round(amount);
  else if (unit === 'week') days = Math.round(amount * 7);
  else if (unit === 'day') days = Math.round(amount);
  else return null;
  switch (p.granularity) {
    case 'day': {
      const d = new Date(Date.UTC(2000, p.month! - 1 + months, p.day! + days));
      d.setUTCFullYear(d.getUTCFullYear() - 2000 + p.year);
      return dayValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    case 'month': {
      const total = p.year * 12 + (p.month! - 1) + months + Math.trunc(days / 30);
      return monthValue(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'season':
      return `${formatYear(p.year + Math.trunc(months / 12) + Math.trunc(days / 365))}-${p.season}`;
    case 'year':
      return formatYear(p.year + Math.trunc(months / 12) + Math.trunc(days / 365));
    default:
      return shiftByAmount(base, unit, amount);
  }
}
