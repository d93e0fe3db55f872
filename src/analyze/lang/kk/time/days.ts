import {
  clockTime,
  type DayPart,
  dayCandidate,
  deicticDay,
  nearestWeekday,
  shiftedDay,
  storyDay,
  weekValue,
} from '../../../time/days.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { r } from './grammar.ts';
import { DAY_PARTS, DAY_WORDS, key, WEEKDAYS } from './words.ts';

const PART = `(?<part>${alternation(DAY_PARTS.keys())})`;
const DAY_WORD = `(?<dw>${alternation(DAY_WORDS.keys())})`;
const WEEKDAY = `(?<wd>${alternation(WEEKDAYS.keys())})`;
/** Case endings after a clock time or an hour: `03:30-да`, `20:40-та`, `10:00-ге дейін`, `9-дан`. */
const TIME_CASE = '(?:\\s*-\\s*(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|ге\\s+дейін|ға\\s+дейін))?';
/** The clock time itself: `03:30`, `13.00` (the dotted form only after `сағат` or before a case ending). */
const CLOCK = '(?<h>\\d{1,2})(?<sep>[:.])(?<mi>\\d{2})';

const partOf = (part: string | undefined): DayPart | undefined => (part ? DAY_PARTS.get(key(part)) : undefined);

/** Kazakh rules for days named from today or from the story's day, weekdays, parts of the day and clock times. */
export const DAY_RULES: readonly Rule[] = [
  // кеше → dct − 1 day; кеше таңертең → …TMO; бүгін таңертең → dct TMO
  r('deictic day', `(?:${DAY_WORD}|(?<today>бүгін))(?:\\s+${PART})?${END}`, (m, text) => {
    const g = m.groups!;
    if (g.today && !g.part) return null;
    // `кеше алмаймын` (cannot forgive): the verb stem, not yesterday.
    if (g.dw && key(g.dw) === 'кеше' && /^\s+ал/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      return null;
    const days = g.dw ? DAY_WORDS.get(key(g.dw))! : 0;
    const part = partOf(g.part);
    return dayCandidate(m.index, m.index + m[0].length, (ctx) =>
      shiftedDay(deicticDay(ctx), days, days < 0 ? 'PAST_REF' : 'FUTURE_REF', part),
    );
  }),

  // Дүйсенбі күні → the nearest Monday around the day told (or dct)
  r('weekday', `${WEEKDAY}(?:\\s+(?<kw>күні|күнгі))?(?:\\s+${PART})?${END}`, (m) => {
    const g = m.groups!;
    if (key(g.wd!).startsWith('жұма') && !g.kw) return null;
    const target = WEEKDAYS.get(key(g.wd!))!;
    const part = partOf(g.part);
    return dayCandidate(m.index, m.index + m[0].length, (ctx) => {
      const day = nearestWeekday(storyDay(ctx) ?? deicticDay(ctx), target);
      return part ? `${day}T${part}` : day;
    });
  }),

  // сағат 03:30-да → the day told + T03:30; сағат 10-да → T10:00
  r(
    'clock time',
    `(?:(?<sagat>сағат)\\s+)?(?:${CLOCK}|(?<hh>\\d{1,2}))(?<case>${TIME_CASE})(?:\\s+(?<approx>шамасында|шамасы|қарсаңында))?${END}`,
    (m) => {
      const g = m.groups!;
      if (g.hh && !g.sagat) return null;
      if (g.sep === '.' && !g.sagat && !g.case) return null;
      const time = clockTime(g.h ?? g.hh!, g.mi);
      if (!time) return null;
      return dayCandidate(
        m.index,
        m.index + m[0].length,
        (ctx) => shiftedDay(storyDay(ctx), 0, '', time),
        g.approx ? 'APPROX' : undefined,
      );
    },
  ),

  // таңертең → the day told (or dct) + TMO
  r('part of day', `${PART}${END}`, (m) => {
    const part = partOf(m.groups!.part)!;
    return dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(storyDay(ctx), 0, '', part));
  }),

  // өткен аптада → the week before dct's; осы аптада → dct's week
  r(
    'relative week',
    `(?<w>өткен|осы|келесі|алдағы|келер)\\s+(?:апта|аптада|аптаның|аптасында|аптадағы|аптаға)${END}`,
    (m) => {
      const w = key(m.groups!.w!);
      const weeks = w === 'өткен' ? -1 : w === 'осы' ? 0 : 1;
      return dayCandidate(m.index, m.index + m[0].length, (ctx) => weekValue(deicticDay(ctx), weeks));
    },
  ),
];
