import { DEFAULT_SITE_LANGUAGE, isLanguage, type Language, SITE_LANGUAGES } from '../../domain/languages.ts';
import { en, type Messages } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export type { Messages };

/** The interface languages, in the order the language switch offers them. */
export const UI_LANGUAGES: readonly Language[] = SITE_LANGUAGES;
const MESSAGES: Record<Language, Messages> = { en, ru, kk };

export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}

export function isUiLanguage(value: string | undefined | null): value is Language {
  return isLanguage(value);
}

/**
 * The interface language: `?ui=` wins (and is remembered in a cookie by the caller), then the
 * cookie, then the first supported language in `Accept-Language`, then Kazakh, the state language.
 */
export function pickUiLanguage(
  query: string | undefined,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (isUiLanguage(query)) return query;
  if (isUiLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { lang: tag!.split('-')[0], q: q ? Number(q) : 1 };
    })
    .filter((x) => isUiLanguage(x.lang))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Language | undefined) ?? DEFAULT_SITE_LANGUAGE;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
