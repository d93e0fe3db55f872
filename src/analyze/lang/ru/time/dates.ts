import { contextYear, contrastedSeason, groupEnd, originalWord, seasonValue } from '../../../time/build.ts';
import { DASH_CLASS } from '../../../time/dashes.ts';
import { anchoringDays, newsMonthYear, relativeSeason, storyMonthYear, storyYear } from '../../../time/days.ts';
import { readAmount } from '../../../time/numbers.ts';
import { alternation, END, ROMAN } from '../../../time/patterns.ts';
import type { ResolveContext, Rule } from '../../../time/rule.ts';
import {
  centuryValue,
  dayValue,
  decadeValue,
  formatYear,
  isNewStyleOf,
  isValidDay,
  millenniumValue,
  monthValue,
} from '../../../time/values.ts';
import {
  ERA,
  isBc,
  MONTH,
  NUMW,
  ORD_SUFFIX,
  ORDINAL_WORD,
  ordinalOf,
  PREFIX,
  point,
  REL_YEAR,
  r,
  relativeYear,
  SEASON,
  YEAR_WORD,
} from './grammar.ts';
import { russianTense } from './tense.ts';
import {
  AMBIGUOUS_MONTHS,
  CARDINALS,
  CENTURY_NEEDS,
  DECADE_STEMS,
  key,
  MILLENNIUM_NEEDS,
  MONTHS,
  ORDINAL_ENDINGS,
  SEASON_ADVERBS,
  SEASON_SHIFTS,
  SEASONS,
  YEAR_ORDINAL_STEMS,
} from './words.ts';

/** A month name in any case form (without a group name, for rules that name two months). */
const MONTH_WORD = alternation(MONTHS.keys());

/** A month alone in a story: the story's year, or the next when the story's day is late in the year before (`18 декабря … в январе`). */
function storyMonth(ctx: ResolveContext, month: number): number | undefined {
  const year = contextYear(ctx, false);
  return year === undefined ? undefined : storyMonthYear(ctx.anchor.narrative(), year, month);
}

/** `… и осенью 1941 года` after a season: the year both seasons share. */
const SHARED_SEASON_YEAR = new RegExp(`^\\s+и\\s+(?:${alternation(SEASONS.keys())})\\s+(\\d{3,4})(?!\\d)`, 'iu');

