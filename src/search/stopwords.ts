import { languagePack } from '../analyze/lang/index.ts';
import { byLanguage, type Language } from '../domain/languages.ts';

/**
 * Words too common to help a search, per language, in folded form (`ё` → `е`), from each
 * language pack (`analyze/lang/<code>/stop-words.ts`). Only function words belong: a word
 * dropped here can never be found.
 */
const sets = byLanguage((lang): ReadonlySet<string> => new Set(languagePack(lang).stopWords));

/** True when the folded word is a stop word of the language. @example isStopWord('the', 'en') // true */
export function isStopWord(folded: string, lang: Language): boolean {
  return sets[lang].has(folded);
}
