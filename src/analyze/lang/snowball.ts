import { createRequire } from 'node:module';

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(algorithm: 'english' | 'russian'): SnowballStemmer;
}

// A CommonJS package without types: required directly so ESM interop cannot hide its exports.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;

// Snowball's reference algorithms (Porter2 for English, the Russian stemmer) via a maintained port.
const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

/** English (Porter2) stem of a folded word. @example stemEnglish('testing') // 'test' */
export function stemEnglish(word: string): string {
  return english.stem(word);
}

/** Russian Snowball stem of a folded word (`ё` already folded to `е`). @example stemRussian('испытаний') // 'испытан' */
export function stemRussian(word: string): string {
  return russian.stem(word);
}
