/**
 * The language registry: one pack per code of `domain/languages.ts`. Typed as
 * `Record<Language, LanguagePack>`, so a language added to the list and missing here, or a pack
 * missing a field, is a compile error that names what is left to fill.
 */
import { LANGUAGES, type Language } from '../../domain/languages.ts';
import { en } from './en/index.ts';
import { kk } from './kk/index.ts';
import { ru } from './ru/index.ts';
import type { LanguagePack, Script } from './types.ts';

export type { ClaimWords, Discourse, EntityCues, LanguagePack, NameGrammar, NumberWords, Script } from './types.ts';

export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { en, ru, kk };

/** Every pack, in the order of `LANGUAGES`. */
export const ALL_PACKS: readonly LanguagePack[] = LANGUAGES.map((code) => LANGUAGE_PACKS[code]);

/** The pack of one language. @example languagePack('kk').entityCues.heads.ORG // ['Армиясы', …] */
export function languagePack(lang: Language): LanguagePack {
  return LANGUAGE_PACKS[lang];
}

/**
 * The language whose rules read a word written in `script` in a text of `lang`: the text's own
 * language for its own script, else the one its pack names. @example readerOf('cyrillic', 'en') // 'ru'
 */
export function readerOf(script: Script, lang: Language): Language {
  const pack = LANGUAGE_PACKS[lang];
  return pack.script === script ? lang : (pack.otherScripts[script] ?? lang);
}
