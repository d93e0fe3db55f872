import type { TemporalExpression } from '../../types.ts';
import { type Grammar, runRules } from '../cyrillic/engine.ts';
import { triggerTest } from '../cyrillic/patterns.ts';
import { RUSSIAN_RULES } from './rules.ts';
import {
  CARDINALS,
  COMPOUND_NUMBERS,
  DECADE_STEMS,
  HALF_UNITS,
  LENGTH_ADJECTIVES,
  MONTHS,
  RECURRENCE_STEMS,
  SEASONS,
  SEVERAL,
  UNITS,
  YEAR_ORDINAL_STEMS,
} from './words.ts';

/** Words that no Russian rule can match without; every rule needs one of them near its match. */
const PRESENT_WORDS = [
  'сейчас',
  'ныне',
  'нынче',
  'сегодня',
  'настоящее',
  'наши',
  'сегодняшний',
  'сегодняшнего',
  'настоящий',
  'данный',
];

const RUSSIAN: Grammar = {
  rules: RUSSIAN_RULES,
  isTrigger: triggerTest(
    [
      ...MONTHS.keys(),
      ...SEASONS.keys(),
      ...CARDINALS.keys(),
      ...SEVERAL,
      ...UNITS.keys(),
      ...HALF_UNITS.keys(),
      ...PRESENT_WORDS,
    ],
    [
      ...RECURRENCE_STEMS.keys(),
      ...DECADE_STEMS.keys(),
      ...[...COMPOUND_NUMBERS.keys()].flatMap((n) => [...LENGTH_ADJECTIVES.keys()].map((a) => n + a)),
      ...YEAR_ORDINAL_STEMS.keys(),
      'десятилетн',
      'столетн',
      'тысячелетн',
    ],
  ),
};

/**
 * Finds and normalises the temporal expressions of a Russian text (TIMEX3 values, UTF-16 offsets),
 * sorted by start; ranges give their two points and one INTERVAL line.
 */
export function tagRussian(text: string, opts: { dct?: string } = {}): TemporalExpression[] {
  return runRules(text, RUSSIAN, opts.dct);
}
