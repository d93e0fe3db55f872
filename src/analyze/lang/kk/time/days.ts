import { single } from '../../../time/build.ts';
import {
  clockTime,
  type DayPart,
  dayCandidate,
  deicticDay,
  nearestWeekday,
  shiftedDay,
  storyDay,
  weekdayOf,
  weekValue,
} from '../../../time/days.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { isValidDay } from '../../../time/values.ts';
import { r } from './grammar.ts';
import { kazakhTense } from './tense.ts';
import { DAY_PARTS, DAY_WORDS, key, VAGUE_STRETCH_UNITS, VAGUE_STRETCH_WORDS, WEEKDAYS } from './words.ts';

const PART = `(?<part>${alternation(DAY_PARTS.keys())})`;
const DAY_WORD = `(?<dw>${alternation(DAY_WORDS.keys())})`;
const WEEKDAY = `(?<wd>${alternation(WEEKDAYS.keys())})`;
/** Case endings after a clock time or an hour: `03:30-да`, `20:40-та`, `10:00-ге дейін`, `9-дан`. */
const TIME_CASE = '(?:\\s*-\\s*(?:(?:ға|ге|қа|ке)\\s+дейін|да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен))?';
/** The clock time itself: `03:30`, `13.00` (the dotted form only after `сағат` or before a case ending). */
const CLOCK = '(?<h>\\d{1,2})(?<sep>[:.])\\s?(?<mi>\\d{2})';
/** A part of the day before an hour (`таңғы сағат 5-те`, `кешкі 18:00-ге дейін`). */
const HOUR_PART = '(?<hp>таңғы|кешкі|түнгі|түскі)';

/** The word `бүгін` (today) right before. */
const TODAY_BEFORE = /бүгін\s+$/iu;

const partOf = (part: string | undefined): DayPart | undefined => (part ? DAY_PARTS.get(key(part)) : undefined);

