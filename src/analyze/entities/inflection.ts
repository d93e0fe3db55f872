/**
 * Match keys for names: a token's form with its inflection removed, so that `Астанада`, `Астане` and
 * `Астана` (or `Kazakhstan’s` and `Kazakhstan`) reach the same gazetteer entry. The same function
 * keys the gazetteer's aliases and the text's tokens, so over-stripping is harmless as long as it
 * is consistent; acronyms keep their case and lose only a hyphenated Kazakh suffix (`ЕҚЫҰ-ның`).
 * Each language pack stems its own words (`nameStem`); a word in another script is stemmed by the
 * language the pack reads that script as (a Cyrillic word in an English text as Russian).
 */
import { languagePack, readerOf } from '../lang/index.ts';
import type { Language } from '../types.ts';

const CYRILLIC = /[\u0400-\u04FF]/;
const UPPER_ONLY = /^[\p{Lu}\d.&+-]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** Lower-cases and folds the typographic variants that differ between sources. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/ё/g, 'е');
}

/** True for `OSCE`, `ЕҚЫҰ`, `ЕҚЫҰ-ның`, `U.N.` — tokens written in capitals. */
export function isAcronymForm(token: string): boolean {
  const base = stripHyphenSuffix(token);
  return base.length >= 2 && UPPER_ONLY.test(base) && /\p{Lu}/u.test(base) && !HAS_LOWER.test(base);
}

/** `ЕҚЫҰ-ның` → `ЕҚЫҰ`, `ООН-ға` → `ООН`; leaves `Нур-Султан` and `Alma-Ata` alone. */
function stripHyphenSuffix(token: string): string {
  const m = /^(.+?)[-‑](\p{Ll}+)$/u.exec(token);
  if (m?.[1] && !HAS_LOWER.test(m[1])) return m[1];
  return token;
}

/**
 * The match key of one word token in a text of language `lang`. Acronyms get `=` + capitals so
 * they never collide with ordinary words (`UN` vs `un`, `WHO` vs `who`).
 */
export function matchKey(token: string, lang: Language): string {
  if (isAcronymForm(token)) {
    return `=${stripHyphenSuffix(token)
      .replace(/[’'].*$/, '')
      .replace(/\./g, '')}`;
  }
  return nameStem(foldWord(token), lang);
}

function nameStem(lower: string, lang: Language): string {
  return languagePack(readerOf(CYRILLIC.test(lower) ? 'cyrillic' : 'latin', lang)).nameStem(lower);
}

/** Key for a word in capitals that may also be an ordinary name (`KAZAKHSTAN’S` → `kazakhstan`). */
export function plainKey(token: string, lang: Language): string {
  return nameStem(foldWord(stripHyphenSuffix(token)), lang);
}
