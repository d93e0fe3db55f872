import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyze/types.ts';
import { alignToOriginal, mendForAnalysis, mendScanArtefacts } from './mend.ts';

describe('mendForAnalysis', () => {
  it('joins words split by a line-break hyphen, keeping the length', () => {
    expect(mendForAnalysis('an ongoing inter- national dialogue')).toBe('an ongoing international   dialogue');
    expect(mendForAnalysis('между- народный')).toBe('международный  ');
    expect(mendForAnalysis('халық-\r\nаралық')).toBe('халықаралық   ');
    expect(mendForAnalysis('inter¬national')).toBe('international ');
  });

  it('leaves real compounds, suspended hyphens and numbers alone', () => {
    for (const text of [
      'well-known',
      'Russian- and English-speaking',
      'in 2017- 18',
      'Kazakh- or Russian-language',
      'Name - Role',
    ]) {
      expect(mendForAnalysis(text)).toBe(text);
    }
  });

  it('blanks stray guillemets and control characters', () => {
    expect(mendForAnalysis('initiate« by the President')).toBe('initiate  by the President');
    expect(mendForAnalysis('a «quoted» word')).toBe('a «quoted» word');
    expect(mendForAnalysis('bad\u0007byte\uFFFD')).toBe('bad byte ');
  });

  it('always returns a text of the same length', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('- ', '-\n', '¬', '«', '»', '\u00AD', '\u200B', 'inter', 'national')),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join('');
          expect(mendForAnalysis(text)).toHaveLength(text.length);
        },
      ),
    );
  });
});

describe('alignToOriginal', () => {
  it('stretches a span that ends inside a mended word to the word in the original', () => {
    const original = 'an inter- national day';
    const { text, repairs } = mendScanArtefacts(original);
    const start = text.indexOf('international');
    const analysis: Analysis = {
      language: 'en',
      sentences: [{ start: 0, end: original.length }],
      timexes: [],
      entities: [
        {
          id: 'x',
          name: 'international',
          type: 'EVENT',
          aliases: [],
          mentions: [{ start, end: start + 13, text: 'international' }],
        },
      ],
      events: [],
      claims: [],
    };
    const aligned = alignToOriginal(analysis, original, repairs);
    expect(aligned.entities[0]?.mentions[0]).toEqual({
      start,
      end: start + 'inter- national'.length,
      text: 'inter- national',
    });
    expect(aligned.sentences[0]).toEqual({ start: 0, end: original.length });
  });
});
