import { describe, expect, it } from 'vitest';
import { stemKazakh } from './stem.ts';

const family = (words: string[]) => new Set(words.map((w) => stemKazakh(w)));

describe('stemKazakh', () => {
  it('reduces plural, possessive and case chains to one stem', () => {
    expect(family(['сынақ', 'сынақтар', 'сынақтардың', 'сынақтарға', 'сынақтарының', 'сынақтың', 'сынақты'])).toEqual(
      new Set(['сынақ']),
    );
  });

  it('meets voiced stem-final consonants (сынағы, сынағын) with the dictionary form', () => {
    expect(family(['сынақ', 'сынағы', 'сынағын', 'сынағына', 'сынағында']).size).toBe(1);
    expect(family(['кітап', 'кітабы', 'кітаптар']).size).toBe(1);
  });

  it('keeps derivational -лық: ядролық is its own word, with its own inflections', () => {
    expect(family(['ядролық', 'ядролыққа', 'ядролықтың', 'ядролықтар'])).toEqual(new Set(['ядролық']));
    expect(stemKazakh('ядролық')).not.toBe(stemKazakh('ядро'));
  });

  it('follows vowel harmony in both directions', () => {
    expect(family(['ел', 'елдер', 'елдің', 'елге', 'елде', 'елден']).size).toBe(1);
    expect(family(['қала', 'қалалар', 'қаланың', 'қалаға', 'қалада', 'қаладан']).size).toBe(1);
    expect(family(['мемлекет', 'мемлекеттер', 'мемлекеттің', 'мемлекетке']).size).toBe(1);
  });

  it('gives names and their case forms one stem, even when the name ends like a suffix', () => {
    expect(
      family(['Қазақстан', 'Қазақстанның', 'Қазақстанда', 'Қазақстандағы', 'Қазақстанға'].map((w) => w.toLowerCase()))
        .size,
    ).toBe(1);
    expect(family(['алматы', 'алматыда', 'алматының', 'алматыға']).size).toBe(1);
    expect(family(['астана', 'астанада', 'астананың', 'астанаға']).size).toBe(1);
    expect(family(['полигон', 'полигоны', 'полигонның', 'полигонды', 'полигонында']).size).toBe(1);
    expect(family(['кеңес', 'кеңесі', 'кеңесінің', 'кеңеске', 'кеңестің']).size).toBe(1);
    expect(family(['бастама', 'бастамасы', 'бастамалары', 'бастаманың']).size).toBe(1);
  });

  it('does not cut short roots down to a vowel-only ending', () => {
    expect(stemKazakh('бала')).toBe('бала');
    expect(stemKazakh('тамыз')).toBe(stemKazakh('тамызда'));
    expect(family(['жыл', 'жылдар', 'жылдың', 'жылға', 'жылғы', 'жылдары']).size).toBe(1);
  });

  it('leaves words without suffixes alone', () => {
    for (const w of ['бейбітшілік', 'қауіпсіздік', 'семей', 'ұйым']) expect(stemKazakh(w)).toBe(w);
  });
});
