/**
 * Word tokens with their spans and match keys. Words keep inner hyphens, apostrophes and `+`
 * (`Nuclear-Test-Ban`, `Kazakhstan’s`, `ЕҚЫҰ-ның`, `Rio+20`); a scan artefact such as `inter- national`
 * stays two tokens, and a quote glued to a word (`initiate«`) is not part of it.
 */
import { byLanguage, type Language } from '../../domain/languages.ts';
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
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-‑'’+]|\.(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*[’']?/gu;

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

export function tokenize(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const numeric = first >= 48 && first <= 57;
    // Plain lower-case ASCII words (most English tokens) are their own key (and need no object for it).
    const k = isPlainLower(t) ? undefined : keyed(t, lang, numeric);
    const capitalized =
      !numeric && (first >= 65 && first <= 90 ? true : first > 127 && (k ? k.upper : UPPER_START.test(t)));
    const tok: Token = {
      start: m.index,
      end: m.index + t.length,
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

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
