import { describe, expect, it } from 'vitest';
import { kk } from './index.ts';

describe('Kazakh pack', () => {
  it('reads number words with a case ending and ordinals in -ншы/-нші', () => {
    expect(kk.numbers.cardinal('бес')).toBe(5);
    expect(kk.numbers.cardinal('бестен')).toBe(5);
    expect(kk.numbers.ordinal('тоғызыншы')).toBe(9);
    expect(kk.numbers.cardinal('constructor')).toBeUndefined();
  });

  it('gives a person the bare surname and reads the case endings that keep a word out of a name', () => {
    expect(kk.names.personName?.('Құрманбек Бақиевтің')).toBe('Құрманбек Бақиев');
    expect(kk.names.hasCaseEnding?.('Астанада')).toBe(true);
    expect(kk.names.lowercaseHeads?.startsName('Астанада', false, false)).toBe(false);
  });

  it('reads a numbered act number first: № 409 Жарлық', () => {
    const [act] = kk.names.numberedActs;
    const m = new RegExp(act?.pattern.source ?? '', 'u').exec('№ 409 Жарлығы') as RegExpExecArray;
    expect(act?.read(m)).toEqual({ kind: 'decree', number: '409', name: '№ 409 Жарлығы' });
  });

  it('counts quoted Russian function words as stop words, but not он (ten)', () => {
    expect(kk.stopWords).toContain('және');
    expect(kk.stopWords).toContain('что');
    expect(kk.stopWords).not.toContain('он');
  });
});
