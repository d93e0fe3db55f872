/**
 * Word tokens with their spans and match keys. Words keep inner hyphens, apostrophes and `+`
 * (`Nuclear-Test-Ban`, `Kazakhstan’s`, `ЕҚЫҰ-ның`, `Rio+20`); a scan artefact such as `inter- national`
 * stays two tokens, and a quote glued to a word (`initiate«`) is not part of it.
 */
import type { Language } from '../types.ts';
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

const WORD = /[\p{L}\p{N}]+(?:(?:[-‑'’+]|\.(?=\p{N}))[\p{L}\p{N}]+)*[’']?/gu;

export function tokenize(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const numeric = first >= 48 && first <= 57;
    const acronym = !numeric && isAcronymForm(t);
    const capitalized = !numeric && t[0] !== t[0]?.toLowerCase();
    const tok: Token = {
      start: m.index,
      end: m.index + t.length,
      text: t,
      key: matchKey(t, lang),
      capitalized,
      acronym,
      numeric,
    };
    if (acronym && t.length >= 4) tok.altKey = plainKey(t, lang);
    out.push(tok);
  }
  return out;
}

/** Text between two tokens (punctuation, spaces) — used to refuse matches across `.` or `;`. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
