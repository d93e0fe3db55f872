/**
 * Sentence splitting for en/ru/kk. A full stop ends a sentence only when what follows starts a new
 * one (a capital, digit or opening quote) and the word before it is not an abbreviation (`г.`,
 * `гг.`, `ж.`, `т.б.`, `e.g.`), an initial (`Н. Назарбаев`) or a number's part; `«…»` quotations stay
 * whole; blank lines and short title-like lines always end a sentence.
 */
import { ALL_PACKS } from './lang/index.ts';
import type { Span } from './types.ts';

// Lower-cased words that end with a dot without ending the sentence, in any of our languages
// (texts quote each other): each pack's `abbreviations.ts`.
const ABBREVIATIONS = new Set(ALL_PACKS.flatMap((p) => p.abbreviations));

const BREAK = /[.!?…]/;
const CLOSERS = new Set([...'»"”’)]']);
const STARTERS = /[\p{Lu}\p{N}«"“„([—–-]/u;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  // Take letters and inner dots (`т.б`, `e.g`, `б.з.д`).
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, '');
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  if (w === '') return false;
  if (ABBREVIATIONS.has(w)) return true;
  // A single capital letter is an initial: `Н. Назарбаев`, `A. Bokeikhanov`.
  if (w.length === 1 && /\p{Lu}/u.test(text[dot - 1] as string)) return true;
  return false;
}

/**
 * Longest sentence span. Prose never comes close; a page without full stops (a 5 MB single line, a
 * list of a million dates) is cut into pieces of this size, so that work per sentence downstream
 * (clauses, events, claims) stays bounded and analysis stays linear in the text's length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Where to cut an over-long sentence at or before `limit`: after the last space, else not inside a surrogate pair. */
function boundedCut(text: string, start: number, limit: number): number {
  const space = text.slice(start, limit).search(/\s\S*$/u);
  if (space > 0) return start + space;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

/** Splits `text` into sentence spans (UTF-16 offsets, trimmed of surrounding whitespace). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let quoteDepth = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    while (b - a > MAX_SENTENCE_CHARS) {
      const cutAt = boundedCut(text, a, a + MAX_SENTENCE_CHARS);
      spans.push({ start: a, end: cutAt });
      a = cutAt;
      while (a < b && /\s/.test(text[a] as string)) a++;
    }
    if (b > a) spans.push({ start: a, end: b });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '«' && (i === 0 || /[\s(«"“„—–-]/.test(text[i - 1] as string))) quoteDepth++;
    else if (ch === '»' && quoteDepth > 0) quoteDepth--;
    if (ch === '\n') {
      // Blank line: a paragraph break always ends the sentence.
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00a0')) j++;
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      const endsClause = /[.!?…:;»"”)]$/.test(line);
      if (text[j] === '\n' || j >= n || endsClause || (line.length > 0 && line.length < 80)) {
        quoteDepth = 0;
        push(i);
      }
      continue;
    }
    if (!BREAK.test(ch) || quoteDepth > 0) continue;
    // Swallow a run of terminators and closing quotes: `?!`, `...`, `.»`, `.)`.
    let j = i + 1;
    while (j < n && (BREAK.test(text[j] as string) || CLOSERS.has(text[j] as string))) j++;
    if (j < n && !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < n && /[ \t\u00a0]/.test(text[k] as string)) k++;
    if (k < n && text[k] === '\n') {
      push(j);
      i = j - 1;
      continue;
    }
    if (k >= n) break;
    if (!STARTERS.test(text[k] as string)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviationDot(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return spans;
}
