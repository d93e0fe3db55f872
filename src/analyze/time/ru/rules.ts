/**
 * Russian patterns. Each rule is one kind of expression; its words come from `words.ts`.
 * Spans leave out plain relational prepositions (`в 1991 году` → `1991 году`, as TimeML does) but
 * keep the words that change the value or modifier (`около`, `с … по`, `через`, `назад`).
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
  ADJECTIVE_ENDINGS,
  AMBIGUOUS_MONTHS,
  CARDINALS,
  COMPOUND_NUMBERS,
  DECADE_STEMS,
  HALF_UNITS,
  key,
  LENGTH_ADJECTIVES,
  MONTHS,
  ORDINAL_ENDINGS,
  ORDINAL_STEMS,
  RECURRENCE_ENDINGS,
  RECURRENCE_STEMS,
  SEASON_ADVERBS,
  SEASONS,
  SEVERAL,
  UNITS,
  YEAR_ORDINAL_STEMS,
} from './words.ts';

const MONTH = `(?<mon>${alternation(MONTHS.keys())})`;
const SEASON = `(?<season>${alternation(SEASONS.keys())})`;
const NUMW = alternation(CARDINALS.keys());
const AMOUNT = `(?<n>\\d+(?:[.,]\\d+)?|(?:${NUMW})(?:\\s+(?:${NUMW}))*|(?<several>${alternation(SEVERAL)}))`;
const HALF = '(?<half>\\s+с\\s+половиной)';
const UNIT = `(?<unit>${alternation(UNITS.keys())})`;
const ORDINAL_WORD = `(?:(?<tens>двадцать|тридцать)\\s+)?(?<ordw>(?:${alternation(ORDINAL_STEMS.keys())})(?:${alternation(ORDINAL_ENDINGS)}))`;
const ERA = '(?:\\s*(?<era>до\\s*н\\.\\s*э\\.?|до\\s+нашей\\s+эры|до\\s+р\\.\\s*х\\.?|н\\.\\s*э\\.?|нашей\\s+эры))?';
const YEAR_WORD = '(?:года|году|годом|год|г\\.|г(?!\\p{L}))';
const ORD_SUFFIX = '(?:\\s?-?(?:го|му|м|й|ый))?';
const REL_YEAR =
  'прошлого|этого\\s+же|этого|текущего|следующего|будущего|позапрошлого|того\\s+же|того|предыдущего|минувшего|нынешнего';

/** Words before a point: those that set its modifier, and the preposition `в`, which the span includes. */
const PREFIX =
  '(?:(?<rel>начиная\\s+с|вплоть\\s+до|с|со|до|после|к|ко)\\s+|(?<approx>около|примерно(?:\\s+в|\\s+к)?|приблизительно(?:\\s+в)?|ориентировочно(?:\\s+в)?)\\s+|(?:в|во)\\s+)?' +
  '(?:(?<pos>начал[оаеу]|середин[аыеу]|кон(?:ец|ца|це|цу)|исход[еау]?|(?<half1>перв|втор)(?:ая|ой|ую)\\s+половин[аыеу]|(?<q>перв|втор|трет|четв[её]рт|последн)\\S{1,3}\\s+квартал[аеу]?)\\s+)?';

/** `с 1991 года` (since) keeps a plain value, as the annotated samples do; `до`, `после`, `к` set a modifier. */
const REL_MODS: Record<string, TimexMod> = {
  до: 'BEFORE',
  'вплоть до': 'BEFORE',
  после: 'AFTER',
  к: 'ON_OR_BEFORE',
  ко: 'ON_OR_BEFORE',
};

function positionOf(g: Record<string, string | undefined>): Position | undefined {
  const pos = g.pos && key(g.pos);
  if (!pos) return undefined;
  if (g.half1) return key(g.half1) === 'перв' ? 'H1' : 'H2';
  if (g.q) {
    const q = key(g.q);
    return q === 'перв' ? 'Q1' : q === 'втор' ? 'Q2' : q === 'трет' ? 'Q3' : 'Q4';
  }
  if (pos.startsWith('начал')) return 'START';
  if (pos.startsWith('середин')) return 'MID';
  return 'END';
}

