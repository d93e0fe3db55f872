import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { sentenceFeatures, textSentences, textWords } from './features.ts';
import { decodeModel, emissions, encodeModel, RecogniserModel } from './model.ts';

describe('model files', () => {
  it('round-trip: header kept, weights within one quantisation step', () => {
    const weights = Float32Array.from({ length: 4 * 3 }, (_, i) => Math.sin(i) * 5);
    const header = {
      version: 't',
      lang: 'kk' as const,
      types: ['PERSON' as const],
      bits: 2,
      transitions: new Array(12).fill(0.5),
      temperature: 3,
    };
    const model = decodeModel(encodeModel(header, weights));
    expect(model.header).toMatchObject(header);
    expect(model.labels).toBe(3);
    const step = 5 / 127;
    const worst = Math.max(...[...model.weights].map((w, i) => Math.abs(w * model.scale - (weights[i] as number))));
    expect(worst).toBeLessThanOrEqual(step);
  });

  it('the same weights give the same bytes', () => {
    const weights = Float32Array.from({ length: 12 }, (_, i) => i - 6);
    const header = {
      version: 't',
      lang: 'en' as const,
      types: ['ORG' as const],
      bits: 2,
      transitions: [],
      temperature: 1,
    };
    expect(encodeModel(header, weights).equals(encodeModel(header, weights))).toBe(true);
  });

  it('sums the weights of a token’s features per label', () => {
    const m = new RecogniserModel(
      { version: 't', lang: 'en', types: ['PLACE'], bits: 1, transitions: [], temperature: 1 },
      Float32Array.from([1, 2, 3, 10, 20, 30]),
      new Float64Array(12),
    );
    const seq = {
      tokens: [{ start: 0, end: 1, text: 'a', word: 0 }],
      feats: Uint32Array.from([0, 1, 3]),
      offsets: Uint32Array.from([0, 3]),
    };
    // Buckets 0, 1, 1 (3 & mask 1).
    expect([...m.emissions(seq)]).toEqual([21, 42, 63]);
  });

  it('cached word sums in lanes give the feature-by-feature scores, a very long word included', () => {
    // Five types (11 labels, lanes for own and neighbour sums) and one (3 labels): int8 weights
    // from a fixed sequence, a sentence of ordinary words and one of 300 letters (more features
    // than one lane sum may hold, so that token is scored label by label).
    for (const types of [['PERSON', 'ORG', 'PLACE', 'EVENT', 'WORK'], ['PERSON']] as const) {
      const L = 1 + 2 * types.length;
      const bits = 12;
      let x = 7;
      const weights = Int8Array.from({ length: (1 << bits) * L }, () => {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        return x % 5 === 0 ? 0 : (x % 255) - 127;
      });
      const m = new RecogniserModel(
        { version: 't', lang: 'en', types: [...types], bits, transitions: [], temperature: 1 },
        weights,
        new Float64Array((L + 1) * L),
        0.01,
      );
      const text = `The Treaty of Paris was signed in 1783 by John Adams, "${'a'.repeat(300)}" and others.`;
      const words = textWords(text, 'en');
      const { tokens, infos, doc } = textSentences(text, 'en', splitSentences(text), words);
      const seq = sentenceFeatures(tokens[0] ?? [], words, 'en', infos[0], doc);
      const plain = emissions(seq, weights, m.mask, L, 0.01);
      expect([...m.emissions(seq)]).toEqual([...plain]);
      // Again from the forms' cached records; from the pair features alone as inference scores them
      // (the few-valued ones by combination); and once more after the table of records restarted.
      expect([...m.emissions(seq)]).toEqual([...plain]);
      const pairs = sentenceFeatures(tokens[0] ?? [], words, 'en', infos[0], doc, undefined, true);
      expect([...m.emissions(pairs)]).toEqual([...plain]);
      expect([...m.emissions(pairs)]).toEqual([...plain]);
      (m as unknown as { restartFormLanes(): void }).restartFormLanes();
      expect([...m.emissions(seq)]).toEqual([...plain]);
    }
  });
});
