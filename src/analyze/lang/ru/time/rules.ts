/**
 * The Russian rules, one per kind of expression, grouped by file; their words come from `words.ts`.
 * Spans include the preposition `в` and every word that changes the value or modifier (`около`,
 * `с … по`, `через`, `назад`), as the annotated samples do.
 */
import type { Rule } from '../../../time/rule.ts';
import { DATE_RULES } from './dates.ts';
import { DAY_RULES } from './days.ts';
import { DURATION_RULES } from './durations.ts';
import { RANGE_RULES } from './ranges.ts';
import { RELATIVE_RULES } from './relative.ts';

/** Every rule, in priority order: on equal spans an earlier rule wins. */
export const RUSSIAN_RULES: readonly Rule[] = [
  ...DATE_RULES,
  ...RANGE_RULES,
  ...DAY_RULES,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
];