/** Russian rules for calendar dates of every precision (day, month, season, year, decade, century, millennium) with their modifiers. */
export const DATE_RULES: readonly Rule[] = [
  // 12.06.1992 г. → 1992-06-12
  r('numeric date', `(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?:\\s*(?:года|г\\.))?${END}`, (m) => {
    const { d, m: mo, y } = m.groups!;
    if (!isValidDay(Number(y), Number(mo), Number(d))) return null;
    return point(m, dayValue(Number(y), Number(mo), Number(d)));
  }),

  // 22 июля (3 августа) 1822 года, 4 (17) июля 1916 года → 1822-08-03, 1916-07-17: old style, and the
  // new style (Gregorian) in brackets, which is the value
  r(
    'old and new style',
    `(?:(?:в|во)\\s+)?(?<d>\\d{1,2})\\s*(?:\\((?<d2>\\d{1,2})\\)\\s*${MONTH}|(?<m1>${MONTH_WORD})\\s*\\((?<d3>\\d{1,2})\\s+(?<m2>${MONTH_WORD})\\))\\s*(?<y>\\d{4})(?:\\s*(?:года|г\\.))?${END}`,
    (m) => {
      const g = m.groups!;
      const y = Number(g.y);
      const month = MONTHS.get(key(g.mon ?? g.m2!))!;
      const day = Number(g.d2 ?? g.d3);
      // `25 (7) ноября 1917`: the old day is of the month before when the new one is smaller.
      const oldMonth = g.mon ? (day < Number(g.d) ? month - 1 : month) : MONTHS.get(key(g.m1!))!;
      if (!isValidDay(y, month, day) || !isValidDay(y, oldMonth, Number(g.d))) return null;
      // Brackets that are no new style (`12 (15) мая`): the day as written first.
      if (!isNewStyleOf(y, oldMonth, Number(g.d), month, day))
        return point(m, dayValue(y, g.m1 ? oldMonth : month, Number(g.d)));
      return point(m, dayValue(y, month, day));
    },
  ),

  // 29 августа 1991 года → 1991-08-29; 29 августа → XXXX-08-29 (annual)
  r(
    'day month year',
    `${PREFIX}(?<d>\\d{1,2})(?:-?(?:го|е|ое))?\\s*${MONTH}(?:\\s*,?\\s*(?<y>\\d{1,4})${ORD_SUFFIX}(?:\\s*(?<yw>${YEAR_WORD}))?)?${ERA}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const day = Number(g.d);
      const hasYear = g.y !== undefined && (g.y.length === 4 || g.yw !== undefined);
      if (hasYear) {
        if (!isValidDay(Number(g.y), month, day)) return null;
        if (isBc(g.era)) return point(m, formatYear(-Number(g.y)));
        return point(m, dayValue(Number(g.y), month, day));
      }
      if (!isValidDay(undefined, month, day)) return null;
      // A day and month alone is that day of the year the story is in (`Зимой 1986 года … 16 декабря`),
      // else the annual date (`29 августа` → XXXX-08-29), as in the samples.
      return anchoringDays(
        point(
          m,
          (ctx) => {
            const y = storyYear(ctx);
            return dayValue(y !== undefined && isValidDay(y, month, day) ? y : undefined, month, day);
          },
          groupEnd(m, 'mon'),
        )!,
      );
    },
    true,
  ),

  // в сентябре 2013 года → 2013-09; в июне → the narrative year
  r(
    'month year',
    `${PREFIX}${MONTH}(?:\\s*(?<y>\\d{3,4})${ORD_SUFFIX}(?:\\s*${YEAR_WORD})?|\\s+(?<ry>${REL_YEAR})\\s+года)?${END}`,
    (m, text) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      if (g.y) return point(m, monthValue(Number(g.y), month));
      if (g.ry) {
        const word = g.ry;
        return point(m, (ctx) => monthValue(relativeYear(word, ctx), month));
      }
      // A bare month must be written in lower case: `Май`, `Август` alone are names.
      const first = originalWord(m, text, g.mon!).charAt(0);
      if (first !== first.toLowerCase()) return null;
      if (
        AMBIGUOUS_MONTHS.has(key(g.mon!)) &&
        !g.pos &&
        !/^(?:в|во|с|до|по|к|от)\s/u.test(m[0]) &&
        !/(?:^|\s)(?:в|с|до|по|к|от)\s+$/iu.test(m.input.slice(Math.max(0, m.index - 4), m.index))
      )
        return null;
      const at = m.index;
      const end = m.index + m[0].length;
      return point(m, (ctx) =>
        monthValue(newsMonthYear(ctx, month, () => russianTense(text, at, end)) ?? storyMonth(ctx, month), month),
      );
    },
  ),

  // летом 1991 года → 1991-SU
  r(
    'season year',
    `${PREFIX}${SEASON}(?:\\s*(?<y>\\d{3,4})(?:\\s*\\/\\s*\\d{2,4}(?!\\d))?${ORD_SUFFIX}(?:\\s*${YEAR_WORD})?|\\s+(?<ry>${REL_YEAR})\\s+года)?${END}`,
    (m, text) => {
      const g = m.groups!;
      const season = SEASONS.get(key(g.season!))!;
      const end = m.index + m[0].length;
      // `Летом и осенью 1941 года`: the first season shares the year written after the second.
      const shared = g.y || g.ry ? undefined : SHARED_SEASON_YEAR.exec(text.slice(end, end + 40))?.[1];
      const habitual = !g.y && !g.ry && !shared && contrastedSeason(text, m.index, end, SEASON_ADVERBS);
      const value = seasonValue(
        season,
        { year: g.y ?? shared, relative: g.ry, word: g.season!, habitual },
        SEASON_ADVERBS,
        relativeYear,
      );
      return value === null ? null : point(m, value);
    },
  ),

  // прошлой осенью (written in April 2017) → 2016-FA; следующим летом → 2017-SU: counted from the document date
  r('shifted season', `(?<rs>${alternation(SEASON_SHIFTS.keys())})\\s+${SEASON}${END}`, (m) => {
    const g = m.groups!;
    const season = SEASONS.get(key(g.season!))!;
    const shift = SEASON_SHIFTS.get(key(g.rs!))!;
    return point(m, (ctx) => relativeSeason(ctx.dct ?? ctx.anchor.narrative(), season, shift));
  }),

  // в 2010 году → 2010; около 1900 года → 1900 APPROX
  r('year', `${PREFIX}(?<y>\\d{1,4})${ORD_SUFFIX}\\s*(?<yw>${YEAR_WORD})${ERA}${END}`, (m, text) => {
    const g = m.groups!;
    // `в возрасте 101 года`, `на 85 году жизни`: an age, not a year.
    if (/возрасте\s+(?:около\s+)?$/u.test(text.slice(Math.max(0, m.index - 18), m.index).toLowerCase())) return null;
    if (/^\s+жизни/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7))) return null;
    const y = Number(g.y);
    const yw = key(g.yw!);
    // `22 года` is a duration; small numbers are years only as `в 45 году` or with an era.
    if (y < 100 && !g.era && yw !== 'году' && yw !== 'годом') return null;
    if (y === 0) return null;
    return point(m, formatYear(isBc(g.era) ? -y : y));
  }),

  // в двухтысячном году → 2000
  r(
    'year in words',
    `${PREFIX}(?<card>(?:${NUMW})(?:\\s+(?:${NUMW}))*\\s+)?(?<ordy>${alternation(YEAR_ORDINAL_STEMS.keys())})(?:${alternation(ORDINAL_ENDINGS)})\\s+(?:года|году|год|годом)${END}`,
    (m) => {
      // `в двухтысячном году`, `тысяча девятьсот девяносто первого года`: cardinals, then an ordinal.
      const g = m.groups!;
      const head = g.card ? readAmount(g.card, CARDINALS, key) : 0;
      const last = YEAR_ORDINAL_STEMS.get(key(g.ordy!));
      if (head === undefined || last === undefined) return null;
      const year = head + last;
      if (year < 1000 || year > 2100) return null;
      return point(m, formatYear(year));
    },
  ),

  // в 1990-м → 1990
  r('year with ordinal ending', `${PREFIX}(?<y>\\d{4})-(?:го|м|й)${END}`, (m) =>
    point(m, formatYear(Number(m.groups!.y))),
  ),

  // в 1991. → 1991 (a bare number only before a capital, a punctuation mark or the end)
  r(
    'bare year',
    `(?:(?<rel>начиная\\s+с|с|со|до|после|к)|(?<approx>около|примерно\\s+в|приблизительно\\s+в)|(?<in>в|во))\\s+(?<y>1\\d{3}|20\\d{2})(?!\\s*(?:${DASH_CLASS}|%|[.,]\\d))${END}`,
    (m, text) => {
      const g = m.groups!;
      // `в 1500 километрах` is a distance: a bare number is a year only before a capital, a
      // punctuation mark or the end of the text.
      const end = m.index + m[0].length;
      if (/^\s*\p{Ll}/u.test(text.slice(end, end + 3))) return null;
      return point(m, formatYear(Number(g.y)));
    },
  ),

  // в 1990-е годы → 199; в начале 1990-х → 199 START
  r(
    'decade',
    `${PREFIX}(?:(?<y>\\d{4}|\\d{2})\\s*${DASH_CLASS}\\s*(?:ых|ые|ми|х|е)|(?<dw>${alternation(DECADE_STEMS.keys())})(?:ые|ых|ыми|ым))(?:\\s+(?:годы|годов|годах|годами|годам|гг\\.?))?(?:\\s+(?:(?<roman>${ROMAN})|(?<ord>\\d{1,2})-?го)\\s*(?:века|в\\.|столетия))?${END}`,
    (m, text) => {
      const g = m.groups!;
      let century: number | undefined;
      if (g.roman || g.ord) {
        century = ordinalOf(m, text);
        if (century === undefined) return null;
      }
      let year: number;
      if (g.y && g.y.length === 4) {
        year = Number(g.y);
        if (year % 10 !== 0) return null;
      } else {
        const tens = g.y ? Number(g.y) / 10 : DECADE_STEMS.get(key(g.dw!))!;
        if (!Number.isInteger(tens)) return null;
        year = century !== undefined ? (century - 1) * 100 + tens * 10 : tens === 0 ? 2000 : 1900 + tens * 10;
      }
      return point(m, decadeValue(year));
    },
    true,
  ),

  // в XV веке → 14
  r(
    // `в 19 веке`: a bare number before the locative `веке` is an ordinal (a length would be `19 веков`).
    'century',
    `${PREFIX}(?:(?<roman>${ROMAN})|(?<ord>\\d{1,2})(?:\\s?-?(?:й|го|м|му|ом|ый)|(?=\\s*век[еу](?!\\p{L})))|${ORDINAL_WORD})\\s*(?:век(?:а|е|у|ом)?|в\\.|столети(?:е|я|и|ю|ем))${ERA}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 21) return null;
      return point(m, centuryValue(n, isBc(m.groups!.era)));
    },
    true,
    CENTURY_NEEDS,
  ),

  // во втором тысячелетии → 1
  r(
    'millennium',
    `${PREFIX}(?:(?<roman>${ROMAN})|(?<ord>\\d)\\s?-?(?:й|го|м|е|ое)|${ORDINAL_WORD})\\s*тысячелети(?:е|я|и|ю|ем)${ERA}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 10) return null;
      return point(m, millenniumValue(n, isBc(m.groups!.era)));
    },
    true,
    MILLENNIUM_NEEDS,
  ),
];
