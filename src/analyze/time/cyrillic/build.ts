/** Candidate builders both Cyrillic taggers use: ranges and dates whose year comes from context. */
import type { TemporalExpression, TimexMod } from '../../types.ts';
import { parseDateValue } from '../anchor.ts';
import { formatYear } from '../values.ts';
import type { Candidate, Part, ResolveContext } from './engine.ts';

type Value = Part['value'];

/** Two points and the INTERVAL spanning the whole range expression, as `../README.md` asks. */
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
  return {
    start,
    end,
    parts: [
      { start: first.start, end: first.end, type: 'DATE', value: first.value },
      { start: second.start, end: second.end, type: 'DATE', value: second.value },
      interval,
    ],
  };
}

/**
 * The year an expression without one (`29 августа`, `в сентябре`) takes from the narrative: the
 * anchor's, when the anchor is in the same sentence (or anywhere before, if `sameSentence` is
 * false) and the expression does not follow a SET word (`ежегодно 29 августа` stays annual).
 */
export function contextYear(ctx: ResolveContext, sameSentence: boolean): number | undefined {
  if (ctx.afterSet || !ctx.anchor) return undefined;
  if (sameSentence && !ctx.anchorInSentence) return undefined;
  const year = parseDateValue(ctx.anchor)?.year;
  return year !== undefined && year > 0 ? year : undefined;
}

/** The same line with its span narrowed to `[start, end)` of `text` and no mod (the end of a range). */
export function narrowed(text: string, line: TemporalExpression, start: number, end: number): TemporalExpression {
  const { mod: _mod, ...rest } = line;
  return { ...rest, start, end, text: text.slice(start, end) };
}

/**
 * The value of a season expression: with its own year (`летом 1991 года`), with a relative year
 * word (`прошлым летом`, `биылғы жазда`), or alone — then the narrative year's season, but only
 * for the adverb forms (`летом`, `жазда`) in lower case; null when a bare season is not one.
 */
export function seasonValue(
  season: string,
  found: { year?: string; relative?: string; word: string },
  adverbs: ReadonlySet<string>,
  relativeYear: (word: string, ctx: ResolveContext) => number | undefined,
): Value | null {
  if (found.year) return `${formatYear(Number(found.year))}-${season}`;
  const yearOf = (y: number | undefined) => `${y === undefined ? 'XXXX' : formatYear(y)}-${season}`;
  const relative = found.relative;
  if (relative) return (ctx) => yearOf(relativeYear(relative, ctx));
  if (!adverbs.has(found.word)) return null;
  return (ctx) => yearOf(contextYear(ctx, false));
}
