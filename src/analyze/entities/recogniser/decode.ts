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
 * The matrix's L × L body transposed (column b of `m` as row b), so a label's predecessors are read
 * in a row; written to `into` when given (at least L × L long).
 */
function columns(m: Float64Array, L: number, into = new Float64Array(L * L)): Float64Array {
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) into[b * L + a] = m[a * L + b] as number;
  return into;
}

/**
 * `columns` of an exp-transition table, kept with it: those tables are cached and never written
 * after they are made (expTransitions), unlike a caller's transitions, which the trainer updates in
 * place between sentences.
 */
const expColumns = new WeakMap<Float64Array, Float64Array>();
function columnsOfExp(e: Float64Array, L: number): Float64Array {
  let c = expColumns.get(e);
  if (!c) {
    c = columns(e, L);
    expColumns.set(e, c);
  }
  return c;
}

// Scratch tables reused by every call (one sentence at a time; the result is copied out).
let scoreBuf = new Float64Array(0);
let columnBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** The highest-scoring label sequence; written to `into` (at least n long, a view of n returned) when given. */
export function viterbi(lat: Lattice, into?: Int32Array): Int32Array {
  // A local, not a module constant: in the bundled CLI (dist/) a module-level value is a mutable
  // binding, the running best is then boxed and every new best allocates a heap number.
  const NEG = Number.NEGATIVE_INFINITY;
  const { n, L, emit, trans } = lat;
  const ok = allowedTable(L);
  // Transposed at every call, not cached by array: the trainer changes its transitions in place.
  if (columnBuf.length < L * L) columnBuf = new Float64Array(L * L);
  const tc = columns(trans, L, columnBuf);
  const out = into ? into.subarray(0, n) : new Int32Array(n);
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
      if (b === 0 || (b & 1) === 1) {
        // Every label may precede O or a B: the same comparisons in the same order, read in a row.
        const col = b * L;
        for (let a = 0; a < L; a++) {
          const s = (score[prev + a] as number) + (tc[col + a] as number);
          if (s > best) {
            best = s;
            arg = a;
          }
        }
      } else {
        // An I follows only its own B (b - 1) and itself, compared in that order.
        const fromB = (score[prev + b - 1] as number) + (trans[(b - 1) * L + b] as number);
        if (fromB > best) {
          best = fromB;
          arg = b - 1;
        }
        const fromI = (score[prev + b] as number) + (trans[b * L + b] as number);
        if (fromI > best) {
          best = fromI;
          arg = b;
        }
      }
      score[row + b] = best + (emit[row + b] as number);
      back[row + b] = arg;
    }
  }
  let best = NEG;
  // Label 0 when no score beats -Infinity, as in a new array (`into` may hold an earlier sentence's).
  out[n - 1] = 0;
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

/**
 * Forward-backward at temperature `t`, in scaled probability space (one `exp` per token and label,
 * not one per label pair): alpha·beta at a token is the marginal of its label.
 */
export class Marginals {
  /**
   * One allocation per sentence: alpha (n × L), beta (n × L), p = exp(emission / t) per token and
   * label scaled by the token's largest (n × L), then the scaling constants c (n).
   */
  private readonly buf: Float64Array;
  /** exp(transition / t), 0 where BIO forbids it; (L + 1) × L, start row last. */
  private readonly e: Float64Array;

