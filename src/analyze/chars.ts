/**
 * Character classes read from character codes, for the scanners that find words without running a
 * regular expression per word (entity tokens, the date rules' key-word scan): a match array per
 * word was a good part of what analysis allocates. Each class of a character of the Basic
 * Multilingual Plane is asked of a regular expression once and remembered; characters beyond it
 * (surrogate pairs) are asked every time.
 */

/** A letter or digit (`[\p{L}\p{N}]`). */
export const LETTER_OR_DIGIT = 1;
/** A combining mark (`\p{M}`). */
export const MARK = 2;
/** A digit (`\p{N}`). */
export const DIGIT = 8;
/** Bit set once a BMP character's classes are known. */
const KNOWN = 4;

const CLASS_OF = new Uint8Array(0x10000);
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
const DIGIT_RE = /^\p{N}$/u;

function ask(ch: string): number {
  return (
    KNOWN |
    (LETTER_OR_DIGIT_RE.test(ch) ? LETTER_OR_DIGIT : 0) |
    (MARK_RE.test(ch) ? MARK : 0) |
    (DIGIT_RE.test(ch) ? DIGIT : 0)
  );
}

/** The classes of code point `cp` as bits (LETTER_OR_DIGIT, MARK, DIGIT). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = CLASS_OF[cp] as number;
    if (k === 0) {
      k = ask(String.fromCharCode(cp));
      CLASS_OF[cp] = k;
    }
    return k;
  }
  return ask(String.fromCodePoint(cp));
}

/** The code point at `i` of `s` (a lone surrogate is its own code point, as in a `u` expression). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
