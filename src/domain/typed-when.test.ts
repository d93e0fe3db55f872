import { describe, expect, it } from 'vitest';
import { typedWhen } from './typed-when.ts';

describe('a date as an editor types it', () => {
  it('reads a range of years written with any dash or a slash', () => {
    for (const typed of ['1995-1999', '1995–1999', '1995 — 1999', '1995 / 1999', ' 1995/1999 ']) {
      expect(typedWhen(typed), typed).toBe('1995/1999');
    }
  });

  it('reads day.month.year and month.year as ISO dates, alone and in ranges', () => {
    expect(typedWhen('29.08.1991')).toBe('1991-08-29');
    expect(typedWhen('8.1991')).toBe('1991-08');
    expect(typedWhen('29.08.1949 – 29.08.1991')).toBe('1949-08-29/1991-08-29');
    expect(typedWhen('1991-08-29 - 1991-12-16')).toBe('1991-08-29/1991-12-16');
  });

  it('leaves the store’s own forms alone', () => {
    for (const value of ['1991-08', '1991-08-29', 'XXXX-08-29', '2017/2018', '19', '1991-SU']) {
      expect(typedWhen(value)).toBe(value);
    }
  });
});
