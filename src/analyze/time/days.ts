/**
 * Days named from a reference day rather than by the calendar: yesterday, tomorrow, the day
 * before, a weekday, a part of the day, a clock time. Each language's words map onto these.
 */

import type { TimexMod } from '../types.ts';
import { parseDateValue, shiftValue, weekday } from './anchor.ts';
import type { Candidate, ResolveContext, Resolved } from './rule.ts';
import type { Season } from './values.ts';

/** A part of the day as TIMEX3 writes it after `T`: morning, midday, afternoon, evening, night, daytime. */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

const isDay = (v: string | undefined): v is string => v !== undefined && parseDateValue(v)?.granularity === 'day';

/**
 * The day a deictic word (yesterday, today, tomorrow) counts from: the document date, else the
 * day the story is on.
 */
export function deicticDay(ctx: ResolveContext): string | undefined {
  const narrative = ctx.anchor.narrative();
  return ctx.dct ?? (isDay(narrative) ? narrative : undefined);
}

/**
 * The day a story word (the day before, that day, that evening, at 9:00) refers to: the day the
 * story is on, else the document date when the text has given no date of its own.
 */
export function storyDay(ctx: ResolveContext): string | undefined {
  const narrative = ctx.anchor.narrative()?.replace(/T.*$/, '');
  if (isDay(narrative)) return narrative;
  return narrative === undefined ? ctx.dct : undefined;
}

/** `base` moved by `days`, with an optional part of the day or clock time; `fallback` without a base. */
export function shiftedDay(base: string | undefined, days: number, fallback: string, time?: string): string {
  const day = base ? shiftValue(base.slice(0, 10), 'day', days) : null;
  if (!day) return time ? `XXXX-XX-XXT${time}` : fallback;
  return time ? `${day}T${time}` : day;
}

/** The week `weeks` away from the week holding `base` (`2026-W47` for last week). */
export function weekValue(base: string | undefined, weeks: number): string {
  const day = commonEraDay(base);
  return day ? (shiftValue(day, 'week', weeks) ?? 'XXXX-WXX') : 'XXXX-WXX';
}

/** The calendar day (`YYYY-MM-DD`, common era) a value starts with, if it names one. */
function commonEraDay(value: string | undefined): string | undefined {
  const day = value?.slice(0, 10);
  const p = day ? parseDateValue(day) : null;
  return p?.granularity === 'day' && p.year > 0 ? day : undefined;
}

/**
 * A weekday (0 = Monday … 6 = Sunday) as the nearest such day around the reference day, within
 * three days either way; `XXXX-WXX-n` when there is no day to count from.
 */
export function nearestWeekday(base: string | undefined, target: number): string {
  const day = commonEraDay(base);
  if (!day) return `XXXX-WXX-${target + 1}`;
  let diff = target - weekday(parseDateValue(day)!);
  if (diff > 3) diff -= 7;
  if (diff < -3) diff += 7;
  return shiftValue(day, 'day', diff) ?? `XXXX-WXX-${target + 1}`;
}

