import { MAX_QUERY_CHARS } from '../domain/inputs.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { indexTokens } from './analyzer.ts';
import { foldWord } from './normalize.ts';

/** A query the user must change: too long, too many words, or nothing left to search for. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

// The same limit the API and the website check their query parameters against.
export { MAX_QUERY_CHARS };
export const MAX_QUERY_TERMS = 32;

/**
 * One word or quoted phrase of a query. The query's language is unknown, so a term carries every
 * way a text could have indexed it: `alternatives` are token sequences (one token for a plain
 * word; several for a phrase or a hyphenated word), any of which matches.
 */
export interface QueryTerm {
  /** The term as the user typed it (without quotes or the leading `-`). */
  text: string;
  phrase: boolean;
  /** `-word`: results must not contain it. */
  excluded: boolean;
  alternatives: string[][];
}

export interface ParsedQuery {
  /** The query as given. */
  text: string;
  terms: QueryTerm[];
}

// «», „“, “” and ″ are all typed as phrase quotes.
const QUOTES = /[«»„“”″]/g;
// A quoted phrase (closing quote optional) or a run of non-space characters, either maybe negated.
const CHUNK = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’ʼ/][\p{L}\p{M}\p{N}]+)*/gu;

function key(seq: string[]): string {
  return seq.join(' ');
}

/** Every token sequence the text could have been indexed as, in any of the three languages. */
function alternativesOf(text: string, isPhrase: boolean): string[][] {
  const seen = new Map<string, string[]>();
  const add = (seq: string[]): void => {
    if (seq.length > 0 && !seen.has(key(seq))) seen.set(key(seq), seq);
  };
  for (const lang of LANGUAGES) {
    const tokens = indexTokens(text, lang);
    add(tokens);
    // A hyphenated word indexes as [joined, part, part…]; texts that wrote it solid have only `joined`.
    if (!isPhrase && tokens.length > 1 && !/[0-9]/.test(text)) add([tokens[0]!]);
  }
  if (!isPhrase && seen.size > 0) {
    // The folded word itself, for words no stemmer changes in the text's language.
    const folded = foldWord(text);
    if (/^[\p{L}\p{N}]+$/u.test(folded)) add([folded]);
  }
  return [...seen.values()];
}

/**
 * Parses a search query typed in any of the three languages. Each word becomes a term whose
 * alternatives are its English, Russian and Kazakh index forms (by script) and the folded word;
 * `"quoted words"` make a phrase; `-word` excludes. Stop words are dropped.
 *
 * A query of only stop words or punctuation parses to no terms (nothing to match; callers may
 * still match entity names).
 *
 * @throws QueryError when the query is longer than 500 characters, has more than 32 terms, or
 *   only excludes words.
 * @example parseQuery('ядерных испытаний').terms[0].alternatives // [['ядерн'], ['ядерных']]
 */
export function parseQuery(q: string): ParsedQuery {
  if (q.length > MAX_QUERY_CHARS) {
    throw new QueryError(`query is too long: ${q.length} characters (at most ${MAX_QUERY_CHARS})`);
  }
  const terms: QueryTerm[] = [];
  const push = (text: string, phrase: boolean, excluded: boolean): void => {
    const alternatives = alternativesOf(text, phrase);
    if (alternatives.length === 0) return;
    terms.push({ text, phrase, excluded, alternatives });
    if (terms.length > MAX_QUERY_TERMS) {
      throw new QueryError(`query has too many words: more than ${MAX_QUERY_TERMS}`);
    }
  };
  for (const m of q.replace(QUOTES, '"').matchAll(CHUNK)) {
    if (m[2] !== undefined) {
      const words = [...m[2].matchAll(WORD)].map((w) => w[0]);
      if (words.length === 1) push(words[0]!, false, m[1] === '-');
      else if (words.length > 1) push(words.join(' '), true, m[1] === '-');
      continue;
    }
    // Punctuation glued to words (`tests,` `(OSCE)`) is dropped; each word inside is a term.
    for (const w of (m[4] ?? '').matchAll(WORD)) push(w[0], false, m[3] === '-');
  }
  if (terms.length > 0 && terms.every((t) => t.excluded)) {
    throw new QueryError('query only excludes words (-word); add a word to search for');
  }
  return { text: q, terms };
}

/** Every token a matching text may contain for a wanted (not excluded) term: for highlighting. */
export function wantedTokens(parsed: ParsedQuery): Set<string> {
  const tokens = new Set<string>();
  for (const term of parsed.terms) {
    if (term.excluded) continue;
    for (const alt of term.alternatives) for (const t of alt) tokens.add(t);
  }
  return tokens;
}
