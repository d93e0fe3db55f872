/**
 * Regex fragments for rules written in lower case and run near trigger words (ru, kk: see
 * `TimeLanguage.triggers`). Kept as source strings so each language compiles its rules once, at
 * module load.
 */

import { ROMAN_SOURCE } from './roman.ts';
import type { Rule } from './rule.ts';

/**
 * Roman numerals of centuries and millennia, in Latin or Cyrillic look-alike letters (ХV, ХІХ),
 * lower-cased like every rule; builders check the original is upper case.
 */
export const ROMAN = ROMAN_SOURCE.toLowerCase();

/** Not followed by a letter or digit. */
export const END = '(?![\\p{L}\\p{N}])';

/** Alternation of literal words, longest first so a regex never stops at a prefix. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * A rule regex: global and Unicode, written in lower case (the engine runs it on lower-cased
 * text); with match indices only when the rule needs the spans of its groups, since indices slow
 * every match down. Rules start at a word boundary, which the engine checks (JavaScript's `\b` is
 * ASCII-only).
 */
export function compile(source: string, indices = false): RegExp {
  return new RegExp(source, indices ? 'dgu' : 'gu');
}

/** True when the original spelling of a Roman numeral is upper case (`х`, `і` alone are letters). */
export function isUpperRoman(original: string | undefined): boolean {
  return original !== undefined && original === original.toUpperCase();
}

/**
 * A lower-case rule (ru, kk); `indices` when its builder reads group offsets (`groupStart`,
 * `groupEnd`); `needs`, words one of which every match holds (`Rule.needs`).
 */
export const rule = (
  name: string,
  source: string,
  make: Rule['make'],
  indices = false,
  needs?: readonly string[],
): Rule => (needs ? { name, re: compile(source, indices), make, needs } : { name, re: compile(source, indices), make });