/** A clock time `HH:MM` when the hour and minute are a time of day, else undefined. */
export function clockTime(hour: string, minute: string | undefined): string | undefined {
  const h = Number(hour);
  const mi = minute === undefined ? 0 : Number(minute);
  if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/**
 * A candidate for one day-precision line computed from the context that, once it names a calendar
 * day, becomes the story's day: "yesterday morning … at 3:30" is yesterday's 3:30. '' withdraws it.
 */
export function dayCandidate(
  start: number,
  end: number,
  value: (ctx: ResolveContext) => string,
  mod?: TimexMod,
): Candidate {
  return {
    start,
    end,
    resolve(ctx) {
      const v = value(ctx);
      if (v === '') return [];
      const line: Resolved = { start, end, type: 'DATE', value: v, anchors: /^\d{4}-\d{2}-\d{2}/.test(v) };
      if (mod) line.mod = mod;
      return [line];
    },
  };
}

/** The same candidate, but each line that names a calendar day becomes the story's day. */
export function anchoringDays(c: Candidate): Candidate {
  return {
    ...c,
    resolve: (ctx) => c.resolve(ctx).map((l) => (/^\d{4}-\d{2}-\d{2}/.test(l.value) ? { ...l, anchors: true } : l)),
  };
}

/**
 * The year of the story a day and month without a year belong to ("16 December" inside an account
 * of 1986): the year of the last date written out to a year or finer, unless a recurring time
 * was just named (`every year on 29 August`).
 */
export function storyYear(ctx: ResolveContext): number | undefined {
  if (ctx.afterSet) return undefined;
  const anchor = ctx.anchor.narrative();
  const p = anchor ? parseDateValue(anchor) : null;
  if (!p || p.year <= 0 || !['day', 'month', 'season', 'year'].includes(p.granularity)) return undefined;
  return p.year;
}

/** The document's year, when the text has named no date of its own (news: "in May" is this May). */
export function newsYear(ctx: ResolveContext): number | undefined {
  return ctx.dct && !ctx.afterSet && ctx.anchor.narrative() === undefined ? Number(ctx.dct.slice(0, 4)) : undefined;
}

const DAY_MS = 86_400_000;

/**
 * The document date when the text reads as news about it: it has named no date yet, or its dates
 * are near, after or coarser than the document date. A story about another time (a day in
 * December 1986 in a text written in 2026) keeps its own day.
 */
export function newsDay(ctx: ResolveContext): string | undefined {
  if (!ctx.dct) return undefined;
  const narrative = ctx.anchor.narrative();
  const p = narrative ? parseDateValue(narrative) : null;
  const d = parseDateValue(ctx.dct);
  if (!p || !d) return ctx.dct;
  // A text told by years keeps its weekdays unknown ("Iraqis gathered after Friday prayers").
  if (!['day', 'month', 'season'].includes(p.granularity)) return undefined;
  const time = (y: number, m: number, day: number) => {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, day);
    return t.getTime();
  };
  const story = time(p.year, p.month ?? 12, p.day ?? 28);
  return time(d.year, d.month ?? 1, d.day ?? 1) - story > 45 * DAY_MS ? undefined : ctx.dct;
}

/**
 * A weekday (0 = Monday) from the document day as the clause's tense allows: the last one on or
 * before it in the past ("said Tuesday"), the next on or after it in the future ("will vote on
 * Thursday"), else the nearest.
 */
export function weekdayByTense(base: string, target: number, tense: 'past' | 'future' | 'present'): string {
  if (tense === 'present') return nearestWeekday(base, target);
  const p = parseDateValue(base.slice(0, 10));
  if (p?.granularity !== 'day' || p.year <= 0) return `XXXX-WXX-${target + 1}`;
  let diff = target - weekday(p);
  if (tense === 'past' && diff > 0) diff -= 7;
  if (tense === 'future' && diff < 0) diff += 7;
  return shiftValue(base.slice(0, 10), 'day', diff) ?? `XXXX-WXX-${target + 1}`;
}

/**
 * The year of a month (or quarter, given by its first and last month) with no year in news: the
 * document's year, or the one before when a past clause names a month still to come ("raised
 * rates in December", written in April), or the one after when a future clause names a month gone.
 */
export function yearByTense(
  dct: string,
  firstMonth: number,
  lastMonth: number,
  tense: 'past' | 'future' | 'present',
): number {
  const year = Number(dct.slice(0, 4));
  const month = Number(dct.slice(5, 7)) || 1;
  if (tense === 'past' && firstMonth > month) return year - 1;
  if (tense === 'future' && lastMonth < month) return year + 1;
  return year;
}

/** Which side of the document date a clause looks at, as each language reads it from its verbs. */
export type Tense = 'past' | 'future' | 'present';

