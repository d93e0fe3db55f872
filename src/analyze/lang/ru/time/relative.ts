import { shiftValue } from '../../../time/anchor.ts';
import { single } from '../../../time/build.ts';
import { shiftedClock } from '../../../time/days.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { shiftByAmount, shiftByAmountKeepingPrecision } from '../../../time/shift.ts';
import { centuryValue, decadeValue, durationValue, formatYear, type TimeUnit } from '../../../time/values.ts';
import {
  AMOUNT,
  amountOf,
  baseYear,
  HALF,
  QUANTIFIERS,
  quantifierMod,
  REL_YEAR,
  r,
  relativeOffset,
  UNIT,
} from './grammar.ts';
import { HALF_UNITS, key, LAST_ONE, ONE_UNITS, UNITS, VAGUE_PERIOD_SHIFTS, VAGUE_PERIODS } from './words.ts';

const HALF_SHIFT_UNITS: Record<string, TimeUnit> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  TH: 'hour',
  TM: 'minute',
};

/** What a half unit moves by: `P6M` (полгода) six months, `PT30M` (полчаса) thirty minutes. */
function halfShift(duration: string): { unit: TimeUnit; amount: number } {
  const m = /^P(T?)(\d+)([YMWDH])$/.exec(duration)!;
  return { unit: HALF_SHIFT_UNITS[(m[1] ?? '') + m[3]] ?? HALF_SHIFT_UNITS[m[3]!]!, amount: Number(m[2]) };
}

