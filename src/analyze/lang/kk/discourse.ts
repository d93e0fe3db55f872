/** How Kazakh sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:ел|елі|еліміз\\p{L}*|елдің|елге)(?!\\p{L})',
  demonstratives: ['Бұл', 'Осы', 'Аталған', 'Мұндай'],
  afterSuspendedHyphen: ['және', 'мен', 'бен', 'пен', 'немесе'],
};
