/** Small constructors shared by the English rules: candidates, resolved points, counts. */

import type { Candidate, Resolved } from '../../../../time/rule.ts';
import type { TimexMod } from '../../../../types.ts';
import { parseEnglishNumber } from '../numbers.ts';
import { QUANTITY_MODS, VAGUE_COUNTS } from '../words.ts';

export const candidate = (start: number, end: number, resolve: Candidate['resolve']): Candidate => ({
  start,
  end,
  resolve,
});
export const whole = (m: RegExpExecArray, resolve: Candidate['resolve']): Candidate =>
  candidate(m.index, m.index + m[0].length, resolve);
export const point = (start: number, end: number, value: string, extra: Partial<Resolved> = {}): Resolved => ({
  start,
  end,
  type: 'DATE',
  value,
  ...extra,
});

export function quantityMod(prefix: string | undefined): TimexMod | undefined {
  if (!prefix) return undefined;
  return QUANTITY_MODS[prefix.trim().toLowerCase().replace(/\s+/g, ' ')];
}

export function countOf(phrase: string): number | null {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (p === 'a single') return 1;
  if (VAGUE_COUNTS.includes(p) || p === 'a couple of') return p === 'a couple of' ? 2 : null;
  return parseEnglishNumber(p);
}

/** Before a word start: rules begin here so the engine skips positions inside words quickly. */
export const WORD_START = '(?<![A-Za-z0-9])';

/**
 * Words that may precede a match and belong to its span ("more than", "the next", "just"), read
 * backwards from `start` with `prefix` (a regex ending in `$`). Matching them after the fact keeps
 * the main pattern from trying every optional prefix at every position of the text.
 */
export function extendLeft(text: string, start: number, prefix: RegExp): RegExpExecArray | null {
  const m = prefix.exec(text.slice(Math.max(0, start - 48), start));
  return m && m[0].length > 0 ? m : null;
}
