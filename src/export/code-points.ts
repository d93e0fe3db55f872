/**
 * The code point offset of every UTF-16 offset of `text`, counted in one pass so that converting
 * many mentions costs the text's length once, not once per mention. A surrogate pair is one code
 * point; an offset inside a pair counts its high half as one (as the text up to there holds it).
 *
 * @example codePointOffsets('a🌍b')(3) === 2
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  // Most texts hold no astral characters: their two offsets are the same.
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n++;
    table[i + 1] = n;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) table[++i + 1] = n;
    }
  }
  return (offset) => table[Math.max(0, Math.min(offset, text.length))]!;
}
