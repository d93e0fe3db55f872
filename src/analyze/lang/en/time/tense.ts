/**
 * Which side of the document date a clause looks at, read from its verbs: news writes "the Senate
 * will vote on Thursday" (the coming Thursday) and "McConnell said Tuesday" (the last one).
 */
import { FUTURE_MARKERS, PAST_MARKERS } from './words.ts';

export type Tense = 'past' | 'future' | 'present';

const alternation = (words: string[]): string =>
  words
    .map((w) => w.replace(/'/g, "'").replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
const FUTURE = `(?:${alternation(FUTURE_MARKERS)})`;
const PAST = `(?:${alternation(PAST_MARKERS)}|[a-z]{2,}ed)`;
const MARKER = new RegExp(`(?<![A-Za-z'])(?:(${FUTURE})|(${PAST}))(?![A-Za-z])`, 'gi');
// A clause ends at a sentence end, a semicolon or a comma (a reporting clause "…, he said Tuesday").
const CLAUSE_END = /[.;!?,]/;

function lastMarker(segment: string): Tense | undefined {
  let found: Tense | undefined;
  for (const m of segment.matchAll(MARKER)) found = m[1] ? 'future' : 'past';
  return found;
}

/**
 * The tense of the clause around `start..end`: the verb nearest before the expression ("said on
 * Thursday that schools would reopen on Monday": said for Thursday, would for Monday), else the
 * first after it.
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  let from = start;
  while (from > 0 && start - from < 200 && !CLAUSE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !CLAUSE_END.test(text[to] as string)) to++;
  const before = lastMarker(text.slice(from, start));
  if (before) return before;
  const after = new RegExp(MARKER.source, 'i').exec(text.slice(end, to));
  return after ? (after[1] ? 'future' : 'past') : 'present';
}
