/** The match key of an English word in a name: its possessive ending removed. */

/** Removes English possessive endings: `Nation’s` → `nation`, `countries’` → `countries`. */
export function englishBase(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.endsWith("'")) return lower.slice(0, -1);
  return lower;
}
