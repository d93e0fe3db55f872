/**
 * Anchor words of the English rules that have one reason to match (`Rule.anchors`): every match
 * holds one of the words of its list, at most `ANCHOR_TOKENS_BEFORE` tokens after it starts, so
 * the rule runs only on the stretches of text around them (src/analyze/time/scan.ts). Words are
 * tokens, runs of letters and digits (`night-time`: night). A rule whose matches can do without
 * every word of a list must not carry it (`scan.test.ts` compares both ways).
 */
import { EN_CARDINAL_WORDS } from '../number-words.ts';
import { NUMBER_WORDS, UNITS } from './words.ts';

/** A unit of time, or a word of a count before one (`one hundred and fifty years`, `a dozen days`). */
export const COUNTED_UNIT_ANCHORS: readonly string[] = [
  ...new Set([
    ...Object.keys(UNITS),
    'fortnights',
    ...Object.keys(EN_CARDINAL_WORDS),
    ...Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'),
  ]),
];

/** A part of the day (`the night of 4 May`, `tonight`, `at noon`). */
export const DAY_PART_ANCHORS: readonly string[] = [
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
export const SEASON_ANCHORS: readonly string[] = ['season', 'seasons'];

/** `a long time`, `a brief period of time`. */
export const TIME_ANCHORS: readonly string[] = ['time'];
