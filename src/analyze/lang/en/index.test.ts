import { describe, expect, it } from 'vitest';
import { en } from './index.ts';

describe('English pack', () => {
  it('reads number words and ordinals as whole words', () => {
    expect(en.numbers.cardinal('twenty')).toBe(20);
    expect(en.numbers.cardinal('dozens')).toBe(12);
    expect(en.numbers.ordinal('ninth')).toBe(9);
    expect(en.numbers.cardinal('constructor')).toBeUndefined();
  });

  it('joins name chunks with of but not with a bare the or a list of two names', () => {
    expect(en.names.joins(['of'], false)).toBe(true);
    expect(en.names.joins(['the'], false)).toBe(false);
    expect(en.names.joins(['and'], false)).toBe(false);
    expect(en.names.joins(['and'], true)).toBe(true);
  });

  it('names a numbered act in English: Decree No. 409', () => {
    const [act] = en.names.numberedActs;
    const m = new RegExp(act?.pattern.source ?? '', 'u').exec('Decree No. 409') as RegExpExecArray;
    expect(act?.read(m)).toEqual({ kind: 'decree', number: '409', name: 'Decree No. 409' });
  });

  it('keys a possessive to its name and treats months as never part of a name', () => {
    expect(en.nameStem("kazakhstan's")).toBe('kazakhstan');
    expect(en.entityCues.notNames).toContain('January');
  });
});
