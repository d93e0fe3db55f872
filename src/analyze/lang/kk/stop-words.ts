/**
 * Kazakh stop words for search, in folded form: function words too common to help a search (a
 * word dropped here can never be found). Russian function words in a Kazakh text come from quoted
 * Russian, so they count too, except `он`, which is also Kazakh "ten".
 */
import { stopWords as russian } from '../ru/stop-words.ts';

const OWN = `және мен бен пен да де та те ма ме ба бе па пе ал бұл осы сол ол олар оның оны оған одан онда біз
    біздің сіз сен бір үшін туралы бойынша арқылы сияқты ретінде деп деген еді екен ғана қана ғой тек әрі
    немесе бірақ алайда яғни әр барлық өз өзі өзінің тағы сондай-ақ ж жж`;

const KAZAKH_WORDS_AMONG_RUSSIAN = new Set(['он']);

export const stopWords: readonly string[] = [
  ...OWN.split(/\s+/).filter(Boolean),
  ...russian.filter((w) => !KAZAKH_WORDS_AMONG_RUSSIAN.has(w)),
];
