import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages.ts';
import { analyseWords, indexTokens } from './analyzer.ts';

describe('indexTokens', () => {
  it('case-folds, drops stop words and stems English with Snowball', () => {
    expect(indexTokens('The Nuclear Tests of the 1990s', 'en')).toEqual(['nuclear', 'test', '1990']);
    expect(indexTokens('nuclear testing', 'en')).toEqual(indexTokens('Nuclear Test', 'en'));
  });

  it('stems Russian inflections to one stem and folds ё', () => {
    const forms = ['ядерные испытания', 'ядерных испытаний', 'ядерного испытания', 'ЯДЕРНЫМИ ИСПЫТАНИЯМИ'];
    const stems = new Set(forms.map((f) => indexTokens(f, 'ru').join(' ')));
    expect(stems.size).toBe(1);
    expect(indexTokens('ещё', 'ru')).toEqual(indexTokens('еще', 'ru'));
    // Decomposed spellings (и + breve, е + diaeresis) and stress marks meet the composed ones.
    expect(indexTokens('Ка\u0301зий ёлка'.normalize('NFD'), 'ru')).toEqual(indexTokens('Казий елка', 'ru'));
  });

  it('stems Kazakh with suffix rules, folding Kazakh capitals', () => {
    expect(indexTokens('ЯДРОЛЫҚ СЫНАҚТАРЫНЫҢ', 'kk')).toEqual(indexTokens('ядролық сынақ', 'kk'));
    expect(indexTokens('және', 'kk')).toEqual([]);
  });

  it('keeps numbers, resolution numbers as adjacent parts, and drops grammatical endings on numbers', () => {
    expect(indexTokens('резолюция 64/35', 'ru')).toEqual(['резолюц', '64', '35']);
    expect(indexTokens('в 1990-х годах', 'ru')).toEqual(['1990', 'год']);
    expect(indexTokens('1991-ші жылы', 'kk')).toEqual(['1991', 'жылы']);
    expect(indexTokens('the 5th session', 'en')).toEqual(['5', 'session']);
  });

  it('indexes a hyphenated word both joined and by parts', () => {
    expect(indexTokens('peace-keeping', 'en')).toEqual(['peacekeep', 'peac', 'keep']);
    expect(indexTokens('peacekeeping', 'en')).toEqual(['peacekeep']);
    expect(indexTokens('ЕҚЫҰ-ға', 'kk')).toEqual(['еқыұ']);
    expect(indexTokens('сондай-ақ', 'kk')).toEqual([]);
  });

  it('stems a word by its script: Latin words in Russian texts and Cyrillic in English texts', () => {
    expect(indexTokens('OSCE', 'ru')).toEqual(indexTokens('OSCE', 'en'));
    expect(indexTokens('ядерных', 'en')).toEqual(indexTokens('ядерных', 'ru'));
    expect(indexTokens('Қазақстанның', 'ru')).toEqual(indexTokens('Қазақстанның', 'kk'));
  });

  it('emits only letters and digits, so database tokenizers split where we did', () => {
    const text = "Kazakhstan's «peace-keeping» (UN) — café, O'Brien; ХІХ ғ.; x²; 1.5%; e-history.kz";
    for (const lang of LANGUAGES) {
      for (const t of indexTokens(text, lang)) expect(t).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    }
  });

  it('reports word positions in the original text', () => {
    const text = 'Ядерные  испытания';
    const words = analyseWords(text, 'ru');
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Ядерные', 'испытания']);
  });
});
