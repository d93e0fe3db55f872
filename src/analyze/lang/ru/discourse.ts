/** How Russian sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:страна|страны|стране|страной)(?!\\p{L})',
  demonstratives: ['Этот', 'Эта', 'Это', 'Эти', 'Данн\\p{L}+', 'Указанн\\p{L}+'],
  afterSuspendedHyphen: ['и', 'или', 'либо', 'а', 'да', 'не', 'я'],
};
