/** Kazakh labels: «1991 жылдың жазы», «1990 жылдар», «XX ғасыр», «2017 жылдың I тоқсаны», «жыл сайын, 29 тамыз». */
import { type DayPart, intlDate, roman, type Season, type WhenWords } from './words.ts';

const LOCALE = 'kk-KZ';
// The possessive of the season after the year's genitive: «1991 жылдың жазы».
const SEASONS: Record<Season, string> = { SP: 'көктемі', SU: 'жазы', FA: 'күзі', WI: 'қысы' };
const BARE_SEASONS: Record<Season, string> = { SP: 'көктем', SU: 'жаз', FA: 'күз', WI: 'қыс' };
const PARTS: Record<DayPart, string> = {
  MO: 'таңертең',
  MI: 'түс',
  AF: 'түстен кейін',
  EV: 'кеш',
  NI: 'түн',
  DT: 'күндіз',
};
const HALVES = ['бірінші', 'екінші'];
const BC = 'б.з.д.';

const ofYear = (y: number): string => (y < 0 ? `${BC} ${-y} жылдың` : `${y} жылдың`);
const year = (y: number): string => (y < 0 ? `${BC} ${-y} жыл` : String(y));
const monthName = (m: number): string => intlDate(LOCALE, { month: 'long' }, 2000, m).toLowerCase();

export const kkWords: WhenWords = {
  year,
  month: (y, m) => (y < 0 ? `${year(y)}, ${monthName(m)}` : intlDate(LOCALE, { year: 'numeric', month: 'long' }, y, m)),
  day: (y, m, d) =>
    y < 0
      ? `${year(y)}, ${d} ${monthName(m)}`
      : intlDate(LOCALE, { year: 'numeric', month: 'long', day: 'numeric' }, y, m, d),
  season: (y, s) => `${ofYear(y)} ${SEASONS[s]}`,
  anySeason: (s) => BARE_SEASONS[s],
  quarter: (y, q) => `${ofYear(y)} ${roman(q)} тоқсаны`,
  half: (y, h) => `${ofYear(y)} ${HALVES[h - 1]} жартысы`,
  week: (y, w) => `${ofYear(y)} ${w}-аптасы`,
  weekend: (y, w) => `${ofYear(y)} ${w}-аптасының демалысы`,
  fiscalYear: (y) => `${year(y)} қаржы жылы`,
  decade: (first) => (first < 0 ? `${BC} ${-first - 9} жылдар` : `${first} жылдар`),
  century: (n, bc) => `${bc ? `${BC} ` : ''}${roman(n)} ғасыр`,
  millennium: (n, bc) => `${bc ? `${BC} ` : ''}${roman(n)} мыңжылдық`,
  everyYear: (m, d) => `жыл сайын, ${d ? `${d} ${monthName(m)}` : monthName(m)}`,
  partOfDay: (date, part) => `${date}, ${PARTS[part]}`,
  clock: (date, time) => `${date}, ${time}`,
};
