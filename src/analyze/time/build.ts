/**
 * Candidate builders for rules that describe their lines as parts (ru, kk): a part's value is
 * either written out or computed from the context when the candidate is resolved.
 */
import type { TimexMod, TimexType } from '../types.ts';
import { parseDateValue } from './anchor.ts';
import { sentenceAround } from './days.ts';
import type { Candidate, ResolveContext, Resolved } from './rule.ts';
import { dayValue, formatYear, isValidDay } from './values.ts';

/** One line of a candidate before its value is known; a computed value of '' withdraws the line. */
export interface Part {
  start: number;
  end: number;
  type: TimexType;
  value: string | ((ctx: ResolveContext) => string);
  mod?: TimexMod;
}

type Value = Part['value'];

/** A year, month, season or day of the common era: what `parseDateValue` reads at year precision or finer. */
const ANCHOR_VALUE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))?$/;

/**
 * A candidate made of parts (points, then any INTERVAL). Only dates written out in full (a year or
 * finer) become the narrative anchor; values computed from the context do not.
 */
export function lines(start: number, end: number, parts: readonly Part[]): Candidate {
  return {
    start,
    end,
    resolve(ctx) {
      const out: Resolved[] = [];
      for (const p of parts) {
        const value = typeof p.value === 'function' ? p.value(ctx) : p.value;
        // A resolver returns '' to withdraw a guess its context does not support (a homograph month).
        if (value === '') continue;
        const line: Resolved = {
          start: p.start,
          end: p.end,
          type: p.type,
          value,
          anchors: typeof p.value === 'string' && ANCHOR_VALUE.test(value),
        };
        if (p.mod) line.mod = p.mod;
        out.push(line);
      }
      return out;
    },
  };
}

/** A candidate with a single line covering the whole match. */
export function single(start: number, end: number, type: TimexType, value: Value, mod?: TimexMod): Candidate {
  const part: Part = { start, end, type, value };
  if (mod) part.mod = mod;
  return lines(start, end, [part]);
}

/** Two points and the INTERVAL spanning the whole range expression, as `README.md` asks. */
export function range(
  start: number,
  end: number,
  first: { start: number; end: number; value: Value },
  second: { start: number; end: number; value: Value },
  mod?: TimexMod,
): Candidate {
  const v = (x: Value, ctx: ResolveContext) => (typeof x === 'function' ? x(ctx) : x);
  const interval: Part = {
    start,
    end,
    type: 'INTERVAL',
    value:
      typeof first.value === 'string' && typeof second.value === 'string'
        ? `${first.value}/${second.value}`
        : (ctx) => `${v(first.value, ctx)}/${v(second.value, ctx)}`,
  };
  if (mod) interval.mod = mod;
  return lines(start, end, [
    { start: first.start, end: first.end, type: 'DATE', value: first.value },
    { start: second.start, end: second.end, type: 'DATE', value: second.value },
    interval,
  ]);
}

/**
 * The year an expression without one (`29 августа`, `в сентябре`) takes from the narrative: the
 * anchor's, when the anchor is in the same sentence (or anywhere before, if `sameSentence` is
 * false) and the expression does not follow a SET word (`ежегодно 29 августа` stays annual).
 */
export function contextYear(ctx: ResolveContext, sameSentence: boolean): number | undefined {
  const anchor = ctx.anchor.narrative();
  if (ctx.afterSet || !anchor) return undefined;
  if (sameSentence && !ctx.anchorInSentence) return undefined;
  const year = parseDateValue(anchor)?.year;
  return year !== undefined && year > 0 ? year : undefined;
}

/** The same line with its span narrowed to `[start, end)` and no mod (the end of a range). */
export function narrowed(line: Resolved, start: number, end: number): Resolved {
  const { mod: _mod, ...rest } = line;
  return { ...rest, start, end };
}

/**
 * The value of a season expression: with its own year (`летом 1991 года`), with a relative year
 * word (`прошлым летом`, `биылғы жазда`), or alone — then the narrative year's season, but only
 * for the adverb forms (`летом`, `жазда`) in lower case; null when a bare season is not one.
 */
