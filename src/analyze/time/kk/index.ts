import type { TemporalExpression } from '../../types.ts';
import { type Grammar, runRules } from '../cyrillic/engine.ts';
import { triggerTest } from '../cyrillic/patterns.ts';
import { KAZAKH_RULES } from './rules.ts';
import {
  CARDINALS_INFLECTED,
  CENTURY_FORMS,
  MILLENNIUM_FORMS,
  MONTH_WORD_FORMS,
  MONTHS,
  ORDINALS,
  SEASONS,
  SEVERAL,
  UNIT_ANY_FORMS,
  UNITS,
  YEAR_FORMS,
} from './words.ts';

/** Words of the present and of this/last year, which need no number. */
const DEICTIC_WORDS = ['қазір', 'қазіргі', 'бүгін', 'бүгінде', 'бүгінгі', 'биыл', 'былтыр', 'биылғы', 'былтырғы'];

const KAZAKH: Grammar = {
  rules: KAZAKH_RULES,
  isTrigger: triggerTest([
    ...MONTHS.keys(),
    ...SEASONS.keys(),
    ...CARDINALS_INFLECTED.keys(),
    ...ORDINALS.keys(),
    ...SEVERAL,
    ...UNITS.keys(),
    ...UNIT_ANY_FORMS.keys(),
    ...YEAR_FORMS,
    ...CENTURY_FORMS,
    ...MILLENNIUM_FORMS,
    ...MONTH_WORD_FORMS,
    ...DEICTIC_WORDS,
    'жж',
    'ғғ',
  ]),
};

/**
 * Finds and normalises the temporal expressions of a Kazakh text (TIMEX3 values, UTF-16 offsets),
 * sorted by start; ranges give their two points and one INTERVAL line.
 */
export function tagKazakh(text: string, opts: { dct?: string } = {}): TemporalExpression[] {
  return runRules(text, KAZAKH, opts.dct);
}