/** Kazakh rules for days named from today or from the story's day, weekdays, parts of the day and clock times. */
export const DAY_RULES: readonly Rule[] = [
  // кеше → dct − 1 day. A part of the day after it is its own expression (`Кеше` + `таңертең`), as
  // KazNERD marks it, and takes this day (the day word becomes the story's day).
  r('deictic day', `${DAY_WORD}${END}`, (m, text) => {
    const g = m.groups!;
    // `кеше алмаймын` (cannot forgive): the verb stem, not yesterday.
    if (key(g.dw!) === 'кеше' && /^\s+ал/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      return null;
    const days = DAY_WORDS.get(key(g.dw!))!;
    return dayCandidate(m.index, m.index + m[0].length, (ctx) =>
      shiftedDay(deicticDay(ctx), days, days < 0 ? 'PAST_REF' : 'FUTURE_REF'),
    );
  }),

  // Дүйсенбі күні → the nearest Monday around the day told (or dct)
  r('weekday', `(?:(?<rw>өткен|келесі|алдағы)\\s+)?${WEEKDAY}(?:\\s+(?<kw>күні|күнгі))?${END}`, (m, text) => {
    const g = m.groups!;
    if (key(g.wd!).startsWith('жұма') && !g.kw) return null;
    const target = WEEKDAYS.get(key(g.wd!))!;
    // `өткен сенбіде` (last Saturday) is before the day told, `келесі дүйсенбіде` after it.
    const direction = g.rw ? (key(g.rw) === 'өткен' ? -1 : 1) : 0;
    const start = m.index;
    const end = m.index + m[0].length;
    return dayCandidate(start, end, (ctx) => {
      // News: `Дүйсенбі күні министр оралады` is the coming Monday, `… оралды` the last one.
      if (direction === 0) return weekdayOf(ctx, target, () => kazakhTense(text, start, end));
      const base = storyDay(ctx) ?? deicticDay(ctx);
      const day = nearestWeekday(base, target);
      if (!base || day.startsWith('X')) return day;
      const wrongSide = direction < 0 ? day >= base.slice(0, 10) : day <= base.slice(0, 10);
      return wrongSide ? shiftedDay(day, 7 * direction, day) : day;
    });
  }),

  // сағат 03:30-да → the day told + T03:30; сағат 10-да → T10:00; кешкі 8-ге дейін → T20:00 BEFORE
  r(
    'clock time',
    `(?:${HOUR_PART}\\s+)?(?:(?<sagat>сағат)\\s+)?(?:${CLOCK}|(?<hh>\\d{1,2}))(?<case>${TIME_CASE})(?:\\s+(?<post>шамасында|шамасы|бері|бастап))?${END}`,
    (m) => {
      const g = m.groups!;
      if (g.hh && !g.sagat && !g.hp) return null;
      if (g.sep === '.' && !g.sagat && !g.case) return null;
      let hour = Number(g.h ?? g.hh);
      // `кешкі 8` is eight in the evening; `түскі 2` two in the afternoon.
      if ((g.hp === 'кешкі' || (g.hp === 'түскі' && hour < 6)) && hour < 12) hour += 12;
      const time = clockTime(String(hour), g.mi);
      if (!time) return null;
      const mod = g.post?.startsWith('шама') ? 'APPROX' : /дейін$/u.test(g.case ?? '') ? 'BEFORE' : undefined;
      return dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(storyDay(ctx), 0, '', time), mod);
    },
  ),

  // таңертең → the day told (or dct) + TMO
  r('part of day', `${PART}${END}`, (m, text) => {
    const part = partOf(m.groups!.part)!;
    // `Бүгін таңертең`: this morning of the document's day, whatever day the story was on.
    const today = TODAY_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
    return dayCandidate(m.index, m.index + m[0].length, (ctx) =>
      shiftedDay(today ? deicticDay(ctx) : storyDay(ctx), 0, '', part),
    );
  }),

  // өткен түні → (dct − 1)TNI: last night
  r('last night', `(?:өткен|кешегі)\\s+(?:түні|түнде)${END}`, (m) =>
    dayCandidate(m.index, m.index + m[0].length, (ctx) => shiftedDay(deicticDay(ctx), -1, '', 'NI')),
  ),

  // өткен жылдары → PAST_REF; алдағы күндері → FUTURE_REF (a stretch from now of no stated length)
  r(
    'vague stretch',
    `(?<w>${alternation(VAGUE_STRETCH_WORDS.keys())})\\s+(?:${alternation(VAGUE_STRETCH_UNITS)})${END}`,
    (m) => single(m.index, m.index + m[0].length, 'DATE', VAGUE_STRETCH_WORDS.get(key(m.groups!.w!))!),
  ),

  // айдың 2-нші күні → the story's month's 2nd (else XXXX-XX-02)
  r('ordinal day', `(?<d>\\d{1,2})\\s*-\\s*(?:інші|ыншы|нші|ншы|ші|шы)\\s+күні${END}`, (m) => {
    const d = Number(m.groups!.d);
    if (d < 1 || d > 31) return null;
    const dd = String(d).padStart(2, '0');
    return dayCandidate(m.index, m.index + m[0].length, (ctx) => {
      const base = storyDay(ctx) ?? ctx.anchor.narrative();
      const month = base && /^\d{4}-\d{2}/.test(base) ? base.slice(0, 7) : undefined;
      const value = month ? `${month}-${dd}` : `XXXX-XX-${dd}`;
      return month && !isValidDay(Number(month.slice(0, 4)), Number(month.slice(5)), d) ? `XXXX-XX-${dd}` : value;
    });
  }),

  // соңғы күндері → PXD; соңғы жылдары → PXY (the recent stretch, of no stated length)
  r('recent', `соңғы\\s+(?<ru>күндері|апталары|айлары|жылдары)${END}`, (m) => {
    const u = key(m.groups!.ru!);
    const value = u.startsWith('күн') ? 'PXD' : u.startsWith('апта') ? 'PXW' : u.startsWith('ай') ? 'PXM' : 'PXY';
    return single(m.index, m.index + m[0].length, 'DURATION', value);
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
