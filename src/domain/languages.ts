/**
 * The languages Chronicle reads: the one list every other list derives from (the `Language` type,
 * zod enums, CLI choices, the website's language menu, the per-language packs in
 * `analyze/lang/`). Adding a language starts here; the compiler then names every table that
 * still lacks it (see the README, "Adding a language").
 */

/** ISO 639-1 codes, in the order the tools list them (`en, ru, kk`). */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;

export type Language = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** The language's name in itself, for the website's language switch (`Қазақша`). */
  selfName: string;
  /** BCP 47 locale for dates and numbers on the website (`kk-KZ`). */
  locale: string;
  /** Other ways sources declare it (ISO 639-2/3 codes, English names, country codes), lower case. */
  aliases: readonly string[];
  /** Place in the website's menus: the state language first. */
  siteOrder: number;
}

export const LANGUAGE_INFO: Record<Language, LanguageInfo> = {
  en: { selfName: 'English', locale: 'en-GB', aliases: ['eng', 'english'], siteOrder: 3 },
  ru: { selfName: 'Русский', locale: 'ru-RU', aliases: ['rus', 'russian'], siteOrder: 2 },
  kk: { selfName: 'Қазақша', locale: 'kk-KZ', aliases: ['kaz', 'kz', 'kazakh'], siteOrder: 1 },
};

/** The languages in the website's order (`kk, ru, en`). */
export const SITE_LANGUAGES: readonly Language[] = [...LANGUAGES].sort(
  (a, b) => LANGUAGE_INFO[a].siteOrder - LANGUAGE_INFO[b].siteOrder,
);

/** The language the website falls back to when a visitor's browser names none of ours. */
export const DEFAULT_SITE_LANGUAGE: Language = SITE_LANGUAGES[0] as Language;

/** `'en, ru, kk'`, for messages that list the choices. */
export const LANGUAGE_LIST = LANGUAGES.join(', ');

/** True for a code Chronicle reads. @example isLanguage('kk') // true */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A table with one value per language, built by `make`; for caches and other tables whose entries
 * are all alike. @example byLanguage(() => new Map<string, string>())
 */
export function byLanguage<T>(make: (lang: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)])) as Record<Language, T>;
}
