import { describe, expect, it } from 'vitest';
import { labelledSpans, Marginals, TableArena, viterbi } from './decode.ts';
import { allowedTransition } from './model.ts';

// Three labels: O, B-X, I-X.
const L = 3;
const lattice = (emit: number[], trans = new Array((L + 1) * L).fill(0)) => ({
  n: emit.length / L,
  L,
  emit: Float64Array.from(emit),
  trans: Float64Array.from(trans),
});

/** Every allowed label sequence of length n with its score (brute force). */
function paths(lat: ReturnType<typeof lattice>): Array<{ labels: number[]; score: number }> {
  const out: Array<{ labels: number[]; score: number }> = [];
  const walk = (labels: number[], score: number) => {
    const i = labels.length;
    if (i === lat.n) {
      out.push({ labels, score });
      return;
    }
    const prev = i === 0 ? -1 : (labels[i - 1] as number);
    for (let y = 0; y < L; y++) {
      if (!allowedTransition(prev, y)) continue;
      const t = lat.trans[(prev < 0 ? L : prev) * L + y] as number;
      walk([...labels, y], score + t + (lat.emit[i * L + y] as number));
    }
  };
  walk([], 0);
  return out;
}

describe('viterbi', () => {
  it('finds the best allowed sequence, never an I without its B', () => {
    // Token 1 prefers I-X, but O → I-X is forbidden; B-X at token 0 makes it allowed.
    const lat = lattice([1, 0.9, 0, 0, 0, 3]);
    const best = paths(lat).sort((a, b) => b.score - a.score)[0];
    expect([...viterbi(lat)]).toEqual(best?.labels);
    expect([...viterbi(lat)]).toEqual([1, 2]);
  });

  it('reads transitions changed in place since the last call (the trainer updates them so)', () => {
    // O → O is cheap at first, then made costly in the same array: the best path must change with it.
    const lat = lattice([1, 0.2, 0, 1, 0.5, 0]);
    expect([...viterbi(lat)]).toEqual([0, 0]);
    lat.trans[0 * L + 0] = -5;
    const best = paths(lat).sort((a, b) => b.score - a.score)[0];
    expect([...viterbi(lat)]).toEqual(best?.labels);
    expect([...viterbi(lat)]).not.toEqual([0, 0]);
  });
});

describe('Marginals', () => {
  const lat = lattice([0.5, 1, -1, 0, 0.2, 0.7, 0.3, 0.1, 0.4], [0.1, -0.2, 0, 0.3, 0, 0.5, 0, 0.2, 0.1, 0.2, 0, 0]);
  const all = paths(lat);
  const t = 2;
  const z = all.reduce((s, p) => s + Math.exp(p.score / t), 0);
  const m = new Marginals(lat, t);

  it('gives label marginals that match brute-force enumeration', () => {
    for (let i = 0; i < lat.n; i++) {
      for (let y = 0; y < L; y++) {
        const p = all.filter((x) => x.labels[i] === y).reduce((s, x) => s + Math.exp(x.score / t), 0) / z;
        expect(m.label(i, y)).toBeCloseTo(p, 9);
      }
    }
  });

  it('gives the probability of exactly one span', () => {
    // Tokens 0..1 are one X: B, I, then not I.
    const p =
      all
        .filter((x) => x.labels[0] === 1 && x.labels[1] === 2 && x.labels[2] !== 2)
        .reduce((s, x) => s + Math.exp(x.score / t), 0) / z;
    expect(m.span(0, 2, 1)).toBeCloseTo(p, 9);
    const last = all.filter((x) => x.labels[2] === 1).reduce((s, x) => s + Math.exp(x.score / t), 0) / z;
    expect(m.span(2, 3, 1)).toBeCloseTo(last, 9);
  });
});

describe('labelledSpans', () => {
  it('reads B-I runs as spans and skips O', () => {
    expect(labelledSpans(Int32Array.from([0, 1, 2, 2, 0, 3, 1]))).toEqual([
      [1, 4, 1],
      [5, 6, 3],
      [6, 7, 1],
    ]);
  });
});

describe('TableArena', () => {
  it('gives the same marginals from blocks another text released, whatever they held', () => {
    const lat = lattice([0.5, 2, -1, 1, 0.2, 1.5, -0.3, 0.8, 0.1, 2, -2, 0.4]);
    const fresh = new Marginals(lat, 1.3);
    const used = new TableArena();
    used.take(4096).fill(Number.NaN);
    used.release();
    const arena = new TableArena();
    const reused = new Marginals(lat, 1.3, arena);
    for (let i = 0; i < lat.n; i++) for (let y = 0; y < L; y++) expect(reused.label(i, y)).toBe(fresh.label(i, y));
    expect(reused.span(1, 3, 1)).toBe(fresh.span(1, 3, 1));
    arena.release();
  });
});