/** Builds a one-line point candidate, applying the prefix's position, approximation or relation. */
function point(
  m: RegExpExecArray,
  value: string | ((ctx: ResolveContext) => string),
  end = m.index + m[0].length,
): Candidate {
  const g = m.groups ?? {};
  const position = positionOf(g);
  let mod: TimexMod | undefined;
  if (position && typeof value === 'string') {
    const applied = applyPosition(value, position);
    value = applied.value;
    mod = applied.mod;
  } else if (position) {
    mod =
      position === 'H1' || position === 'Q1'
        ? 'START'
        : position === 'H2' || position === 'Q4'
          ? 'END'
          : position === 'START' || position === 'END'
            ? position
            : 'MID';
  }
  if (!mod && g.approx) mod = 'APPROX';
  if (!mod && g.rel) mod = REL_MODS[key(g.rel).replace(/\s+/g, ' ')];
  return single(m.index, end, 'DATE', value, mod);
}

const isBc = (era: string | undefined): boolean => era !== undefined && key(era).startsWith('до');

function ordinalOf(m: RegExpExecArray, text: string): number | undefined {
  const g = m.groups ?? {};
  if (g.roman) {
    return isUpperRoman(originalGroup(m, text, 'roman')) ? (romanToInt(g.roman) ?? undefined) : undefined;
  }
  if (g.ord) return Number(g.ord);
  if (g.ordw) {
    const w = key(g.ordw);
    let stem = '';
    for (const s of ORDINAL_STEMS.keys()) if (w.startsWith(key(s)) && s.length > stem.length) stem = s;
    const base = ORDINAL_STEMS.get(stem);
    if (base === undefined) return undefined;
    return base + (g.tens ? (key(g.tens) === 'двадцать' ? 20 : 30) : 0);
  }
  return undefined;
}

/** The counted amount; `null` for `несколько` (several), which TIMEX3 writes as `X`. */
function amountOf(g: Record<string, string | undefined>): number | null {
  if (g.several) return null;
  const n = g.n === undefined ? 1 : readAmount(g.n, CARDINALS, key);
  if (n === undefined) return null;
  return g.half || g.half2 ? n + 0.5 : n;
}

/** Year a relative word starts from: deictic words (`прошлого`) prefer dct, narrative ones (`того же`) the anchor. */
function baseYear(word: string, ctx: ResolveContext): number | undefined {
  const w = key(word).replace(/\s+/g, ' ');
  const deictic = /^(прошл|этого$|этом$|этот$|текущ|будущ|позапрошл|минувш|нынешн)/.test(w);
  const base = deictic ? (ctx.dct ?? ctx.anchor) : (ctx.anchor ?? ctx.dct);
  return base ? parseDateValue(base)?.year : undefined;
}

/** Year meant by `прошлого года`, `того же года`. */
function relativeYear(word: string, ctx: ResolveContext): number | undefined {
  const year = baseYear(word, ctx);
  return year === undefined ? undefined : year + relativeOffset(key(word));
}

function relativeOffset(w: string): number {
  if (w.startsWith('позапрошл')) return -2;
  if (/^(прошл|минувш|предыдущ)/.test(w)) return -1;
  if (/^(следующ|будущ)/.test(w)) return 1;
  return 0;
}

const QUANTIFIERS =
  'не\\s+более(?:\\s+чем)?|не\\s+больше(?:\\s+чем)?|не\\s+менее(?:\\s+чем)?|не\\s+меньше(?:\\s+чем)?|более(?:\\s+чем)?|свыше|больше(?:\\s+чем)?|менее(?:\\s+чем)?|меньше(?:\\s+чем)?|около|почти|примерно|приблизительно|порядка|до';

