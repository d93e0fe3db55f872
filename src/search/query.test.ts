import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTokens } from './analyzer.ts';
import { MAX_QUERY_CHARS, parseQuery, QueryError } from './query.ts';

/** True when some alternative of every wanted term occurs among the text's tokens (phrases adjacent). */
function matches(query: string, text: string, lang: 'en' | 'ru' | 'kk'): boolean {
  const tokens = indexTokens(text, lang);
  const has = (seq: string[]) => tokens.some((_, i) => seq.every((t, k) => tokens[i + k] === t));
  return parseQuery(query).terms.every((term) => term.alternatives.some(has) !== term.excluded);
}

describe('parseQuery', () => {
  it('matches Russian texts written with other forms of the query words', () => {
    expect(matches('ядерных испытаний', 'Ядерные испытания продолжались сорок лет', 'ru')).toBe(true);
    expect(matches('ядерных испытаний', 'после ядерного испытания 1949 года', 'ru')).toBe(true);
  });

  it('matches Kazakh texts with plural and case forms', () => {
    expect(matches('ядролық сынақ', 'Ядролық сынақтар тоқтатылды', 'kk')).toBe(true);
    expect(matches('ядролық сынақ', 'ядролық сынақтарының салдары', 'kk')).toBe(true);
  });

  it('matches English texts with other forms and case', () => {
    expect(matches('nuclear tests', 'a nuclear test site', 'en')).toBe(true);
    expect(matches('nuclear tests', 'Nuclear Testing', 'en')).toBe(true);
    expect(matches('nuclear tests', 'nuclear weapons', 'en')).toBe(false);
  });

  it('supports quoted phrases and -word exclusion', () => {
    expect(matches('"nuclear tests"', 'nuclear tests ended', 'en')).toBe(true);
    expect(matches('"nuclear tests"', 'tests of nuclear arms', 'en')).toBe(false);
    expect(matches('«ядерных испытаний»', 'ядерные испытания', 'ru')).toBe(true);
    expect(matches('nuclear -weapons', 'nuclear weapons', 'en')).toBe(false);
    expect(matches('nuclear -weapons', 'nuclear energy', 'en')).toBe(true);
    const parsed = parseQuery('-"test site" nuclear');
    expect(parsed.terms.map((t) => [t.text, t.phrase, t.excluded])).toEqual([
      ['test site', true, true],
      ['nuclear', false, false],
    ]);
  });

  it('offers every language reading of a Cyrillic word', () => {
    const [term] = parseQuery('сынақтар').terms;
    expect(term!.alternatives).toContainEqual(['сынақ']);
    const [ru] = parseQuery('испытаний').terms;
    expect(ru!.alternatives).toContainEqual(['испытан']);
  });

  it('drops stop words and punctuation, leaving no terms for a query of only those', () => {
    expect(parseQuery('the tests, of (OSCE)').terms.map((t) => t.text)).toEqual(['tests', 'OSCE']);
    expect(parseQuery('   ').terms).toEqual([]);
    expect(parseQuery('и в на').terms).toEqual([]);
  });

  it('rejects too long queries, too many words, and queries that only exclude', () => {
    expect(() => parseQuery('a'.repeat(MAX_QUERY_CHARS + 1))).toThrow(/too long: 501 characters \(at most 500\)/);
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(() => parseQuery(many)).toThrow(/too many words: more than 32/);
    expect(() => parseQuery('-nuclear')).toThrow(QueryError);
  });

  it('never throws anything but QueryError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (q) => {
        try {
          parseQuery(q);
        } catch (err) {
          expect(err).toBeInstanceOf(QueryError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
