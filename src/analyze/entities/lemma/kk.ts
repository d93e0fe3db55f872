/**
 * Kazakh names without their case ending (`Құдайбергеновке` → `Құдайбергенов`, `Трамптың` →
 * `Трамп`, `Өскеменде` → `Өскемен`, `Абай облысында` → `Абай облысы`). Only the last word of a
 * Kazakh noun phrase takes a case, so only it is cut. An ending is removed only when it is the one
 * the stem calls for: after a vowel `-ның`, `-ға`, `-да`, `-дан`, `-ны`; after a nasal `-ның`; after a voiced consonant
 * `-дың`, `-ға`, `-да`, `-дан`, `-ды`; after a voiceless one `-тың`, `-қа`, `-та`, `-тан`, `-ты`;
 * after a nasal `-нан`; after the possessive `-ы/-і` `-ның`, `-на`, `-нда`, `-нан`, `-н`. So
 * `Астана` keeps its `на` (after a vowel the dative is `-ға`) and `Алматы` its `ты`.
 */
import { foldWord } from '../inflection.ts';

const VOWEL = /[аәеиоөұүыіэюяу]$/u;
const NASAL = /[мнң]$/u;
// Russian surnames in -ов/-ев take the voiceless forms (`Тоқаевқа`, `Назарбаевтың`), and so may -в alone.
const VOICELESS = /[кқпстфхцчшщв]$/u;
const VOICED = /[бвгғджзйлрмнңу]$/u;

type StemClass = 'vowel' | 'voiced' | 'voiceless' | 'nasal' | 'possessive';

/** Case endings (and the adjectival locative `-дағы`) with the stem classes they follow. */
const ENDINGS: ReadonlyArray<[string, readonly StemClass[]]> = [
  ['ндағы', ['possessive']],
  ['ндегі', ['possessive']],
  ['дағы', ['vowel', 'voiced', 'nasal']],
  ['дегі', ['vowel', 'voiced', 'nasal']],
  ['тағы', ['voiceless']],
  ['тегі', ['voiceless']],
  // After a vowel, a nasal or the possessive (`Астананың`, `Қазақстанның`, `Абай облысының`).
  ['ның', ['vowel', 'nasal', 'possessive']],
  ['нің', ['vowel', 'nasal', 'possessive']],
  ['дың', ['voiced', 'nasal']],
  ['дің', ['voiced', 'nasal']],
  ['тың', ['voiceless']],
  ['тің', ['voiceless']],
  ['нда', ['possessive']],
  ['нде', ['possessive']],
  ['ндан', ['possessive']],
  ['нден', ['possessive']],
  ['дан', ['vowel', 'voiced']],
  ['ден', ['vowel', 'voiced']],
  ['нан', ['nasal', 'possessive']],
  ['нен', ['nasal', 'possessive']],
  ['тан', ['voiceless']],
  ['тен', ['voiceless']],
  // Not after a vowel: `Өскемен`, `Түркімен` end so.
  ['мен', ['nasal', 'voiced']],
  ['бен', ['voiced']],
  ['пен', ['voiceless']],
  ['ға', ['vowel', 'voiced', 'nasal']],
  ['ге', ['vowel', 'voiced', 'nasal']],
  ['қа', ['voiceless']],
  ['ке', ['voiceless']],
  ['на', ['possessive']],
  ['не', ['possessive']],
  ['да', ['vowel', 'voiced', 'nasal']],
  ['де', ['vowel', 'voiced', 'nasal']],
  ['та', ['voiceless']],
  ['те', ['voiceless']],
  ['ны', ['vowel']],
  ['ні', ['vowel']],
  ['ды', ['voiced', 'nasal']],
  ['ді', ['voiced', 'nasal']],
  ['ты', ['voiceless']],
  ['ті', ['voiceless']],
];

function classesOf(stem: string, multiWord: boolean): StemClass[] {
  const out: StemClass[] = [];
  if (VOWEL.test(stem)) out.push('vowel');
  // A possessive -ы/-і/-сы/-сі on the head of a two-word name (`Абай облысы`, `Кіші жүзі`).
  if (multiWord && /[ыі]$/u.test(stem)) out.push('possessive');
  if (NASAL.test(stem)) out.push('nasal');
  if (VOICED.test(stem)) out.push('voiced');
  if (VOICELESS.test(stem)) out.push('voiceless');
  return out;
}

/** The word without the one case ending its stem calls for; unchanged when none fits. */
export function withoutCase(word: string, multiWord = false): string {
  const lower = foldWord(word);
  // A hyphenated ending after capitals or digits (`ЕҚЫҰ-ның`, `ООН-ға`).
  const hyphen = /^(.+?)[-‑]\p{Ll}+$/u.exec(word);
  if (hyphen?.[1] && !/\p{Ll}/u.test(hyphen[1])) return hyphen[1];
  for (const [end, after] of ENDINGS) {
    if (!lower.endsWith(end)) continue;
    const stem = word.slice(0, word.length - end.length);
    // A stem keeps a vowel and three letters: `Ана` is no `А` + dative.
    if (stem.length < 3 || !/[аәеиоөұүыіэюяу]/u.test(foldWord(stem))) continue;
    const classes = classesOf(foldWord(stem), multiWord);
    if (after.some((c) => classes.includes(c))) return stem;
  }
  return word;
}

/** A Kazakh name's words with the case ending of the last one removed. */
export function kazakhNominative(words: string[]): string[] {
  if (words.length === 0) return words;
  const last = words[words.length - 1] as string;
  return [...words.slice(0, -1), withoutCase(last, words.length > 1)];
}