/**
 * A weekday named alone: in news (`newsDay`), the one the clause's tense points to from the
 * document date ("вернётся в понедельник" the coming Monday, "said Tuesday" the last one); in a
 * story, the nearest to the day the story is on. `tense` is asked only in news.
 */
export function weekdayOf(ctx: ResolveContext, target: number, tense: () => Tense): string {
  const news = ctx.afterSet ? undefined : newsDay(ctx);
  if (news) return weekdayByTense(news, target, tense());
  return nearestWeekday(storyDay(ctx) ?? deicticDay(ctx), target);
}

/**
 * A clock time `minutes` after the one `base` holds (`2017-04-11T10:00` + 30 → `…T10:30`, across
 * midnight too); undefined when `base` holds no clock time.
 */
export function shiftedClock(base: string | undefined, minutes: number): string | undefined {
  const m = base ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(base) : null;
  if (!m) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  t.setUTCHours(Number(m[4]), Number(m[5]) + minutes);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The sentence around `start..end`, split at the expression: what comes before it and after it. */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < 300 && !/[.!?;\n]/.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !/[.!?;\n]/.test(text[to] as string)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];

/**
 * A season named from the document date (`прошлой осенью`, `өткен күзде`, "last fall"): `-1` the
 * last such season before the current one, `1` the next one after it, `0` this year's (a winter
 * is named by the year it starts: December 2016 – February 2017 is `2016-WI`).
 * @example relativeSeason('2017-04-12', 'FA', -1) // '2016-FA'
 */
export function relativeSeason(base: string | undefined, season: Season, offset: -1 | 0 | 1): string {
  const p = base ? parseDateValue(base.slice(0, 10)) : null;
  if (!p || p.year <= 0 || p.month === undefined) return `XXXX-${season}`;
  // Seasons counted from spring of year 0: spring of y is 4y, winter of y (from December) 4y + 3.
  const current = p.month <= 2 ? 4 * (p.year - 1) + 3 : 4 * p.year + Math.floor((p.month - 3) / 3);
  const s = SEASON_ORDER.indexOf(season);
  let index = 4 * (p.month <= 2 && season === 'WI' ? p.year - 1 : p.year) + s;
  if (offset < 0) while (index >= current) index -= 4;
  if (offset > 0) while (index <= current) index += 4;
  if (offset < 0) while (index + 4 < current) index += 4;
  if (offset > 0) while (index - 4 > current) index -= 4;
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-${season}`;
}

/**
 * The year of a month named alone in news: the document's, or the one before or after when the
 * clause's tense points past a month still to come or ahead to one gone (`Қаңтар айынан бастап
 * тарифтер көтеріледі`, written in November 2026 → January 2027). Undefined outside news.
 */
export function newsMonthYear(ctx: ResolveContext, month: number, tense: () => Tense): number | undefined {
  const news = ctx.afterSet ? undefined : newsDay(ctx);
  if (!news) return undefined;
  // Only while the text stays in the document's year (its days so far are the news' own).
  const narrative = ctx.anchor.narrative();
  if (narrative !== undefined && narrative.slice(0, 4) !== news.slice(0, 4)) return undefined;
  return yearByTense(news, month, month, tense());
}

/**
 * The year of a month named without one in a story, as the month nearest the story's month: after
 * `18 December 1986`, "in January" is January 1987 (a month on), not January 1986 (eleven back).
 * Only forward and across the turn of the year: "in December" after January stays that year's December.
 */
export function storyMonthYear(anchor: string | undefined, year: number, month: number): number {
  const p = anchor ? parseDateValue(anchor) : null;
  // Only from a day the story is on, and only across the turn of the year (a story told by
  // months jumps back and forth too often: WikiWars).
  if (!p || p.year !== year || p.granularity !== 'day' || p.month === undefined) return year;
  return p.month - month > 8 ? year + 1 : year;
}
