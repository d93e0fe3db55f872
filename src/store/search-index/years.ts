/**
 * Years as full-text tokens, so a `--from/--to` filter becomes part of the index match instead
 * of a lookup per matching article.
 *
 * Years are grouped in aligned blocks: single years (`y2009`), decades (`d200` = 2000–2009),
 * centuries (`c20` = 2000–2099) and millennia (`m2` = 2000–2999); negative numbers are spelt with
 * `n` (`yn44` = 44 BC as year -44). A range is written as its fewest aligned blocks (its cover),
 * so 1000–2000 is `m1 y2000`, not a thousand tokens. Two ranges overlap exactly when a block of
 * one cover and a block of the other are equal or one contains the other. So an article also
 * carries `t`-tokens (`tc20`) for every block that holds part of its range without being in its
 * cover, and a query asks, for each block of its own cover, "this block exactly, or part of it"
 * and for each block above its cover "this block exactly". Both lists stay short (tens) for any
 * range the store accepts.
 */

/** Block sizes from largest to smallest, with their token letters. */
const LEVELS = [
  { size: 1000, letter: 'm' },
  { size: 100, letter: 'c' },
  { size: 10, letter: 'd' },
  { size: 1, letter: 'y' },
] as const;

interface Block {
  level: number;
  index: number;
}

function token(block: Block): string {
  const n = block.index;
  return `${LEVELS[block.level]!.letter}${n < 0 ? `n${-n}` : n}`;
}

/** The fewest aligned blocks that exactly cover the years `from`..`to` (inclusive). */
function cover(from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let year = from;
  while (year <= to) {
    const level = LEVELS.findIndex(({ size }) => year % size === 0 && year + size - 1 <= to);
    // Year blocks (size 1) always fit, so findIndex never misses.
    const { size } = LEVELS[level]!;
    blocks.push({ level, index: Math.floor(year / size) });
    year += size;
  }
  return blocks;
}

/** The blocks strictly above `block` (its decade, century, millennium). */
function ancestors(block: Block): Block[] {
  const first = block.index * LEVELS[block.level]!.size;
  const out: Block[] = [];
  for (let level = block.level - 1; level >= 0; level--) {
    out.push({ level, index: Math.floor(first / LEVELS[level]!.size) });
  }
  return out;
}

/**
 * Index tokens for an article's year ranges: the cover of each range, plus `t`-tokens for the
 * blocks that hold part of a range. Sorted and without repeats.
 *
 * @example yearIndexTokens([{ from: 2009, to: 2009 }]) // ['tc20', 'td200', 'tm2', 'y2009']
 */
export function yearIndexTokens(ranges: { from: number; to: number }[]): string[] {
  const tokens = new Set<string>();
  for (const { from, to } of ranges) {
    for (const block of cover(Math.min(from, to), Math.max(from, to))) {
      tokens.add(token(block));
      // A cover's blocks never nest, so a block above one holds only part of the range.
      for (const above of ancestors(block)) tokens.add(`t${token(above)}`);
    }
  }
  return [...tokens].sort();
}

/**
 * Tokens of which an article must carry at least one for one of its ranges to overlap
 * `from`..`to`: each block of the query's cover exactly or in part, and each block above it
 * exactly. Sorted and without repeats.
 *
 * @example yearQueryTokens(2009, 2009) // ['c20', 'd200', 'm2', 'y2009']
 */
export function yearQueryTokens(from: number, to: number): string[] {
  const tokens = new Set<string>();
  for (const block of cover(Math.min(from, to), Math.max(from, to))) {
    tokens.add(token(block));
    // A single year has no parts.
    if (LEVELS[block.level]!.size > 1) tokens.add(`t${token(block)}`);
    for (const above of ancestors(block)) tokens.add(token(above));
  }
  return [...tokens].sort();
}
