import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.ts';

const INTERVAL_VALUE = /^[^/]+\/[^/]+$/;

describe('tagTimexes', () => {
  it('never throws on arbitrary text, and every span is a slice of it', () => {
    const pieces = fc.constantFrom(
      ' ',
      '1991',
      '2017- 18',
      'from',
      ' to ',
      'May',
      'the',
      '29th of August',
      'BC',
      '–',
      'years',
      'ago',
      'XV',
      'century',
      '😀',
      '\n',
      'between',
      'May 4 and 5',
      '4 and 5 May',
      'July 1-3, 1863',
      'August/September',
      'twelve to eighteen months',
      'days after the battle',
      'the end of the year',
      'at 5 a.m. on',
      'the morning of',
      'the seventh day of the war',
      'at age',
      ' and ',
    );
    const input = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(input, fc.constantFrom('en', 'auto') as fc.Arbitrary<'en' | 'auto'>, (text, lang) => {
        const found = tagTimexes(text, { lang, dct: '2020-01-01' });
        for (const t of found) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
          expect(t.text).toBe(text.slice(t.start, t.end));
          if (t.type === 'INTERVAL') expect(t.value).toMatch(INTERVAL_VALUE);
        }
        for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.start ?? 0);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('finds every required expression of the founding document with its type and value', () => {
    const text = readFileSync(new URL('../../../../shared/fixtures/e-history-1509.txt', import.meta.url), 'utf8');
    const gold = JSON.parse(
      readFileSync(new URL('../../../../shared/fixtures/e-history-1509.gold.json', import.meta.url), 'utf8'),
    ) as {
      timex: { required: { text: string; context?: string; type: string; value: string }[] };
    };
    const found = tagTimexes(text, { lang: 'en' });
    for (const g of gold.timex.required) {
      const at = text.indexOf(g.context ?? g.text) + (g.context ?? g.text).indexOf(g.text);
      const hit = found.find(
        (t) =>
          t.start < at + g.text.length &&
          at < t.end &&
          t.value.toUpperCase() === g.value.toUpperCase() &&
          (t.type === g.type || (g.value.startsWith('XXXX') && t.type === 'SET')),
      );
      expect(hit, `${g.text} → ${g.type} ${g.value}`).toBeDefined();
    }
  });

  it('detects the language when asked for auto and hands the text to its tagger', () => {
    expect(tagTimexes('The war ended in 1945.', { lang: 'auto' }).map((t) => t.value)).toEqual(['1945']);
    expect(tagTimexes('Полигон закрыли 29 августа 1991 года.', { lang: 'auto' }).map((t) => t.value)).toContain(
      '1991-08-29',
    );
    expect(tagTimexes('Полигон 1991 жылғы 29 тамызда жабылды.', { lang: 'auto' }).map((t) => t.value)).toContain(
      '1991-08-29',
    );
  });
});
