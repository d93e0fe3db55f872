/** English number phrases → numbers: "two and a half" → 2.5, "twenty-five", "two thousand", "1,500". */
import { NUMBER_WORDS } from './words.ts';

const CARDINAL_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half');

/** Regex source of one number word (no "a"). */
const NUMBER_WORD_SOURCE = `(?:${CARDINAL_WORDS.sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

/**
 * Regex source of a number phrase: digits ("1,500", "22.8"), words ("twenty-five",
 * "one hundred and fifty", "two and a half"), or "a"/"an"/"half a" for one or a half.
 */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:[Hh]alf\\s+an?|[Aa]n?\\s+half|[Hh]alf(?=\\s*-\\s*[a-z])|[Aa]n?(?=\\s)|${NUMBER_WORD_SOURCE})(?:(?:\\s+and\\s+a\\s+|\\s+and\\s+|\\s*-\\s*|\\s+)(?:half|${NUMBER_WORD_SOURCE})\\b)*)`;

/**
 * Value of a number phrase matched by `NUMBER_SOURCE` (case-insensitive), or `null`.
 * @example parseEnglishNumber('two and a half') // 2.5
 * @example parseEnglishNumber('one hundred and fifty') // 150
 */
export function parseEnglishNumber(phrase: string): number | null {
  const s = phrase.toLowerCase().trim();
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (/^(half\s+an?|an?\s+half|half)$/.test(s)) return 0.5;
  let total = 0;
  let current = 0;
  const tokens = s.replace(/and\s+a\s+half/, 'and half').split(/[\s-]+/);
  // "a three-year period", "an eight-hour shift": the article is not part of the number.
  if (
    tokens.length > 1 &&
    /^an?$/.test(tokens[0] as string) &&
    !/^(hundred|thousand|dozen|half|couple)$/.test(tokens[1] as string)
  )
    tokens.shift();
  for (const token of tokens) {
    if (token === 'and') continue;
    if (token === 'half') {
      current += 0.5;
      continue;
    }
    const n = NUMBER_WORDS[token];
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += n;
  }
  return total + current;
}
