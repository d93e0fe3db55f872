import { describe, expect, it } from 'vitest';
import { ru } from './index.ts';

describe('Russian pack', () => {
  it('reads declined number words by their stem, only in number-shaped words', () => {
    expect(ru.numbers.cardinal('пятью')).toBe(5);
    expect(ru.numbers.cardinal('шестнадцати')).toBe(16);
    expect(ru.numbers.cardinal('пятой')).toBeUndefined();
    expect(ru.numbers.ordinal('девятая')).toBe(9);
  });

  it('puts the head of a name first and takes adjectives as the start of a lower-case-head name', () => {
    expect(ru.names.cueHead).toBe('first');
    expect(ru.names.lowercaseHeads?.startsName('Алматинский', false, false)).toBe(true);
    expect(ru.names.lowercaseHeads?.startsName('Астана', false, false)).toBe(false);
  });

  it('reads a numbered act by its word: Указ № 409', () => {
    const [act] = ru.names.numberedActs;
    const m = new RegExp(act?.pattern.source ?? '', 'u').exec('Указом № 409') as RegExpExecArray;
    expect(act?.read(m)).toEqual({ kind: 'decree', number: '409', name: 'Указом № 409' });
  });

  it('stems names and search words', () => {
    expect(ru.nameStem('астане')).toBe(ru.nameStem('астана'));
    expect(ru.searchStem('испытаний')).toBe('испытан');
  });
});
