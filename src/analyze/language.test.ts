import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it('tells Kazakh from Russian by the letters only Kazakh has', () => {
    expect(detectLanguage('Семей ядролық сынақ полигоны 1991 жылғы 29 тамызда жабылды.')).toBe('kk');
    expect(detectLanguage('Семипалатинский испытательный полигон закрыт 29 августа 1991 года.')).toBe('ru');
  });
  it('reads Latin text as English, even with a Cyrillic quotation', () => {
    expect(detectLanguage('Kazakhstan chaired the OSCE in 2010 (ОБСЕ).')).toBe('en');
  });
});
