import { addressSpans, outsideAddresses } from '../addresses.ts';
import { languagePack } from '../lang/index.ts';
import { detectLanguage } from '../language.ts';
import type { TemporalExpression, TimexOptions } from '../types.ts';
import { tagWith } from './engine.ts';

/**
 * Finds the temporal expressions of a text and normalises them to TIMEX3 values, sorted by start.
 * `lang: 'auto'` (the default) detects the language; `dct` anchors "today", "last year", "ago".
 * @example tagTimexes('In September 2013 …', { lang: 'en' }) // [{ text: 'September 2013', value: '2013-09', … }]
 */
export function tagTimexes(text: string, opts: TimexOptions = {}): TemporalExpression[] {
  const lang = !opts.lang || opts.lang === 'auto' ? detectLanguage(text) : opts.lang;
  // Each language's rules come from its pack (`lang/<code>/time/`).
  const found = tagWith(text, languagePack(lang).time, opts.dct).sort((a, b) => a.start - b.start || b.end - a.end);
  // `…/news/1509/2014-05-21`: the numbers of a web address are ids and folders, not dates.
  return outsideAddresses(found, addressSpans(text));
}