/** Modifier of a quantity word before a duration (`более`, `менее`, `около`). */
function quantifierMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const q = key(word).replace(/\s+/g, ' ').replace(/ чем$/, '');
  if (q === 'более' || q === 'свыше' || q === 'больше') return 'MORE_THAN';
  if (q === 'менее' || q === 'меньше') return 'LESS_THAN';
  if (q === 'не более' || q === 'не больше' || q === 'до') return 'EQUAL_OR_LESS';
  if (q === 'не менее' || q === 'не меньше') return 'EQUAL_OR_MORE';
  return 'APPROX';
}

/** Lengths named by one adjective: `десятилетний` is a decade, `столетний` a century. */
const WHOLE_LENGTHS = new Map<string, string>([
  ['десятилетн', 'P1DE'],
  ['столетн', 'P1CE'],
  ['тысячелетн', 'P1ML'],
]);

/** A rule; `indices` when its builder reads group offsets (`groupStart`, `groupEnd`). */
const r = (name: string, source: string, build: Rule['build'], indices = false): Rule => ({
  name,
  re: compile(source, indices),
  build,
});

export const RUSSIAN_RULES: readonly Rule[] = [
  r('numeric date', `(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?:\\s*(?:года|г\\.))?${END}`, (m) => {
    const { d, m: mo, y } = m.groups!;
    if (!isValidDay(Number(y), Number(mo), Number(d))) return null;
    return point(m, dayValue(Number(y), Number(mo), Number(d)));
  }),

  r(
    'day month year',
    `${PREFIX}(?<d>\\d{1,2})(?:-?(?:го|е|ое))?\\s*${MONTH}(?:\\s*,?\\s*(?<y>\\d{1,4})${ORD_SUFFIX}(?:\\s*(?<yw>${YEAR_WORD}))?)?${ERA}${END}`,
    (m) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      const day = Number(g.d);
      const hasYear = g.y !== undefined && (g.y.length === 4 || g.yw !== undefined);
      if (hasYear) {
        if (!isValidDay(Number(g.y), month, day)) return null;
        if (isBc(g.era)) return point(m, formatYear(-Number(g.y)));
        return point(m, dayValue(Number(g.y), month, day));
      }
      if (!isValidDay(undefined, month, day)) return null;
      // A day and month alone is the annual date (`29 августа` → XXXX-08-29), as in the samples.
      return point(m, dayValue(undefined, month, day), groupEnd(m, 'mon'));
    },
    true,
  ),

  r(
    'month year',
    `${PREFIX}${MONTH}(?:\\s*(?<y>\\d{3,4})${ORD_SUFFIX}(?:\\s*${YEAR_WORD})?|\\s+(?<ry>${REL_YEAR})\\s+года)?${END}`,
    (m, text) => {
      const g = m.groups!;
      const month = MONTHS.get(key(g.mon!))!;
      if (g.y) return point(m, monthValue(Number(g.y), month));
      if (g.ry) {
        const word = g.ry;
        return point(m, (ctx) => monthValue(relativeYear(word, ctx), month));
      }
      // A bare month must be written in lower case: `Май`, `Август` alone are names.
      const first = originalWord(m, text, g.mon!).charAt(0);
      if (first !== first.toLowerCase()) return null;
      if (
        AMBIGUOUS_MONTHS.has(key(g.mon!)) &&
        !g.pos &&
        !/(?:^|\s)(?:в|с|до|по|к|от)\s+$/iu.test(m.input.slice(Math.max(0, m.index - 4), m.index))
      )
        return null;
      return point(m, (ctx) => monthValue(contextYear(ctx, false), month));
    },
  ),

  r(
    'season year',
    `${PREFIX}${SEASON}(?:\\s*(?<y>\\d{3,4})${ORD_SUFFIX}(?:\\s*${YEAR_WORD})?|\\s+(?<ry>${REL_YEAR})\\s+года)?${END}`,
    (m) => {
      const g = m.groups!;
      const season = SEASONS.get(key(g.season!))!;
      if (g.y) return point(m, `${formatYear(Number(g.y))}-${season}`);
      if (!g.ry) {
        // A season alone (`весной`, `летом`) is the narrative year's season; only the adverbs, in lower case.
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

  r('year', `${PREFIX}(?<y>\\d{1,4})${ORD_SUFFIX}\\s*(?<yw>${YEAR_WORD})${ERA}${END}`, (m) => {
    const g = m.groups!;
    const y = Number(g.y);
    const yw = key(g.yw!);
    // `22 года` is a duration; small numbers are years only as `в 45 году` or with an era.
    if (y < 100 && !g.era && yw !== 'году' && yw !== 'годом') return null;
    if (y === 0) return null;
    return point(m, formatYear(isBc(g.era) ? -y : y));
  }),

  r(
    'year in words',
    `${PREFIX}(?<card>(?:${NUMW})(?:\\s+(?:${NUMW}))*\\s+)?(?<ordy>${alternation(YEAR_ORDINAL_STEMS.keys())})(?:${alternation(ORDINAL_ENDINGS)})\\s+(?:года|году|год|годом)${END}`,
    (m) => {
      // `в двухтысячном году`, `тысяча девятьсот девяносто первого года`: cardinals, then an ordinal.
      const g = m.groups!;
      const head = g.card ? readAmount(g.card, CARDINALS, key) : 0;
      const last = YEAR_ORDINAL_STEMS.get(key(g.ordy!));
      if (head === undefined || last === undefined) return null;
      const year = head + last;
      if (year < 1000 || year > 2100) return null;
      return point(m, formatYear(year));
    },
  ),

  r('year with ordinal ending', `${PREFIX}(?<y>\\d{4})-(?:го|м|й)${END}`, (m) =>
    point(m, formatYear(Number(m.groups!.y))),
  ),

  r(
    'bare year',
    `(?:(?<rel>начиная\\s+с|с|со|до|после|к)|(?<approx>около|примерно\\s+в|приблизительно\\s+в)|(?<in>в|во))\\s+(?<y>1\\d{3}|20\\d{2})(?!\\s*(?:${DASH}|%|[.,]\\d))${END}`,
    (m, text) => {
      const g = m.groups!;
      // `в 1500 километрах` is a distance: a bare number is a year only before a capital, a
      // punctuation mark or the end of the text.
      const end = m.index + m[0].length;
      if (/^\s*\p{Ll}/u.test(text.slice(end, end + 3))) return null;
      return point(m, formatYear(Number(g.y)));
    },
  ),

  r(
    'decade',
    `${PREFIX}(?:(?<y>\\d{4}|\\d{2})\\s*${DASH}\\s*(?:ых|ые|ми|х|е)|(?<dw>${alternation(DECADE_STEMS.keys())})(?:ые|ых|ыми|ым))(?:\\s+(?:годы|годов|годах|годами|годам|гг\\.?))?(?:\\s+(?:(?<roman>${ROMAN})|(?<ord>\\d{1,2})-?го)\\s*(?:века|в\\.|столетия))?${END}`,
    (m, text) => {
      const g = m.groups!;
      let century: number | undefined;
      if (g.roman || g.ord) {
        century = ordinalOf(m, text);
        if (century === undefined) return null;
      }
      let year: number;
      if (g.y && g.y.length === 4) {
        year = Number(g.y);
        if (year % 10 !== 0) return null;
      } else {
        const tens = g.y ? Number(g.y) / 10 : DECADE_STEMS.get(key(g.dw!))!;
        if (!Number.isInteger(tens)) return null;
        year = century !== undefined ? (century - 1) * 100 + tens * 10 : tens === 0 ? 2000 : 1900 + tens * 10;
      }
      return point(m, decadeValue(year));
    },
    true,
  ),

  r(
    'century',
    `${PREFIX}(?:(?<roman>${ROMAN})|(?<ord>\\d{1,2})\\s?-?(?:й|го|м|му|ом|ый)|${ORDINAL_WORD})\\s*(?:век(?:а|е|у|ом)?|в\\.|столети(?:е|я|и|ю|ем))${ERA}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 21) return null;
      return point(m, centuryValue(n, isBc(m.groups!.era)));
    },
    true,
  ),

  r(
    'millennium',
    `${PREFIX}(?:(?<roman>${ROMAN})|(?<ord>\\d)\\s?-?(?:й|го|м|е|ое)|${ORDINAL_WORD})\\s*тысячелети(?:е|я|и|ю|ем)${ERA}${END}`,
    (m, text) => {
      const n = ordinalOf(m, text);
      if (n === undefined || n < 1 || n > 10) return null;
      return point(m, millenniumValue(n, isBc(m.groups!.era)));
    },
    true,
  ),

  r(
    'year range',
    `(?:(?<from>с|со|от)\\s+(?<a1>\\d{1,4})(?:\\s*-?го)?(?:\\s*(?:года|г\\.))?\\s+(?:по|до)\\s+|(?<between>между)\\s+(?<a2>\\d{1,4})(?:\\s*(?:годом|г\\.))?\\s+и\\s+|(?:(?:в|во)\\s+)?(?<a3>\\d{1,4})(?:\\s*гг?\\.)?\\s*${DASH}\\s*)(?<b>\\d{1,4})(?:\\s?-?(?:й|го|м))?(?:\\s*(?<yw>год(?:ы|а|ов|ах|ами|ом)?|гг?\\.|г(?!\\p{L})))?${ERA}${END}`,
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
      return {
        start: m.index,
        end,
        parts: [
          { start: aStart, end: aStart + aText.length, type: 'DATE', value: av },
          { start: bStart, end: bStart + g.b!.length, type: 'DATE', value: bv },
          { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
        ],
      };
    },
    true,
  ),

  r(
    'two years',
    `(?:(?:в|во)\\s+)?(?<a>\\d{4})\\s*(?:,|и|или)\\s*(?<b>\\d{4})\\s*(?:годах|годы|годов|годами|гг\\.)${END}`,
    (m) => {
      // `в 2017 и 2018 годах`: two years, no range; each gets its own line.
      const g = m.groups!;
      const aStart = groupStart(m, 'a')!;
      const bStart = groupStart(m, 'b')!;
      return {
        start: m.index,
        end: m.index + m[0].length,
        parts: [
          { start: aStart, end: aStart + 4, type: 'DATE', value: formatYear(Number(g.a)) },
          { start: bStart, end: m.index + m[0].length, type: 'DATE', value: formatYear(Number(g.b)) },
        ],
      };
    },
    true,
  ),

  r(
    'month range',
    `(?:(?:с|со)\\s+(?<ma>${alternation(MONTHS.keys())})\\s+(?:по|до)\\s+|(?:в\\s+)?(?<ma2>${alternation(MONTHS.keys())})\\s*${DASH}\\s*)(?<mb>${alternation(MONTHS.keys())})(?:\\s+(?<y>\\d{4})(?:\\s*(?:года|г\\.))?)?${END}`,
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

  r(
    'day range',
    `(?:(?<from>с|со)\\s+)?(?<a>\\d{1,2})(?:\\s*${DASH}\\s*|\\s+(?:по|до)\\s+)(?<b>\\d{1,2})\\s+${MONTH}(?:\\s+(?<y>\\d{4})(?:\\s*(?:года|г\\.))?)?${END}`,
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
      return {
        start: m.index,
        end,
        parts: [
          { start: aStart, end: aStart + g.a!.length, type: 'DATE', value: (ctx) => dayValue(yearAt(ctx), month, a) },
          { start: bStart, end, type: 'DATE', value: (ctx) => dayValue(yearAt(ctx), month, b) },
          {
            start: m.index,
            end,
            type: 'INTERVAL',
            value: (ctx) => `${dayValue(yearAt(ctx), month, a)}/${dayValue(yearAt(ctx), month, b)}`,
          },
        ],
      };
    },
    true,
  ),

  r(
    'century range',
    `(?<ra>${ROMAN})\\s*${DASH}\\s*(?<rb>${ROMAN})\\s*(?:вв\\.|в\\.|века|веках|веков|столетия|столетиях)${ERA}${END}`,
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
      return {
        start: m.index,
        end,
        parts: [
          { start: aStart, end: aStart + g.ra!.length, type: 'DATE', value: av },
          { start: bStart, end: bStart + g.rb!.length, type: 'DATE', value: bv },
          { start: m.index, end, type: 'INTERVAL', value: `${av}/${bv}` },
        ],
      };
    },
    true,
  ),

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
        const base = ctx.anchor ?? ctx.dct;
        if (amount === null || base === undefined) return 'FUTURE_REF';
        return shiftKeepingPrecision(base, unit, amount) ?? 'FUTURE_REF';
      });
    },
  ),

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
        const base = ctx.dct ?? ctx.anchor;
        if (amount === null || base === undefined) return 'PAST_REF';
        return shiftByAmount(base, unit, -amount) ?? 'PAST_REF';
      });
    },
  ),

  r(
    'relative period',
    `(?:(?:в|во)\\s+)?(?:(?<wl>прошлом|этом\\s+же|этом|текущем|следующем|будущем|позапрошлом|предыдущем|том\\s+же|минувшем|нынешнем)\\s+(?<ul>году|месяце|веке|столетии|десятилетии)|(?<wg>${REL_YEAR})\\s+(?<ug>года|месяца|века|столетия|десятилетия)|(?<wn>прошлый|этот|текущий|следующий|тот\\s+же|нынешний)\\s+(?<un>год|месяц|век)|(?<wd>тот\\s+же|следующий|предыдущий)\\s+день)${END}`,
    (m) => {
      const g = m.groups!;
      if (g.wd) {
        const offset = relativeOffset(key(g.wd));
        return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
          const base = ctx.anchor ?? ctx.dct;
          return (base && shiftValue(base, 'day', offset)) ?? 'XXXX-XX-XX';
        });
      }
      const word = key(g.wl ?? g.wg ?? g.wn!).replace(/\s+/g, ' ');
      const unit = UNITS.get(key(g.ul ?? g.ug ?? g.un!))!;
      return single(m.index, m.index + m[0].length, 'DATE', (ctx) => {
        if (unit === 'month') {
          const deictic = !/^(следующ|предыдущ|тот|том)/.test(word);
          const base = deictic ? (ctx.dct ?? ctx.anchor) : (ctx.anchor ?? ctx.dct);
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

  r(
    'present',
    '(?:сейчас|ныне|нынче|сегодня|(?:в\\s+)?настоящее\\s+время|(?:в\\s+)?наши\\s+дни|на\\s+сегодняшний\\s+день|сегодняшний\\s+день|сегодняшнего\\s+дня|настоящий\\s+момент|данный\\s+момент)' +
      END,
    (m) => single(m.index, m.index + m[0].length, 'DATE', 'PRESENT_REF'),
  ),

  r(
    'duration',
    `(?:(?<q>${QUANTIFIERS})\\s+)?(?:${AMOUNT}${HALF}?\\s+${UNIT}(?<half2>\\s+с\\s+половиной)?|(?<hu>${alternation(HALF_UNITS.keys())}))${END}`,
    (m) => {
      const g = m.groups!;
      let value: string;
      if (g.hu) value = HALF_UNITS.get(key(g.hu))!;
      else {
        const unitWord = key(g.unit!);
        const unit = UNITS.get(unitWord)!;
        if (/^\d{3,}$/.test(g.n ?? '') && unit === 'year' && unitWord !== 'лет' && unitWord !== 'годы') return null;
        value = durationValue(amountOf(g), unit);
      }
      return single(m.index, m.index + m[0].length, 'DURATION', value, quantifierMod(g.q));
    },
  ),

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

  r('recurrence', `(?<st>${alternation(RECURRENCE_STEMS.keys())})(?:${alternation(RECURRENCE_ENDINGS)})${END}`, (m) =>
    single(m.index, m.index + m[0].length, 'SET', RECURRENCE_STEMS.get(key(m.groups!.st!))!),
  ),

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
