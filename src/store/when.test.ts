import { describe, expect, it } from 'vitest';
import { monthDayOf, whenRange } from './when.ts';

const range = (when: string) => {
  const r = whenRange(when);
  return r && [r.startDate, r.endDate, r.yearFrom, r.yearTo];
};

describe('whenRange', () => {
  it('covers days, months, years and their parts', () => {
    expect(range('1991-08-29')).toEqual(['1991-08-29', '1991-08-29', 1991, 1991]);
    expect(range('2000-02')).toEqual(['2000-02-01', '2000-02-29', 2000, 2000]);
    expect(range('2010')).toEqual(['2010-01-01', '2010-12-31', 2010, 2010]);
    expect(range('1991-SU')).toEqual(['1991-06-01', '1991-08-31', 1991, 1991]);
    expect(range('1991-WI')).toEqual(['1991-12-01', '1992-02-29', 1991, 1992]);
    expect(range('2017-Q2')).toEqual(['2017-04-01', '2017-06-30', 2017, 2017]);
    expect(range('2017-H2')).toEqual(['2017-07-01', '2017-12-31', 2017, 2017]);
    expect(range('1991-08-29T10:00')).toEqual(['1991-08-29', '1991-08-29', 1991, 1991]);
  });

  it('covers decades, centuries and millennia, BC too', () => {
    expect(range('199')).toEqual(['1990-01-01', '1999-12-31', 1990, 1999]);
    expect(range('14')).toEqual(['1400-01-01', '1499-12-31', 1400, 1499]);
    expect(range('1')).toEqual(['1000-01-01', '1999-12-31', 1000, 1999]);
    expect(range('BC0500')).toEqual(['-0500-01-01', '-0500-12-31', -500, -500]);
    expect(range('BC047')).toEqual(['-0479-01-01', '-0470-12-31', -479, -470]);
  });

  it('spans intervals and orders BC before AD', () => {
    expect(range('2013/2022')).toEqual(['2013-01-01', '2022-12-31', 2013, 2022]);
    expect(range('2017-01/2018-12')).toEqual(['2017-01-01', '2018-12-31', 2017, 2018]);
    expect(range('2013/P5Y')).toEqual(['2013-01-01', '2013-12-31', 2013, 2013]);
    expect(whenRange('BC0100')!.startKey).toBeLessThan(whenRange('BC0099')!.startKey);
    expect(whenRange('BC0001')!.endKey).toBeLessThan(whenRange('0001')!.startKey);
  });

  it('gives no range to values without a calendar place', () => {
    for (const v of ['XXXX-08-29', 'P25Y', 'PRESENT_REF', '2013-13', '2013-02-30', 'a/b/c', '']) {
      expect(whenRange(v), v).toBeNull();
    }
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
