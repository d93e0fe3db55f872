/** What a language needs to say a TIMEX3 value at its own precision (one implementation per language). */

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/** Years are signed as TIMEX3 writes them: -500 is 500 BC (no year 0). */
export interface WhenWords {
  year(year: number): string;
  month(year: number, month: number): string;
  day(year: number, month: number, day: number): string;
  season(year: number, season: Season): string;
  /** A season of no known year ("in summer", told of a way of life). */
  anySeason(season: Season): string;
  quarter(year: number, quarter: number): string;
  half(year: number, half: number): string;
  week(year: number, week: number): string;
  weekend(year: number, week: number): string;
  fiscalYear(year: number): string;
  /** `first` is the decade's first year: 1990 for the 1990s, -479 for 479–470 BC. */
  decade(first: number): string;
  century(ordinal: number, bc: boolean): string;
  millennium(ordinal: number, bc: boolean): string;
  everyYear(month: number, day?: number): string;
  partOfDay(date: string, part: DayPart): string;
  clock(date: string, time: string): string;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Russian and Kazakh write centuries and millennia in Roman numerals (XX век, XX ғасыр). */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one; a timeline page formats hundreds of dates. */
export function intlDate(
  locale: string,
  opts: Intl.DateTimeFormatOptions,
  year: number,
  month: number,
  day = 1,
): string {
  const key = `${locale} ${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  d.setUTCFullYear(year, month - 1, day);
  return f.format(d);
}
