/**
 * Roman numerals as written for centuries in all three languages, including the Cyrillic letters
 * that look like Latin ones (Х, І, С, М) which Russian and Kazakh texts often use instead.
 */

const DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

// Cyrillic look-alikes → Latin: Х (U+0425), І (U+0406, Kazakh/Ukrainian i), С, М; lower-case too.
const LOOKALIKES: Record<string, string> = { Х: 'X', х: 'X', І: 'I', і: 'I', С: 'C', с: 'C', М: 'M', м: 'M', Ӏ: 'I' };

/** Regex source matching an upper-case Roman numeral of up to XXXIX (a century or millennium), in Latin or Cyrillic letters. */
export const ROMAN_SOURCE = '(?=[IVXІХ])(?:[XХ]{0,3}(?:[IІ][XХ]|[IІ]V|V?[IІ]{0,3}))';

/**
 * Value of a Roman numeral, or `null` if it is not a well-formed one.
 * @example romanToInt('XV') // 15
 * @example romanToInt('ХХІ') // 21 (Cyrillic letters)
 */
export function romanToInt(numeral: string): number | null {
  let latin = '';
  for (const ch of numeral) latin += LOOKALIKES[ch] ?? ch.toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(latin) || latin === '') return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = DIGITS[latin[i] as string] as number;
    const next = DIGITS[latin[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
