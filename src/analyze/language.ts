import type { Language } from './types.ts';

// Letters that Kazakh Cyrillic has and Russian does not. Their share among Cyrillic letters
// separates kk from ru reliably even in short texts full of Russian loanwords.
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Guesses the language of a text from its alphabet: Kazakh-only letters → `kk`, other Cyrillic
 * → `ru`, otherwise `en`. Only the first 20 000 characters are read.
 *
 * @example detectLanguage('1991 жылғы 29 тамызда') // 'kk'
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 || latin > cyrillic * 2) return 'en';
  const kazakh = sample.match(KAZAKH_ONLY)?.length ?? 0;
  return kazakh / cyrillic > 0.01 ? 'kk' : 'ru';
}
