/** English labels: "summer 1991", "the 1990s", "the 20th century", "Q1 2017", "every year on 29 August". */
import { type DayPart, intlDate, type Season, type WhenWords } from './words.ts';

const LOCALE = 'en-GB';
const SEASONS: Record<Season, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS: Record<DayPart, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const HALVES = ['first', 'second'];

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const year = (y: number): string => (y < 0 ? `${-y} BC` : String(y));
const monthName = (m: number): string => intlDate(LOCALE, { month: 'long' }, 2000, m);

export const enWords: WhenWords = {
  year,
  month: (y, m) => (y < 0 ? `${monthName(m)} ${year(y)}` : intlDate(LOCALE, { year: 'numeric', month: 'long' }, y, m)),
  day: (y, m, d) =>
    y < 0
      ? `${d} ${monthName(m)} ${year(y)}`
      : intlDate(LOCALE, { year: 'numeric', month: 'long', day: 'numeric' }, y, m, d),
  season: (y, s) => `${SEASONS[s]} ${year(y)}`,
  anySeason: (s) => SEASONS[s],
  quarter: (y, q) => `Q${q} ${year(y)}`,
  half: (y, h) => `${HALVES[h - 1]} half of ${year(y)}`,
  week: (y, w) => `week ${w} of ${year(y)}`,
  weekend: (y, w) => `the weekend of week ${w}, ${year(y)}`,
  fiscalYear: (y) => `fiscal ${year(y)}`,
  decade: (first) => (first < 0 ? `${-first - 9}s BC` : `${first}s`),
  century: (n, bc) => `${ordinal(n)} century${bc ? ' BC' : ''}`,
  millennium: (n, bc) => `${ordinal(n)} millennium${bc ? ' BC' : ''}`,
  everyYear: (m, d) =>
    `every year ${d ? `on ${intlDate(LOCALE, { month: 'long', day: 'numeric' }, 2000, m, d)}` : `in ${monthName(m)}`}`,
  partOfDay: (date, part) => `${date}, ${PARTS[part]}`,
  clock: (date, time) => `${date}, ${time}`,
};
