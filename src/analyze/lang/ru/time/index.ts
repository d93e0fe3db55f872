import { narrowed } from '../../../time/build.ts';
import { joinSamePrecision } from '../../../time/ranges.ts';
import type { Resolved, TimeLanguage } from '../../../time/rule.ts';
import { RUSSIAN_RULES } from './rules.ts';
import {
  ADJECTIVE_ENDINGS,
  CARDINALS,
  COMPOUND_NUMBERS,
  DAY_PARTS,
  DAY_WORDS,
  DECADE_STEMS,
  HALF_UNITS,
  LAST_ONE,
  LENGTH_ADJECTIVES,
  MONTHS,
  ORDINAL_ENDINGS,
  RECURRENCE_ENDINGS,
  RECURRENCE_STEMS,
  SEASONS,
  SEVERAL,
  UNITS,
  VAGUE_PERIODS,
  WEEKDAYS,
  YEAR_ORDINAL_STEMS,
} from './words.ts';

/** Every stem with every ending, as trigger word forms. */
function withEndings(stems: Iterable<string>, endings: readonly string[]): string[] {
  return [...stems].flatMap((stem) => endings.map((e) => stem + e));
}

/** Words that no Russian rule can match without; every rule needs one of them near its match. */
const PRESENT_WORDS = [
  'сих',
  'сей',
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

const FROM = /^(?:с|со|от)\s+/i;
const TO = /^(?:по|до)\s+/i;

/** `с 22 июня 1941 года по 9 мая 1945 года`: the points without `с`/`по`, as in `с 2013 по 2022 год`. */
function russianRange(text: string, a: Resolved, gap: string, b: Resolved): [Resolved, Resolved] | null {
  const from = FROM.exec(text.slice(a.start, a.end));
  if (!from) return null;
  const to = /^\s+(?:по|до)\s+$/i.test(gap) ? [''] : /^\s+$/.test(gap) ? TO.exec(text.slice(b.start, b.end)) : null;
  if (!to) return null;
  return [narrowed(a, a.start + from[0].length, a.end), narrowed(b, b.start + to[0]!.length, b.end)];
}

/** Russian on the temporal engine: spans include `в` and the words that change the value (`README.md`). */
export const ruTime: TimeLanguage = {
  rules: RUSSIAN_RULES,
  onEqualLength: 'earlier-rule',
  refiners: [joinSamePrecision(russianRange)],
  triggers: [
    ...MONTHS.keys(),
    ...SEASONS.keys(),
    ...CARDINALS.keys(),
    ...SEVERAL,
    ...UNITS.keys(),
    ...HALF_UNITS.keys(),
    ...PRESENT_WORDS,
    ...DAY_WORDS.keys(),
    ...WEEKDAYS.keys(),
    ...DAY_PARTS.keys(),
    'накануне',
    'полдень',
    'полудню',
    'полудня',
    'полночь',
    'полуночи',
    'неделе',
    'последние',
    ...LAST_ONE,
    ...VAGUE_PERIODS,
    'возрасте',
    ...withEndings(RECURRENCE_STEMS.keys(), RECURRENCE_ENDINGS),
    ...withEndings(DECADE_STEMS.keys(), ['ые', 'ых', 'ыми', 'ым']),
    ...withEndings(YEAR_ORDINAL_STEMS.keys(), ORDINAL_ENDINGS),
    ...withEndings(
      [...COMPOUND_NUMBERS.keys()].flatMap((n) => [...LENGTH_ADJECTIVES.keys()].map((a) => n + a)),
      ADJECTIVE_ENDINGS,
    ),
    ...withEndings(['десятилетн', 'столетн', 'тысячелетн'], ADJECTIVE_ENDINGS),
  ],
};
