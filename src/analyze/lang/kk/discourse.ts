/** How Kazakh sentences refer back and join (see `Discourse`). */
import type { Discourse } from '../types.ts';
import { stopWords } from './stop-words.ts';

export const discourse: Discourse = {
  // JavaScript's \b is ASCII-only, so the Cyrillic words are bounded by letter look-arounds.
  countryReference: '(?<!\\p{L})(?:ел|елі|еліміз\\p{L}*|елдің|елге)(?!\\p{L})',
  demonstratives: ['Бұл', 'Осы', 'Аталған', 'Мұндай'],
  afterSuspendedHyphen: ['және', 'мен', 'бен', 'пен', 'немесе'],
  nameOpeners: [
    ...`сондай-ақ алайда бірақ кейін содан сонымен және мен осы бұл ал тағы енді бүгін кеше ертең сол
    себебі өйткені әрине яғни ендеше`
      .split(/\s+/)
      .filter(Boolean),
    // Function words never open a name either.
    ...stopWords,
  ],
};
