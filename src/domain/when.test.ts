import { describe, expect, it } from 'vitest';
import { daysInMonth, firstDay, isoDate, lastDay, monthDayOf, readWhen, whenRange } from './when.ts';

/** First and last day a value covers, or its annual place, in one line per case. */
const days = (when: string) => {
  const place = readWhen(when);
  if (place?.kind !== 'span') return place;
  return [firstDay(place.start), lastDay(place.end)];
};

const range = (when: string) => {
  const r = whenRange(when);
  return r && [r.startDate, r.endDate, r.yearFrom, r.yearTo];
};

describe('readWhen', () => {
  it('reads days, months and years, keeping their precision', () => {
    expect(readWhen('2009-12-15')).toEqual({
      kind: 'span',
      start: { year: 2009, month: 12, day: 15 },
      end: { year: 2009, month: 12, day: 15 },
    });
    expect(readWhen('2009-12')).toEqual({
      kind: 'span',
      start: { year: 2009, month: 12 },
      end: { year: 2009, month: 12 },
    });
    expect(readWhen('2010')).toEqual({ kind: 'span', start: { year: 2010 }, end: { year: 2010 } });
    expect(days('2000-02')).toEqual([
      [2000, 2, 1],
      [2000, 2, 29],
    ]);
    expect(days('1991-08-29T10:00')).toEqual([
      [1991, 8, 29],
      [1991, 8, 29],
    ]);
  });

  it('reads the four TIMEX3 seasons; winter runs into the next year; AU is not TIMEX3', () => {
    expect(days('2016-SP')).toEqual([
      [2016, 3, 1],
      [2016, 5, 31],
    ]);
    expect(days('2016-SU')).toEqual([
      [2016, 6, 1],
      [2016, 8, 31],
    ]);
    expect(days('2016-FA')).toEqual([
      [2016, 9, 1],
      [2016, 11, 30],
    ]);
    expect(days('1991-WI')).toEqual([
      [1991, 12, 1],
      [1992, 2, 29],
    ]);
    expect(readWhen('1991-AU')).toBeNull();
  });

  it('reads quarters, halves and weeks', () => {
    expect(days('2017-Q2')).toEqual([
      [2017, 4, 1],
      [2017, 6, 30],
    ]);
    expect(days('2017-H2')).toEqual([
      [2017, 7, 1],
      [2017, 12, 31],
    ]);
    expect(readWhen('2017-H3')).toBeNull();
    expect(days('2017-W05')).toEqual([
      [2017, 1, 1],
      [2017, 12, 31],
    ]);
  });

  it('reads decades, centuries and millennia, BC too', () => {
    expect(days('199')).toEqual([
      [1990, 1, 1],
      [1999, 12, 31],
    ]);
    expect(days('20')).toEqual([
      [2000, 1, 1],
      [2099, 12, 31],
    ]);
    expect(days('14')).toEqual([
      [1400, 1, 1],
      [1499, 12, 31],
    ]);
    expect(days('1')).toEqual([
      [1000, 1, 1],
      [1999, 12, 31],
    ]);
    expect(days('BC047')).toEqual([
      [-479, 1, 1],
      [-470, 12, 31],
    ]);
    expect(days('BC03')).toEqual([
      [-399, 1, 1],
      [-300, 12, 31],
    ]);
    expect(days('BC0500')).toEqual([
      [-500, 1, 1],
      [-500, 12, 31],
    ]);
    expect(days('BC0500-03')).toEqual([
      [-500, 3, 1],
      [-500, 3, 31],
    ]);
  });

  it('reads ISO intervals, in either order, and the dated side of a half-dated one', () => {
    expect(days('2010/2011')).toEqual([
      [2010, 1, 1],
      [2011, 12, 31],
    ]);
    expect(days('2013-09/2022')).toEqual([
      [2013, 9, 1],
      [2022, 12, 31],
    ]);
    expect(days('2022/2013')).toEqual([
      [2013, 1, 1],
      [2022, 12, 31],
    ]);
    expect(days('2013/P5Y')).toEqual([
      [2013, 1, 1],
      [2013, 12, 31],
    ]);
    expect(days('P5Y/2013')).toEqual([
      [2013, 1, 1],
      [2013, 12, 31],
    ]);
    expect(readWhen('2010/2011/2012')).toBeNull();
  });

  it('reads annual days and months (XXXX-MM-DD, XXXX-MM), 29 February included', () => {
    expect(readWhen('XXXX-08-29')).toEqual({ kind: 'annual', month: 8, day: 29 });
    expect(readWhen('XXXX-05')).toEqual({ kind: 'annual', month: 5 });
    expect(readWhen('XXXX-02-29')).toEqual({ kind: 'annual', month: 2, day: 29 });
    expect(readWhen('XXXX-02-30')).toBeNull();
    expect(readWhen('XXXX-13-01')).toBeNull();
  });

  it('refuses values without a calendar place', () => {
    for (const v of ['P25Y', 'PRESENT_REF', 'FUTURE_REF', '2013-13', '2013-02-30', '29.08.1991', 'a/b/c', '']) {
      expect(readWhen(v), v).toBeNull();
    }
  });
});

describe('whenRange', () => {
  it('gives the store its days, keys and years', () => {
    expect(range('1991-08-29')).toEqual(['1991-08-29', '1991-08-29', 1991, 1991]);
    expect(range('2010')).toEqual(['2010-01-01', '2010-12-31', 2010, 2010]);
    expect(range('1991-WI')).toEqual(['1991-12-01', '1992-02-29', 1991, 1992]);
    expect(range('2017-01/2018-12')).toEqual(['2017-01-01', '2018-12-31', 2017, 2018]);
    expect(range('199')).toEqual(['1990-01-01', '1999-12-31', 1990, 1999]);
    expect(range('BC0500')).toEqual(['-0500-01-01', '-0500-12-31', -500, -500]);
    expect(range('BC047')).toEqual(['-0479-01-01', '-0470-12-31', -479, -470]);
  });

  it('orders BC before AD', () => {
    expect(whenRange('BC0100')!.startKey).toBeLessThan(whenRange('BC0099')!.startKey);
    expect(whenRange('BC0001')!.endKey).toBeLessThan(whenRange('0001')!.startKey);
  });

  it('gives no range to annual values and non-dates', () => {
    for (const v of ['XXXX-08-29', 'P25Y', 'PRESENT_REF', '2013-13', 'a/b/c', '']) expect(whenRange(v), v).toBeNull();
  });
});

describe('monthDayOf', () => {
  it('finds the day of dated and annual values', () => {
    expect(monthDayOf('1991-08-29')).toBe('08-29');
    expect(monthDayOf('XXXX-08-29')).toBe('08-29');
    expect(monthDayOf('1991-08')).toBeNull();
    expect(monthDayOf('1991-08-29/1991-09-01')).toBeNull();
  });
});

describe('isoDate and daysInMonth', () => {
  it('writes astronomical ISO years: 500 BC is -000499, 1 BC is 0000', () => {
    expect(isoDate([2009, 12, 1])).toBe('2009-12-01');
    expect(isoDate([-500, 1, 1])).toBe('-000499-01-01');
    expect(isoDate([-1, 1, 1])).toBe('0000-01-01');
    expect(isoDate([12000, 1, 1])).toBe('+012000-01-01');
  });

  it('knows leap years, BC ones by their astronomical year', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(-1, 2)).toBe(29);
    expect(daysInMonth(-4, 2)).toBe(28);
  });
});
