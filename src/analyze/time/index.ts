import { enTime } from '../lang/en/time/index.ts';
import { kkTime } from '../lang/kk/time/index.ts';
import { ruTime } from '../lang/ru/time/index.ts';
import { detectLanguage } from '../language.ts';
import type { Language, TemporalExpression, TimexOptions } from '../types.ts';
import { tagWith } from './engine.ts';
import type { TimeLanguage } from './rule.ts';

/**
 * The rule set of each language. The one place the time package names languages; it gives way to
 * the language registry (`../lang/index.ts`) once that carries each language's `time`.
 */
const TIME_LANGUAGES: Partial<Record<Language, TimeLanguage>> = { en: enTime, ru: ruTime, kk: kkTime };

/**
 * Finds the temporal expressions of a text and normalises them to TIMEX3 values, sorted by start.
 * `lang: 'auto'` (the default) detects the language; `dct` anchors "today", "last year", "ago".
 * @example tagTimexes('In September 2013 …', { lang: 'en' }) // [{ text: 'September 2013', value: '2013-09', … }]
 */
export function tagTimexes(text: string, opts: TimexOptions = {}): TemporalExpression[] {
  const lang = !opts.lang || opts.lang === 'auto' ? detectLanguage(text) : opts.lang;
  const language = TIME_LANGUAGES[lang];
  if (!language) return [];
  return tagWith(text, language, opts.dct).sort((a, b) => a.start - b.start || b.end - a.end);
}
