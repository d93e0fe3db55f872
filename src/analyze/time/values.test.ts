import { describe, expect, it } from 'vitest';
import { NarrativeAnchor, parseDateValue, shiftKeepingPrecision, shiftValue } from './anchor.ts';
import { romanToInt } from './roman.ts';
import { centuryValue, decadeValue, durationValue, expandShortYear, formatDate, millenniumValue } from './values.ts';

describe('TIMEX3 values', () => {
  it('writes dates of every precision, BC included', () => {
    expect(formatDate({ year: 1991, month: 8, day: 29 })).toBe('1991-08-29');
    expect(formatDate({ year: 2013, month: 9 })).toBe('2013-09');
    expect(formatDate({ year: 1991, season: 'SU' })).toBe('1991-SU');
    expect(formatDate({ year: -500 })).toBe('BC0500');
    expect(decadeValue(1990)).toBe('199');
    expect(decadeValue(-470)).toBe('BC047');
    expect(centuryValue(15)).toBe('14');
    expect(centuryValue(4, true)).toBe('BC03');
    expect(millenniumValue(2)).toBe('1');
  });

  it('writes durations in whole units, moving halves to a smaller unit', () => {
    expect(durationValue(2.5, 'decade')).toBe('P25Y');
    expect(durationValue(2, 'week')).toBe('P2W');
    expect(durationValue(0.5, 'year')).toBe('P6M');
    expect(durationValue(3, 'hour')).toBe('PT3H');
    expect(durationValue(2, 'decade')).toBe('P2DE');
    expect(durationValue(3, 'century')).toBe('P3CE');
    expect(durationValue(null, 'year')).toBe('PXY');
    expect(durationValue(22.8, 'year')).toBe('P22.8Y');
  });

  it('gives a short second year of a range the first one’s century', () => {
    expect(expandShortYear(2017, 18, 2)).toBe(2018);
    expect(expandShortYear(1939, 45, 2)).toBe(1945);
    expect(expandShortYear(1998, 2, 1)).toBe(2002);
  });

  it('reads Roman numerals in Latin and Cyrillic letters', () => {
    expect(romanToInt('XV')).toBe(15);
    expect(romanToInt('ХХІ')).toBe(21);
    expect(romanToInt('XIX')).toBe(19);
    expect(romanToInt('IIII')).toBeNull();
    expect(romanToInt('')).toBeNull();
  });
});

describe('relative date arithmetic', () => {
  it('shifts at the unit’s precision', () => {
    expect(shiftValue('1940-06-10', 'day', 12)).toBe('1940-06-22');
    expect(shiftValue('1941-12', 'month', 1)).toBe('1942-01');
    expect(shiftValue('2013-09', 'year', 2)).toBe('2015');
    expect(shiftValue('BC0492', 'year', 1)).toBe('BC0491');
    expect(shiftValue('BC0490', 'decade', -1)).toBe('BC050');
    expect(shiftValue('1', 'year', 1)).toBeNull();
    expect(shiftValue('2010', 'day', 1)).toBeNull();
    expect(shiftValue('PRESENT_REF', 'year', 1)).toBeNull();
  });

  it('keeps the anchor’s precision for counted shifts', () => {
    expect(shiftKeepingPrecision('2015-08', 'year', 2)).toBe('2017-08');
    expect(shiftKeepingPrecision('2016-02-29', 'year', 1)).toBe('2017-02-28');
    expect(shiftKeepingPrecision('1941-01-31', 'month', 1)).toBe('1941-02-28');
    expect(shiftKeepingPrecision('1991-SU', 'year', 1)).toBe('1992-SU');
    expect(shiftKeepingPrecision('2010', 'year', 2)).toBe('2012');
    expect(shiftKeepingPrecision('1941-12-07', 'decade', 2)).toBe('196');
  });

  it('parses values back into points', () => {
    expect(parseDateValue('1991-08')).toEqual({ year: 1991, month: 8, granularity: 'month' });
    expect(parseDateValue('199')).toEqual({ year: 1990, granularity: 'decade' });
    expect(parseDateValue('XXXX-08-29')).toBeNull();
  });

  it('keeps the narrative anchor on a finer date when a passing bare year is mentioned', () => {
    const a = new NarrativeAnchor('2009-12-19');
    expect(a.reference()).toBe('2009-12-19');
    a.update('1975-03-10');
    a.update('1976', true);
    expect(a.year()).toBe(1975);
    a.update('1976');
    expect(a.year()).toBe(1976);
    a.update('BC0490');
    expect(a.isBC()).toBe(true);
  });
});
