/** Small constructors shared by the English rules: candidates, resolved points, counts. */
import type { TimexMod } from '../../../types.ts';
import type { Candidate, Resolved } from '../../candidates.ts';
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
  if (VAGUE_COUNTS.includes(p) || p === 'a couple of') return p === 'a couple of' ? 2 : null;
  return parseEnglishNumber(p);
}
