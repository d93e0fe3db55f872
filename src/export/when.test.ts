import { describe, expect, it } from 'vitest';
import { firstDay, isoDate, lastDay, parseWhen } from './when.ts';

describe('parseWhen', () => {
  it.each([
    ['2009-12', [2009, 12, 1], [2009, 12, 31]],
    ['2009-12-15', [2009, 12, 15], [2009, 12, 15]],
    ['2010', [2010, 1, 1], [2010, 12, 31]],
    ['199', [1990, 1, 1], [1999, 12, 31]],
    ['2010/2011', [2010, 1, 1], [2011, 12, 31]],
    ['2013-09/2022', [2013, 9, 1], [2022, 12, 31]],
    ['2016-SU', [2016, 6, 1], [2016, 8, 31]],
    ['2000-02', [2000, 2, 1], [2000, 2, 29]],
  ])('%s covers %j to %j', (when, first, last) => {
    const range = parseWhen(when);
    expect(range?.kind).toBe('span');
    if (range?.kind !== 'span') return;
    expect(firstDay(range.start)).toEqual(first);
    expect(lastDay(range.end)).toEqual(last);
  });

  it('reads annual dates and refuses non-dates', () => {
    expect(parseWhen('XXXX-08-29')).toEqual({ kind: 'annual', month: 8, day: 29 });
    expect(parseWhen('P25Y')).toBeNull();
    expect(parseWhen('PRESENT_REF')).toBeNull();
  });

  it('writes BCE and far years in ISO 8601 expanded form', () => {
    expect(isoDate([2009, 12, 1])).toBe('2009-12-01');
    expect(isoDate([-499, 1, 1])).toBe('-000499-01-01');
  });
});