  constructor(
    private readonly lat: Lattice,
    t: number,
    arena?: TableArena,
  ) {
    // Locals, not module constants (see viterbi). Below e^-40 a label's weight at a token is taken
    // as 0 (it changes no confidence at three decimals).
    const NEG = Number.NEGATIVE_INFINITY;
    const NEGLIGIBLE = -40;
    const { n, L, emit, trans } = lat;
    const e = expTransitions(trans, L, t);
    const ec = columnsOfExp(e, L);
    const nL = n * L;
    // Every entry is written below, so a block's slice needs no clearing.
    const buf = arena ? arena.take(3 * nL + n) : new Float64Array(3 * nL + n);
    // a at 0, b at nL, p at 2nL, c at 3nL.
    const P = 2 * nL;
    const C = 3 * nL;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      let m = NEG;
      for (let y = 0; y < L; y++) m = Math.max(m, emit[row + y] as number);
      for (let y = 0; y < L; y++) {
        const x = ((emit[row + y] as number) - m) / t;
        buf[P + row + y] = x < NEGLIGIBLE ? 0 : Math.exp(x);
      }
    }
    // BIO: O and every B may follow any label, so their sums run over the whole previous row
    // (transposed, in a row); an I follows only its own B (label y - 1) and itself. The terms are
    // added in the order of the labels, as when every allowed pair is listed (the same sums, bit for bit).
    for (let i = 0; i < n; i++) {
      const row = i * L;
      const prev = row - L;
      let sum = 0;
      for (let y = 0; y < L; y++) {
        const py = buf[P + row + y] as number;
        let s = 0;
        if (py === 0) s = 0;
        else if (i === 0) s = (e[L * L + y] as number) * py;
        else if (y === 0 || (y & 1) === 1) {
          const col = y * L;
          for (let x = 0; x < L; x++) s += (buf[prev + x] as number) * (ec[col + x] as number);
          s *= py;
        } else {
          s =
            (buf[prev + y - 1] as number) * (e[(y - 1) * L + y] as number) +
            (buf[prev + y] as number) * (e[y * L + y] as number);
          s *= py;
        }
        buf[row + y] = s;
        sum += s;
      }
      const ci = sum > 0 ? sum : 1;
      buf[C + i] = ci;
      for (let y = 0; y < L; y++) buf[row + y] = (buf[row + y] as number) / ci;
    }
    const B = nL;
    if (n > 0) for (let y = 0; y < L; y++) buf[B + (n - 1) * L + y] = 1;
    // beta_i(x) = Σ_y e(x, y)·p_{i+1}(y)·beta_{i+1}(y) / c_{i+1}: the product over y is formed once.
    // The labels that may follow x, in order: O, each B, and after x's own B the I it continues
    // (B and I of one type are neighbours, 2k + 1 and 2k + 2).
    if (q.length < L) q = new Float64Array(L);
    for (let i = n - 2; i >= 0; i--) {
      const next = (i + 1) * L;
      for (let y = 0; y < L; y++) q[y] = (buf[P + next + y] as number) * (buf[B + next + y] as number);
      const ci = buf[C + i + 1] as number;
      const row = B + i * L;
      for (let x = 0; x < L; x++) {
        const ex = x * L;
        const own = x === 0 ? -1 : (x & 1) === 1 ? x + 1 : x;
        let sum = (e[ex] as number) * (q[0] as number);
        for (let y = 1; y < L; y += 2) {
          sum += (e[ex + y] as number) * (q[y] as number);
          if (y + 1 === own) sum += (e[ex + own] as number) * (q[own] as number);
        }
        buf[row + x] = sum / ci;
      }
    }
    this.buf = buf;
    this.e = e;
  }

  /**
   * Probability that tokens `from`..`to - 1` are exactly one entity of BIO pair (`B`, `B + 1`): B at
   * `from`, I after it, and the next token not continuing it.
   */
  span(from: number, to: number, B: number): number {
    const { n, L } = this.lat;
    const I = B + 1;
    const { e, buf } = this;
    const nL = n * L;
    const P = 2 * nL;
    const C = 3 * nL;
    let s = buf[from * L + B] as number;
    for (let i = from + 1; i < to; i++) {
      s *= ((e[(i === from + 1 ? B : I) * L + I] as number) * (buf[P + i * L + I] as number)) / (buf[C + i] as number);
    }
    const last = to - 1 === from ? B : I;
    if (to < n) {
      let rest = 0;
      for (let y = 0; y < L; y++) {
        if (y !== I)
          rest += (e[last * L + y] as number) * (buf[P + to * L + y] as number) * (buf[nL + to * L + y] as number);
      }
      s *= rest / (buf[C + to] as number);
    }
    return Math.max(0, Math.min(1, s));
  }

  /** Marginal probability of label `y` at token `i`. */
  label(i: number, y: number): number {
    const L = this.lat.L;
    return (this.buf[i * L + y] as number) * (this.buf[this.lat.n * L + i * L + y] as number);
  }
}

/**
 * The tables of one text's sentences (forward-backward, kept scores), cut from a few blocks that
 * double in size (32 kB first, up to 1 MB): a typed array of its own per sentence was an
 * allocation outside the heap each time, and as much time as the forward-backward pass itself.
 * `release` hands the blocks back for the next text: a new block outside the heap is zeroed memory
 * the system maps in page by page, a few MB per long text otherwise.
 */
export class TableArena {
  private block: Float64Array = new Float64Array(0);
  private used = 0;
  private next = 4096;
  private readonly blocks: Float64Array[] = [];

  /**
   * `n` numbers of the current block; a new block is zero, a block used by an earlier text holds its
   * numbers (every caller writes all it takes before reading).
   */
  take(n: number): Float64Array {
    if (this.used + n > this.block.length) {
      this.block = reusedBlock(Math.max(n, this.next));
      this.blocks.push(this.block);
      this.next = Math.min(2 * this.next, 1 << 17);
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }

  /** Gives the blocks back to be reused (no table taken from this arena may be read afterwards). */
  release(): void {
    for (const b of this.blocks) {
      if (pooled + b.length > POOL_LIMIT) break;
      pool.push(b);
      pooled += b.length;
    }
    this.blocks.length = 0;
    this.block = new Float64Array(0);
    this.used = 0;
  }
}

/** Released arena blocks, and how many numbers they hold (at most POOL_LIMIT, 4 MB). */
const pool: Float64Array[] = [];
let pooled = 0;
const POOL_LIMIT = 1 << 19;

/** A released block of at least `n` numbers (the smallest such), else a new one. */
function reusedBlock(n: number): Float64Array {
  let best = -1;
  for (let i = 0; i < pool.length; i++) {
    const len = (pool[i] as Float64Array).length;
    if (len >= n && (best < 0 || len < (pool[best] as Float64Array).length)) best = i;
  }
  if (best < 0) return new Float64Array(n);
  const b = pool[best] as Float64Array;
  pool[best] = pool[pool.length - 1] as Float64Array;
  pool.pop();
  pooled -= b.length;
  return b;
}

/** The backward pass's scratch row (one sentence at a time). */
let q = new Float64Array(0);

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
