/**
 * Kazakh patterns. Kazakh marks relations with case endings and postpositions after the date
 * (`1991 жылдан бастап`, `1991 жылға дейін`), so spans run from the number to the postposition
 * that sets the modifier; word forms come from `words.ts` and `morphology.ts`.
 */
import type { TimexMod } from '../../types.ts';
import { parseDateValue, shiftValue } from '../anchor.ts';
import { contextYear, range } from '../cyrillic/build.ts';
import {
  type Candidate,
  groupEnd,
  groupStart,
  originalGroup,
  originalWord,
  type ResolveContext,
  type Rule,
  single,
} from '../cyrillic/engine.ts';
import { readAmount } from '../cyrillic/numbers.ts';
import { alternation, compile, DASH, END, isUpperRoman, ROMAN } from '../cyrillic/patterns.ts';
import { applyPosition, type Position } from '../cyrillic/position.ts';
import { dayValue, isValidDay, monthValue, shiftByAmount, shiftKeepingPrecision } from '../cyrillic/values.ts';
import { romanToInt } from '../roman.ts';
import {
  centuryValue,
  decadeValue,
  durationValue,
  expandShortYear,
  formatYear,
  millenniumValue,
  type TimeUnit,
} from '../values.ts';
import {
  CARDINALS,
  CARDINALS_INFLECTED,
  CENTURY_FORMS,
  isAmbiguousMonth,
  key,
  MILLENNIUM_FORMS,
  MONTH_WORD_FORMS,
  MONTHS,
  ORDINAL_CARDINALS,
  ORDINALS,
  POSITION_FORMS,
  SEASON_ADVERBS,
  SEASONS,
  SEVERAL,
  UNIT_ANY_FORMS,
  UNITS,
  YEAR_FORMS,
} from './words.ts';

const MONTH = `(?<mon>${alternation(MONTHS.keys())})`;
const MONTH_WORD = `(?:\\s+(?<aw>${alternation(MONTH_WORD_FORMS)}))`;
const SEASON = `(?<season>${alternation(SEASONS.keys())})`;
const YEAR_WORD = `(?<yw>${alternation(YEAR_FORMS)}|жж\\.|ж\\.)`;
/** The year word linking a year to the month, season or day that follows (`1991 жылғы 29 тамызда`). */
const YEAR_LINK = '\\s*-?\\s*(?:жылғы|жылы|жылдың|ж\\.)\\s*';
const NUMW = alternation(CARDINALS.keys());
const AMOUNT = `(?:(?<n>\\d+(?:[.,]\\d+)?|(?:${NUMW})(?:\\s+(?:${NUMW}))*)|(?<several>${alternation(SEVERAL)}))(?<half>\\s+жарым)?`;
const UNIT = `(?<unit>${alternation(UNITS.keys())})`;
const ORDINAL_DIGITS = '(?<ord>\\d{1,2})\\s*-?\\s*(?:інші|ыншы|нші|ншы|ші|шы)';
const ORDINAL_WORD = `(?:(?<ordtens>${NUMW})\\s+)?(?<ordw>${alternation(ORDINALS.keys())})`;
const ERA_BEFORE =
  '(?:(?<erap>б\\.\\s*з\\.\\s*д\\.?|б\\.\\s*з\\.\\s*б\\.?|біздің\\s+заманымызға\\s+дейінгі|біздің\\s+заманымыздан\\s+бұрынғы|б\\.\\s*з\\.?|біздің\\s+заманымыздың)\\s*)?';
const ERA_AFTER = '(?:\\s*(?<era>б\\.\\s*з\\.\\s*д\\.?|б\\.\\s*з\\.\\s*б\\.?|б\\.\\s*з\\.?))?';
const APPROX = '(?:(?<approx>шамамен|шамасы|жуықтап|мөлшермен|болжам\\s+бойынша)\\s+)?';
const POSITION = `(?:\\s+(?:(?<halfn>бірінші|екінші)\\s+)?(?<pos>${alternation(POSITION_FORMS.keys())}))?`;
const POST =
  '(?:\\s+(?<post>бастап|бері|кейін|соң|бұрын|дейін|шейін|шекті|дейінгі|қарай|таман|шамасында|шамасындағы|шамасы))?';

