/**
 * Number words, ordinals, scales and quantity modifiers of every language pack
 * (`lang/<code>/numbers.ts`), gathered for the claim extractor: a text quotes numbers in the other
 * languages too, so every pack's words are read in every text.
 */
import { ALL_PACKS } from '../lang/index.ts';
import type { TimexMod } from '../types.ts';

const NUMBERS = ALL_PACKS.map((p) => p.numbers);

export const SCALES: Record<string, number> = Object.assign({}, ...NUMBERS.map((n) => n.scales));
/** Stems of scale words that decline (`миллиона`, `миллионнан`); none is a prefix of another. */
export const SCALE_STEMS: ReadonlyArray<[string, number]> = NUMBERS.flatMap((n) => Object.entries(n.scaleStems));

/** Words before a number that qualify it (`over 130`, `более 130`, `шамамен 130`). */
export const MODS_BEFORE: Record<string, TimexMod> = Object.assign({}, ...NUMBERS.map((n) => n.modifiersBefore));
/** Words after a number that qualify it (`130-дан астам`). */
export const MODS_AFTER: Record<string, TimexMod> = Object.assign({}, ...NUMBERS.map((n) => n.modifiersAfter));

/** Units of time: a number before them is a duration (the temporal tagger's), never a count. */
export const TIME_UNITS = new RegExp(`^(?:${NUMBERS.flatMap((n) => n.timeUnits).join('|')})$`, 'u');

const DIGIT_ORDINAL = new RegExp(`^(\\d+)(?:${NUMBERS.map((n) => `(?:${n.digitOrdinalEnding})`).join('|')})$`);

/** The value of a number word in any of our languages (`five`, `пятью`, `бестен` → 5). */
export function readNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  // No word is a number in two languages, so the order of the packs does not matter.
  for (const n of NUMBERS) {
    const v = n.cardinal(w);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The value of an ordinal in any of our languages, in words or digits (`ninth`, `9th`, `9-й`, `9-шы`). */
export function readOrdinalWord(word: string): number | undefined {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const m = DIGIT_ORDINAL.exec(word.toLowerCase());
    return m ? Number(m[1]) : undefined;
  }
  const w = word.toLowerCase();
  for (const n of NUMBERS) {
    const v = n.ordinal(w);
    if (v !== undefined) return v;
  }
  return undefined;
}
