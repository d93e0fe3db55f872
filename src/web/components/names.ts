import { html } from 'hono/html';
import { getGazetteerEntry } from '../../analyze/index.ts';
import type { Language } from '../../domain/languages.ts';
import type { Html } from '../layout.ts';

/** A name to show, and the language it is written in when known (for `lang`, so a screen reader picks the voice). */
export interface ShownName {
  text: string;
  lang: Language | null;
}

/** Letters only Kazakh has among our languages' alphabets. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a name is written in, from its letters: Kazakh letters mean Kazakh, other Cyrillic
 * Russian, Latin English. A guess, used only for `lang` on names that have no known translation.
 */
export function scriptLanguage(name: string): Language | null {
  if (KAZAKH_LETTERS.test(name)) return 'kk';
  if (CYRILLIC.test(name)) return 'ru';
  if (LATIN.test(name)) return 'en';
  return null;
}

/**
 * An entity's name in the interface language: the one an editor gave for it (`edited`), else the
 * gazetteer's when it knows one ("ОБСЕ" on the Russian
 * pages, "ЕҚЫҰ" on the Kazakh ones), else the name as stored, marked with its own language.
 */
export function entityName(
  id: string,
  stored: string,
  ui: Language,
  edited?: Partial<Record<Language, string>>,
): ShownName {
  // A name an editor gave wins over the gazetteer's.
  const renamed = edited?.[ui];
  if (renamed) return { text: renamed, lang: ui };
  const own = getGazetteerEntry(id)?.names[ui]?.[0];
  if (own) return { text: own, lang: ui };
  return { text: stored, lang: scriptLanguage(stored) };
}

/** The name as HTML: a `lang` attribute only when it differs from the page's. */
export function nameHtml(id: string, stored: string, ui: Language, edited?: Partial<Record<Language, string>>): Html {
  const n = entityName(id, stored, ui, edited);
  return n.lang && n.lang !== ui ? html`<span lang="${n.lang}">${n.text}</span>` : html`${n.text}`;
}