/** `1991 жылдан бастап` (since) keeps a plain value, as the annotated samples do; the others set a modifier. */
const POST_MODS: Record<string, TimexMod> = {
  кейін: 'AFTER',
  соң: 'AFTER',
  бұрын: 'BEFORE',
  дейін: 'BEFORE',
  шейін: 'BEFORE',
  шекті: 'BEFORE',
  дейінгі: 'BEFORE',
  қарай: 'ON_OR_BEFORE',
  таман: 'ON_OR_BEFORE',
  шамасында: 'APPROX',
  шамасындағы: 'APPROX',
  шамасы: 'APPROX',
};

function positionOf(g: Record<string, string | undefined>): Position | undefined {
  if (!g.pos) return undefined;
  const pos = POSITION_FORMS.get(key(g.pos));
  if (pos === 'HALF') {
    if (!g.halfn) return undefined;
    return key(g.halfn) === 'бірінші' ? 'H1' : 'H2';
  }
  return pos;
}

/** One DATE line for the whole match, with the modifier its words carry. */
function point(
  m: RegExpExecArray,
  value: string | ((ctx: ResolveContext) => string),
  extraMod?: TimexMod,
): Candidate | null {
  const g = m.groups ?? {};
  if (g.pos && !g.halfn && POSITION_FORMS.get(key(g.pos)) === 'HALF') return null;
  const position = positionOf(g);
  let mod: TimexMod | undefined;
  if (position && typeof value === 'string') {
    const applied = applyPosition(value, position);
    value = applied.value;
    mod = applied.mod;
  }
  if (!mod && g.approx) mod = 'APPROX';
  if (!mod && g.post) mod = POST_MODS[key(g.post)];
  if (!mod) mod = extraMod;
  return single(m.index, m.index + m[0].length, 'DATE', value, mod);
}

const isBc = (g: Record<string, string | undefined>): boolean => {
  const era = g.erap ?? g.era;
  return (
    era !== undefined &&
    /д|бұрын|б\.?$/.test(
      key(era)
        .replace(/\s+/g, '')
        .replace(/^б\.?з\.?/, ''),
    )
  );
};

function ordinalOf(m: RegExpExecArray, text: string): number | undefined {
  const g = m.groups ?? {};
  if (g.roman) return isUpperRoman(originalGroup(m, text, 'roman')) ? (romanToInt(g.roman) ?? undefined) : undefined;
  if (g.ord) return Number(g.ord);
  if (g.ordw) {
    const last = ORDINALS.get(key(g.ordw));
    if (last === undefined) return undefined;
    const tens = g.ordtens ? CARDINALS.get(key(g.ordtens)) : 0;
    return tens === undefined ? undefined : tens + last;
  }
  return undefined;
}

/** The counted amount; `null` for `бірнеше` (several). */
function amountOf(
  g: Record<string, string | undefined>,
  table: ReadonlyMap<string, number> = CARDINALS,
): number | null {
  if (g.several) return null;
  if (g.n === undefined) return 1;
  const n = readAmount(g.n, table, key);
  if (n === undefined) return null;
  return g.half ? n + 0.5 : n;
}

/** Relative words: deictic ones (`биыл`, `осы`, `өткен`) prefer dct, narrative ones (`сол`, `келесі`) the anchor. */
const DEICTIC = new Set(['биыл', 'былтыр', 'биылғы', 'былтырғы', 'осы', 'өткен', 'алдағы']);
const OFFSETS: Record<string, number> = { былтыр: -1, былтырғы: -1, өткен: -1, алдыңғы: -1, келесі: 1, алдағы: 1 };

