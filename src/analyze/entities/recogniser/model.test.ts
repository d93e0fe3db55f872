import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, RecogniserModel } from './model.ts';

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
});
