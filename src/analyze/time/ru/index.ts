import type { TemporalExpression } from '../../types.ts';
import { runRules } from '../cyrillic/engine.ts';
import { RUSSIAN_RULES } from './rules.ts';

/**
 * Finds and normalises the temporal expressions of a Russian text (TIMEX3 values, UTF-16 offsets),
 * sorted by start; ranges give their two points and one INTERVAL line.
 */
export function tagRussian(text: string, opts: { dct?: string } = {}): TemporalExpression[] {
  return runRules(text, RUSSIAN_RULES, opts.dct);
}