function relativeBase(word: string, ctx: ResolveContext): string | undefined {
  return DEICTIC.has(key(word)) ? (ctx.dct ?? ctx.anchor) : (ctx.anchor ?? ctx.dct);
}

function relativeYear(word: string, ctx: ResolveContext): number | undefined {
  const base = relativeBase(word, ctx);
  const year = base ? parseDateValue(base)?.year : undefined;
  return year === undefined ? undefined : year + (OFFSETS[key(word)] ?? 0);
}

const REL_WORD = 'сол|осы|өткен|келесі|алдыңғы|биылғы|былтырғы|алдағы';

/** A rule; `indices` when its builder reads group offsets (`groupStart`, `groupEnd`). */
const r = (name: string, source: string, build: Rule['build'], indices = false): Rule => ({
  name,
  re: compile(source, indices),
  build,
});

export const KAZAKH_RULES: readonly Rule[] = [
  r('numeric date', `(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?:\\s*(?:ж\\.|жылы|жылғы))?${END}`, (m) => {
    const { d, m: mo, y } = m.groups!;
    if (!isValidDay(Number(y), Number(mo), Number(d))) return null;
    return point(m, dayValue(Number(y), Number(mo), Number(d)));
  }),

  r(
    'year day month',
    `${APPROX}(?<y>\\d{3,4})${YEAR_LINK}(?<d>\\d{1,2})\\s*-?\\s*(?:інші|ыншы|ші|шы|і|ы)?\\s*${MONTH}${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      if (!isValidDay(Number(g.y), month, Number(g.d))) return null;
      return point(m, dayValue(Number(g.y), month, Number(g.d)));
    },
  ),

  r(
    'day month year',
    `${APPROX}(?<d>\\d{1,2})\\s*-?\\s*(?:інші|ыншы|ші|шы)?\\s*${MONTH}(?:\\s*,?\\s*(?<y>\\d{4})\\s*(?:жылы|жылғы|жыл|ж\\.)?)?${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const day = Number(g.d);
      if (g.y) {
        if (!isValidDay(Number(g.y), month, day)) return null;
        return point(m, dayValue(Number(g.y), month, day));
      }
      if (!isValidDay(undefined, month, day)) return null;
      // A day and month alone is the annual date (`29 тамызда` → XXXX-08-29), as in the samples.
      return point(m, dayValue(undefined, month, day));
    },
  ),

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

  r(
    'year month',
    `${APPROX}(?:(?<y>\\d{3,4})${YEAR_LINK}|(?<ry>${REL_WORD})\\s+жыл(?:дың|ғы|ы)\\s+)?${MONTH}${MONTH_WORD}?${POSITION}${POST}${END}`,
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
      if (first !== first.toLowerCase()) return null;
      if (isAmbiguousMonth(g.mon!) && !g.aw) {
        // `маусымда` is June only in a narrative of months: a month date earlier in the same sentence.
        return point(m, (ctx) =>
          ctx.anchorInSentence && /^\d{4}-\d{2}/.test(ctx.anchor ?? '')
            ? monthValue(contextYear(ctx, true), month)
            : '',
        );
      }
      return point(m, (ctx) => monthValue(contextYear(ctx, false), month));
    },
  ),

  r(
    'year season',
    `${APPROX}(?:(?<y>\\d{3,4})${YEAR_LINK}|(?<ry>${REL_WORD})\\s+жыл(?:дың|ғы|ы)\\s+|жылдың\\s+)?${SEASON}${POSITION}${POST}${END}`,
    (m) => {
      const g = m.groups!;
      const season = SEASONS.get(key(g.season!))!;
      if (g.y) return point(m, `${formatYear(Number(g.y))}-${season}`);
      if (!g.ry) {
        // A season alone (`күзде`, `жазында`): the narrative year's season; only these forms, in lower case.
        if (!SEASON_ADVERBS.has(g.season!)) return null;
        return point(m, (ctx) => {
          const y = contextYear(ctx, false);
          return `${y === undefined ? 'XXXX' : formatYear(y)}-${season}`;
        });
      }
      const word = g.ry;
      return point(m, (ctx) => {
        const y = relativeYear(word, ctx);
        return `${y === undefined ? 'XXXX' : formatYear(y)}-${season}`;
      });
    },
  ),

  r(
    'year',
    `${APPROX}${ERA_BEFORE}(?<y>\\d{1,4})\\s*-?\\s*(?:(?:інші|ыншы|ші|шы)\\s*)?${YEAR_WORD}${ERA_AFTER}${POSITION}${POST}${END}`,
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

  r(
    'decade of a century',
    `${APPROX}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS})\\s*(?:ғасырдың|ғ\\.)\\s+(?<y>\\d{2})\\s*-?\\s*(?:жылдар\\p{L}*|жж\\.)${POSITION}${POST}${END}`,
    (m, text) => {
      const g = m.groups!;
      const century = ordinalOf(m, text);
      const y = Number(g.y);
      if (century === undefined || century > 21 || y % 10 !== 0) return null;
      return point(m, decadeValue((century - 1) * 100 + y));
    },
    true,
  ),

  r(
    'century',
    `${APPROX}${ERA_BEFORE}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS}|${ORDINAL_WORD})\\s*(?:${alternation(CENTURY_FORMS)}|ғғ?\\.)${ERA_AFTER}${POSITION}${POST}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 21) return null;
      return point(m, centuryValue(n, isBc(m.groups!)));
    },
    true,
  ),

  r(
    'millennium',
    `${APPROX}${ERA_BEFORE}(?:(?<roman>${ROMAN})|${ORDINAL_DIGITS}|${ORDINAL_WORD})\\s*(?:${alternation(MILLENNIUM_FORMS)})${ERA_AFTER}${POSITION}${POST}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 10) return null;
      return point(m, millenniumValue(n, isBc(m.groups!)));
    },
    true,
  ),

  r(
    'year range',
    `${ERA_BEFORE}(?:(?<a1>\\d{1,4})\\s*(?:жж?\\.)?\\s*${DASH}\\s*|(?<a2>\\d{3,4})\\s*(?:және|мен|пен)\\s+)(?<b>\\d{1,4})(?:\\s*-?\\s*(?<yw>жылдар\\p{L}*|жылдың|жылғы|жылы|жылдан|жылға|жылда|жыл|жж\\.|ж\\.))?(?:\\s+(?<arr>аралығында|аралығы|аралығындағы|аралығынан|аралығына))?${ERA_AFTER}${END}`,
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

  r(
    'century range',
    `${ERA_BEFORE}(?<ra>${ROMAN})\\s*${DASH}\\s*(?<rb>${ROMAN})\\s*(?:ғасыр\\p{L}*|ғғ?\\.)${ERA_AFTER}${END}`,
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
  ),

  r(
    'two years',
    `(?<a>\\d{4})\\s*(?:,|және|мен|пен|немесе)\\s*(?<b>\\d{4})\\s*-?\\s*(?<yw>жылдар\\p{L}*|жж\\.)${END}`,
    (m) => {
      // `2017 және 2018 жылдары`: two years, no range; each gets its own line.
      const g = m.groups!;
      const bStart = groupStart(m, 'b')!;
      return {
        start: m.index,
        end: m.index + m[0].length,
        parts: [
          { start: m.index, end: m.index + 4, type: 'DATE', value: formatYear(Number(g.a)) },
          { start: bStart, end: m.index + m[0].length, type: 'DATE', value: formatYear(Number(g.b)) },
        ],
      };
    },
    true,
  ),

  r(
    'month range',
    `(?:(?<y>\\d{4})${YEAR_LINK})?(?:(?<ma>${alternation(MONTHS.keys())})\\s*${DASH}\\s*(?<mb>${alternation(MONTHS.keys())})(?:\\s+айлар\\p{L}*)?|(?<mfrom>${alternation(MONTHS.keys())})\\s+(?<mto>${alternation(MONTHS.keys())})\\s+(?:дейін|шейін))${END}`,
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

  r(
    'day range',
    `(?:(?<y>\\d{4})${YEAR_LINK})?(?<a>\\d{1,2})\\s*${DASH}\\s*(?<b>\\d{1,2})\\s*-?\\s*${MONTH}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const a = Number(g.a);
      const b = Number(g.b);
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

  r(
    'later',
    `${AMOUNT}\\s+${UNIT}\\s+(?:кейін|соң|өткен\\s+соң|өткеннен\\s+кейін|өткен\\s+кезде|өткенде)${END}`,
    (m) => {
      const g = m.groups!;
      if (/^\d{3,}$/.test(g.n ?? '')) return null;
      const unit = UNITS.get(key(g.unit!))!;
      const amount = amountOf(g);
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        const base = ctx.anchor ?? ctx.dct;
        if (amount === null || base === undefined) return 'FUTURE_REF';
        return shiftKeepingPrecision(base, unit, amount) ?? 'FUTURE_REF';
      });
    },
  ),

  r('ago', `(?:осыдан\\s+)?${AMOUNT}\\s+(?<unit>жыл|ай|апта|күн|ғасыр|онжылдық|сағат)\\s+бұрын${END}`, (m) => {
    const g = m.groups!;
    const unit = UNITS.get(key(g.unit!))!;
    const amount = amountOf(g);
    return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
      const base = ctx.dct ?? ctx.anchor;
      if (amount === null || base === undefined) return 'PAST_REF';
      return shiftByAmount(base, unit, -amount) ?? 'PAST_REF';
    });
  }),

  r(
    'relative period',
    `(?:(?<dw>биыл|былтыр|биылғы|былтырғы)|(?<w>${REL_WORD})\\s+(?<u>жылы|жылғы|жылда|жылдың|жылдан|жылға|айда|айы|айында|айдың|ғасырда|ғасырдың|ғасырдағы|ғасыр|онжылдықта|күні|күнгі))${END}`,
    (m) => {
      const g = m.groups!;
      const word = g.dw ?? g.w!;
      const u = key(g.u ?? 'жыл');
      const unit: TimeUnit = u.startsWith('ай')
        ? 'month'
        : u.startsWith('ғасыр')
          ? 'century'
          : u.startsWith('күн')
            ? 'day'
            : u.startsWith('онжыл')
              ? 'decade'
              : 'year';
      const offset = OFFSETS[key(word)] ?? 0;
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        const base = relativeBase(word, ctx);
        if (unit === 'year') {
          const y = relativeYear(word, ctx);
          return y === undefined ? 'XXXX' : formatYear(y);
        }
        if (unit === 'century' || unit === 'decade') {
          const y = base ? parseDateValue(base)?.year : undefined;
          if (y === undefined) return unit === 'century' ? 'XX' : 'XXX';
          return unit === 'century'
            ? centuryValue(Math.floor((y - 1) / 100) + 1 + offset)
            : decadeValue(y + 10 * offset);
        }
        if (!base) return unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
        return shiftValue(base, unit, offset) ?? (unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX');
      });
    },
  ),

  r(
    'present',
    `(?:қазіргі\\s+(?:уақытта|кезде|таңда|күні|күнде|заманда|уақыт|кезең)|бүгінгі\\s+(?:таңда|күні|күнде)|қазіргі|қазір|бүгінде|бүгін)${END}`,
    (m) => single(m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF'),
  ),

  r(
    'duration',
    `(?:(?<pre>шамамен|шамасы|кем\\s+дегенде|небәрі|бар\\s+болғаны|жуықтап)\\s+)?(?:${AMOUNT}\\s+${UNIT}|(?<frac>жарты|ширек)\\s+(?<unit2>${alternation(UNIT_ANY_FORMS.keys())}))(?:\\s+(?<post>астам|аса|артық|аз|кем|жуық|шамасында|дейін))?${END}`,
    (m, text) => {
      const g = m.groups!;
      const unit = g.unit ? UNITS.get(key(g.unit))! : UNIT_ANY_FORMS.get(key(g.unit2!))!;
      if (/^\d{3,}$/.test(g.n ?? '') && unit === 'year' && key(g.unit!) !== 'жыл') return null;
      const amount = g.frac ? (key(g.frac) === 'жарты' ? 0.5 : 0.25) : amountOf(g);
      // `бір жыл да толмаған` (not even a year had passed): less than the amount.
      const end = m.index + m[0].length;
      const notFull = !g.post && /^\s+(?:(?:да|де|та|те)\s+)?толма/u.test(text.slice(end, end + 16).toLowerCase());
      const q = notFull ? 'аз' : g.post ? key(g.post) : g.pre ? key(g.pre).replace(/\s+/g, ' ') : undefined;
      const mod: TimexMod | undefined =
        q === 'астам' || q === 'аса' || q === 'артық'
          ? 'MORE_THAN'
          : q === 'аз' || q === 'кем'
            ? 'LESS_THAN'
            : q === 'дейін'
              ? 'EQUAL_OR_LESS'
              : q === 'кем дегенде'
                ? 'EQUAL_OR_MORE'
                : q === 'шамамен' || q === 'шамасы' || q === 'жуық' || q === 'шамасында' || q === 'жуықтап'
                  ? 'APPROX'
                  : undefined;
      return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, unit), mod);
    },
  ),

  r(
    'more than a number of',
    `(?<n>(?:(?:${NUMW})\\s+)*(?:${alternation(CARDINALS_INFLECTED.keys())}))\\s+(?<post>астам|аса|артық|жуық|таяу)\\s+${UNIT}${END}`,
    (m) => {
      const g = m.groups!;
      // The last number word carries the case ending; the inflected table knows every form.
      const amount = readAmount(g.n!, CARDINALS_INFLECTED, key);
      if (amount === undefined) return null;
      const post = key(g.post!);
      const mod: TimexMod = post === 'жуық' || post === 'таяу' ? 'APPROX' : 'MORE_THAN';
      return single(m.index, m.index + m[0].length, 'DURATION', durationValue(amount, UNITS.get(key(g.unit!))!), mod);
    },
  ),

  r('every', `(?:(?:әр|әрбір)\\s+)?(?:${AMOUNT}\\s+)?(?<su>жыл|ай|апта|күн|ғасыр)\\s+сайын(?:ғы)?${END}`, (m) => {
    const g = m.groups!;
    return single(m.index, m.index + m[0].length, 'SET', durationValue(amountOf(g), UNITS.get(key(g.su!))!));
  }),

  r(
    'once in',
    `(?:${AMOUNT}\\s+)?(?<iu>жылда|айда|аптада|күнде|ғасырда)\\s+(?:бір|екі|үш|төрт|бес|\\d+)\\s+(?:рет|мәрте|мәртебе)${END}`,
    (m) => {
      const g = m.groups!;
      const unit = UNITS.get(key(g.iu!))!;
      return single(m.index, m.index + m[0].length, 'SET', durationValue(amountOf(g), unit));
    },
  ),

  r(
    'per',
    `(?:(?<pu>жылына|айына|аптасына|күніне)\\s+(?:бір|екі|үш|төрт|бес|\\d+)\\s+(?:рет|мәрте|мәртебе)|(?:әр|әрбір)\\s+(?<eu>жылы|айда|аптада|күні))${END}`,
    (m) => {
      const w = key(m.groups!.pu ?? m.groups!.eu!);
      const value = w.startsWith('жыл') ? 'P1Y' : w.startsWith('ай') ? 'P1M' : w.startsWith('апта') ? 'P1W' : 'P1D';
      return single(m.index, m.index + m[0].length, 'SET', value);
    },
  ),
];
