import { describe, expect, it } from 'vitest';
import type { AnnotatedSentence } from './corpus.ts';
import { toExamples, trainPerceptron } from './train.ts';

const sentence = (text: string, names: Array<[string, 'PERSON' | 'ORG']>, index: number): AnnotatedSentence => ({
  text,
  index,
  ignored: [],
  names: names.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type })),
});

const corpus = [
  sentence(
    'Arman Bekov joined Kazatomprom in 2010.',
    [
      ['Arman Bekov', 'PERSON'],
      ['Kazatomprom', 'ORG'],
    ],
    1,
  ),
  sentence('The board of Samruk met on Monday.', [['Samruk', 'ORG']], 2),
  sentence('Dana Serikova spoke first.', [['Dana Serikova', 'PERSON']], 3),
];
const types = ['PERSON', 'ORG'] as const;
const options = { lang: 'en' as const, types: [...types], bits: 12, epochs: 3, seed: 7, version: 'test' };

describe('trainPerceptron', () => {
  it('gives the same weights for the same data and seed, run after run', () => {
    const a = trainPerceptron(toExamples(corpus, 'en', [...types]), { ...options, runs: 2 });
    const b = trainPerceptron(toExamples(corpus, 'en', [...types]), { ...options, runs: 2 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect([...a.transitions]).toEqual([...b.transitions]);
  });

  it('averages runs in different seeded orders into one model: the mean of the single runs', () => {
    const examples = toExamples(corpus, 'en', [...types]);
    const one = trainPerceptron(examples, options);
    const two = trainPerceptron(examples, { ...options, seed: 8 });
    const both = trainPerceptron(examples, { ...options, runs: 2 });
    const k = one.weights.findIndex((w, i) => w !== 0 && w !== two.weights[i]);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(both.weights[k]).toBeCloseTo(((one.weights[k] as number) + (two.weights[k] as number)) / 2, 5);
    expect(both.header.transitions).toEqual([...both.transitions]);
  });
});
