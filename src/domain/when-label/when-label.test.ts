import { describe, expect, it } from 'vitest';
import { whenLabel } from './index.ts';

/** [value, English, Russian, Kazakh]: each at the value's own precision, never a made-up month or 1 January. */
const CASES: [string, string, string, string][] = [
  ['1991-SU', 'summer 1991', 'летом 1991 года', '1991 жылдың жазы'],
  ['1941-WI', 'winter 1941', 'зимой 1941 года', '1941 жылдың қысы'],
  ['XXXX-SP', 'spring', 'весной', 'көктем'],
  ['199', '1990s', '1990-е', '1990 жылдар'],
  ['19', '20th century', 'XX век', 'XX ғасыр'],
  ['BC04', '5th century BC', 'V век до н. э.', 'б.з.д. V ғасыр'],
  ['1', '2nd millennium', 'II тысячелетие', 'II мыңжылдық'],
  ['BC0500', '500 BC', '500 г. до н. э.', 'б.з.д. 500 жыл'],
  ['2017-Q1', 'Q1 2017', 'I квартал 2017 года', '2017 жылдың I тоқсаны'],
  ['1991-H2', 'second half of 1991', 'второе полугодие 1991 года', '1991 жылдың екінші жартысы'],
  ['2017-W14', 'week 14 of 2017', '14-я неделя 2017 года', '2017 жылдың 14-аптасы'],
  ['FY2016', 'fiscal 2016', '2016 финансовый год', '2016 қаржы жылы'],
  ['XXXX-08-29', 'every year on 29 August', 'ежегодно, 29 августа', 'жыл сайын, 29 тамыз'],
  ['XXXX-05', 'every year in May', 'ежегодно, в мае', 'жыл сайын, мамыр'],
  ['1991-08-29', '29 August 1991', '29 августа 1991 г.', '1991 ж. 29 тамыз'],
  ['1991-08', 'August 1991', 'август 1991 г.', '1991 ж. тамыз'],
  ['1986-12-17TMO', '17 December 1986, morning', '17 декабря 1986 г., утро', '1986 ж. 17 желтоқсан, таңертең'],
  ['2013/2022', '2013 – 2022', '2013 – 2022', '2013 – 2022'],
  ['PRESENT_REF', 'PRESENT_REF', 'PRESENT_REF', 'PRESENT_REF'],
];

describe('a date shown at its own precision', () => {
  it.each(CASES)('%s', (value, en, ru, kk) => {
    expect(whenLabel(value, 'en')).toBe(en);
    expect(whenLabel(value, 'ru')).toBe(ru);
    expect(whenLabel(value, 'kk')).toBe(kk);
  });

  it('never names a month or a first day the value does not have', () => {
    for (const v of ['1991-SU', '199', '19', '2017-Q1', '1991', '2017-W14']) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        expect(whenLabel(v, lang)).not.toMatch(/\b1\b|June|January|июн|январ|маусым|қаңтар/i);
      }
    }
  });
});
