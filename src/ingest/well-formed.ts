import type { ParsedArticle } from './types.ts';

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as well-formed UTF-16: each lone surrogate becomes one U+FFFD, so the length and every
 * offset stay as they were. A JSON source can escape lone surrogates (`\ud800`), which no UTF-8
 * database holds: SQLite wrote three U+FFFD for one (moving later offsets) and PostgreSQL refused
 * the text.
 *
 * @example wellFormedText('a\ud800b') === 'a\ufffdb'
 */
export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Every string of a parsed article (text and metadata) as `wellFormedText` gives it. */
export function wellFormedArticle(article: ParsedArticle): ParsedArticle {
  return wellFormedStrings(article);
}

function wellFormedStrings<T>(value: T): T {
  if (typeof value === 'string') return wellFormedText(value) as T;
  if (Array.isArray(value)) return value.map(wellFormedStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormedStrings(v)])) as T;
  }
  return value;
}
