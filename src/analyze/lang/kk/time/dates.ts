import { contextYear, contrastedSeason, originalWord, seasonValue } from '../../../time/build.ts';
import { DASH_CLASS } from '../../../time/dashes.ts';
import { anchoringDays, newsMonthYear, storyMonthYear, storyYear } from '../../../time/days.ts';
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
  APPROX,
  ERA_AFTER,
  ERA_BEFORE,
  isBc,
  MONTH,
  MONTH_WORD,
  NUMW,
  ORDINAL_DIGITS,
  ORDINAL_WORD,
  ordinalOf,
  POSITION,
  POST,
  point,
  REL_WORD,
  r,
  relativeYear,
  SEASON,
  YEAR_LINK,
  YEAR_WORD,
} from './grammar.ts';
import { kazakhTense } from './tense.ts';
import {
  CARDINALS,
  CENTURY_FORMS,
  CENTURY_NEEDS,
  COUNT_AFTER,
  isAmbiguousMonth,
  key,
  MILLENNIUM_FORMS,
  MILLENNIUM_NEEDS,
  MONTHS,
  ORDINAL_CARDINALS,
  ORDINALS,
  SEASON_ADJECTIVES,
  SEASON_ADVERBS,
  SEASONS,
} from './words.ts';

/** The ordinal ending a year may carry before `жылы`: `2017-нші`, `2016-ншы`, `2020-сыншы`, `2018-інші`. */
const YEAR_ORDINAL = '(?:с?ыншы|с?інші|нші|ншы|ші|шы)';

