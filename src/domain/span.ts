/**
 * A stretch of an article's text: offsets in UTF-16 code units (JavaScript string indices), end
 * exclusive. Every fact Chronicle keeps points into the original text with these.
 */
export interface Span {
  start: number;
  end: number;
}
