import { createHash } from 'node:crypto';

/**
 * Entities as full-text tokens, so a query that names an entity (`ОБСЕ` → org:osce) also matches
 * every article that mentions it, in any language and under any name, within the same index
 * match as its words: one ranked, counted and filtered set instead of a second lookup through
 * the mentions.
 */

/**
 * The index token of an entity id: `e` and 12 hex digits of the id's SHA-1. Letters and digits
 * only, so every tokenizer keeps it whole, and no word the analyser makes looks like it.
 *
 * @example entityToken('org:osce') // 'e' + 12 hex digits, the same on every machine
 */
export function entityToken(id: string): string {
  return `e${createHash('sha1').update(id).digest('hex').slice(0, 12)}`;
}

/** The index tokens of an article's entities, sorted and without repeats. */
export function entityIndexTokens(ids: Iterable<string>): string[] {
  return [...new Set([...ids].map(entityToken))].sort();
}
