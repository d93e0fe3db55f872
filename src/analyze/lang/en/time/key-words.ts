/**
 * Key words of the English rules that have one reason to match (`Rule.keyWords`): every match
 * holds one of the words of its list, at most `KEY_WORD_TOKENS_BEFORE` tokens after it starts, so
 * the rule runs only on the stretches of text around them (src/analyze/time/scan.ts). Words are
 * tokens, runs of letters and digits (`night-time`: night). A rule whose matches can do without
 * every word of a list must not carry it (`scan.test.ts` compares both ways).
 */
import { EN_CARDINAL_WORDS } from '../number-words.ts';
import {
  MOVABLE_FEASTS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  REFERENCE_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS,
  WEEKDAYS,
} from './words.ts';

/** A unit of time, or a word of a count before one (`one hundred and fifty years`, `a dozen days`). */
export const COUNTED_UNIT_KEY_WORDS: readonly string[] = [
  ...new Set([
    ...Object.keys(UNITS),
    'fortnights',
    ...Object.keys(EN_CARDINAL_WORDS),
    ...Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'),
  ]),
];

/** A part of the day (`the night of 4 May`, `tonight`, `at noon`). */
export const DAY_PART_KEY_WORDS: readonly string[] = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'tonight',
  'noon',
  'midnight',
  'midday',
  'dawn',
  'dusk',
];

/** A named season (`the dry season`). */
export const SEASON_KEY_WORDS: readonly string[] = ['season', 'seasons'];

/** `a long time`, `a brief period of time`. */
export const TIME_KEY_WORDS: readonly string[] = ['time'];

/** A count or a unit, or a part of the day (`the final two nights`). */
export const COUNTED_UNIT_OR_DAY_PART_KEY_WORDS: readonly string[] = [
  ...COUNTED_UNIT_KEY_WORDS,
  ...DAY_PART_KEY_WORDS,
  'mornings',
  'afternoons',
  'evenings',
  'nights',
];

/** What `the next …`, `that …`, `the day after` name: a unit, a part of the day, a season. */
export const RELATIVE_UNIT_KEY_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...DAY_PART_KEY_WORDS,
  'weekend',
  ...Object.keys(SEASONS),
];

/** Words of a reference to the present, past or future (`now`, `the time being`, `these days`). */
export const REFERENCE_KEY_WORDS: readonly string[] = [
  ...new Set(
    Object.keys(REFERENCE_WORDS)
      .flatMap((w) => w.split(' '))
      .filter((w) => !['the', 'at', 'this', 'right', 'these', 'being'].includes(w)),
  ),
];

/** `the first and second centuries`: the plural, or the ordinals before it. */
export const CENTURIES_KEY_WORDS: readonly string[] = [
  'centuries',
  'millennia',
  ...new Set(Object.keys(ORDINAL_WORDS).flatMap((w) => w.split('-'))),
];

/** `every year`, `each Monday`, `daily`, `Sundays`. */
export const SET_KEY_WORDS: readonly string[] = [
  ...COUNTED_UNIT_KEY_WORDS,
  ...Object.keys(WEEKDAYS),
  ...Object.keys(WEEKDAYS).map((d) => `${d}s`),
  ...Object.keys(SEASONS),
  ...Object.keys(SET_WORDS),
];

export const WEEKDAY_KEY_WORDS: readonly string[] = Object.keys(WEEKDAYS);
/** `at that time`, `the same period`. */
export const PERIOD_KEY_WORDS: readonly string[] = ['time', 'period', 'date', 'moment', 'era'];
/** `the first quarter of 2016`, `Q3 2016`. */
export const QUARTER_KEY_WORDS: readonly string[] = ['quarter', 'q1', 'q2', 'q3', 'q4'];
/** Movable feasts (`Easter 1916`, `Lunar New Year`). */
export const FEAST_KEY_WORDS: readonly string[] = [
  ...new Set(
    MOVABLE_FEASTS.flatMap((f) => f.toLowerCase().split(/[\s-]+/)).filter(
      (w) => !['new', 'year', 'al', 'fitr', 'adha'].includes(w),
    ),
  ),
];
export const AGE_KEY_WORDS: readonly string[] = ['age', 'aged'];
export const ANNIVERSARY_KEY_WORDS: readonly string[] = ['anniversary'];
export const ADJACENT_DAY_KEY_WORDS: readonly string[] = ['yesterday', 'tomorrow'];
export const RECENT_KEY_WORDS: readonly string[] = ['recent'];
export const WEEK_KEY_WORDS: readonly string[] = ['week'];
