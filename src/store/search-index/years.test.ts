import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearIndexTokens, yearQueryTokens } from './years.ts';

/** Whether the article's ranges meet the query range, by the tokens alone. */
function matches(ranges: { from: number; to: number }[], from: number, to: number): boolean {
  const indexed = new Set(yearIndexTokens(ranges));
  return yearQueryTokens(from, to).some((t) => indexed.has(t));
}

const year = fc.integer({ min: -10000, max: 10000 });
const nearYear = fc.integer({ min: 1890, max: 2030 });
const range = (y: fc.Arbitrary<number>) =>
  fc.tuple(y, y).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));

describe('year tokens', () => {
  it('spell a single year with its decade, century and millennium', () => {
    expect(yearQueryTokens(2009, 2009)).toEqual(['c20', 'd200', 'm2', 'y2009']);
    expect(yearIndexTokens([{ from: 2009, to: 2009 }])).toEqual(['tc20', 'td200', 'tm2', 'y2009']);
  });

  it('keep long ranges to a few tokens', () => {
    expect(yearIndexTokens([{ from: 1000, to: 2000 }])).toEqual(['m1', 'tc20', 'td200', 'tm2', 'y2000']);
    expect(yearQueryTokens(-10000, 10000).length).toBeLessThan(100);
    expect(yearQueryTokens(1, 9998).length).toBeLessThan(200);
  });

  it('spell years before the common era with n', () => {
    expect(yearIndexTokens([{ from: -44, to: -44 }])).toContain('yn44');
    expect(matches([{ from: -44, to: -44 }], -50, -40)).toBe(true);
    expect(matches([{ from: -44, to: -44 }], 40, 50)).toBe(false);
  });

  it('match exactly when a range overlaps the query, for ranges near today', () => {
    fc.assert(
      fc.property(fc.array(range(nearYear), { minLength: 1, maxLength: 3 }), range(nearYear), (ranges, q) => {
        const overlaps = ranges.some((r) => r.from <= q.to && r.to >= q.from);
        expect(matches(ranges, q.from, q.to)).toBe(overlaps);
      }),
      { numRuns: 2000 },
    );
  });

  it('match exactly when a range overlaps the query, for any years the store accepts', () => {
    fc.assert(
      fc.property(range(year), range(year), (r, q) => {
        expect(matches([r], q.from, q.to)).toBe(r.from <= q.to && r.to >= q.from);
      }),
      { numRuns: 2000 },
    );
  });
});
