/**
 * Case folding shared by indexing and querying. Both sides must fold identically, or a query
 * would never meet the tokens it was written for.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const STRESS_MARKS = /[\u0300\u0301]/g;
const APOSTROPHES = /['’ʼ`]/g;
const HAS_APOSTROPHE = /['’ʼ`]/;
const NON_ASCII = /[^\u0000-\u007f]/;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;
const ONLY_DIGITS = /^[0-9]+$/;

/**
 * Lower-cases a word, folds `ё` to `е`, drops apostrophes and stress marks, and strips diacritics
 * from Latin letters (`café` → `cafe`) so SQLite's and PostgreSQL's tokenizers see the same text.
 * Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) and `й` are distinct code points and survive intact.
 *
 * @example foldWord('Ядерных') // 'ядерных'
 * @example foldWord('ЁЛКА') // 'елка'
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) {
    // Texts saved in decomposed form spell `й` as `и` + breve; compose before comparing.
    w = w.normalize('NFC');
    if (CYRILLIC_LETTER.test(w)) {
      // Decomposing Cyrillic would split `й` into `и` + breve, so only stress marks go.
      w = w.replace(/ё/g, 'е').replace(STRESS_MARKS, '');
    } else {
      w = w.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
    }
  }
  return HAS_APOSTROPHE.test(w) ? w.replace(APOSTROPHES, '') : w;
}

export type WordScript = 'latin' | 'cyrillic' | 'digits' | 'other';

/**
 * The script of a folded word, which (with the letters that mark a language) decides its stemmer
 * and stop words: any Cyrillic letter makes it `cyrillic`, else a Latin one `latin`.
 */
export function scriptOf(folded: string): WordScript {
  if (ONLY_DIGITS.test(folded)) return 'digits';
  if (CYRILLIC_LETTER.test(folded)) return 'cyrillic';
  if (LATIN_LETTER.test(folded)) return 'latin';
  return 'other';
}
