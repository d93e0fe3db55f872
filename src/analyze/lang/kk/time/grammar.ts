/** Kazakh pattern fragments and the helpers every rule file uses. */

import { parseDateValue } from '../../../time/anchor.ts';
import { originalGroup, single } from '../../../time/build.ts';
import { readAmount } from '../../../time/numbers.ts';
import { alternation, isUpperRoman, rule } from '../../../time/patterns.ts';
import { applyPosition, type Position } from '../../../time/position.ts';
import { romanToInt } from '../../../time/roman.ts';
import type { Candidate, ResolveContext } from '../../../time/rule.ts';
import type { TimexMod } from '../../../types.ts';
import {
  CARDINALS,
  key,
  MONTH_WORD_FORMS,
  MONTHS,
  ORDINALS,
  POSITION_FORMS,
  SEASONS,
  SEVERAL,
  UNITS,
  YEAR_FORMS,
} from './words.ts';

export const MONTH = `(?<mon>${alternation(MONTHS.keys())})`;
export const MONTH_WORD = `(?:\\s+(?<aw>${alternation(MONTH_WORD_FORMS)}))`;
export const SEASON = `(?<season>${alternation(SEASONS.keys())})`;
export const YEAR_WORD = `(?<yw>${alternation(YEAR_FORMS)}|жж\\.|ж\\.)`;
/** The year word linking a year to the month, season or day that follows (`1991 жылғы 29 тамызда`). */
export const YEAR_LINK = '\\s*-?\\s*(?:жылғы|жылы|жылдың|ж\\.)\\s*';
export const NUMW = alternation(CARDINALS.keys());
export const AMOUNT = `(?:(?<n>\\d+(?:[.,]\\d+)?|(?:${NUMW})(?:\\s+(?:${NUMW}))*)|(?<several>${alternation(SEVERAL)}))(?<half>\\s+жарым)?`;
export const UNIT = `(?<unit>${alternation(UNITS.keys())})`;
/** `15-ші`, or `15-` right before the noun (`15-ғасыр`). */
export const ORDINAL_DIGITS = '(?<ord>\\d{1,2})(?:\\s*-?\\s*(?:с?інші|с?ыншы|нші|ншы|ші|шы)|(?=-))';
export const ORDINAL_WORD = `(?:(?<ordtens>${NUMW})\\s+)?(?<ordw>${alternation(ORDINALS.keys())})`;
export const ERA_BEFORE =
  '(?:(?<erap>б\\.\\s*з\\.\\s*д\\.?|б\\.\\s*з\\.\\s*б\\.?|біздің\\s+заманымызға\\s+дейінгі|біздің\\s+заманымыздан\\s+бұрынғы|б\\.\\s*з\\.?|біздің\\s+заманымыздың)\\s*)?';
export const ERA_AFTER = '(?:\\s*(?<era>б\\.\\s*з\\.\\s*д\\.?|б\\.\\s*з\\.\\s*б\\.?|б\\.\\s*з\\.?))?';
export const APPROX = '(?:(?<approx>шамамен|шамасы|жуықтап|мөлшермен|болжам\\s+бойынша)\\s+)?';
export const POSITION = `(?:\\s+(?:(?<halfn>бірінші|екінші)\\s+)?(?<pos>${alternation(POSITION_FORMS.keys())}))?`;
export const POST =
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

export function positionOf(g: Record<string, string | undefined>): Position | undefined {
  if (!g.pos) return undefined;
  const pos = POSITION_FORMS.get(key(g.pos));
  if (pos === 'HALF') {
    if (!g.halfn) return undefined;
    return key(g.halfn) === 'бірінші' ? 'H1' : 'H2';
  }
  return pos;
}

/** One DATE line for the whole match, with the modifier its words carry. */
export function point(
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

export const isBc = (g: Record<string, string | undefined>): boolean => {
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

export function ordinalOf(m: RegExpExecArray, text: string): number | undefined {
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
export function amountOf(
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
const DEICTIC = new Set(['биыл', 'былтыр', 'биылғы', 'былтырғы', 'осы', 'өткен', 'алдағы', 'келер', 'ағымдағы']);
export const OFFSETS: Record<string, number> = {
  былтыр: -1,
  былтырғы: -1,
  өткен: -1,
  алдыңғы: -1,
  келесі: 1,
  алдағы: 1,
  келер: 1,
};

export function relativeBase(word: string, ctx: ResolveContext): string | undefined {
  return DEICTIC.has(key(word)) ? (ctx.dct ?? ctx.anchor.narrative()) : (ctx.anchor.narrative() ?? ctx.dct);
}

export function relativeYear(word: string, ctx: ResolveContext): number | undefined {
  const base = relativeBase(word, ctx);
  const year = base ? parseDateValue(base)?.year : undefined;
  return year === undefined ? undefined : year + (OFFSETS[key(word)] ?? 0);
}

export const REL_WORD = 'сол|осы|өткен|келесі|келер|алдыңғы|биылғы|былтырғы|алдағы|ағымдағы';

/** A rule of this language's grammar (see `rule`). */
export const r = rule;
