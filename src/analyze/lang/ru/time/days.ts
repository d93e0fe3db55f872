import { single } from '../../../time/build.ts';
import {
  anchoringDays,
  clockTime,
  dayCandidate,
  deicticDay,
  newsDay,
  shiftedDay,
  storyDay,
  storyYear,
  weekdayOf,
  weekValue,
} from '../../../time/days.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { ResolveContext, Rule } from '../../../time/rule.ts';
import { dayValue, isValidDay } from '../../../time/values.ts';
import { MONTH, r } from './grammar.ts';
import { russianTense } from './tense.ts';
import { DAY_PARTS, DAY_WORDS, key, MONTHS, NOON_WORDS, RECENT_UNITS, WEEK_WORDS, WEEKDAYS } from './words.ts';

const PART = `(?<part>${alternation(DAY_PARTS.keys())})`;
const NOON = `(?<noon>${alternation(NOON_WORDS.keys())})`;
/** A day and month (with a year or not) right after a part of the day or a weekday: `утром 17 декабря`. */
const DAY_MONTH = `(?<d>\\d{1,2})\\s+${MONTH}(?:\\s+(?<y>\\d{4})\\s*(?:года|г\\.)?)?`;
/** Weekday forms that are also common nouns (`среда` environment) count only after a preposition. */
const NEEDS_PREPOSITION = /^(?:сред|пятниц|суббот)/u;

/** The value of a day and month written after a part of the day or weekday (the story's year if none). */
function writtenDay(g: Record<string, string | undefined>, y: number | undefined): string {
  const month = MONTHS.get(key(g.mon!))!;
  const day = Number(g.d);
  const year = g.y ? Number(g.y) : y;
  return dayValue(year !== undefined && isValidDay(year, month, day) ? year : undefined, month, day);
}

/** The document's year for a weekday and date in news (`Во вторник, 11 апреля` written in April 2017). */
function newsYearOf(ctx: ResolveContext): number | undefined {
  const news = newsDay(ctx);
  return news ? Number(news.slice(0, 4)) : undefined;
}

/** Russian rules for days named from today or from the story's day, weekdays, parts of the day and clock times. */
export const DAY_RULES: readonly Rule[] = [
  // вчера → dct − 1; сегодня утром → dct + TMO; вчера вечером → …TEV
  r('deictic day', `(?:(?<dw>${alternation(DAY_WORDS.keys())})|(?<today>сегодня))(?:\\s+${PART})?${END}`, (m) => {
    const g = m.groups!;
    if (g.today && !g.part) return null;
    const days = g.dw ? DAY_WORDS.get(key(g.dw))! : 0;
    const part = g.part ? DAY_PARTS.get(key(g.part)) : undefined;
    return dayCandidate(m.index, m.index + m[0].length, (ctx) =>
      shiftedDay(deicticDay(ctx), days, days < 0 ? 'PAST_REF' : 'FUTURE_REF', part),
    );
  }),

  // накануне → the day before the story's day
  r('the day before', `накануне${END}`, (m) =>
    dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(storyDay(ctx), -1, 'PAST_REF')),
  ),

  // утром 17 декабря → 1986-12-17TMO (the story's year); к полудню 17 декабря → …T12:00; ночью → the story's day + TNI
  r('part of a day', `(?:${PART}|${NOON})(?:\\s+${DAY_MONTH})?${END}`, (m) => {
    const g = m.groups!;
    const suffix = g.part ? DAY_PARTS.get(key(g.part))! : NOON_WORDS.get(key(g.noon!).replace(/\s+/g, ' '))!;
    if (g.d) {
      const month = MONTHS.get(key(g.mon!))!;
      if (!isValidDay(g.y ? Number(g.y) : undefined, month, Number(g.d))) return null;
      return dayCandidate(m.index, m.index + m[0].length, (ctx) => `${writtenDay(g, storyYear(ctx))}T${suffix}`);
    }
    return dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(storyDay(ctx), 0, '', suffix));
  }),

  // в четверг → the nearest Thursday; во вторник, 4 апреля 2017 года → 2017-04-04 (the weekday belongs to it)
  r(
    'weekday',
    `(?:(?<prep>в|во|на|с|со|до|к|ко|по)\\s+)?(?<wd>${alternation(WEEKDAYS.keys())})(?:\\s*,\\s*${DAY_MONTH})?${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!g.prep && NEEDS_PREPOSITION.test(key(g.wd!))) return null;
      const target = WEEKDAYS.get(key(g.wd!))!;
      if (g.d) {
        const month = MONTHS.get(key(g.mon!))!;
        if (!isValidDay(g.y ? Number(g.y) : undefined, month, Number(g.d))) return null;
        return anchoringDays(
          single(
            m.index,
            m.index + m[0].length,
            'DATE',
            g.y ? writtenDay(g, undefined) : (ctx) => writtenDay(g, storyYear(ctx) ?? newsYearOf(ctx)),
          ),
        );
      }
      const start = m.index;
      const end = m.index + m[0].length;
      return dayCandidate(start, end, (ctx) => weekdayOf(ctx, target, () => russianTense(text, start, end)));
    },
  ),

  // в 21:00 → the story's day + T21:00; около 07:30 → APPROX; в 13.00
  r(
    'clock time',
    `(?<prep>в|во|к|до|с|со|около|примерно\\s+в|после)\\s+(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:\\s+час(?:а|ов)?)?${END}`,
    (m) => {
      const g = m.groups!;
      const time = clockTime(g.h!, g.mi);
      if (!time) return null;
      const p = key(g.prep!);
      const mod =
        p === 'около' || p.startsWith('примерно')
          ? 'APPROX'
          : p === 'до' || p === 'к'
            ? 'BEFORE'
            : p === 'после'
              ? 'AFTER'
              : undefined;
      return dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(storyDay(ctx), 0, '', time), mod);
    },
  ),

  // на прошлой неделе → the ISO week before dct's
  r('relative week', `(?<ww>${alternation(WEEK_WORDS.keys())})${END}`, (m) => {
    const weeks = WEEK_WORDS.get(key(m.groups!.ww!).replace(/\s+/g, ' '))!;
    return dayCandidate(m.index, m.index + m[0].length, (ctx) => weekValue(deicticDay(ctx), weeks));
  }),

  // в последние дни → DURATION PXD
  r('recent', `(?:в|за)\\s+последние\\s+(?<ru>${alternation(RECENT_UNITS.keys())})${END}`, (m) =>
    single(m.index, m.index + m[0].length, 'DURATION', RECENT_UNITS.get(key(m.groups!.ru!))!),
  ),

  // в возрасте 101 года → 101 года, DURATION P101Y (an age, never the year 0101)
  r('age', `(?:в\\s+)?возрасте\\s+(?:около\\s+)?(?<n>\\d{1,3})\\s+(?:лет|года|год)${END}`, (m) => {
    const n = m.groups!.n!;
    const start = m.index + m[0].lastIndexOf(n, m[0].length - 3);
    return single(start, m.index + m[0].length, 'DURATION', `P${Number(n)}Y`);
  }),
];
