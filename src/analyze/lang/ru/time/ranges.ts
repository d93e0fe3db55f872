import { contextYear, doubtfulRange, groupStart, lines, originalGroup, range } from '../../../time/build.ts';
import { DASH_CLASS } from '../../../time/dashes.ts';
import { alternation, END, isUpperRoman, ROMAN } from '../../../time/patterns.ts';
import { romanToInt } from '../../../time/roman.ts';
import type { ResolveContext, Rule } from '../../../time/rule.ts';
import {
  centuryValue,
  dayValue,
  decadeValue,
  expandShortYear,
  formatYear,
  isValidDay,
  monthValue,
} from '../../../time/values.ts';
import { ERA, isBc, MONTH, r } from './grammar.ts';
import { CENTURY_NEEDS, key, MONTHS } from './words.ts';

/** Russian rules for ranges, reported as two points and one INTERVAL line; lists of two years. */
export const RANGE_RULES: readonly Rule[] = [
  // в первой четверти XVIII века → 17 START (a quarter of a century: its start, middle or end)
  r(
    'quarter of a century',
    `(?:(?:в|во)\\s+)?(?<q>первой|второй|третьей|четвёртой|четвертой|последней)\\s+четверти\\s+(?<roman>${ROMAN})\\s*(?:века|в\\.|столетия)${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!isUpperRoman(originalGroup(m, text, 'roman'))) return null;
      const century = romanToInt(g.roman!) ?? undefined;
      if (century === undefined || century > 21) return null;
      const q = key(g.q!);
      const mod = q === 'первой' ? 'START' : q.startsWith('четв') || q === 'последней' ? 'END' : 'MID';
      return lines(m.index, m.index + m[0].length, [
        { start: m.index, end: m.index + m[0].length, type: 'DATE', value: centuryValue(century), mod },
      ]);
    },
    true,
    CENTURY_NEEDS,
  ),

  // (около 1667 – 23 (?) сентября 1763) → 1667 APPROX, 1763-09-23, INTERVAL 1667/1763-09-23: a life span with doubtful ends
  r(
    'doubtful range',
    `(?<approx>(?:около|ок\\.|примерно|приблизительно)\\s*)?(?<a>\\d{3,4})(?:\\s*(?:года|г\\.))?(?<qa>\\s*\\(\\?\\))?\\s*${DASH_CLASS}\\s*(?:(?<d>\\d{1,2})(?<qd>\\s*\\(\\?\\))?\\s+${MONTH}\\s+)?(?<b>\\d{3,4})(?<qb>\\s*\\(\\?\\))?(?:\\s*(?:года|г\\.))?${END}`,
    (m) => doubtfulRange(m, (word) => MONTHS.get(key(word))),
    true,
  ),

  // с 2013 по 2022 год, в 2017–2018 годах → 2013, 2022, INTERVAL 2013/2022
  r(
    'year range',
    `(?:(?<from>с|со|от)\\s+(?<a1>\\d{1,4})(?:\\s*-?го)?(?:\\s*(?:года|г\\.))?\\s+(?:по|до)\\s+|(?<between>между)\\s+(?<a2>\\d{1,4})(?:\\s*(?:годом|г\\.))?\\s+и\\s+|(?:(?:в|во)\\s+)?(?<a3>\\d{1,4})(?:\\s*гг?\\.)?\\s*${DASH_CLASS}\\s*)(?<b>\\d{1,4})(?:\\s?-?(?:й|го|м))?(?:\\s*(?<yw>год(?:ы|а|ов|ах|ами|ом)?|гг?\\.|г(?!\\p{L})))?${ERA}${END}`,
    (m, text) => {
      const g = m.groups!;
      const aText = g.a1 ?? g.a2 ?? g.a3!;
      const aStart = groupStart(m, g.a1 ? 'a1' : g.a2 ? 'a2' : 'a3')!;
      const bStart = groupStart(m, 'b')!;
      const bc = isBc(g.era);
      const a = Number(aText);
      const marked = g.yw !== undefined || g.era !== undefined;
      if (!marked && (aText.length !== 4 || a < 1000 || a > 2100 || (g.b!.length !== 2 && g.b!.length !== 4)))
        return null;
      if (!marked && /^\s*(?:\p{Ll}|%)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
        return null;
      if (a < 100 && !bc) return null;
      const b = bc ? Number(g.b) : expandShortYear(a, Number(g.b), g.b!.length);
      if (bc ? b >= a : b <= a) return null;
      const av = formatYear(bc ? -a : a);
      const bv = formatYear(bc ? -b : b);
      const end = m.index + m[0].length;
      return lines(m.index, end, [
        { start: aStart, end: aStart + aText.length, type: 'DATE', value: av },
        { start: bStart, end: bStart + g.b!.length, type: 'DATE', value: bv },
        { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
      ]);
    },
    true,
  ),

  // в 1920–1930-е годы → 192, 193, INTERVAL 192/193
  r(
    'decade range',
    `(?:(?:в|во)\\s+)?(?<a>\\d{3}0(?:-(?:е|х))?)\\s*${DASH_CLASS}\\s*(?<b>\\d{3}0)-(?:е|х|ми|м)(?:\\s+(?:годы|годов|годах|годами|гг\\.))?${END}`,
    (m) => {
      // `в 1920–1930-е годы`: the ending on the second decade serves both.
      const g = m.groups!;
      const a = Number(g.a!.slice(0, 4));
      const b = Number(g.b);
      if (b <= a || a < 1000) return null;
      const av = decadeValue(a);
      const bv = decadeValue(b);
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      const bEnd = /^\d{4}-\p{L}+/u.exec(m[0].slice(bStart - m.index))![0].length + bStart;
      const end = m.index + m[0].length;
      return lines(m.index, end, [
        { start: aStart, end: aStart + g.a!.length, type: 'DATE', value: av },
        { start: bStart, end: bEnd, type: 'DATE', value: bv },
        { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
      ]);
    },
    true,
  ),

  // в 20-40-х годах XVIII века → 172, 174, INTERVAL 172/174 (decades of a named century, not the years 20–40)
  r(
    'decades of a century',
    `(?:(?:в|во)\\s+)?(?<a>\\d0)(?:-(?:е|х))?\\s*${DASH_CLASS}\\s*(?<b>\\d0)-(?:е|х|ми|м)\\s+(?:годы|годов|годах|годами|гг\\.)\\s+(?<roman>${ROMAN})\\s*(?:века|в\\.|столетия)${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!isUpperRoman(originalGroup(m, text, 'roman'))) return null;
      const century = romanToInt(g.roman!) ?? undefined;
      const a = Number(g.a);
      const b = Number(g.b);
      if (century === undefined || century > 21 || b <= a) return null;
      const av = decadeValue((century - 1) * 100 + a);
      const bv = decadeValue((century - 1) * 100 + b);
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      const end = m.index + m[0].length;
      return lines(m.index, end, [
        { start: aStart, end: aStart + g.a!.length, type: 'DATE', value: av },
        { start: bStart, end, type: 'DATE', value: bv },
        { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
      ]);
    },
    true,
    CENTURY_NEEDS,
  ),

  // в 2017 и 2018 годах → 2017, 2018 (no interval)
  r(
    'two years',
    `(?:(?:в|во)\\s+)?(?<a>\\d{4})\\s*(?:,|и|или)\\s*(?<b>\\d{4})\\s*(?:годах|годы|годов|годами|гг\\.)${END}`,
    (m) => {
      // `в 2017 и 2018 годах`: two years, no range; each gets its own line.
      const g = m.groups!;
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      return lines(m.index, m.index + m[0].length, [
        { start: aStart, end: aStart + 4, type: 'DATE', value: formatYear(Number(g.a)) },
        { start: bStart, end: m.index + m[0].length, type: 'DATE', value: formatYear(Number(g.b)) },
      ]);
    },
    true,
  ),

  // с мая по сентябрь 2015 года → 2015-05, 2015-09, INTERVAL 2015-05/2015-09
  r(
    'month range',
    `(?:(?:с|со)\\s+(?<ma>${alternation(MONTHS.keys())})\\s+(?:по|до)\\s+|(?:в\\s+)?(?<ma2>${alternation(MONTHS.keys())})\\s*${DASH_CLASS}\\s*)(?<mb>${alternation(MONTHS.keys())})(?:\\s+(?<y>\\d{4})(?:\\s*(?:года|г\\.))?)?${END}`,
    (m) => {
      // `с мая по сентябрь 2015 года`, `май–июнь 1992 г.`: the year, when given once, serves both months.
      const g = m.groups!;
      const aWord = g.ma ?? g.ma2!;
      const a = MONTHS.get(key(aWord))!;
      const b = MONTHS.get(key(g.mb!))!;
      if (b <= a) return null;
      const y = g.y === undefined ? undefined : Number(g.y);
      const aStart = groupStart(m, g.ma ? 'ma' : 'ma2')!;
      const value = (month: number) => (ctx: ResolveContext) => monthValue(y ?? contextYear(ctx, false), month);
      return range(
        m.index,
        m.index + m[0].length,
        { start: aStart, end: aStart + aWord.length, value: value(a) },
        { start: groupStart(m, 'mb')!, end: m.index + m[0].length, value: value(b) },
      );
    },
    true,
  ),

  // с 5 по 7 мая 2015 года → 2015-05-05, 2015-05-07, INTERVAL
  r(
    'day range',
    `(?:(?<from>с|со)\\s+)?(?<a>\\d{1,2})(?:\\s*${DASH_CLASS}\\s*|\\s+(?:по|до)\\s+)(?<b>\\d{1,2})\\s+${MONTH}(?:\\s+(?<y>\\d{4})(?:\\s*(?:года|г\\.))?)?${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const a = Number(g.a!.slice(0, 4));
      const b = Number(g.b);
      const y = g.y === undefined ? undefined : Number(g.y);
      if (b <= a || !isValidDay(y, month, a) || !isValidDay(y, month, b)) return null;
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      const end = m.index + m[0].length;
      const yearAt = (_ctx: ResolveContext) => y;
      return lines(m.index, end, [
        { start: aStart, end: aStart + g.a!.length, type: 'DATE', value: (ctx) => dayValue(yearAt(ctx), month, a) },
        { start: bStart, end, type: 'DATE', value: (ctx) => dayValue(yearAt(ctx), month, b) },
        {
          start: m.index,
          end,
          type: 'INTERVAL',
          value: (ctx) => `${dayValue(yearAt(ctx), month, a)}/${dayValue(yearAt(ctx), month, b)}`,
        },
      ]);
    },
    true,
  ),

  // XV–XVI вв. → 14, 15, INTERVAL 14/15
  r(
    'century range',
    `(?<ra>${ROMAN})\\s*${DASH_CLASS}\\s*(?<rb>${ROMAN})\\s*(?:вв\\.|в\\.|века|веках|веков|столетия|столетиях)${ERA}${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!isUpperRoman(originalGroup(m, text, 'ra')) || !isUpperRoman(originalGroup(m, text, 'rb'))) return null;
      const a = romanToInt(g.ra!) ?? undefined;
      const b = romanToInt(g.rb!) ?? undefined;
      const bc = isBc(g.era);
      if (a === undefined || b === undefined || (bc ? b >= a : b <= a) || Math.max(a, b) > 21) return null;
      const av = centuryValue(a, bc);
      const bv = centuryValue(b, bc);
      const aStart = m.index;
      const bStart = groupStart(m, 'rb')!;
      const end = m.index + m[0].length;
      return lines(m.index, end, [
        { start: aStart, end: aStart + g.ra!.length, type: 'DATE', value: av },
        { start: bStart, end: bStart + g.rb!.length, type: 'DATE', value: bv },
        { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
      ]);
    },
    true,
    CENTURY_NEEDS,
  ),
];
