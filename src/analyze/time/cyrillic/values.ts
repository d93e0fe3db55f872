/**
 * TIMEX3 values built from numbers, following the conventions in `../README.md`, and the date
 * arithmetic relative expressions need. Pure functions, shared by the Russian and Kazakh taggers.
 */

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'DE' | 'CE' | 'ML';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function yearValue(year: number, bc = false): string {
  return bc ? `BC${pad(year, 4)}` : pad(year, 4);
}

export function monthValue(year: number | undefined, month: number): string {
  return `${year === undefined ? 'XXXX' : pad(year, 4)}-${pad(month, 2)}`;
}

export function dayValue(year: number | undefined, month: number, day: number): string {
  return `${monthValue(year, month)}-${pad(day, 2)}`;
}

/** The n-th century is written by its hundreds: the XV century is `14`, the V century BC `BC04`. */
export function centuryValue(ordinal: number, bc = false): string {
  return (bc ? 'BC' : '') + pad(ordinal - 1, 2);
}

/** The n-th millennium by its thousands: the second millennium is `1`. */
export function millenniumValue(ordinal: number, bc = false): string {
  return (bc ? 'BC' : '') + String(ordinal - 1);
}

/** A decade by its first three digits: the 1990s are `199`. */
export function decadeValue(year: number): string {
  return pad(Math.floor(year / 10), 3);
}

/** Days in a month, for calendar checks. */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}

/** `2017-18` means 2018: a short second year takes the first year's century. */
export function expandShortYear(first: number, second: string): number {
  const n = Number(second);
  if (second.length >= 3) return n;
  const base = second.length === 1 ? 10 : 100;
  const candidate = first - (first % base) + n;
  return candidate < first ? candidate + base : candidate;
}

/** ISO 8601 duration for `amount` units; fractions are carried into the next smaller unit. */
export function durationValue(amount: number | undefined, unit: Unit): string {
  if (amount === undefined) return `PX${unit === 'H' ? '' : unit}`.replace(/^PX$/, 'PTXH');
  if (Number.isInteger(amount)) return unit === 'H' ? `PT${amount}H` : `P${amount}${unit}`;
  switch (unit) {
    case 'Y':
      return `P${Math.round(amount * 12)}M`;
    case 'DE':
      return `P${Math.round(amount * 10)}Y`;
    case 'CE':
      return `P${Math.round(amount * 100)}Y`;
    case 'ML':
      return `P${Math.round(amount * 1000)}Y`;
    case 'M':
      return `P${Math.round(amount * 30)}D`;
    case 'W':
      return `P${Math.round(amount * 7)}D`;
    case 'D':
      return `PT${Math.round(amount * 24)}H`;
    case 'H':
      return `PT${Math.round(amount * 60)}M`;
  }
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI|H[12]|Q[1-4]))?$/;

/** True for values that name a calendar date with a year: they become the narrative anchor. */
export function isCalendarValue(value: string): boolean {
  return CALENDAR.test(value);
}

/** The year of a calendar value, if it has one. */
export function yearOf(value: string): number | undefined {
  const m = CALENDAR.exec(value);
  return m ? Number(m[1]) : undefined;
}

/**
 * Moves a calendar value by `amount` units, keeping the value's own precision (a year stays a
 * year, a day stays a day). Values that are not calendar dates come back unchanged.
 */
export function shiftValue(value: string, amount: number, unit: Unit): string {
  const m = CALENDAR.exec(value);
  if (!m) return value;
  const year = Number(m[1]);
  const years =
    unit === 'Y'
      ? amount
      : unit === 'DE'
        ? amount * 10
        : unit === 'CE'
          ? amount * 100
          : unit === 'ML'
            ? amount * 1000
            : 0;
  if (m[4] !== undefined) {
    const months = unit === 'M' ? amount : 0;
    return `${pad(year + years + Math.floor(months / 12), 4)}-${m[4]}`;
  }
  if (m[2] === undefined) {
    const extra =
      unit === 'M'
        ? Math.floor(amount / 12)
        : unit === 'W'
          ? Math.floor((amount * 7) / 365)
          : unit === 'D'
            ? Math.floor(amount / 365)
            : 0;
    return pad(year + years + extra, 4);
  }
  const date = new Date(Date.UTC(year + years, Number(m[2]) - 1, m[3] === undefined ? 1 : Number(m[3])));
  if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + amount);
  if (unit === 'W') date.setUTCDate(date.getUTCDate() + amount * 7);
  if (unit === 'D') date.setUTCDate(date.getUTCDate() + amount);
  const shiftedYear = pad(date.getUTCFullYear(), 4);
  const shiftedMonth = pad(date.getUTCMonth() + 1, 2);
  return m[3] === undefined
    ? `${shiftedYear}-${shiftedMonth}`
    : `${shiftedYear}-${shiftedMonth}-${pad(date.getUTCDate(), 2)}`;
}

/** Cuts a calendar value down to the precision a unit speaks of (`два года назад` is a year). */
export function truncateToUnit(value: string, unit: Unit): string {
  if (unit === 'Y' || unit === 'DE' || unit === 'CE' || unit === 'ML') return value.slice(0, 4);
  if (unit === 'M') return value.slice(0, 7);
  return value;
}
