/**
 * The language registry: one pack per code of `domain/languages.ts`. Typed as
 * `Record<Language, LanguagePack>`, so a language added to the list and missing here, or a pack
 * missing a field, is a compile error that names what is left to fill.
 */
import { LANGUAGES, type Language } from '../../domain/languages.ts';
import { en } from './en/index.ts';
import { kk } from './kk/index.ts';
import { ru } from './ru/index.ts';
import type { LanguagePack } from './types.ts';

export type { EntityCues, LanguagePack } from './types.ts';

export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { en, ru, kk };

/** Every pack, in the order of `LANGUAGES`. */
export const ALL_PACKS: readonly LanguagePack[] = LANGUAGES.map((code) => LANGUAGE_PACKS[code]);

/** The pack of one language. @example languagePack('kk').entityCues.heads.ORG // ['Армиясы', …] */
export function languagePack(lang: Language): LanguagePack {
  return LANGUAGE_PACKS[lang];
}
