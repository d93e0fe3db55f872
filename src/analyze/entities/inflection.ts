/**
 * Match keys for names: a token's form with its inflection removed, so that `Астанада`, `Астане` and
 * `Астана` (or `Kazakhstan’s` and `Kazakhstan`) reach the same gazetteer entry. The same function
 * keys the gazetteer's aliases and the text's tokens, so over-stripping is harmless as long as it
 * is consistent; acronyms keep their case and lose only a hyphenated Kazakh suffix (`ЕҚЫҰ-ның`).
 */
import type { Language } from '../types.ts';

const CYRILLIC = /[\u0400-\u04FF]/;
const UPPER_ONLY = /^[\p{Lu}\d.&+-]+$/u;
const HAS_LOWER = /\p{Ll}/u;

// Russian nominal and adjectival endings, longest first; a stem keeps at least three letters.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иям',
  'иях',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ым',
  'им',
  'ых',
  'их',
  'ою',
  'ею',
  'ия',
  'ию',
  'ие',
  'ии',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

// Kazakh suffixes (case, possessive, plural) in their harmony variants; stripped repeatedly.
const KK_SUFFIXES = [
  // Locative + adjectival -ғы/-гі (`Еуропадағы`, `Бішкектегі`, `Астанадағы`).
  'ндағы',
  'ндегі',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  // Comparative -дай/-дей (`Еуропадағыдай`).
  'дай',
  'дей',
  'тай',
  'тей',
  'лары',
  'лері',
  'дары',
  'дері',
  'тары',
  'тері',
  'ларың',
  'лерің',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'нда',
  'нде',
  'да',
  'де',
  'та',
  'те',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'мен',
  'бен',
  'пен',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'сы',
  'сі',
  'ы',
  'і',
  'н',
  'а',
  'е',
].sort((a, b) => b.length - a.length);

/** Removes English possessive endings: `Nation’s` → `nation`, `countries’` → `countries`. */
function englishBase(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.endsWith("'")) return lower.slice(0, -1);
  return lower;
}

export function russianStem(word: string): string {
  if (word.length <= 3) return word;
  for (const e of RU_ENDINGS) {
    if (word.endsWith(e) && word.length - e.length >= 3) return word.slice(0, -e.length);
  }
  return word;
}

export function kazakhStem(word: string): string {
  let w = word;
  for (let guard = 0; guard < 4; guard++) {
    let cut = false;
    for (const s of KK_SUFFIXES) {
      // Kazakh stems keep four letters: `шарты` → `шарт`, never `шар` (which `шараларының` also reaches).
      if (w.endsWith(s) && w.length - s.length >= 4) {
        w = w.slice(0, -s.length);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return w;
}

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
  const lower = foldWord(token);
  if (!CYRILLIC.test(lower)) return englishBase(lower);
  return lang === 'kk' ? kazakhStem(lower) : russianStem(lower);
}

/** Key for a word in capitals that may also be an ordinary name (`KAZAKHSTAN’S` → `kazakhstan`). */
export function plainKey(token: string, lang: Language): string {
  const lower = foldWord(stripHyphenSuffix(token));
  if (!CYRILLIC.test(lower)) return englishBase(lower);
  return lang === 'kk' ? kazakhStem(lower) : russianStem(lower);
}
