import type { TimexMod } from '../types.ts';

/**
 * Where inside a period an expression points: its beginning, middle or end, a half or a quarter.
 * Halves and quarters of a year have their own ISO-style values (`1991-H1`, `2014-Q1`); for coarser
 * periods (decade, century, millennium) a first half reads as START and a second half as END,
 * since TIMEX3 has no finer modifier.
 */
export type Position = 'START' | 'MID' | 'END' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

export function applyPosition(value: string, position: Position): { value: string; mod?: TimexMod } {
  if (position === 'START' || position === 'MID' || position === 'END') return { value, mod: position };
  if (/^\d{4}$/.test(value)) return { value: `${value}-${position}` };
  if (position === 'H1' || position === 'Q1') return { value, mod: 'START' };
  if (position === 'H2' || position === 'Q4') return { value, mod: 'END' };
  return { value, mod: 'MID' };
}
