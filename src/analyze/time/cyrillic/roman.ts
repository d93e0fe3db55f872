/** Cyrillic and Latin look-alikes that texts use when typing Roman numerals. */
const LOOK_ALIKES: Record<string, string> = { Х: 'X', І: 'I', С: 'C', М: 'M', Ⅰ: 'I', Ⅴ: 'V', Ⅹ: 'X' };

const DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Well-formed Roman numerals only, so `CIVIL`-like words or stray `IIII` are not read. */
const WELL_FORMED = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * Value of an upper-case Roman numeral (Latin or Cyrillic look-alike letters), or undefined when
 * the text is not one. Lower-case text is refused: `х` and `і` are ordinary Cyrillic letters.
 */
export function parseRoman(text: string): number | undefined {
  let latin = '';
  for (const ch of text) latin += LOOK_ALIKES[ch] ?? ch;
  if (latin === '' || !WELL_FORMED.test(latin)) return undefined;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const value = DIGITS[latin[i]!]!;
    const next = DIGITS[latin[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
