/**
 * Decoding one sentence: the best BIO label sequence (Viterbi, invalid transitions barred) and the
 * marginal probability of any labelled span (forward-backward over the same scores divided by a
 * temperature), which is the confidence a mention carries.
 */
import { allowedTransition } from './model.ts';

/** Scores of one sentence: `emit` is n × L, `trans` is (L + 1) × L with the start row last. */
export interface Lattice {
  n: number;
  L: number;
  emit: Float64Array;
  trans: Float64Array;
}

const NEG = Number.NEGATIVE_INFINITY;

const allowedCache = new Map<number, Uint8Array>();
/** allowed[(a + 1) * L + b] for a = -1 (start) … L - 1. */
function allowedTable(L: number): Uint8Array {
  let t = allowedCache.get(L);
  if (!t) {
    t = new Uint8Array((L + 1) * L);
    for (let a = -1; a < L; a++) for (let b = 0; b < L; b++) t[(a + 1) * L + b] = allowedTransition(a, b) ? 1 : 0;
    allowedCache.set(L, t);
  }
  return t;
}

/**
 * For each label b, the labels that may precede it (BIO: an I-X only after B-X or I-X), so the
 * inner loops skip forbidden pairs without testing them: with k types, 1 + 2k predecessors of O
 * and B, two of I.
 */
const predCache = new Map<number, { from: Int32Array; to: Int32Array }>();
function predecessors(L: number): { from: Int32Array; to: Int32Array } {
  let p = predCache.get(L);
  if (!p) {
    const ok = allowedTable(L);
    const list: number[] = [];
    const to = new Int32Array(L + 1);
    for (let b = 0; b < L; b++) {
      to[b] = list.length;
      for (let a = 0; a < L; a++) if (ok[(a + 1) * L + b]) list.push(a);
    }
    to[L] = list.length;
    p = { from: Int32Array.from(list), to };
    predCache.set(L, p);
  }
  return p;
}

// Scratch tables reused by every call (one sentence at a time; the result is copied out).
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** The highest-scoring label sequence. */
export function viterbi(lat: Lattice): Int32Array {
  const { n, L, emit, trans } = lat;
  const ok = allowedTable(L);
  const { from, to } = predecessors(L);
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(2 * n * L);
    backBuf = new Int32Array(2 * n * L);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let b = 0; b < L; b++) score[b] = ok[b] ? (trans[L * L + b] as number) + (emit[b] as number) : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const row = i * L;
    for (let b = 0; b < L; b++) {
      let best = NEG;
      let arg = 0;
      for (let j = to[b] as number; j < (to[b + 1] as number); j++) {
        const a = from[j] as number;
        const s = (score[prev + a] as number) + (trans[a * L + b] as number);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[row + b] = best + (emit[row + b] as number);
      back[row + b] = arg;
    }
  }
  let best = NEG;
  for (let b = 0; b < L; b++) {
    if ((score[(n - 1) * L + b] as number) > best) {
      best = score[(n - 1) * L + b] as number;
      out[n - 1] = b;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + (out[i] as number)] as number;
  return out;
}

/** exp(transition / t), 0 where BIO forbids it, per transition table and temperature. */
const expCache = new WeakMap<Float64Array, Map<number, Float64Array>>();
function expTransitions(trans: Float64Array, L: number, t: number): Float64Array {
  let byT = expCache.get(trans);
  if (!byT) {
    byT = new Map();
    expCache.set(trans, byT);
  }
  let e = byT.get(t);
  if (!e) {
    const ok = allowedTable(L);
    e = new Float64Array((L + 1) * L);
    for (let a = -1; a < L; a++) {
      for (let b = 0; b < L; b++) {
        const from = a < 0 ? L : a;
        e[from * L + b] = ok[(a + 1) * L + b] ? Math.exp((trans[from * L + b] as number) / t) : 0;
      }
    }
    byT.set(t, e);
  }
  return e;
}

/** Below e^-40 a label's weight at a token is taken as 0 (it changes no confidence at three decimals). */
const NEGLIGIBLE = -40;

/**
 * Forward-backward at temperature `t`, in scaled probability space (one `exp` per token and label,
 * not one per label pair): alpha·beta at a token is the marginal of its label.
 */
