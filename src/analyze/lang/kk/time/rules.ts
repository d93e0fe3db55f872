/**
 * The Kazakh rules, one per kind of expression, grouped by file. Kazakh marks relations with case
 * endings and postpositions after the date (`1991 жылдан бастап`), so spans run from the number to
 * the postposition; word forms come from `words.ts` and `morphology.ts`.
 */
import type { Rule } from '../../../time/rule.ts';
import { DATE_RULES } from './dates.ts';
import { DAY_RULES } from './days.ts';
import { DURATION_RULES } from './durations.ts';
import { RANGE_RULES } from './ranges.ts';
import { RELATIVE_RULES } from './relative.ts';

/** Every rule, in priority order: on equal spans an earlier rule wins. */
export const KAZAKH_RULES: readonly Rule[] = [
  ...DATE_RULES,
  ...RANGE_RULES,
  ...DAY_RULES,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
];
