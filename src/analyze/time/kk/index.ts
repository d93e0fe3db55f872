import type { TemporalExpression } from '../../types.ts';
import { runRules } from '../cyrillic/engine.ts';
import { KAZAKH_RULES } from './rules.ts';

/**
 * Finds and normalises the temporal expressions of a Kazakh text (TIMEX3 values, UTF-16 offsets),
 * sorted by start; ranges give their two points and one INTERVAL line.
 */
export function tagKazakh(text: string, opts: { dct?: string } = {}): TemporalExpression[] {
  return runRules(text, KAZAKH_RULES, opts.dct);
}