/** Before a word that starts a sentence: a capitalised month there (`Қаңтар айынан`) is still a month. */
const SENTENCE_START = /(?:^|[.!?…»"\n]\s*|^\s*)$/u;

/** Season words read without a year, from the story: `жазда`, `жазғы`, `қыс` (not `жаз`, also "write!"). */
const SEASON_WORDS = new Set([...SEASON_ADVERBS, ...SEASON_ADJECTIVES.keys(), 'қыс', 'көктем', 'күз']);

/** A month alone in a story: the story's year, or the next when the story's day is late in the year before (`18 декабря … в январе`). */
function storyMonth(ctx: ResolveContext, month: number): number | undefined {
  const year = contextYear(ctx, false);
  return year === undefined ? undefined : storyMonthYear(ctx.anchor.narrative(), year, month);
}

/** Kazakh rules for calendar dates of every precision (day, month, season, year, decade, century, millennium) with their modifiers. */
export const DATE_RULES: readonly Rule[] = [
  // 12.06.1992 ж. → 1992-06-12
  r('numeric date', `(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?:\\s*(?:ж\\.|жылы|жылғы))?${END}`, (m) => {
    const { d, m: mo, y } = m.groups!;
    if (!isValidDay(Number(y), Number(mo), Number(d))) return null;
    return point(m, dayValue(Number(y), Number(mo), Number(d)));
  }),

  // 1991 жылғы 29 тамызда → 1991-08-29; 1916 жылы 4 (17) шілдеде → 1916-07-17 (old style, new style in brackets)
  r(
    'year day month',
    `${APPROX}(?<y>\\d{3,4})(?:\\s*-?\\s*${YEAR_ORDINAL})?${YEAR_LINK}(?<d>\\d{1,2})(?:\\s*\\((?<d2>\\d{1,2})\\))?\\s*-?\\s*(?:${YEAR_ORDINAL}|і|ы)?\\s*${MONTH}${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      // The day in brackets is the new style (Gregorian) one, the date as the calendar now reads it.
      const day = Number(g.d2 ?? g.d);
      const y = Number(g.y);
      if (!isValidDay(y, month, day)) return null;
      // `25 (7) қарашада`: the old day is of the month before when the new one is smaller.
      if (g.d2 && !isNewStyleOf(y, day < Number(g.d) ? month - 1 : month, Number(g.d), month, day))
        return isValidDay(y, month, Number(g.d)) ? point(m, dayValue(y, month, Number(g.d))) : null;
      return point(m, dayValue(Number(g.y), month, day));
    },
  ),

  // 29 тамыз 1991 жыл → 1991-08-29; 29 тамызда → XXXX-08-29 (annual)
  r(
    'day month year',
    `${APPROX}(?<d>\\d{1,2})\\s*-?\\s*(?:${YEAR_ORDINAL})?\\s*${MONTH}(?:\\s*,?\\s*(?<y>\\d{4})\\s*(?:жылы|жылғы|жыл|ж\\.)?)?${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const day = Number(g.d);
      if (g.y) {
        if (!isValidDay(Number(g.y), month, day)) return null;
        return point(m, dayValue(Number(g.y), month, day));
      }
      if (!isValidDay(undefined, month, day)) return null;
      // A day and month alone is that day of the year the story is in (`1986 жылдың желтоқсанында
      // … 16 желтоқсанда`), else the annual date (`29 тамызда` → XXXX-08-29), as in the samples.
      return anchoringDays(
        point(m, (ctx) => {
          const y = storyYear(ctx);
          return dayValue(y !== undefined && isValidDay(y, month, day) ? y : undefined, month, day);
        })!,
      );
    },
  ),

  // жиырма жетінші қазанда → the story's year's 27 October (else XXXX-10-27); 2019 жылғы бесінші қарашада
  r(
    'word-ordinal day month',
    `${APPROX}(?:(?<y>\\d{3,4})(?:\\s*-?\\s*${YEAR_ORDINAL})?${YEAR_LINK})?${ORDINAL_WORD}\\s+${MONTH}${POST}${END}`,
    (m, text) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const day = ordinalOf(m, text);
      if (day === undefined || day < 1 || day > 31) return null;
      if (g.y) return isValidDay(Number(g.y), month, day) ? point(m, dayValue(Number(g.y), month, day)) : null;
      if (!isValidDay(undefined, month, day)) return null;
      return anchoringDays(
        point(m, (ctx) => {
          const y = storyYear(ctx);
          return dayValue(y !== undefined && isValidDay(y, month, day) ? y : undefined, month, day);
        })!,
      );
    },
  ),

  // қазан айының 25-і → XXXX-10-25; 1991 жылғы тамыздың 29-ы → 1991-08-29
  r(
    'month day',
    `${APPROX}(?:(?<y>\\d{3,4})${YEAR_LINK})?${MONTH}(?<aw>\\s+айының)?\\s+(?<d>\\d{1,2})\\s*-?\\s*(?:інші|ыншы|нші|ншы|ші|шы|сі|сы|і|ы)${POST}${END}`,
    (m) => {
      // `қазан айының 25-і`, `1991 жылғы тамыздың 29-ы`: the month in the genitive, then the day.
      const g = m.groups!;
      if (!g.aw && !/(?:ның|нің|дың|дің|тың|тің)$/.test(g.mon!)) return null;
      const month = MONTHS.get(key(g.mon!))!;
      const day = Number(g.d);
      const y = g.y === undefined ? undefined : Number(g.y);
      if (!isValidDay(y, month, day)) return null;
      return point(m, dayValue(y, month, day));
    },
  ),

  // 2013 жылдың қыркүйегінде → 2013-09; маусымда → the narrative year
  r(
    'year month',
    `${APPROX}(?:(?<y>\\d{3,4})(?:\\s*-?\\s*${YEAR_ORDINAL})?${YEAR_LINK}|(?<ry>${REL_WORD})\\s+жыл(?:дың|ғы|ы)\\s+)?${MONTH}${MONTH_WORD}?${POSITION}${POST}${END}`,
    (m, text) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      if (g.y) return point(m, monthValue(Number(g.y), month));
      if (g.ry) {
        const word = g.ry;
        return point(m, (ctx) => monthValue(relativeYear(word, ctx), month));
      }
      // A month named alone: in lower case, and the homographs (қазан, наурыз…) only with `ай`.
      const first = originalWord(m, text, g.mon!).charAt(0);
      if (first !== first.toLowerCase() && !SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index)))
        return null;
      if (isAmbiguousMonth(g.mon!) && !g.aw) {
        // `маусымда` is June only in a narrative of months: a month date earlier in the same sentence.
        return point(m, (ctx) =>
          ctx.anchorInSentence && /^\d{4}-\d{2}/.test(ctx.anchor.narrative() ?? '')
            ? monthValue(contextYear(ctx, true), month)
            : '',
        );
      }
      // With no date in the text yet, news names a month of its own year (`қаңтарда`).
      const at = m.index;
      const end = m.index + m[0].length;
      return point(m, (ctx) =>
        monthValue(newsMonthYear(ctx, month, () => kazakhTense(text, at, end)) ?? storyMonth(ctx, month), month),
      );
    },
  ),

  // 1991 жылдың жазында → 1991-SU; жазғы (adjective), қыс бойы → the story's year's season
  r(
    'year season',
    `${APPROX}(?:(?<y>\\d{3,4})(?:\\s*(?:${DASH_CLASS}|\\/)\\s*\\d{2,4}(?!\\d))?${YEAR_LINK}|(?<ry>${REL_WORD})\\s+жыл(?:дың|ғы|ы)\\s+|жылдың\\s+)?${SEASON}(?:\\s+бойы)?${POSITION}${POST}${END}`,
    (m, text) => {
      const g = m.groups!;
      const season = SEASONS.get(key(g.season!))!;
      const habitual = !g.y && !g.ry && contrastedSeason(text, m.index, m.index + m[0].length, SEASON_WORDS);
      const value = seasonValue(
        season,
        { year: g.y, relative: g.ry, word: g.season!, habitual },
        SEASON_WORDS,
        relativeYear,
      );
      return value === null ? null : point(m, value);
    },
  ),

  // 2010 жылы → 2010; 1991 жылдан бастап → 1991; 2017-нші жылы, 2020-сыншы жылы → the year
  r(
    'year',
    `${APPROX}${ERA_BEFORE}(?<y>\\d{1,4})\\s*-?\\s*(?:${YEAR_ORDINAL}\\s*)?${YEAR_WORD}${ERA_AFTER}${POSITION}${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const y = Number(g.y);
      const yw = key(g.yw!);
      const bc = isBc(g);
      const plural = yw.startsWith('жылдар') || yw === 'жж.';
      if (plural && y % 10 === 0 && !bc && (g.y!.length === 2 || y >= 1000)) {
        return point(m, decadeValue(g.y!.length === 2 ? (y === 0 ? 2000 : 1900 + y) : y));
      }
      // `22 жыл` is a duration, `130 ұлт` no date at all: small numbers are years only with an era.
      if (y === 0 || (y < 100 && !g.erap && !g.era)) return null;
      if (y < 1000 && !g.erap && !g.era && yw === 'жыл') return null;
      return point(m, formatYear(bc ? -y : y), plural ? 'APPROX' : undefined);
    },
  ),

  // 2017-де, 1991-ден бастап → the year: a four-digit year with a case ending and no `жыл` (KazNERD
  // marks them); not a count (`1500-ге жуық адам`)
  r(
    'year with a case ending',
    `(?<y>1[0-9]{3}|20[0-9]{2})\\s*-\\s*(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|ғы|гі)${POST}${END}`,
    (m, text) => {
      const end = m.index + m[0].length;
      if (COUNT_AFTER.test(text.slice(end, end + 14))) return null;
      return point(m, formatYear(Number(m.groups!.y)));
    },
  ),

  // бір мың тоғыз жүз тоқсан бірінші жылы → 1991
  r(
    'year in words',
    `${APPROX}(?<card>(?:${NUMW})(?:\\s+(?:${NUMW}))*\\s+)?(?<ordy>${alternation(ORDINALS.keys())})\\s+${YEAR_WORD}${POSITION}${POST}${END}`,
    (m) => {
      // `бір мың тоғыз жүз тоқсан бірінші жылы` (1991), `екі мыңыншы жылы` (2000).
      const g = m.groups!;
      const words = `${g.card ?? ''} ${ORDINAL_CARDINALS.get(key(g.ordy!))}`;
      const year = readAmount(words, CARDINALS, key);
      if (year === undefined || year < 1000 || year > 2100 || key(g.yw!).startsWith('жылдар')) return null;
      return point(m, formatYear(year));
    },
  ),

  // ХХ ғасырдың 90-жылдары → 199; 1990 жылдары → 199
  r(
    'decade of a century',
    `${APPROX}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS})\\s*-?\\s*(?:ғасырдың|ғ\\.)\\s+(?<y>\\d{2})\\s*-?\\s*(?:жылдар\\p{L}*|жж\\.)${POSITION}${POST}${END}`,
    (m, text) => {
      const g = m.groups!;
      const century = ordinalOf(m, text);
      const y = Number(g.y);
      if (century === undefined || century > 21 || y % 10 !== 0) return null;
      return point(m, decadeValue((century - 1) * 100 + y));
    },
    true,
    CENTURY_NEEDS,
  ),

  // XV ғасырда → 14
  r(
    'century',
    `${APPROX}${ERA_BEFORE}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS}|${ORDINAL_WORD})\\s*-?\\s*(?:${alternation(CENTURY_FORMS)}|ғғ?\\.)${ERA_AFTER}${POSITION}${POST}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 21) return null;
      return point(m, centuryValue(n, isBc(m.groups!)));
    },
    true,
    CENTURY_NEEDS,
  ),

  // екінші мыңжылдықта → 1
  r(
    'millennium',
    `${APPROX}${ERA_BEFORE}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS}|${ORDINAL_WORD})\\s*-?\\s*(?:${alternation(MILLENNIUM_FORMS)})${ERA_AFTER}${POSITION}${POST}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 10) return null;
      return point(m, millenniumValue(n, isBc(m.groups!)));
    },
    true,
    MILLENNIUM_NEEDS,
  ),
];
