/** How Russian refers back to what came before (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:страна|страны|стране|страной)(?!\\p{L})',
  demonstratives: ['Этот', 'Эта', 'Это', 'Эти', 'Данн\\p{L}+', 'Указанн\\p{L}+'],
};
