import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fill, messagesFor, pickUiLanguage, UI_LANGUAGES } from './index.ts';

describe('interface language', () => {
  it('prefers ?ui=, then the cookie, then Accept-Language by weight, then Kazakh', () => {
    expect(pickUiLanguage('ru', 'en', 'kk')).toBe('ru');
    expect(pickUiLanguage('xx', 'en', 'kk')).toBe('en');
    expect(pickUiLanguage(undefined, undefined, 'de-DE,ru;q=0.5,en;q=0.8')).toBe('en');
    expect(pickUiLanguage(undefined, undefined, 'kk-KZ')).toBe('kk');
    expect(pickUiLanguage(undefined, undefined, 'fr,de')).toBe('kk');
    expect(pickUiLanguage(undefined, undefined, undefined)).toBe('kk');
  });

  it('every language translates every string, keeping the placeholders', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
      const t = messagesFor(lang);
      for (const [key, value] of Object.entries(en)) {
        const other = t[key as keyof typeof en];
        if (typeof value !== 'string') continue;
        expect(typeof other, `${lang}.${key}`).toBe('string');
        expect((other as string).length, `${lang}.${key}`).toBeGreaterThan(0);
        const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(holes(other as string), `${lang}.${key}`).toEqual(holes(value));
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{n} events in {y}', { n: 3 })).toBe('3 events in {y}');
  });
});
