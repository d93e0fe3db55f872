/** Russian pattern fragments and the helpers every rule file uses. */

import { parseDateValue } from '../../../time/anchor.ts';
import { originalGroup, single } from '../../../time/build.ts';
import { readAmount } from '../../../time/numbers.ts';
import { alternation, isUpperRoman, rule } from '../../../time/patterns.ts';
import { applyPosition, type Position } from '../../../time/position.ts';
import { romanToInt } from '../../../time/roman.ts';
import type { Candidate, ResolveContext } from '../../../time/rule.ts';
import type { TimexMod } from '../../../types.ts';
import { CARDINALS, key, MONTHS, ORDINAL_ENDINGS, ORDINAL_STEMS, SEASONS, SEVERAL, UNITS } from './words.ts';

export const MONTH = `(?<mon>${alternation(MONTHS.keys())})`;
export const SEASON = `(?<season>${alternation(SEASONS.keys())})`;
export const NUMW = alternation(CARDINALS.keys());
export const AMOUNT = `(?<n>\\d+(?:[.,]\\d+)?|(?:${NUMW})(?:\\s+(?:${NUMW}))*|(?<several>${alternation(SEVERAL)}))`;
export const HALF = '(?<half>\\s+с\\s+половиной)';
export const UNIT = `(?<unit>${alternation(UNITS.keys())})`;
export const ORDINAL_WORD = `(?:(?<tens>двадцать|тридцать)\\s+)?(?<ordw>(?:${alternation(ORDINAL_STEMS.keys())})(?:${alternation(ORDINAL_ENDINGS)}))`;
export const ERA =
  '(?:\\s*(?<era>до\\s*н\\.\\s*э\\.?|до\\s+нашей\\s+эры|до\\s+р\\.\\s*х\\.?|н\\.\\s*э\\.?|нашей\\s+эры))?';
export const YEAR_WORD = '(?:года|году|годом|год|г\\.|г(?!\\p{L}))';
export const ORD_SUFFIX = '(?:\\s?-?(?:го|му|м|й|ый))?';
export const REL_YEAR =
  'прошлого|этого\\s+же|этого|текущего|следующего|будущего|позапрошлого|того\\s+же|того|предыдущего|минувшего|нынешнего';

/** Words before a point: those that set its modifier, and the preposition `в`, which the span includes. */
export const PREFIX =
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

export function positionOf(g: Record<string, string | undefined>): Position | undefined {
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
export function point(
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

export const isBc = (era: string | undefined): boolean => era !== undefined && key(era).startsWith('до');

export function ordinalOf(m: RegExpExecArray, text: string): number | undefined {
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
export function amountOf(g: Record<string, string | undefined>): number | null {
  if (g.several) return null;
  const n = g.n === undefined ? 1 : readAmount(g.n, CARDINALS, key);
  if (n === undefined) return null;
  return g.half || g.half2 ? n + 0.5 : n;
}

/** Year a relative word starts from: deictic words (`прошлого`) prefer dct, narrative ones (`того же`) the anchor. */
export function baseYear(word: string, ctx: ResolveContext): number | undefined {
  const w = key(word).replace(/\s+/g, ' ');
  const deictic = /^(прошл|этого$|этом$|этот$|текущ|будущ|позапрошл|минувш|нынешн)/.test(w);
  const base = deictic ? (ctx.dct ?? ctx.anchor.narrative()) : (ctx.anchor.narrative() ?? ctx.dct);
  return base ? parseDateValue(base)?.year : undefined;
}

/** Year meant by `прошлого года`, `того же года`. */
export function relativeYear(word: string, ctx: ResolveContext): number | undefined {
  const year = baseYear(word, ctx);
  return year === undefined ? undefined : year + relativeOffset(key(word));
}

export function relativeOffset(w: string): number {
  if (w.startsWith('позапрошл')) return -2;
  if (/^(прошл|минувш|предыдущ)/.test(w)) return -1;
  if (/^(следующ|будущ)/.test(w)) return 1;
  return 0;
}

export const QUANTIFIERS =
  'не\\s+более(?:\\s+чем)?|не\\s+больше(?:\\s+чем)?|не\\s+менее(?:\\s+чем)?|не\\s+меньше(?:\\s+чем)?|более(?:\\s+чем)?|свыше|больше(?:\\s+чем)?|менее(?:\\s+чем)?|меньше(?:\\s+чем)?|около|почти|примерно|приблизительно|порядка|до';

/** Modifier of a quantity word before a duration (`более`, `менее`, `около`). */
export function quantifierMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const q = key(word).replace(/\s+/g, ' ').replace(/ чем$/, '');
  if (q === 'более' || q === 'свыше' || q === 'больше') return 'MORE_THAN';
  if (q === 'менее' || q === 'меньше') return 'LESS_THAN';
  if (q === 'не более' || q === 'не больше' || q === 'до') return 'EQUAL_OR_LESS';
  if (q === 'не менее' || q === 'не меньше') return 'EQUAL_OR_MORE';
  return 'APPROX';
}

/** Lengths named by one adjective: `десятилетний` is a decade, `столетний` a century. */
export const WHOLE_LENGTHS = new Map<string, string>([
  ['десятилетн', 'P1DE'],
  ['столетн', 'P1CE'],
  ['тысячелетн', 'P1ML'],
]);

/** A rule of this language's grammar (see `rule`). */
export const r = rule;
