/** Russian labels: «летом 1991 года», «1990-е», «XX век», «I квартал 2017 года», «ежегодно, 29 августа». */
import { type DayPart, intlDate, roman, type Season, type WhenWords } from './words.ts';

const LOCALE = 'ru-RU';
// A season is said as when something happened, the way Russian dates it: «летом 1991 года».
const SEASONS: Record<Season, string> = { SP: 'весной', SU: 'летом', FA: 'осенью', WI: 'зимой' };
const PARTS: Record<DayPart, string> = { MO: 'утро', MI: 'полдень', AF: 'день', EV: 'вечер', NI: 'ночь', DT: 'день' };
const HALVES = ['первое', 'второе'];
const BC = 'до н. э.';
// «в августе»: the prepositional, which Intl does not give.
const IN_MONTH = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

/** «1991 года», «500 года до н. э.»: a year in the genitive, after a season, quarter or week. */
const ofYear = (y: number): string => (y < 0 ? `${-y} года ${BC}` : `${y} года`);
const year = (y: number): string => (y < 0 ? `${-y} г. ${BC}` : String(y));
const genitiveMonth = (m: number, d: number): string => intlDate(LOCALE, { month: 'long', day: 'numeric' }, 2000, m, d);

export const ruWords: WhenWords = {
  year,
  month: (y, m) =>
    y < 0
      ? `${intlDate(LOCALE, { month: 'long' }, 2000, m)} ${year(y)}`
      : intlDate(LOCALE, { year: 'numeric', month: 'long' }, y, m),
  day: (y, m, d) =>
    y < 0
      ? `${genitiveMonth(m, d)} ${year(y)}`
      : intlDate(LOCALE, { year: 'numeric', month: 'long', day: 'numeric' }, y, m, d),
  season: (y, s) => `${SEASONS[s]} ${ofYear(y)}`,
  anySeason: (s) => SEASONS[s],
  quarter: (y, q) => `${roman(q)} квартал ${ofYear(y)}`,
  half: (y, h) => `${HALVES[h - 1]} полугодие ${ofYear(y)}`,
  week: (y, w) => `${w}-я неделя ${ofYear(y)}`,
  weekend: (y, w) => `выходные ${w}-й недели ${ofYear(y)}`,
  fiscalYear: (y) => `${year(y)} финансовый год`,
  decade: (first) => (first < 0 ? `${-first - 9}-е гг. ${BC}` : `${first}-е`),
  century: (n, bc) => `${roman(n)} век${bc ? ` ${BC}` : ''}`,
  millennium: (n, bc) => `${roman(n)} тысячелетие${bc ? ` ${BC}` : ''}`,
  everyYear: (m, d) => `ежегодно, ${d ? genitiveMonth(m, d) : `в ${IN_MONTH[m - 1]}`}`,
  partOfDay: (date, part) => `${date}, ${PARTS[part]}`,
  clock: (date, time) => `${date}, ${time}`,
};
