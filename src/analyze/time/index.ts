import { detectLanguage } from '../language.ts';
import type { Language, TemporalExpression, TimexOptions } from '../types.ts';
import { tagEnglish } from './en/index.ts';
import { tagKazakh } from './kk/index.ts';
import { tagRussian } from './ru/index.ts';

type Tagger = (text: string, opts: { dct?: string }) => TemporalExpression[];

const TAGGERS: Partial<Record<Language, Tagger>> = { en: tagEnglish, ru: tagRussian, kk: tagKazakh };

/**
 * Finds the temporal expressions of a text and normalises them to TIMEX3 values, sorted by start.
 * `lang: 'auto'` (the default) detects the language; `dct` anchors "today", "last year", "ago".
 * @example tagTimexes('In September 2013 …', { lang: 'en' }) // [{ text: 'September 2013', value: '2013-09', … }]
 */
export function tagTimexes(text: string, opts: TimexOptions = {}): TemporalExpression[] {
  const lang = !opts.lang || opts.lang === 'auto' ? detectLanguage(text) : opts.lang;
  const tagger = TAGGERS[lang];
  if (!tagger) return [];
  return tagger(text, { dct: opts.dct }).sort((a, b) => a.start - b.start || b.end - a.end);
}
