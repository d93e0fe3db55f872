import { describe, expect, it } from 'vitest';
import { LANGUAGE_INFO, LANGUAGES } from '../../domain/languages.ts';
import { ALL_PACKS, LANGUAGE_PACKS, languagePack, readerOf } from './index.ts';
import type { Script } from './types.ts';

const SCRIPTS: Script[] = ['latin', 'cyrillic'];

describe('language registry', () => {
  it('has one pack per language, under its own code, in the order of LANGUAGES', () => {
    expect(Object.keys(LANGUAGE_PACKS).sort()).toEqual([...LANGUAGES].sort());
    expect(ALL_PACKS.map((p) => p.code)).toEqual([...LANGUAGES]);
    for (const lang of LANGUAGES) expect(languagePack(lang).code).toBe(lang);
  });

  it('gives every language its website details', () => {
    for (const lang of LANGUAGES) {
      expect(LANGUAGE_INFO[lang].selfName).not.toBe('');
      expect(LANGUAGE_INFO[lang].locale.startsWith(lang)).toBe(true);
    }
  });

  // A pack that leaves a table empty compiles but would silently recognise nothing.
  it.each(LANGUAGES)('fills every table of %s', (lang) => {
    const pack = languagePack(lang);
    expect(pack.stopWords.length).toBeGreaterThan(0);
    expect(pack.abbreviations.length).toBeGreaterThan(0);
    for (const words of Object.values(pack.entityCues.heads)) expect(words.length).toBeGreaterThan(0);
    expect(pack.entityCues.titles.length).toBeGreaterThan(0);
    expect(pack.entityCues.notNames.length).toBeGreaterThan(0);
    expect(pack.names.connectors.size).toBeGreaterThan(0);
    expect(pack.time.rules.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('reads words of every script in a %s text with a pack of that script', (lang) => {
    for (const script of SCRIPTS) expect(languagePack(readerOf(script, lang)).script).toBe(script);
  });

  it('stems with each language’s own stemmer', () => {
    expect(languagePack('en').searchStem('testing')).toBe('test');
    expect(languagePack('ru').searchStem('испытаний')).toBe('испытан');
    expect(languagePack('kk').searchStem('тамызда')).toBe(languagePack('kk').searchStem('тамыз'));
  });

  it('reads a Cyrillic word in an English text as Russian, a Latin one in a Kazakh text as English', () => {
    expect(readerOf('cyrillic', 'en')).toBe('ru');
    expect(readerOf('latin', 'kk')).toBe('en');
    expect(readerOf('cyrillic', 'kk')).toBe('kk');
  });
});
