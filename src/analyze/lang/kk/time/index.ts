import { narrowed } from '../../../time/build.ts';
import { joinSamePrecision } from '../../../time/ranges.ts';
import type { Resolved, TimeLanguage } from '../../../time/rule.ts';
import { KAZAKH_RULES } from './rules.ts';
import {
  CARDINALS_INFLECTED,
  CENTURY_FORMS,
  DAY_PARTS,
  DAY_WORDS,
  MILLENNIUM_FORMS,
  MONTH_WORD_FORMS,
  MONTHS,
  ORDINALS,
  SEASONS,
  SEVERAL,
  UNIT_ANY_FORMS,
  UNITS,
  WEEKDAYS,
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
  ...['ғы', 'дың', 'дан', 'ға', 'ғымен', 'мен'].flatMap((e) => [`биыл${e}`, `былтыр${e}`]),
];

// `… 22 маусымнан (бастап) … 9 мамырға дейін`: from (ablative) … until (dative + дейін).
const FROM_CASE = /(?:нан|нен|дан|ден|тан|тен)(?:\s+бастап)?$/u;
const UNTIL = /\s+(?:дейін|шейін)$/u;

/** A range in words: the first point keeps its ablative (`1949 жылдан`), the second loses `дейін` and its mod. */
function kazakhRange(text: string, a: Resolved, gap: string, b: Resolved): [Resolved, Resolved] | null {
  const aText = text.slice(a.start, a.end);
  if (!/^\s+$/.test(gap) || !FROM_CASE.test(aText)) return null;
  const until = UNTIL.exec(text.slice(b.start, b.end));
  if (!until) return null;
  const since = /\s+бастап$/u.exec(aText);
  return [narrowed(a, a.start, a.end - (since ? since[0].length : 0)), narrowed(b, b.start, b.end - until[0].length)];
}

/** Kazakh on the temporal engine: spans run from the number to the postposition (`README.md`). */
export const kkTime: TimeLanguage = {
  rules: KAZAKH_RULES,
  onEqualLength: 'earlier-rule',
  refiners: [joinSamePrecision(kazakhRange)],
  triggers: [
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
    ...DAY_WORDS.keys(),
    ...WEEKDAYS.keys(),
    // The first word of each part of the day only: `кейін`, `соң`, `бойы` are too common to trigger.
    ...[...DAY_PARTS.keys()].map((p) => p.split(/[\s-]+/)[0]!),
    'күнделікті',
    'соңғы',
    'тәулік',
    'жж',
    'ғғ',
  ],
};
