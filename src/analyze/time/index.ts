import type { TemporalExpression, TimexOptions } from '../types.ts';

/** STUB until the temporal tagger lands: finds nothing. */
export function tagTimexes(_text: string, _opts: TimexOptions = {}): TemporalExpression[] {
  return [];
}
