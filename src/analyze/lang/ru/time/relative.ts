import { shiftValue } from '../../../time/anchor.ts';
import { single } from '../../../time/build.ts';
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
import { HALF_UNITS, key, UNITS } from './words.ts';

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
      const unit: TimeUnit = halfUnit
        ? HALF_UNITS.get(key(halfUnit)) === 'P6M'
          ? 'month'
          : 'year'
        : UNITS.get(key(g.unit ?? g.unit2!))!;
      const amount = halfUnit ? (unit === 'month' ? 6 : 50) : amountOf(g);
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
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

  // сейчас, до сих пор, в настоящее время → PRESENT_REF
  r(
    'present',
    '(?:до\\s+сих\\s+пор|по\\s+сей\\s+день|сейчас|ныне|нынче|сегодня|(?:в\\s+)?настоящее\\s+время|(?:в\\s+)?наши\\s+дни|на\\s+сегодняшний\\s+день|сегодняшний\\s+день|сегодняшнего\\s+дня|настоящий\\s+момент|данный\\s+момент)' +
      END,
    (m) => single(m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF'),
  ),
];
