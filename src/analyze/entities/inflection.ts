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

/** Latin spellings of one name that differ only in `y`/`i` after a vowel (`Abylay`, `Abylai`; `Tokayev`, `Tokaev`). */
export function latinSpelling(lower: string): string {
  return lower.replace(/([aeiou])y(?=[aeiou])/g, '$1').replace(/([aeiou])y(?![aeiou])/g, '$1i');
}

/**
 * Whether the word `surface` of a text in `lang` can be an inflected form of the name word `alias`
 * (the match keys of the two already agree): the name's stem followed by an ending. Russian names
 * in -о, -е, -у, -ю and consonant + -и never decline (`Дели` is never `Дел`, `Мали` never `Малая`),
 * but for the neuters in -ство, -ище, -ие, -ье (`ханство` → `ханстве`, `Семиречье` → `Семиречья`);
 * a name in -а, -я, -й, -ь, -ы changes only that letter (`Семей` → `Семее`, never `Семь`); an
 * adjective its last two letters. Kazakh and English add endings to the whole name (`Өскеменде`,
 * `Kazakhstan's`), a Kazakh final к/қ/п voicing before a vowel (`Қазағы`).
 */
export function isFormOf(surface: string, alias: string, lang: Language): boolean {
  const s = foldWord(surface);
  const a = foldWord(alias);
  if (s === a || isAcronymForm(surface) || isAcronymForm(alias) || /\d/.test(a)) return true;
  if (!CYRILLIC.test(s)) return latinSpelling(s).startsWith(latinSpelling(a).replace(/'s?$/, ''));
  const reader = readerOf('cyrillic', lang);
  if (reader === 'kk' || /[әғқңөұүһі]/u.test(a)) {
    return s.startsWith(a) || s.startsWith(a.replace(/к$/u, 'г').replace(/қ$/u, 'ғ').replace(/п$/u, 'б'));
  }
  const stem = russianStemOf(a);
  return stem !== undefined && s.startsWith(stem);
}

/** The part of a Russian name word its declension keeps; undefined for a word that never declines. */
function russianStemOf(a: string): string | undefined {
  if (/(?:ая|яя|ий|ый|ой|ое|ее|ые|ие)$/u.test(a) && a.length > 4) return a.slice(0, -2);
  if (/[аяйьы]$/u.test(a)) return a.slice(0, -1);
  if (/[аеёиоуыэюякгхжшчщ]и$/u.test(a)) return a.slice(0, -1);
  // Russian neuters decline (`ханство` → `ханства`, `ханством`; `Поволжье` → `Поволжья`); the foreign
  // names in -о and -е do not (`Монако`, `Того`, `Кале`).
  if (/(?:ств|ищ)о$|[иь]е$/u.test(a) && a.length > 4) return a.slice(0, -1);
  if (/[оеиуюэ]$/u.test(a)) return undefined;
  return a;
}