export class Marginals {
  private readonly alpha: Float64Array;
  private readonly beta: Float64Array;
  /** exp(emission / t) per token and label, scaled by the token's largest. */
  private readonly p: Float64Array;
  /** exp(transition / t), 0 where BIO forbids it; (L + 1) × L, start row last. */
  private readonly e: Float64Array;
  private readonly c: Float64Array;

  constructor(
    private readonly lat: Lattice,
    t: number,
  ) {
    const { n, L, emit, trans } = lat;
    const e = expTransitions(trans, L, t);
    const { from, to } = predecessors(L);
    const p = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      let m = NEG;
      for (let y = 0; y < L; y++) m = Math.max(m, emit[i * L + y] as number);
      for (let y = 0; y < L; y++) {
        const x = ((emit[i * L + y] as number) - m) / t;
        p[i * L + y] = x < NEGLIGIBLE ? 0 : Math.exp(x);
      }
    }
    const a = new Float64Array(n * L);
    const b = new Float64Array(n * L);
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let y = 0; y < L; y++) {
        const py = p[i * L + y] as number;
        let s = 0;
        if (py === 0) s = 0;
        else if (i === 0) s = (e[L * L + y] as number) * py;
        else {
          for (let j = to[y] as number; j < (to[y + 1] as number); j++) {
            const x = from[j] as number;
            s += (a[(i - 1) * L + x] as number) * (e[x * L + y] as number);
          }
          s *= py;
        }
        a[i * L + y] = s;
        sum += s;
      }
      c[i] = sum > 0 ? sum : 1;
      for (let y = 0; y < L; y++) a[i * L + y] = (a[i * L + y] as number) / (c[i] as number);
    }
    for (let y = 0; y < L; y++) if (n > 0) b[(n - 1) * L + y] = 1;
    // beta_i(x) = Σ_y e(x, y)·p_{i+1}(y)·beta_{i+1}(y) / c_{i+1}: the product over y is formed once.
    const q = new Float64Array(L);
    for (let i = n - 2; i >= 0; i--) {
      const next = (i + 1) * L;
      for (let y = 0; y < L; y++) q[y] = (p[next + y] as number) * (b[next + y] as number);
      const ci = c[i + 1] as number;
      // Only allowed pairs, each x's terms still added in the order of y (the same sums, bit for bit).
      const row = i * L;
      for (let y = 0; y < L; y++) {
        const qy = q[y] as number;
        for (let j = to[y] as number; j < (to[y + 1] as number); j++) {
          const x = from[j] as number;
          b[row + x]! += (e[x * L + y] as number) * qy;
        }
      }
      for (let x = 0; x < L; x++) b[row + x] = (b[row + x] as number) / ci;
    }
    this.alpha = a;
    this.beta = b;
    this.p = p;
    this.e = e;
    this.c = c;
  }

  /**
   * Probability that tokens `from`..`to - 1` are exactly one entity of BIO pair (`B`, `B + 1`): B at
   * `from`, I after it, and the next token not continuing it.
   */
  span(from: number, to: number, B: number): number {
    const { n, L } = this.lat;
    const I = B + 1;
    const { e, p, c } = this;
    let s = this.alpha[from * L + B] as number;
    for (let i = from + 1; i < to; i++) {
      s *= ((e[(i === from + 1 ? B : I) * L + I] as number) * (p[i * L + I] as number)) / (c[i] as number);
    }
    const last = to - 1 === from ? B : I;
    if (to < n) {
      let rest = 0;
      for (let y = 0; y < L; y++) {
        if (y !== I)
          rest += (e[last * L + y] as number) * (p[to * L + y] as number) * (this.beta[to * L + y] as number);
      }
      s *= rest / (c[to] as number);
    }
    return Math.max(0, Math.min(1, s));
  }

  /** Marginal probability of label `y` at token `i`. */
  label(i: number, y: number): number {
    const L = this.lat.L;
    return (this.alpha[i * L + y] as number) * (this.beta[i * L + y] as number);
  }
}

/** Entity spans of a label sequence: [from, to, B label]. */
export function labelledSpans(labels: Int32Array): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let i = 0;
  while (i < labels.length) {
    const l = labels[i] as number;
    if (l === 0 || l % 2 === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < labels.length && labels[j] === l + 1) j++;
    out.push([i, j, l]);
    i = j;
  }
  return out;
}
