/**
 * Snowball's reference stemmers (Porter2 for English, the Russian stemmer) via a maintained port,
 * for the packs whose search stemmer is a Snowball algorithm.
 */
import { createRequire } from 'node:module';

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(algorithm: string): SnowballStemmer;
}

// A CommonJS package without types: required directly so ESM interop cannot hide its exports.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;

/**
 * The stem function of one Snowball algorithm, for folded words (`ё` already folded to `е`).
 * @example snowballStemmer('russian')('испытаний') // 'испытан'
 */
export function snowballStemmer(algorithm: 'english' | 'russian'): (word: string) => string {
  const stemmer = snowball.newStemmer(algorithm);
  return (word) => stemmer.stem(word);
}
