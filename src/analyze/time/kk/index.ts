import type { TemporalExpression } from '../../types.ts';
import { narrowed } from '../cyrillic/build.ts';
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
const DEICTIC_WORDS = [
  'қазір',
  'қазіргі',
  'бүгін',
  'бүгінде',
  'бүгінгі',
  'бүгінге',
  'биыл',
  'былтыр',
  'биылғы',
  'былтырғы',
];

// `… 22 маусымнан (бастап) … 9 мамырға дейін`: from (ablative) … until (dative + дейін).
const FROM_CASE = /(?:нан|нен|дан|ден|тан|тен)(?:\s+бастап)?$/u;
const UNTIL = /\s+(?:дейін|шейін)$/u;

/** A range in words: the first point keeps its ablative (`1949 жылдан`), the second loses `дейін` and its mod. */
function kazakhRange(
  text: string,
  a: TemporalExpression,
  gap: string,
  b: TemporalExpression,
): [TemporalExpression, TemporalExpression] | null {
  if (!/^\s+$/.test(gap) || !FROM_CASE.test(a.text)) return null;
  const until = UNTIL.exec(b.text);
  if (!until) return null;
  const since = /\s+бастап$/u.exec(a.text);
  return [
    narrowed(text, a, a.start, a.end - (since ? since[0].length : 0)),
    narrowed(text, b, b.start, b.end - until[0].length),
  ];
}

const KAZAKH: Grammar = {
  rules: KAZAKH_RULES,
  rangeOf: kazakhRange,
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
