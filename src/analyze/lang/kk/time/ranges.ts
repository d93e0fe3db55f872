import { contextYear, doubtfulRange, groupEnd, groupStart, lines, originalGroup, range } from '../../../time/build.ts';
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
import { ERA_AFTER, ERA_BEFORE, isBc, MONTH, r, YEAR_LINK } from './grammar.ts';
import { CENTURY_NEEDS, key, MONTHS } from './words.ts';

/** Kazakh rules for ranges, reported as two points and one INTERVAL line; lists of two years. */
export const RANGE_RULES: readonly Rule[] = [
  // XIX ғасырдың бірінші ширегінде → 18 START (a quarter of a century: its start, middle or end)
  r(
    'quarter of a century',
    `(?<roman>${ROMAN})\\s*-?\\s*(?:ғасырдың|ғ\\.)\\s+(?<q>бірінші|екінші|үшінші|төртінші|соңғы)\\s+ширег\\p{L}*${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!isUpperRoman(originalGroup(m, text, 'roman'))) return null;
      const century = romanToInt(g.roman!) ?? undefined;
      if (century === undefined || century > 21) return null;
      const q = key(g.q!);
      const mod = q === 'бірінші' ? 'START' : q === 'төртінші' || q === 'соңғы' ? 'END' : 'MID';
      return lines(m.index, m.index + m[0].length, [
        { start: m.index, end: m.index + m[0].length, type: 'DATE', value: centuryValue(century), mod },
      ]);
    },
    true,
    CENTURY_NEEDS,
  ),

  // XVIII ғасырдың 20-40 жылдарында → 172, 174, INTERVAL 172/174 (decades of a named century)
  r(
    'decades of a century',
    `(?<roman>${ROMAN})\\s*-?\\s*(?:ғасырдың|ғ\\.)\\s+(?<a>\\d0)\\s*${DASH_CLASS}\\s*(?<b>\\d0)\\s*-?\\s*(?:жылдар\\p{L}*|жж\\.)${END}`,
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
  // (шамамен 1693 – 1748) → 1693 APPROX, 1748, INTERVAL 1693/1748: a life span with doubtful ends
  r(
    'doubtful range',
    `(?<approx>(?:шамамен|шам\\.)\\s*)?(?<a>\\d{3,4})(?:\\s*ж\\.)?(?<qa>\\s*\\(\\?\\))?\\s*${DASH_CLASS}\\s*(?:(?<d>\\d{1,2})(?<qd>\\s*\\(\\?\\))?\\s+${MONTH}\\s+)?(?<b>\\d{3,4})(?<qb>\\s*\\(\\?\\))?(?:\\s*ж\\.)?${END}`,
    (m) => doubtfulRange(m, (word) => MONTHS.get(key(word))),
    true,
  ),

  // 2003-2015 жылдары → 2003, 2015, INTERVAL 2003/2015
  r(
    'year range',
    `${ERA_BEFORE}(?:(?<a1>\\d{1,4})\\s*(?:жж?\\.)?\\s*${DASH_CLASS}\\s*|(?<a2>\\d{3,4})\\s*(?:және|мен|пен)\\s+)(?<b>\\d{1,4})(?:\\s*-?\\s*(?<yw>жылдар\\p{L}*|жылдың|жылғы|жылы|жылдан|жылға|жылда|жыл|жж\\.|ж\\.))?(?:\\s+(?<arr>аралығында|аралығы|аралығындағы|аралығынан|аралығына))?${ERA_AFTER}${END}`,
    (m, text) => {
      const g = m.groups!;
      const aText = g.a1 ?? g.a2!;
      const a = Number(aText);
      const bc = isBc(g);
      const marked = g.yw !== undefined || g.erap !== undefined || g.era !== undefined;
      if (g.a2 && !(g.yw && g.arr)) return null;
      if (!marked && (aText.length !== 4 || a < 1000 || a > 2100 || (g.b!.length !== 2 && g.b!.length !== 4)))
        return null;
      if (!marked && /^\s*(?:\p{Ll}|%)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
        return null;
      if (a < 100 && !bc) return null;
      const b = bc ? Number(g.b) : expandShortYear(a, Number(g.b), g.b!.length);
      if (bc ? b >= a : b <= a) return null;
      const aStart = groupStart(m, g.a1 ? 'a1' : 'a2')!;
      const bStart = groupStart(m, 'b')!;
      return range(
        m.index,
        m.index + m[0].length,
        { start: aStart, end: aStart + aText.length, value: formatYear(bc ? -a : a) },
        // The second point carries the year word (`2018 жылдары`), as the samples annotate it.
        { start: bStart, end: groupEnd(m, 'yw') ?? bStart + g.b!.length, value: formatYear(bc ? -b : b) },
      );
    },
    true,
  ),

  // 1949 жылдан 1989 жылға дейін → 1949, 1989, INTERVAL 1949/1989
  r(
    'from year to year',
    `(?<a>\\d{3,4})(?<aw>\\s*-?\\s*(?:жылдан|жылдардан|ж\\.))\\s+(?<b>\\d{3,4})(?<bw>\\s*-?\\s*(?:жылға|жылдарға|жылдың|ж\\.))\\s*(?:дейін|шейін|шекті|дейінгі|аралығында|аралығы)${END}`,
    (m) => {
      const g = m.groups!;
      const a = Number(g.a);
      const b = Number(g.b);
      if (b <= a) return null;
      const aStart = m.index;
      const bStart = groupStart(m, 'b')!;
      return range(
        m.index,
        m.index + m[0].length,
        { start: aStart, end: groupEnd(m, 'aw')!, value: formatYear(a) },
        { start: bStart, end: groupEnd(m, 'bw')!, value: formatYear(b) },
      );
    },
    true,
  ),

  // XV–XVI ғасырлар → 14, 15, INTERVAL 14/15
  r(
    'century range',
    `${ERA_BEFORE}(?<ra>${ROMAN})\\s*${DASH_CLASS}\\s*(?<rb>${ROMAN})\\s*(?:ғасыр\\p{L}*|ғғ?\\.)${ERA_AFTER}${END}`,
    (m, text) => {
      const g = m.groups!;
      if (!isUpperRoman(originalGroup(m, text, 'ra')) || !isUpperRoman(originalGroup(m, text, 'rb'))) return null;
      const a = romanToInt(g.ra!);
      const b = romanToInt(g.rb!);
      const bc = isBc(g);
      if (a === null || b === null || (bc ? b >= a : b <= a) || Math.max(a, b) > 21) return null;
      const aStart = groupStart(m, 'ra')!;
      const bStart = groupStart(m, 'rb')!;
      return range(
        m.index,
        m.index + m[0].length,
        { start: aStart, end: aStart + g.ra!.length, value: centuryValue(a, bc) },
        { start: bStart, end: bStart + g.rb!.length, value: centuryValue(b, bc) },
      );
    },
    true,
    CENTURY_NEEDS,
  ),

  // 2017 және 2018 жылдары → 2017, 2018 (no interval)
  r(
    'two years',
    `(?<a>\\d{4})\\s*(?:,|және|мен|пен|немесе)\\s*(?<b>\\d{4})\\s*-?\\s*(?<yw>жылдар\\p{L}*|жж\\.)${END}`,
    (m) => {
      // `2017 және 2018 жылдары`: two years, no range; each gets its own line.
      const g = m.groups!;
      const bStart = groupStart(m, 'b')!;
      return lines(m.index, m.index + m[0].length, [
        { start: m.index, end: m.index + 4, type: 'DATE', value: formatYear(Number(g.a)) },
        { start: bStart, end: m.index + m[0].length, type: 'DATE', value: formatYear(Number(g.b)) },
      ]);
    },
    true,
  ),

  // 2015 жылғы мамыр–қыркүйек айларында → 2015-05, 2015-09, INTERVAL
  r(
    'month range',
    `(?:(?<y>\\d{4})${YEAR_LINK})?(?:(?<ma>${alternation(MONTHS.keys())})\\s*${DASH_CLASS}\\s*(?<mb>${alternation(MONTHS.keys())})(?:\\s+айлар\\p{L}*)?|(?<mfrom>${alternation(MONTHS.keys())})\\s+(?<mto>${alternation(MONTHS.keys())})\\s+(?:дейін|шейін))${END}`,
    (m) => {
      // `2015 жылғы мамыр–қыркүйек айларында`, `2015 жылдың мамырынан қыркүйегіне дейін`.
      const g = m.groups!;
      const aWord = g.ma ?? g.mfrom!;
      const bWord = g.mb ?? g.mto!;
      if (g.mfrom && !/(?:дан|ден|тан|тен|нан|нен)$/.test(key(aWord))) return null;
      const a = MONTHS.get(key(aWord))!;
      const b = MONTHS.get(key(bWord))!;
      if (b <= a) return null;
      const y = g.y === undefined ? undefined : Number(g.y);
      const aStart = groupStart(m, g.ma ? 'ma' : 'mfrom')!;
      const bStart = groupStart(m, g.mb ? 'mb' : 'mto')!;
      const value = (month: number) => (ctx: ResolveContext) => monthValue(y ?? contextYear(ctx, false), month);
      return range(
        m.index,
        m.index + m[0].length,
        { start: y === undefined ? aStart : m.index, end: aStart + aWord.length, value: value(a) },
        { start: bStart, end: bStart + bWord.length, value: value(b) },
      );
    },
    true,
  ),

  // 2015 жылғы 5-7 мамыр → 2015-05-05, 2015-05-07, INTERVAL; 1916 жылы 5–13 (18–26) желтоқсанда → the
  // new style in brackets, 1916-12-18/1916-12-26
  r(
    'day range',
    `(?:(?<y>\\d{4})${YEAR_LINK})?(?<a>\\d{1,2})\\s*${DASH_CLASS}\\s*(?<b>\\d{1,2})(?:\\s*\\((?<na>\\d{1,2})\\s*${DASH_CLASS}\\s*(?<nb>\\d{1,2})\\))?\\s*-?\\s*${MONTH}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      // The bracketed days are the new style when they are the same stretch 10–13 days on.
      const newStyle =
        g.na !== undefined &&
        Number(g.nb) - Number(g.na) === Number(g.b) - Number(g.a) &&
        Number(g.na) - Number(g.a) >= 10 &&
        Number(g.na) - Number(g.a) <= 13;
      if (g.na !== undefined && !newStyle) return null;
      const a = Number(newStyle ? g.na : g.a);
      const b = Number(newStyle ? g.nb : g.b);
      const y = g.y === undefined ? undefined : Number(g.y);
      if (b <= a || !isValidDay(y, month, a) || !isValidDay(y, month, b)) return null;
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      const end = m.index + m[0].length;
      const yearAt = (_ctx: ResolveContext) => y;
      return range(
        m.index,
        end,
        {
          start: y === undefined ? aStart : m.index,
          end: aStart + g.a!.length,
          value: (ctx) => dayValue(yearAt(ctx), month, a),
        },
        { start: bStart, end, value: (ctx) => dayValue(yearAt(ctx), month, b) },
      );
    },
    true,
  ),
];
