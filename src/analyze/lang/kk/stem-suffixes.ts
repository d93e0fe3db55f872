/**
 * Kazakh inflectional suffixes, in the order they stack after a stem: plural, possessive, case
 * (`сынақ·тар·ы·ның`). Every variant is listed: vowel harmony (back/front) and the consonant the
 * stem ends in choose among them. `after` says what the text before the suffix must end in:
 * `vowel`, `consonant`, `voiceless` (к қ п с т ф х һ ц ч ш щ), `voiced` (other consonants),
 * `nasal` (м н ң), `sonorant` (й р, where л-suffixes follow as after vowels), `possessive` (only
 * after a 3rd-person possessive -ы/-і/-сы/-сі, as in `жылы·на`, `сынағы·н`). Unlisted: any.
 */
export type SuffixContext = 'vowel' | 'consonant' | 'voiceless' | 'voiced' | 'nasal' | 'sonorant' | 'possessive';

export interface Suffix {
  text: string;
  after?: readonly SuffixContext[];
}

const list = (after: readonly SuffixContext[] | undefined, ...texts: string[]): Suffix[] =>
  texts.map((text) => (after ? { text, after } : { text }));

export const PLURAL: readonly Suffix[] = [
  ...list(['vowel', 'sonorant'], 'лар', 'лер'),
  ...list(['voiced', 'nasal'], 'дар', 'дер'),
  ...list(['voiceless'], 'тар', 'тер'),
];

/** 3rd person (-ы/-сы) and 1st person plural (-ымыз, "our", frequent in official prose: `еліміз`). */
export const POSSESSIVE: readonly Suffix[] = [
  ...list(['consonant'], 'ы', 'і', 'ымыз', 'іміз'),
  ...list(['vowel'], 'сы', 'сі', 'мыз', 'міз'),
];

export const CASE: readonly Suffix[] = [
  // genitive
  ...list(['vowel', 'nasal'], 'ның', 'нің'),
  ...list(['voiced', 'sonorant'], 'дың', 'дің'),
  ...list(['voiceless'], 'тың', 'тің'),
  // dative
  ...list(['vowel', 'voiced', 'nasal', 'sonorant'], 'ға', 'ге'),
  ...list(['voiceless'], 'қа', 'ке'),
  ...list(['possessive'], 'на', 'не'),
  // accusative
  ...list(['vowel'], 'ны', 'ні'),
  ...list(['voiced', 'nasal', 'sonorant'], 'ды', 'ді'),
  ...list(['voiceless'], 'ты', 'ті'),
  ...list(['possessive'], 'н'),
  // locative
  ...list(['vowel', 'voiced', 'nasal', 'sonorant'], 'да', 'де'),
  ...list(['voiceless'], 'та', 'те'),
  ...list(['possessive'], 'нда', 'нде'),
  // ablative
  ...list(['vowel', 'voiced', 'sonorant'], 'дан', 'ден'),
  ...list(['nasal', 'possessive'], 'нан', 'нен'),
  ...list(['voiceless'], 'тан', 'тен'),
  // instrumental
  ...list(['vowel', 'sonorant', 'voiced', 'nasal'], 'мен', 'бен'),
  ...list(['voiceless'], 'пен'),
  // attributive locative and time-attributive (`Қазақстандағы`, `1991 жылғы`)
  ...list(['vowel', 'voiced', 'nasal', 'sonorant'], 'дағы', 'дегі'),
  ...list(['voiceless'], 'тағы', 'тегі', 'қы', 'кі'),
  // Not after vowels: there `-ғы` would swallow the `ғ` of `сынағы` (сынақ + ы).
  ...list(['voiced', 'nasal', 'sonorant'], 'ғы', 'гі'),
  ...list(['possessive'], 'ндағы', 'ндегі'),
];
