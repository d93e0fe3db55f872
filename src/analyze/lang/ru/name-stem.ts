/**
 * The match key of a Russian word in a name: nominal and adjectival endings removed, so
 * `Астане` and `Астана` meet (see `entities/inflection.ts`).
 */

// Russian nominal and adjectival endings, longest first; a stem keeps at least three letters.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иям',
  'иях',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ым',
  'им',
  'ых',
  'их',
  'ою',
  'ею',
  'ия',
  'ию',
  'ие',
  'ии',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

/** The Russian name stem of a lower-cased word (`астане` → `астан`); a stem keeps three letters. */
export function russianStem(word: string): string {
  if (word.length <= 3) return word;
  for (const e of RU_ENDINGS) {
    if (word.endsWith(e) && word.length - e.length >= 3) return word.slice(0, -e.length);
  }
  return word;
}