/** Russian rules for expressions resolved against the narrative anchor or the document date (later, ago, last year, now). */
export const RELATIVE_RULES: readonly Rule[] = [
  // через два года → the anchor + 2 years, at the anchor's precision
  r(
    'later',
    `(?:(?<pre>через|спустя)\\s+(?:${AMOUNT}${HALF}?\\s+)?${UNIT}(?<half2>\\s+с\\s+половиной)?|(?:${AMOUNT.replace('<n>', '<n2>').replace('<several>', '<several2>')}\\s+)?(?<unit2>${alternation(UNITS.keys())})\\s+спустя|(?<hu>${alternation(HALF_UNITS.keys())})\\s+спустя|через\\s+(?<hu2>${alternation(HALF_UNITS.keys())}))${END}`,
    (m) => {
      const g = { ...m.groups! };
      if (g.n2 !== undefined) g.n = g.n2;
      if (g.several2 !== undefined) g.several = g.several2;
      const halfUnit = g.hu ?? g.hu2;
      const half = halfUnit ? halfShift(HALF_UNITS.get(key(halfUnit))!) : undefined;
      const unit: TimeUnit = half ? half.unit : UNITS.get(key(g.unit ?? g.unit2!))!;
      const amount = half ? half.amount : amountOf(g);
      const start = m.index;
      const end = m.index + m[0].length;
      // `Заседание началось в 10:00. Через полчаса …` → 10:30 that day.
      const minutes =
        amount === null ? undefined : unit === 'minute' ? amount : unit === 'hour' ? amount * 60 : undefined;
      if (minutes !== undefined && Number.isInteger(minutes)) {
        return {
          start,
          end,
          resolve: (ctx) => {
            const clock = shiftedClock(ctx.anchor.narrative(), minutes);
            return [{ start, end, type: 'DATE', value: clock ?? 'FUTURE_REF', anchors: clock !== undefined }];
          },
        };
      }
      return single(start, end, 'DATE', (ctx) => {
        const base = ctx.anchor.narrative() ?? ctx.dct;
        if (amount === null || base === undefined) return 'FUTURE_REF';
        return shiftByAmountKeepingPrecision(base, unit, amount) ?? 'FUTURE_REF';
      });
    },
  ),

  // 22 года назад → dct − 22 years; менее года назад → DURATION P1Y LESS_THAN
  r(
    'ago',
    `(?:(?<q>${QUANTIFIERS})\\s+)?(?:${AMOUNT}${HALF}?\\s+)?${UNIT}(?<half2>\\s+с\\s+половиной)?\\s+(?:тому\\s+)?назад${END}`,
    (m) => {
      const g = m.groups!;
      const unit = UNITS.get(key(g.unit!))!;
      const amount = amountOf(g);
      // `менее года назад` measures the time since, as the samples annotate it: a duration.
      if (g.q)
        return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, unit), quantifierMod(g.q));
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        const base = ctx.dct ?? ctx.anchor.narrative();
        if (amount === null || base === undefined) return 'PAST_REF';
        return shiftByAmount(base, unit, -amount) ?? 'PAST_REF';
      });
    },
    false,
    ['назад'],
  ),

  // в прошлом году → dct year − 1; в том же году → the anchor's year
  r(
    'relative period',
    `(?:(?:в|во)\\s+)?(?:(?<wl>прошлом|этом\\s+же|этом|текущем|следующем|будущем|позапрошлом|предыдущем|том\\s+же|минувшем|нынешнем)\\s+(?<ul>году|месяце|веке|столетии|десятилетии)|(?<wg>${REL_YEAR})\\s+(?<ug>года|месяца|века|столетия|десятилетия)|(?<wn>прошлый|этот|текущий|следующий|тот\\s+же|нынешний)\\s+(?<un>год|месяц|век)|(?<wd>тот\\s+же|следующий|предыдущий)\\s+день)${END}`,
    (m) => {
      const g = m.groups!;
      if (g.wd) {
        const offset = relativeOffset(key(g.wd));
        return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
          const base = ctx.anchor.narrative() ?? ctx.dct;
          return (base && shiftValue(base, 'day', offset)) ?? 'XXXX-XX-XX';
        });
      }
      const word = key(g.wl ?? g.wg ?? g.wn!).replace(/\s+/g, ' ');
      const unit = UNITS.get(key(g.ul ?? g.ug ?? g.un!))!;
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        if (unit === 'month') {
          const deictic = !/^(следующ|предыдущ|тот|том)/.test(word);
          const base = deictic ? (ctx.dct ?? ctx.anchor.narrative()) : (ctx.anchor.narrative() ?? ctx.dct);
          if (!base || !/^\d{4}-\d{2}/.test(base)) return 'XXXX-XX';
          return shiftValue(base.slice(0, 7), 'month', relativeOffset(word)) ?? 'XXXX-XX';
        }
        const year = baseYear(word, ctx);
        const offset = relativeOffset(word);
        if (year === undefined) return unit === 'year' ? 'XXXX' : unit === 'decade' ? 'XXX' : 'XX';
        if (unit === 'century') return centuryValue(Math.floor((year - 1) / 100) + 1 + offset);
        if (unit === 'decade') return decadeValue(year + offset * 10);
        return formatYear(year + offset);
      });
    },
  ),

  // в прошедшем сезоне → PAST_REF; в следующем сезоне → FUTURE_REF (a period of no fixed length)
  r(
    'vague period',
    `(?:(?:в|во)\\s+)?(?<w>${alternation(VAGUE_PERIOD_SHIFTS.keys())})\\s+(?:${alternation(VAGUE_PERIODS)})${END}`,
    (m) => single(m.index, m.index + m[0].length, 'DATE', VAGUE_PERIOD_SHIFTS.get(key(m.groups!.w!))!),
  ),

  // за последний год → последний год, DURATION P1Y (the year up to now; `за` stays outside, as in `за последние десять лет`)
  r(
    'the last one',
    `(?:за|в\\s+течение)\\s+(?<w>${alternation(LAST_ONE)})\\s+(?<u>${alternation(ONE_UNITS.keys())})${END}`,
    (m) => {
      const start = m.index + m[0].indexOf(m.groups!.w!, m[0].search(/\s/));
      return single(start, m.index + m[0].length, 'DURATION', durationValue(1, ONE_UNITS.get(key(m.groups!.u!))!));
    },
  ),

  // сейчас, до сих пор, в настоящее время → PRESENT_REF
  r(
    'present',
    '(?:до\\s+сих\\s+пор|по\\s+сей\\s+день|сейчас|ныне|нынче|сегодня|(?:в\\s+)?настоящее\\s+время|(?:в\\s+)?наши\\s+дни|на\\s+сегодняшний\\s+день|сегодняшний\\s+день|сегодняшнего\\s+дня|настоящий\\s+момент|данный\\s+момент)' +
      END,
    (m) => single(m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF'),
  ),
];
