import { single } from '../../../time/build.ts';
import { alternation, END } from '../../../time/patterns.ts';
import type { Rule } from '../../../time/rule.ts';
import { durationValue } from '../../../time/values.ts';
import { AMOUNT, amountOf, HALF, QUANTIFIERS, quantifierMod, r, SEASON, UNIT, WHOLE_LENGTHS } from './grammar.ts';
import {
  ADJECTIVE_ENDINGS,
  COMPOUND_NUMBERS,
  HALF_UNITS,
  key,
  LENGTH_ADJECTIVES,
  RECURRENCE_ENDINGS,
  RECURRENCE_STEMS,
  SEASONS,
  UNITS,
} from './words.ts';

// `последние десять лет`, `первые три дня`: which stretch of that length; part of the span, no mod.
const SPAN_OF_TIME = 'последн(?:ие|их|ими)|ближайш(?:ие|их|ими)|следующ(?:ие|их|ими)|первы(?:е|х|ми)|долги(?:е|х|ми)';

/** Russian rules for durations and sets (recurring times). */
export const DURATION_RULES: readonly Rule[] = [
  // три года → P3Y; более двух лет → P2Y MORE_THAN
  r(
    'duration',
    `(?:(?<q>${QUANTIFIERS})\\s+)?(?:(?:${SPAN_OF_TIME})\\s+)?(?:${AMOUNT}${HALF}?\\s+${UNIT}(?<half2>\\s+с\\s+половиной)?|(?<hu>${alternation(HALF_UNITS.keys())}))${END}`,
    (m) => {
      const g = m.groups!;
      let value: string;
      if (g.hu) value = HALF_UNITS.get(key(g.hu))!;
      else {
        const unitWord = key(g.unit!);
        const unit = UNITS.get(unitWord)!;
        if (/^\d{3,}$/.test(g.n ?? '') && unit === 'year' && unitWord !== 'лет' && unitWord !== 'годы') return null;
        // `в 10 часов` is a time of day, not a length of time.
        if (unit === 'hour' && !g.q && /(?:^|\s)в\s+$/.test(m.input.slice(Math.max(0, m.index - 3), m.index)))
          return null;
        value = durationValue(amountOf(g), unit);
      }
      return single(m.index, m.index + m[0].length, 'DURATION', value, quantifierMod(g.q));
    },
  ),

  // пятилетний, двухнедельный → P5Y, P2W
  r(
    'length adjective',
    `(?:(?<q>${QUANTIFIERS})\\s+)?(?:(?<whole>${alternation(WHOLE_LENGTHS.keys())})|(?:(?<num>\\d+)\\s*-\\s*|(?<cn>${alternation(COMPOUND_NUMBERS.keys())}))(?<adj>${alternation(LENGTH_ADJECTIVES.keys())}))(?:${alternation(ADJECTIVE_ENDINGS)})${END}`,
    (m) => {
      const g = m.groups!;
      const value = g.whole
        ? WHOLE_LENGTHS.get(key(g.whole))!
        : durationValue(g.num ? Number(g.num) : COMPOUND_NUMBERS.get(key(g.cn!))!, LENGTH_ADJECTIVES.get(key(g.adj!))!);
      return single(m.index, m.index + m[0].length, 'DURATION', value, quantifierMod(g.q));
    },
  ),

  // ежегодно → SET P1Y
  r('recurrence', `(?<st>${alternation(RECURRENCE_STEMS.keys())})(?:${alternation(RECURRENCE_ENDINGS)})${END}`, (m) =>
    single(m.index, m.index + m[0].length, 'SET', RECURRENCE_STEMS.get(key(m.groups!.st!))!),
  ),

  // каждые три года → SET P3Y
  r(
    'every',
    `(?:кажд(?:ый|ая|ое|ые|ого|ую|ой|ом|ых|ым)\\s+(?:(?:${AMOUNT})\\s+)?${UNIT}|кажд(?:ый|ая|ое|ые|ого|ую|ой|ом|ых|ым)\\s+${SEASON}|(?:(?:\\d+|один|два|три|четыре|пять)\\s+)?раза?\\s+в\\s+(?:(?:${AMOUNT.replace('<n>', '<n2>').replace('<several>', '<several2>')})\\s+)?(?<unit2>${alternation(UNITS.keys())})|(?:дважды|трижды)\\s+в\\s+(?<unit3>год|месяц|неделю|день|век|десятилетие)|из\\s+года\\s+в\\s+год)${END}`,
    (m) => {
      const g = { ...m.groups! };
      if (g.season) return single(m.index, m.index + m[0].length, 'SET', `XXXX-${SEASONS.get(key(g.season))}`);
      if (g.n2 !== undefined) g.n = g.n2;
      const unitWord = g.unit ?? g.unit2 ?? g.unit3;
      const unit = unitWord ? UNITS.get(key(unitWord))! : 'year';
      return single(m.index, m.index + m[0].length, 'SET', durationValue(g.unit3 ? 1 : amountOf(g), unit));
    },
  ),
];
