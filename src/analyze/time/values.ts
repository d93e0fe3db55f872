/**
 * TIMEX3 value formatting shared by every language's rules. Years are signed: `-500` is 500 BC
 * (there is no year 0 in this representation; BC years are written as historians write them).
 */

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Units a duration or a relative shift is counted in. */
export type TimeUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

/** A calendar point at some precision; only the fields up to the precision are set. */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  season?: Season;
}

const pad = (n: number, width: number): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `1991` → `1991`, `-500` → `BC0500`, `33` → `0033`. */
export function formatYear(year: number): string {
  return year < 0 ? `BC${pad(year, 4)}` : pad(year, 4);
}

/** `{year: 1991, month: 8, day: 29}` → `1991-08-29`; `{year: 1991, season: 'SU'}` → `1991-SU`. */
export function formatDate(p: DatePoint): string {
  let v = formatYear(p.year);
  if (p.season) return `${v}-${p.season}`;
  if (p.month !== undefined) v += `-${pad(p.month, 2)}`;
  if (p.month !== undefined && p.day !== undefined) v += `-${pad(p.day, 2)}`;
  return v;
}

/** `2013-09`, or `XXXX-09` when the year is unknown. */
export function monthValue(year: number | undefined, month: number): string {
  return `${year === undefined ? 'XXXX' : formatYear(year)}-${pad(month, 2)}`;
}

/** `1991-08-29`, or the annual `XXXX-08-29` when the year is unknown. */
export function dayValue(year: number | undefined, month: number, day: number): string {
  return `${monthValue(year, month)}-${pad(day, 2)}`;
}

/** True when the day exists in that month (29 February only in leap years, or any year if unknown). */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  // Without a year, 29 February is still a day (of a leap year). Arithmetic, not a Date: this runs
  // on every day-month candidate.
  const y = year ?? 2000;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : MONTH_DAYS[month - 1]!);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Decade containing `year`: `1990` → `199`, `-470` (the 470s BC) → `BC047`. */
export function decadeValue(year: number): string {
  const d = Math.floor(Math.abs(year) / 10);
  return year < 0 ? `BC${pad(d, 3)}` : pad(d, 3);
}

/** Ordinal century → TIMEX3 value: 15 ("the XV century") → `14`; BC 4 → `BC03`. */
export function centuryValue(ordinal: number, bc = false): string {
  return `${bc ? 'BC' : ''}${pad(ordinal - 1, 2)}`;
}

/** Ordinal millennium → TIMEX3 value: 2 ("the second millennium") → `1`; BC 2 → `BC1`. */
export function millenniumValue(ordinal: number, bc = false): string {
  return `${bc ? 'BC' : ''}${ordinal - 1}`;
}

const DURATION_CODE: Record<TimeUnit, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
  millennium: 'ML',
};

const TIME_UNITS = new Set<TimeUnit>(['second', 'minute', 'hour']);

/** The next smaller unit and how many of it make one, used to write fractions as whole numbers. */
const SMALLER: Partial<Record<TimeUnit, [TimeUnit, number]>> = {
  millennium: ['year', 1000],
  century: ['year', 100],
  decade: ['year', 10],
  year: ['month', 12],
  quarter: ['month', 3],
  month: ['day', 30],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};

/**
 * ISO 8601 duration. Fractions move to a smaller unit so values stay whole:
 * `durationValue(2.5, 'decade')` → `P25Y`, `durationValue(0.5, 'year')` → `P6M`,
 * `durationValue(3, 'hour')` → `PT3H`, `durationValue(22.8, 'year')` → `P22.8Y`; an unknown amount (`null`, "a few years") → `PXY`.
 */
export function durationValue(amount: number | null, unit: TimeUnit): string {
  let n = amount;
  let u = unit;
  // Halves and quarters become whole smaller units (P25Y, P6M); other decimals stay (P22.8Y).
  if (n !== null && !Number.isInteger(n) && SMALLER[u]) {
    const [smaller, factor] = SMALLER[u] as [TimeUnit, number];
    const m = n * factor;
    if (Math.abs(m - Math.round(m)) < 1e-9) {
      n = Math.round(m);
      u = smaller;
    }
  }
  const num = n === null ? 'X' : String(n);
  return `P${TIME_UNITS.has(u) ? 'T' : ''}${num}${DURATION_CODE[u]}`;
}

/** ISO 8601 interval of two TIMEX3 values: `2013/2022`. */
export function intervalValue(from: string, to: string): string {
  return `${from}/${to}`;
}

/** A two-digit second year of a range takes the first year's century: (2017, 18) → 2018, (1939, 45) → 1945. */
export function expandShortYear(first: number, second: number, digits: number): number {
  if (digits >= 3) return second;
  const base = Math.abs(first) - (Math.abs(first) % 100);
  let y = base + second;
  if (y < Math.abs(first)) y += 100;
  return first < 0 ? -y : y;
}

/**
 * True when `newDay` of `newMonth` can be the new style (Gregorian) of `oldDay` of `oldMonth` in
 * `year`: 10 to 13 days later (1582–1923), as `22 июля (3 августа) 1822`, `4 (17) шілде 1916`.
 */
export function isNewStyleOf(
  year: number,
  oldMonth: number,
  oldDay: number,
  newMonth: number,
  newDay: number,
): boolean {
  const at = (m: number, d: number) => {
    const t = new Date(0);
    t.setUTCFullYear(year, m - 1, d);
    return t.getTime() / 86_400_000;
  };
  const gap = at(newMonth, newDay) - at(oldMonth, oldDay);
  return year >= 1582 && year <= 1923 && gap >= 10 && gap <= 13;
}