export function seasonValue(
  season: string,
  found: { year?: string; relative?: string; word: string; habitual?: boolean },
  adverbs: ReadonlySet<string>,
  relativeYear: (word: string, ctx: ResolveContext) => number | undefined,
): Value | null {
  if (found.year) return `${formatYear(Number(found.year))}-${season}`;
  const yearOf = (y: number | undefined) => `${y === undefined ? 'XXXX' : formatYear(y)}-${season}`;
  const relative = found.relative;
  if (relative) return (ctx) => yearOf(relativeYear(relative, ctx));
  if (!adverbs.has(found.word)) return null;
  if (found.habitual) return yearOf(undefined);
  return (ctx) => yearOf(contextYear(ctx, false));
}

/**
 * True when a bare season adverb has another in its sentence (`летом поднимались на джайляу, а
 * зимой уходили в долины`, `жазда жайлауға көшті, ал қыста …`): seasons set against each other
 * describe a way of life, every year's, not one year's.
 */
export function contrastedSeason(text: string, start: number, end: number, adverbs: ReadonlySet<string>): boolean {
  const { before, after } = sentenceAround(text, start, end);
  // Not `летом и осенью 1941 года` (one year's two seasons): the other season has no year and
  // stands a few words away, and this one has no year either.
  if (/^\s*\d/.test(after)) return false;
  const sides: [string, boolean][] = [
    [before, true],
    [after, false],
  ];
  for (const [side, isBefore] of sides) {
    for (const m of side.toLowerCase().matchAll(/\p{L}+/gu)) {
      if (!adverbs.has(m[0])) continue;
      const gap = isBefore ? side.slice(m.index + m[0].length) : side.slice(0, m.index);
      const rest = side.slice(m.index + m[0].length);
      if ((gap.match(/\p{L}+/gu) ?? []).length >= 2 && !/^\s*\d/.test(rest)) return true;
    }
  }
  return false;
}

/** The original text of a named group (the rule must be compiled with indices). */
export function originalGroup(m: RegExpExecArray, text: string, name: string): string | undefined {
  const span = m.indices?.groups?.[name];
  return span ? text.slice(span[0], span[1]) : undefined;
}

/** The original spelling of a matched word, found by its first occurrence in the match. */
export function originalWord(m: RegExpExecArray, text: string, word: string): string {
  const at = m.index + m[0].indexOf(word);
  return text.slice(at, at + word.length);
}

/** Start offset of a named group within the text (requires the `d` flag) or undefined. */
export function groupStart(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[0];
}

/** End offset of a named group within the text (requires the `d` flag) or undefined. */
export function groupEnd(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[1];
}

/**
 * A life span or other range whose ends are in doubt (`около 1667 – 23 (?) сентября 1763`,
 * `шамамен 1693 – 1748`), read from a pack's `doubtful range` match (groups `approx`, `a`, `qa`,
 * `d`, `qd`, `mon`, `b`, `qb`): the first point with its approximation word (`APPROX`), the second
 * as written (a year or a day), and the INTERVAL over both. The `(?)` of a doubted day stays in its
 * span and leaves the value as written. Null for a plain `1941–1945` (the year range's), which has
 * no sign of doubt and no day.
 */
export function doubtfulRange(m: RegExpExecArray, monthOf: (word: string) => number | undefined): Candidate | null {
  const g = m.groups!;
  if (!g.approx && !g.qa && !g.qb && !g.qd && !g.d) return null;
  const a = Number(g.a);
  const b = Number(g.b);
  if (a < 100 || b <= a || b - a > 130) return null;
  const month = g.mon ? monthOf(g.mon) : undefined;
  if (month !== undefined && !isValidDay(b, month, Number(g.d))) return null;
  const first = { start: m.index, end: groupStart(m, 'a')! + g.a!.length, value: formatYear(a) };
  const second = {
    start: groupStart(m, g.d ? 'd' : 'b')!,
    end: groupStart(m, 'b')! + g.b!.length + (g.qb?.length ?? 0),
    value: month === undefined ? formatYear(b) : dayValue(b, month, Number(g.d)),
  };
  const end = m.index + m[0].length;
  const parts: Part[] = [
    { start: first.start, end: first.end, type: 'DATE', value: first.value },
    { start: second.start, end: second.end, type: 'DATE', value: second.value },
    { start: m.index, end, type: 'INTERVAL', value: `${first.value}/${second.value}` },
  ];
  if (g.approx !== undefined) parts[0]!.mod = 'APPROX';
  return lines(m.index, end, parts);
}
