import { CASE, PLURAL, POSSESSIVE, type Suffix, type SuffixContext } from './stem-suffixes.ts';

const VOWELS = new Set('аәеиоөуұүыіэюяё');
const BACK_VOWELS = new Set('аоұыя');
const FRONT_VOWELS = new Set('әеөүі');
const VOICELESS = new Set('кқпстфхһцчшщ');
const NASALS = new Set('мнң');
const SONORANTS = new Set('йр');
// Loanwords ending in a voiced stop take either variant in real texts (`Петербургтің`, `диалогтың`).
const EITHER_VOICE = new Set('бвгд');
// Stem-final consonants voice between vowels (`сынақ` → `сынағы`, `кітап` → `кітабы`); stems are
// kept in the unvoiced form so both spellings meet.
const DEVOICE: Record<string, string> = { ғ: 'қ', г: 'к', б: 'п' };

/** Slots in the order they are peeled off the end of a word. */
const SLOTS: readonly (readonly Suffix[])[] = [CASE, POSSESSIVE, PLURAL];

function lastVowelClass(s: string): 'back' | 'front' | null {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (BACK_VOWELS.has(c)) return 'back';
    if (FRONT_VOWELS.has(c)) return 'front';
    if (VOWELS.has(c)) return null; // и, у, ю, э: neutral, harmony unknown
  }
  return null;
}

function suffixVowelClass(suffix: string): 'back' | 'front' | null {
  return lastVowelClass(suffix);
}

function fitsContext(before: string, after: readonly SuffixContext[] | undefined): boolean {
  if (!after) return true;
  const last = before[before.length - 1];
  if (last === undefined) return false;
  for (const ctx of after) {
    switch (ctx) {
      case 'vowel':
        if (VOWELS.has(last)) return true;
        break;
      case 'consonant':
        if (!VOWELS.has(last)) return true;
        break;
      case 'voiceless':
        if (VOICELESS.has(last) || EITHER_VOICE.has(last)) return true;
        break;
      case 'voiced':
        if (!VOWELS.has(last) && !VOICELESS.has(last) && !NASALS.has(last)) return true;
        break;
      case 'nasal':
        if (NASALS.has(last)) return true;
        break;
      case 'sonorant':
        if (SONORANTS.has(last)) return true;
        break;
      case 'possessive':
        if (last === 'ы' || last === 'і') return true;
        break;
    }
  }
  return false;
}

function vowelCount(s: string): number {
  let n = 0;
  for (const c of s) if (VOWELS.has(c)) n++;
  return n;
}

/**
 * A stem may remain when it has two syllables or four letters; a shorter one (`жыл`, `ел`) only
 * when the suffix that follows it begins with a consonant, which a root ending cannot imitate
 * as easily as a lone vowel can (`бала` must not become `бал` + `а`).
 */
function isValidStem(stem: string, nextSuffix: string, nextSlot: readonly Suffix[] | undefined): boolean {
  const vowels = vowelCount(stem);
  if (vowels === 0) return false;
  if (vowels >= 2 || stem.length >= 4) return true;
  // Possessive `-мыз` is excluded: `тамыз` (August) is not `та` + "our".
  return stem.length >= 2 && nextSlot !== POSSESSIVE && nextSuffix.length >= 2 && !VOWELS.has(nextSuffix[0]!);
}

/** Longest strippable chain: returns the stem (before devoicing) or the word itself. */
function stripOnce(word: string): string {
  let best = word;
  const visit = (rest: string, slot: number, lastStripped: string, lastSlot?: readonly Suffix[]): void => {
    if (rest.length < best.length && isValidStem(rest, lastStripped, lastSlot)) best = rest;
    for (let s = slot; s < SLOTS.length; s++) {
      for (const suffix of SLOTS[s]!) {
        const t = suffix.text;
        if (rest.length <= t.length || !rest.endsWith(t)) continue;
        const before = rest.slice(0, rest.length - t.length);
        if (!fitsContext(before, suffix.after)) continue;
        const harmony = lastVowelClass(before);
        const own = suffixVowelClass(t);
        if (harmony && own && harmony !== own) continue;
        visit(before, s + 1, t, SLOTS[s]);
      }
    }
  };
  visit(word, 0, '');
  return best;
}

/**
 * Kazakh stem of a folded word by suffix stripping: peels the longest valid chain of case,
 * possessive and plural endings (`сынақтарының` → `сынақ`), checking vowel harmony and the
 * consonant each variant follows, then unvoices the final consonant so `сынағы` meets `сынақ`.
 * Repeats until nothing changes, so a bare word that happens to end like a suffix and its
 * inflected forms still share a stem.
 *
 * @example stemKazakh('сынақтардың') // 'сынақ'
 */
export function stemKazakh(word: string): string {
  let current = word;
  for (let i = 0; i < 3; i++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  return canonicalStem(current);
}

/**
 * Writes a stem in one spelling whichever suffix reading produced it. Some endings are read two
 * ways without a dictionary: `кеңесі` is `кеңес` + `і` or `кеңе` + `сі`, `полигоны` is `полигон`
 * + `ы` or `полиго` + `ны`. Dropping a final `с`/`н` after a vowel makes both readings one stem;
 * the rare pairs it merges (`күрес`/`күре`) cost less than missing every inflected form.
 */
function canonicalStem(stem: string): string {
  let s = stem;
  const last = s[s.length - 1];
  const devoiced = last ? DEVOICE[last] : undefined;
  if (devoiced) s = s.slice(0, -1) + devoiced;
  if (s.length >= 4 && (s.endsWith('с') || s.endsWith('н')) && VOWELS.has(s[s.length - 2]!)) s = s.slice(0, -1);
  return s;
}
