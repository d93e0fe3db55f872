import { ALL_PACKS, languagePack, readerOf } from '../analyze/lang/index.ts';
import { byLanguage, type Language } from '../domain/languages.ts';
import { foldWord, scriptOf } from './normalize.ts';
import { isStopWord } from './stopwords.ts';

/**
 * A word of the text and the index tokens it yields. A hyphenated or slashed word (`peace-keeping`,
 * `64/35`) is one word with several parts; `tokens` then holds the joined form first (letters
 * only) and then each part, so `peacekeeping` and `peace-keeping` find each other and a phrase
 * over the parts still sees them adjacent.
 */
export interface AnalysedWord {
  start: number;
  end: number;
  tokens: string[];
}

// Letters, marks and digits, joined by hyphens, apostrophes or slashes inside a word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’ʼ/][\p{L}\p{M}\p{N}]+)*/gu;
const PART_SEPARATOR = /[-‐‑/]/;
const LEADING_DIGITS = /^([0-9]+)(\p{L}{1,3})$/u;
const DIGIT = /[0-9]/;
const ENGLISH_POSSESSIVE = /['’ʼ]s$/;

// Languages with letters of their own: a word with one of them is theirs in any text.
const MARKED = ALL_PACKS.filter((p) => p.distinctiveLetters);

/**
 * The language whose stemmer and stop words apply to a folded word met in a text of `lang`: the
 * language its letters mark (`Қазақстан` → kk), else the one that reads its script in that text
 * (Latin → en, Cyrillic → ru in an English text).
 */
function wordLanguage(folded: string, lang: Language): Language | null {
  const script = scriptOf(folded);
  if (script !== 'latin' && script !== 'cyrillic') return null;
  return MARKED.find((p) => p.distinctiveLetters?.test(folded))?.code ?? readerOf(script, lang);
}

// Stems repeat heavily in running text (Zipf); caching them is what makes indexing fast.
const stemCache = byLanguage(() => new Map<string, string>());
const STEM_CACHE_LIMIT = 200_000;

function stem(folded: string, lang: Language): string {
  const cache = stemCache[lang];
  let s = cache.get(folded);
  if (s === undefined) {
    s = languagePack(lang).searchStem(folded);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(folded, s);
  }
  return s;
}

// Words as written → their token (or null for stop words), per text language: running text
// repeats words (Zipf), so most words cost one map lookup instead of folding and stemming.
const tokenCache = byLanguage(() => new Map<string, string | null>());
const TOKEN_CACHE_LIMIT = 300_000;

/** Folds, filters and stems one word part; null when it is a stop word or empty. */
function partToken(raw: string, lang: Language): string | null {
  const cache = tokenCache[lang];
  let token = cache.get(raw);
  if (token === undefined) {
    token = computePartToken(raw, lang);
    if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
    cache.set(raw, token);
  }
  return token;
}

function computePartToken(raw: string, lang: Language): string | null {
  const folded = foldWord(ENGLISH_POSSESSIVE.test(raw) ? raw.slice(0, -2) : raw);
  if (folded.length === 0) return null;
  const numbered = LEADING_DIGITS.exec(folded);
  // `1990s`, `5th`, `47-й` style endings say nothing a search needs: keep the number.
  if (numbered) return numbered[1]!;
  const wordLang = wordLanguage(folded, lang);
  if (wordLang === null) return folded;
  if (isStopWord(folded, wordLang)) return null;
  return stem(folded, wordLang);
}

const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * Drops a hyphenated part that is only an inflection of the part before: `1990-х`, `47-й`,
 * `1991-ші` after numbers, `ЕҚЫҰ-ға`, `ОБСЕ-нің` after acronyms.
 */
function contentParts(parts: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const prev = parts[i - 1];
    const isEnding = prev !== undefined && part.length <= 4 && !DIGIT.test(part) && part === part.toLowerCase();
    if (isEnding && (DIGIT.test(prev) || ACRONYM.test(prev))) continue;
    kept.push(part);
  }
  return kept;
}

function tokensOfWord(raw: string, lang: Language, out: string[]): void {
  const parts = PART_SEPARATOR.test(raw) ? contentParts(raw.split(PART_SEPARATOR)) : [raw];
  if (parts.length === 1) {
    const t = partToken(parts[0]!, lang);
    if (t !== null) out.push(t);
    return;
  }
  if (!DIGIT.test(raw)) {
    // The whole compound may itself be a stop word (`сондай-ақ`, `из-за`).
    const hyphenated = foldWord(parts.join('-'));
    const wordLang = wordLanguage(hyphenated, lang);
    if (wordLang && isStopWord(hyphenated, wordLang)) return;
    if (parts.length <= 4) {
      const joined = partToken(parts.join(''), lang);
      if (joined !== null) out.push(joined);
    }
  }
  for (const part of parts) {
    const t = partToken(part, lang);
    if (t !== null) out.push(t);
  }
}

/**
 * The index tokens of a text written in `lang`: words case-folded (`ё` → `е`), stop words
 * dropped, stemmed by the word's own script (Latin → English Snowball, Cyrillic → the text's
 * language, Russian for English texts, Kazakh whenever a word has a Kazakh-only letter), with the
 * stemmers and stop words of the language packs (`analyze/lang/<code>/`).
 * Numbers stay as tokens. Tokens contain only letters and digits, so SQLite's and PostgreSQL's
 * tokenizers split a space-joined token string exactly where we did.
 *
 * @example indexTokens('Ядерные испытания 1949 года', 'ru') // ['ядерн', 'испытан', '1949']
 */
export function indexTokens(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) tokensOfWord(m[0], lang, out);
  return out;
}

/** Like `indexTokens`, with each word's position in the text (for snippets and highlighting). */
export function analyseWords(text: string, lang: Language): AnalysedWord[] {
  const words: AnalysedWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const tokens: string[] = [];
    tokensOfWord(m[0], lang, tokens);
    if (tokens.length > 0) words.push({ start: m.index, end: m.index + m[0].length, tokens });
  }
  return words;
}
