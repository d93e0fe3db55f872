import { describe, expect, it } from 'vitest';
import { buildClusters, CLUSTER_DEFAULTS, clustersOf, setClusters } from './clusters.ts';
import { resetWordInfos, sentenceFeatures, sentenceTokens, textSequences, textWords, wordShape } from './features.ts';

describe('wordShape', () => {
  it('tells Latin from other scripts and collapses repeats', () => {
    expect(wordShape('Microsoft')).toBe('Aa');
    expect(wordShape('Қазатомпром')).toBe('Xx');
    expect(wordShape('КПРФ')).toBe('X');
    expect(wordShape('ЕҚЫҰ-ның')).toBe('X-x');
    expect(wordShape('1991')).toBe('d');
  });
});

describe('sentence tokens', () => {
  const text = '«Казатомпром» и ООН-ға... Далее.';
  const words = textWords(text, 'ru');
  it('keeps punctuation marks as tokens (a run of one mark is one token)', () => {
    const toks = sentenceTokens(text, { start: 0, end: 25 }, words, 0).map((t) => t.text);
    expect(toks).toEqual(['«', 'Казатомпром', '»', 'и', 'ООН-ға', '...']);
  });

  it('gives each token its features, the same ones every time', () => {
    const toks = sentenceTokens(text, { start: 0, end: 25 }, words, 0);
    const a = sentenceFeatures(toks, words, 'ru');
    const b = sentenceFeatures(toks, words, 'ru');
    expect(a.offsets.length).toBe(toks.length + 1);
    expect(a.offsets[1]).toBeGreaterThan(10);
    expect([...a.feats]).toEqual([...b.feats]);
  });

  it('splits a text into one sequence per sentence', () => {
    const seqs = textSequences(text, 'ru', [
      { start: 0, end: 25 },
      { start: 26, end: 32 },
    ]);
    expect(seqs.map((s) => s.tokens.map((t) => t.text))).toEqual([
      ['«', 'Казатомпром', '»', 'и', 'ООН-ға', '...'],
      ['Далее', '.'],
    ]);
  });

  it('marks gazetteer names', () => {
    const w = textWords('Визит в Казахстан.', 'ru');
    expect([...w.gazetteer]).toEqual([0, 0, 5]);
  });
});

describe('word cluster features', () => {
  it('are written only in a language that has clusters, and tell a known word from an unknown one', () => {
    const committed = clustersOf('en');
    const text = 'Mr Smith went to Paris.';
    const words = textWords(text, 'en');
    const toks = sentenceTokens(text, { start: 0, end: text.length }, words, 0);
    const feats = () => {
      resetWordInfos('en');
      return sentenceFeatures(toks, words, 'en');
    };
    try {
      setClusters('en', null);
      const without = feats();
      const sentences = [['Mr', 'Smith', 'went', 'to', 'Paris', '.']];
      setClusters('en', buildClusters([...sentences, ...sentences], { ...CLUSTER_DEFAULTS, fine: 3, coarse: 2 }));
      const withClusters = feats();
      // Each word: 5 own features; a word with neighbours: 2 class pairs more.
      expect(withClusters.feats.length - without.feats.length).toBe(toks.length * 7);
      expect(clustersOf('en')?.get('smith')).toBeDefined();
      expect(clustersOf('en')?.get('london')).toBeUndefined();
    } finally {
      setClusters('en', committed ?? null);
      resetWordInfos('en');
    }
  });
});
