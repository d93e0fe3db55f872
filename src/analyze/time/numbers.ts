/**
 * Reads a sequence of number words (`двух тысяч`, `екі мың он үш`) with a table of word values:
 * words below a thousand add up, a thousand multiplies what precedes it.
 */
function readNumberWords(words: readonly string[], table: ReadonlyMap<string, number>): number | undefined {
  let total = 0;
  let group = 0;
  for (const w of words) {
    const v = table.get(w);
    if (v === undefined) return undefined;
    if (v === 1000) {
      total += (group || 1) * 1000;
      group = 0;
    } else if (v === 100 && group > 0 && group < 10) {
      group *= 100;
    } else {
      group += v;
    }
  }
  return total + group;
}

/** Reads digits (`22`, `2,5`) or number words; undefined when it is neither. */
export function readAmount(
  text: string,
  table: ReadonlyMap<string, number>,
  normalise: (w: string) => string,
): number | undefined {
  const t = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return readNumberWords(t.split(/\s+/).map(normalise), table);
}
