/**
 * Word tokens with their spans and match keys. Words keep inner hyphens, apostrophes and `+`
 * (`Nuclear-Test-Ban`, `Kazakhstan’s`, `ЕҚЫҰ-ның`, `Rio+20`); a scan artefact such as `inter- national`
 * stays two tokens, and a quote glued to a word (`initiate«`) is not part of it.
 */
import { byLanguage, type Language } from '../../domain/languages.ts';
import { classOf, codePointAt, DIGIT, LETTER_OR_DIGIT, MARK } from '../chars.ts';
import type { Span } from '../types.ts';
import { isAcronymForm, matchKey, plainKey } from './inflection.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Gazetteer key (inflection removed; acronyms as `=ABC`). */
  key: string;
  /** Second key for words in capitals (`KAZAKHSTAN` → `kazakhstan`), else undefined. */
  altKey?: string;
  /** First character is an upper-case letter (or a digit-led name part such as `2017`). */
  capitalized: boolean;
  acronym: boolean;
  numeric: boolean;
}

const UPPER_START = /^\p{Lu}/u;
// The words: /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-‑'’+]|\.(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*[’']?/u, as
// nextWord reads them.

// Words repeat: keying each distinct word once per language saves most of tokenising's time.
const KEY_CACHE = byLanguage(
  () => new Map<string, { key: string; acronym: boolean; altKey?: string; upper: boolean }>(),
);
const KEY_CACHE_LIMIT = 200_000;

function keyed(t: string, lang: Language, numeric: boolean) {
  const cache = KEY_CACHE[lang];
  let k = cache.get(t);
  if (!k) {
    const acronym = !numeric && isAcronymForm(t);
    // `upper`: the form starts with an upper-case letter (kept with its key: a regular expression per
    // Cyrillic word otherwise).
    k = { key: matchKey(t, lang), acronym, upper: UPPER_START.test(t) };
    if (acronym && t.length >= 4) k.altKey = plainKey(t, lang);
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(t, k);
  }
  return k;
}

function isPlainLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Joins two parts of one word when a letter or digit follows (`-`, `‑`, `'`, `’`, `+`; `.` only before a digit). */
const JOINERS = new Set([0x2d, 0x2011, 0x27, 0x2019, 0x2b]);

/**
 * Where the next word (the expression above) at or after `from` starts and ends (`into[0]`, `into[1]`); false
 * when there is none. Reads character codes instead of running the expression: the same spans, without a
 * match array per word (tokenising is run over every text and every mention).
 */
function nextWord(s: string, from: number, into: Int32Array): boolean {
  const n = s.length;
  let i = from;
  for (;;) {
    if (i >= n) return false;
    const cp = codePointAt(s, i);
    if ((classOf(cp) & LETTER_OR_DIGIT) !== 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  into[0] = i;
  // [\p{L}\p{N}][\p{L}\p{M}\p{N}]*
  i = wordPart(s, i);
  // ((?:[-‑'’+]|\.(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
  while (i < n) {
    const c = s.charCodeAt(i);
    if (i + 1 >= n) break;
    const next = codePointAt(s, i + 1);
    const k = classOf(next);
    if (!(JOINERS.has(c) ? (k & LETTER_OR_DIGIT) !== 0 : c === 0x2e && (k & DIGIT) !== 0)) break;
    i = wordPart(s, i + 1);
  }
  // [’']?
  if (i < n && (s.charCodeAt(i) === 0x2019 || s.charCodeAt(i) === 0x27)) i++;
  into[1] = i;
  return true;
}

/** The end of the letters, digits and marks from `i` (whose character is a letter or digit). */
function wordPart(s: string, i: number): number {
  const n = s.length;
  let cp = codePointAt(s, i);
  i += cp > 0xffff ? 2 : 1;
  while (i < n) {
    cp = codePointAt(s, i);
    if ((classOf(cp) & (LETTER_OR_DIGIT | MARK)) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
const wordSpan = new Int32Array(2);

export function tokenize(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  for (let at = 0; nextWord(text, at, wordSpan); at = wordSpan[1] as number) {
    const start = wordSpan[0] as number;
    const t = text.slice(start, wordSpan[1] as number);
    const first = t.charCodeAt(0);
    const numeric = first >= 48 && first <= 57;
    // Plain lower-case ASCII words (most English tokens) are their own key (and need no object for it).
    const k = isPlainLower(t) ? undefined : keyed(t, lang, numeric);
    const capitalized =
      !numeric && (first >= 65 && first <= 90 ? true : first > 127 && (k ? k.upper : UPPER_START.test(t)));
    const tok: Token = {
      start,
      end: start + t.length,
      text: t,
      key: k ? k.key : t,
      capitalized,
      acronym: k ? k.acronym : false,
      numeric,
    };
    if (k?.altKey) tok.altKey = k.altKey;
    out.push(tok);
  }
  return out;
}

/** Text between two tokens (punctuation, spaces) — used to refuse matches across `.` or `;`. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Index of the first token (or other span, sorted by start) starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the tokens that open one of `sentences` (token 0 always). */
export function sentenceInitialTokens(tokens: Token[], sentences: readonly Span[]): Set<number> {
  const out = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const sent = sentences[s];
    while (sentences[s] && (tokens[i] as Token).start >= (sentences[s] as Span).end) s++;
    const cur = sentences[s] ?? sent;
    if (cur && i > 0 && (tokens[i - 1] as Token).start < cur.start) out.add(i);
  }
  out.add(0);
  return out;
}
