/**
 * Which side of the document date a Russian clause looks at: past when it has a past-tense verb
 * (`утвердило`, `вернулся`), else ahead (`вернётся`, `пройдёт`: the perfective present is future,
 * and news names a weekday without a past verb for what is coming).
 */
import { sentenceAround, type Tense } from '../../../time/days.ts';
import { CLAUSE_BREAK, FUTURE_WORDS, NOT_PAST_VERBS, PAST_VERB } from './words.ts';

function tenseOf(words: string[]): Tense | undefined {
  for (const w of words) {
    if (FUTURE_WORDS.has(w)) return 'future';
    if (PAST_VERB.test(w) && !NOT_PAST_VERBS.has(w)) return 'past';
  }
  return undefined;
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/** The tense of the clause around `start..end`: its first verb after the expression, else the nearest before. */
export function russianTense(text: string, start: number, end: number): Tense {
  const { before, after } = sentenceAround(text, start, end);
  const ahead = after.split(CLAUSE_BREAK)[0] ?? '';
  const behind = before.split(CLAUSE_BREAK).pop() ?? '';
  return tenseOf(wordsOf(ahead)) ?? tenseOf(wordsOf(behind).reverse()) ?? 'future';
}
