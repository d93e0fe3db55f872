import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index.ts';
import { compareClaims, compareFigures, isVague, quantityOf } from './compare.ts';

const claimOf = (text: string, lang: 'en' | 'ru' | 'kk') => {
  const claim = analyzeText(text, { lang }).claims[0];
  if (!claim) throw new Error(`no claim in ${text}`);
  return claim;
};

describe('compareFigures', () => {
  it('calls 456 tests and 468 испытаний one quantity that disagrees, whatever the language', () => {
    const en = claimOf('From 1949 to 1989 the Soviet Union conducted some 456 nuclear tests there.', 'en');
    const kk = claimOf('Семей полигонында 456 ядролық сынақ жүргізілді.', 'kk');
    const ru = claimOf('На полигоне было произведено 468 ядерных испытаний.', 'ru');
    expect([quantityOf(en), quantityOf(kk), quantityOf(ru)]).toEqual(['count:test', 'count:test', 'count:test']);
    expect(compareFigures(en, kk)).toBe('same');
    expect(compareFigures(en, ru)).toBe('conflict');
  });

  it('never lets a bound, an order of magnitude or a round estimate disagree', () => {
    const upTo = claimOf('Up to 1.5 million people were exposed to radiation.', 'en');
    const over = claimOf('Последствия затронули более миллиона человек.', 'ru');
    const tens = claimOf('Его митинги собирали десятки тысяч человек.', 'ru');
    const kkTens = claimOf('Митингтерге он мыңдаған адам жиналды.', 'kk');
    for (const c of [upTo, over, tens, kkTens]) expect(isVague(c), c.text).toBe(true);
    expect(compareFigures(upTo, over)).toBe('different');
    expect(compareFigures(tens, { ...tens, value: 20_000, mod: undefined })).toBe('different');
    expect(isVague({ value: 600, mod: 'APPROX' })).toBe(true);
    expect(isVague({ value: 456, mod: 'APPROX' })).toBe(false);
  });

  it('keeps different counted things apart', () => {
    const one = { kind: 'count' as const, value: 5, unit: 'regions' };
    const two = { kind: 'count' as const, value: 17, unit: 'groups' };
    expect(compareFigures(one, two)).toBe('different');
  });
});

describe('compareClaims about a named subject', () => {
  it('flags the same count of the same thing with another value', () => {
    const one = claimOf('Kazakhstan is home to 130 nationalities.', 'en');
    const two = claimOf('Kazakhstan is home to 140 nationalities.', 'en');
    expect(one.subject).toBe('Kazakhstan');
    expect(compareClaims(one, two)).toBe('conflict');
    expect(compareClaims(one, { ...one })).toBe('same');
  });

  it('does not compare counts of people: exposed, affected and gathered are not one quantity', () => {
    const a = { kind: 'population' as const, value: 1_500_000, unit: 'people', subjectId: 'place:kazakhstan' };
    const b = { kind: 'population' as const, value: 1_000_000, unit: 'people', subjectId: 'place:kazakhstan' };
    expect(compareClaims(a, b)).toBe('different');
  });
});
