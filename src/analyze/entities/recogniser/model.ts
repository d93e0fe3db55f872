/**
 * A trained recogniser's weights: one row of label weights per hashed feature bucket, a label
 * transition matrix, and the entity types its BIO labels stand for. Label 0 is O; type k has
 * B = 1 + 2k and I = 2 + 2k. Stored as gzip of a small JSON header and int8 weights (a scale per
 * model), so a model of a few MB loads in milliseconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RESOURCES_DIR } from '../../../paths.ts';
import type { EntityType, Language } from '../../types.ts';
import {
  BOUNDARY,
  COMBOS,
  comboFeatures,
  FEW_AT,
  FEW_COUNT,
  NEIGHBOUR_FEATURES,
  NO_COMBO,
  type Sequence,
  SLOTS,
  T,
  type WordInfo,
} from './features.ts';

export interface ModelHeader {
  /** Bumped whenever features or training change; part of the extractor version of facts. */
  version: string;
  lang: Language;
  types: EntityType[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Dequantisation: weight = int8 × scale. */
  scale: number;
  /** (labels + 1) × labels transition weights; the last row is the sentence start. */
  transitions: number[];
  /** Softmax temperature for confidences, fitted on held-out data. */
  temperature: number;
}

export class RecogniserModel {
  readonly labels: number;
  readonly mask: number;
  /**
   * The int8 table without its all-zero rows (most hashed buckets of a perceptron stay zero): a bit
   * per bucket and the number of non-zero rows before each 32-bucket word, interleaved, and the rows.
   * The scores are the same; the table a sentence reads is a fifth to a half the size, and a
   * feature that never fired in training costs one read of a small bit table, not a cache miss.
   */
  private readonly packed?: { index: Uint32Array; rows: Int8Array };
  /** The packed rows again, three labels to a number (laneRows), for models of up to 21 labels. */
  private readonly lanes?: Float64Array;
  /**
   * Every word form's lane sums (wordLanes), side by side in one table: a token reads its own and
   * its neighbours' from here by offset, instead of through an object and a typed array of its own
   * per form (two dependent reads fewer, and no 280-byte buffer outside the heap per new form).
   * Forms whose `laneOwner` is not the current one are summed again (after the table was restarted).
   */
  private formLanes = new Float64Array(0);
  private formCount = 0;
  private laneOwner: object = {};
  /**
   * The lane rows of each combination of a token's five few-valued features (features.ts COMBOS),
   * summed when first met: W lanes and how many rows they add, per combination; `comboReady` marks
   * the ones summed.
   */
  private comboLanes?: Float64Array;
  private comboReady?: Uint8Array;
  constructor(
    readonly header: Omit<ModelHeader, 'scale'>,
    /** buckets × labels weights; int8 as stored (times `scale`) or floats while training. */
    readonly weights: Int8Array | Float32Array,
    readonly transitions: Float64Array,
    readonly scale = 1,
  ) {
    this.labels = 1 + 2 * header.types.length;
    this.mask = (1 << header.bits) - 1;
    if (weights instanceof Int8Array) {
      this.packed = packRows(weights, this.labels, 1 << header.bits);
      if (this.labels <= 3 * MAX_LANE_WORDS) this.lanes = laneRows(this.packed.rows, this.labels);
    }
  }

  /** The type of label `l`, or undefined for O. */
  typeOf(label: number): EntityType | undefined {
    return label === 0 ? undefined : this.header.types[(label - 1) >> 1];
  }

  /**
   * Emission scores of a sentence: tokens × labels, row-major. The weights of the features of one
   * word form (its own, and its own as a neighbour) are summed once per form and kept with it, so a
   * token costs a few vector additions and a dozen table reads instead of forty. Int8 weights sum
   * to whole numbers, so the result is exactly that of summing feature by feature. `into` (at least
   * tokens × labels long; its first tokens × labels entries are all written) receives the scores
   * instead of a new array.
   */
  emissions(seq: Sequence, into?: Float64Array): Float64Array {
    const packed = this.packed;
    if (!seq.infos || !packed) {
      if (seq.pairsOnly) throw new Error('emissions: a pairs-only sequence needs int8 weights and word forms');
      return emissions(seq, this.weights, this.mask, this.labels, this.scale);
    }
    const L = this.labels;
    const n = seq.tokens.length;
    const out = into ?? new Float64Array(n * L);
    if (this.lanes && SIX_SLOTS && L >= MIN_LANE_LABELS) return this.laneEmissions(seq, out);
    const { index, rows } = packed;
    const lanes = this.lanes;
    const W = Math.ceil(L / 3);
    const mask = this.mask;
    const infos = seq.infos;
    const feats = seq.feats;
    const offsets = seq.offsets;
    const b = this.wordSums(BOUNDARY);
    // One lookup of the cached sums per token, shared by its own row and its neighbours' rows.
    if (sumsBuf.length < n) sumsBuf = new Array(2 * n);
    const sums = sumsBuf;
    for (let i = 0; i < n; i++) sums[i] = this.wordSums(infos[i] as WordInfo);
    // The word's own sums and its neighbours' in SLOTS order, added label by label in registers
    // (integers, so the sums are exact in any order).
    for (let i = 0; i < n; i++) {
      const row = i * L;
      const s0 = sums[i] as Float64Array;
      if (SIX_SLOTS) {
        const m1 = i >= 1 ? (sums[i - 1] as Float64Array) : b;
        const p1 = i + 1 < n ? (sums[i + 1] as Float64Array) : b;
        const m2 = i >= 2 ? (sums[i - 2] as Float64Array) : b;
        const p2 = i + 2 < n ? (sums[i + 2] as Float64Array) : b;
        const m3 = i >= 3 ? (sums[i - 3] as Float64Array) : b;
        const p3 = i + 3 < n ? (sums[i + 3] as Float64Array) : b;
        for (let l = 0; l < L; l++) {
          out[row + l] =
            (s0[l] as number) +
            (m1[L + l] as number) +
            (p1[2 * L + l] as number) +
            (m2[3 * L + l] as number) +
            (p2[4 * L + l] as number) +
            (m3[5 * L + l] as number) +
            (p3[6 * L + l] as number);
        }
      } else {
        for (let l = 0; l < L; l++) out[row + l] = s0[l] as number;
        for (let s = 0; s < SLOTS.length; s++) {
          const j = i + (SLOTS[s] as number);
          const v = j >= 0 && j < n ? (sums[j] as Float64Array) : b;
          const at = (s + 1) * L;
          for (let l = 0; l < L; l++) out[row + l]! += v[at + l] as number;
        }
      }
      const from = seq.pairsOnly
        ? (offsets[i] as number)
        : (offsets[i] as number) + 1 + (infos[i] as WordInfo).own.length + NEIGHBOUR_FEATURES;
      const to = offsets[i + 1] as number;
      if (lanes && to - from <= MAX_LANE_ROWS) {
        // Three labels to a number, each biased to 0–255 (see laneRows): a row is W additions in
        // registers instead of L into the scores, and the token's sums are taken apart once.
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        let a4 = 0;
        let a5 = 0;
        let a6 = 0;
        let count = 0;
        for (let f = from; f < to; f++) {
          const bucket = (feats[f] as number) & mask;
          const w2 = (bucket >>> 5) << 1;
          const word = index[w2] as number;
          const bit = bucket & 31;
          if (((word >>> bit) & 1) === 0) continue;
          const r = ((index[w2 + 1] as number) + popcount(word & ((1 << bit) - 1))) * W;
          a0 += lanes[r] as number;
          if (W > 1) a1 += lanes[r + 1] as number;
          if (W > 2) a2 += lanes[r + 2] as number;
          if (W > 3) a3 += lanes[r + 3] as number;
          if (W > 4) a4 += lanes[r + 4] as number;
          if (W > 5) a5 += lanes[r + 5] as number;
          if (W > 6) a6 += lanes[r + 6] as number;
          count++;
        }
        if (count > 0) {
          const acc = laneSums;
          acc[0] = a0;
          acc[1] = a1;
          acc[2] = a2;
          acc[3] = a3;
          acc[4] = a4;
          acc[5] = a5;
          acc[6] = a6;
          const bias = LANE_BIAS * count;
          for (let k = 0, l = 0; k < W; k++) {
            const v = acc[k] as number;
            out[row + l]! += (v % LANE) - bias;
            if (++l < L) out[row + l]! += (Math.floor(v / LANE) % LANE) - bias;
            if (++l < L) out[row + l]! += Math.floor(v / (LANE * LANE)) - bias;
            l++;
          }
        }
        continue;
      }
      for (let f = from; f < to; f++) {
        const bucket = (feats[f] as number) & mask;
        const w2 = (bucket >>> 5) << 1;
        const word = index[w2] as number;
        const bit = bucket & 31;
        if (((word >>> bit) & 1) === 0) continue;
        const base = ((index[w2 + 1] as number) + popcount(word & ((1 << bit) - 1))) * L;
        for (let l = 0; l < L; l++) out[row + l]! += rows[base + l] as number;
      }
    }
    const scale = this.scale;
    for (let k = 0; k < n * L; k++) out[k] = (out[k] as number) * scale;
    return out;
  }

  /**
   * `emissions` in lanes throughout (models of up to 21 labels, six neighbour slots): each word
   * form's own sums and its sums as each neighbour are cached as lane numbers too (wordLanes), so
   * a token adds seven rows of W numbers (W = ceil(L / 3)) instead of seven of L, and its pair
   * features' rows into the same W registers; the lanes are taken apart once. A token whose
   * features, its neighbours' included, are more than MAX_LANE_ROWS (a very long word) is scored
   * label by label as before. The same whole numbers, so the same scores bit for bit.
   */
  private laneEmissions(seq: Sequence, out: Float64Array): Float64Array {
    const packed = this.packed as { index: Uint32Array; rows: Int8Array };
    const lanes = this.lanes as Float64Array;
    const { index } = packed;
    const L = this.labels;
    const W = Math.ceil(L / 3);
    // A form's record: seven parts (own, then each neighbour slot) of W lanes and a feature count.
    const P = W + 1;
    const n = seq.tokens.length;
    const mask = this.mask;
    const infos = seq.infos as WordInfo[];
    const feats = seq.feats;
    const offsets = seq.offsets;
    // Restarted between sentences only, so that the offsets of one sentence stay valid together.
    if (this.formCount + n + 1 > MAX_FORMS) this.restartFormLanes();
    const b = this.wordLanes(BOUNDARY);
    if (laneAtBuf.length < n) laneAtBuf = new Int32Array(2 * n);
    const at = laneAtBuf;
    for (let i = 0; i < n; i++) at[i] = this.wordLanes(infos[i] as WordInfo);
    // Read after every form of the sentence has its record: a new form may have grown the table.
    const F = this.formLanes;
    const few = seq.pairsOnly ? seq.few : undefined;
    // Locals, not imported bindings, in the loop (an import is read through its module each time).
    const none = NO_COMBO;
    const fewAt = FEW_AT;
    const fewLast = FEW_COUNT - 1;
    const C = this.comboLanes ?? this.makeComboTable(W);
    const ready = this.comboReady as Uint8Array;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      // Where each of the seven parts starts: the token's own, then slots -1, +1, -2, +2, -3, +3.
      const q0 = at[i] as number;
      const q1 = (i >= 1 ? (at[i - 1] as number) : b) + P;
      const q2 = (i + 1 < n ? (at[i + 1] as number) : b) + 2 * P;
      const q3 = (i >= 2 ? (at[i - 2] as number) : b) + 3 * P;
      const q4 = (i + 2 < n ? (at[i + 2] as number) : b) + 4 * P;
      const q5 = (i >= 3 ? (at[i - 3] as number) : b) + 5 * P;
      const q6 = (i + 3 < n ? (at[i + 3] as number) : b) + 6 * P;
      const from = seq.pairsOnly
        ? (offsets[i] as number)
        : (offsets[i] as number) + 1 + (infos[i] as WordInfo).own.length + NEIGHBOUR_FEATURES;
      const to = offsets[i + 1] as number;
      let count = lane7(F, q0, q1, q2, q3, q4, q5, q6, W);
      if (count + (to - from) > MAX_LANE_ROWS) {
        this.plainRow(seq, i, from, to, out);
        continue;
      }
      // The same register loop as in `emissions`, written out twice on purpose: one function for both
      // (sums handed over in laneSums) gave the same scores bit for bit but measured 7 % slower for
      // English on a quiet machine (0.97/1.04 → 0.90/0.96 MB per CPU second, 3 December).
      let a0 = lane7(F, q0, q1, q2, q3, q4, q5, q6, 0);
      let a1 = W > 1 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 1) : 0;
      let a2 = W > 2 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 2) : 0;
      let a3 = W > 3 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 3) : 0;
      let a4 = W > 4 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 4) : 0;
      let a5 = W > 5 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 5) : 0;
      let a6 = W > 6 ? lane7(F, q0, q1, q2, q3, q4, q5, q6, 6) : 0;
      // The five few-valued features as one summed row of their combination, skipped one by one.
      const code = few ? (few[i] as number) : none;
      let skip = -1;
      if (code !== none) {
        const c = code * P;
        if (ready[code] === 0) this.sumCombo(code, C, W);
        a0 += C[c] as number;
        if (W > 1) a1 += C[c + 1] as number;
        if (W > 2) a2 += C[c + 2] as number;
        if (W > 3) a3 += C[c + 3] as number;
        if (W > 4) a4 += C[c + 4] as number;
        if (W > 5) a5 += C[c + 5] as number;
        if (W > 6) a6 += C[c + 6] as number;
        count += C[c + W] as number;
        skip = from + fewAt;
      }
      for (let f = from; f < to; f++) {
        if (f === skip) {
          f += fewLast;
          continue;
        }
        const bucket = (feats[f] as number) & mask;
        const w2 = (bucket >>> 5) << 1;
        const word = index[w2] as number;
        const bit = bucket & 31;
        if (((word >>> bit) & 1) === 0) continue;
        const r = ((index[w2 + 1] as number) + popcount(word & ((1 << bit) - 1))) * W;
        a0 += lanes[r] as number;
        if (W > 1) a1 += lanes[r + 1] as number;
        if (W > 2) a2 += lanes[r + 2] as number;
        if (W > 3) a3 += lanes[r + 3] as number;
        if (W > 4) a4 += lanes[r + 4] as number;
        if (W > 5) a5 += lanes[r + 5] as number;
        if (W > 6) a6 += lanes[r + 6] as number;
        count++;
      }
      const acc = laneSums;
      acc[0] = a0;
      acc[1] = a1;
      acc[2] = a2;
      acc[3] = a3;
      acc[4] = a4;
      acc[5] = a5;
      acc[6] = a6;
      const bias = LANE_BIAS * count;
      for (let k = 0, l = 0; k < W; k++) {
        const v = acc[k] as number;
        out[row + l] = (v % LANE) - bias;
        if (++l < L) out[row + l] = (Math.floor(v / LANE) % LANE) - bias;
        if (++l < L) out[row + l] = Math.floor(v / (LANE * LANE)) - bias;
        l++;
      }
    }
    const scale = this.scale;
    for (let k = 0; k < n * L; k++) out[k] = (out[k] as number) * scale;
    return out;
  }

  /** Token `i`'s unscaled scores label by label: its own and its neighbours' sums, then its pair rows. */
  private plainRow(seq: Sequence, i: number, from: number, to: number, out: Float64Array): void {
    const L = this.labels;
    const n = seq.tokens.length;
    const { index, rows } = this.packed as { index: Uint32Array; rows: Int8Array };
    const infos = seq.infos as WordInfo[];
    const row = i * L;
    const b = this.wordSums(BOUNDARY);
    const s0 = this.wordSums(infos[i] as WordInfo);
    for (let l = 0; l < L; l++) out[row + l] = s0[l] as number;
    for (let s = 0; s < SLOTS.length; s++) {
      const j = i + (SLOTS[s] as number);
      const v = j >= 0 && j < n ? this.wordSums(infos[j] as WordInfo) : b;
      const at = (s + 1) * L;
      for (let l = 0; l < L; l++) out[row + l]! += v[at + l] as number;
    }
    for (let f = from; f < to; f++) {
      const r = packedRow(index, (seq.feats[f] as number) & this.mask);
      if (r < 0) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) out[row + l]! += rows[base + l] as number;
    }
  }

  /**
   * Where a form's weights as lane numbers (laneRows) start in `formLanes`: for its own features and
   * the bias, then for its features as the neighbour in each of SLOTS, W lanes and how many features
   * they add (the bias to take off). A part of more than MAX_LANE_ROWS features holds no valid lanes;
   * laneEmissions then scores the token label by label.
   */
  private wordLanes(x: WordInfo): number {
    if (x.laneOwner === this.laneOwner) return x.laneAt as number;
    const L = this.labels;
    const W = Math.ceil(L / 3);
    const P = W + 1;
    const parts = 1 + SLOTS.length;
    const size = parts * P;
    if ((this.formCount + 1) * size > this.formLanes.length) {
      const grown = new Float64Array(Math.max(64 * size, 2 * this.formLanes.length));
      grown.set(this.formLanes);
      this.formLanes = grown;
    }
    const v = this.formLanes;
    const o = this.formCount * size;
    this.formCount++;
    const w = this.weights;
    const mask = this.mask;
    const add = (part: number, f: number) => {
      const base = (f & mask) * L;
      for (let k = 0; k < W; k++) {
        let lane = 0;
        for (let j = 2; j >= 0; j--) {
          const l = 3 * k + j;
          lane = lane * LANE + (l < L ? (w[base + l] as number) + LANE_BIAS : 0);
        }
        v[o + part * P + k]! += lane;
      }
      v[o + part * P + W]! += 1;
    };
    add(0, T.bias);
    for (const f of x.own) add(0, f);
    x.near.forEach((fs, s) => {
      for (const f of fs) add(s + 1, f);
    });
    x.laneOwner = this.laneOwner;
    x.laneAt = o;
    return o;
  }

  /** The (empty) table of combination rows, made on first use. */
  private makeComboTable(W: number): Float64Array {
    this.comboLanes = new Float64Array(COMBOS * (W + 1));
    this.comboReady = new Uint8Array(COMBOS);
    return this.comboLanes;
  }

  /** Sums the lane rows of combination `code`'s five features into its row of `C`. */
  private sumCombo(code: number, C: Float64Array, W: number): void {
    const { index } = this.packed as { index: Uint32Array; rows: Int8Array };
    const lanes = this.lanes as Float64Array;
    const c = code * (W + 1);
    for (const h of comboFeatures(code)) {
      const p = packedRow(index, h & this.mask);
      if (p < 0) continue;
      const r = p * W;
      for (let k = 0; k < W; k++) C[c + k]! += lanes[r + k] as number;
      C[c + W]! += 1;
    }
    (this.comboReady as Uint8Array)[code] = 1;
  }

  /** Forgets every form's lane record (the table is full): they are summed again as they come. */
  private restartFormLanes(): void {
    this.laneOwner = {};
    this.formCount = 0;
    this.formLanes.fill(0);
  }

  /** [own + bias | as the neighbour in each of SLOTS], (1 + SLOTS.length) × L. */
  private wordSums(x: WordInfo): Float64Array {
    if (x.cache?.model === this) return x.cache.v;
    const L = this.labels;
    const v = new Float64Array((1 + SLOTS.length) * L);
    const w = this.weights;
    const mask = this.mask;
    const add = (part: number, f: number) => {
      const base = (f & mask) * L;
      for (let l = 0; l < L; l++) v[part * L + l]! += w[base + l] as number;
    };
    add(0, T.bias);
    for (const f of x.own) add(0, f);
    x.near.forEach((fs, s) => {
      for (const f of fs) add(s + 1, f);
    });
    x.cache = { model: this, v };
    return v;
  }
}

/**
 * Fewest labels for which a token's own and neighbour sums are added in lanes too (laneEmissions):
 * English (11) and Kazakh (13) emissions measured 10–20 % faster so; Russian's 7 (three lanes for
 * seven labels) no faster, so it keeps the plain sums.
 */
const MIN_LANE_LABELS = 9;
/** Most numbers of a lane row that emissions adds in registers (21 labels: 10 types). */
const MAX_LANE_WORDS = 7;
/** A label's place in a lane number: × 1, × LANE or × LANE². */
const LANE = 65536;
/** Most rows one lane sum may hold: 256 × 255 stays below LANE. */
const MAX_LANE_ROWS = 256;
/** Added to each int8 weight so that a lane never goes below zero. */
const LANE_BIAS = 128;
/** One token's lane sums, taken apart label by label. */
const laneSums = new Float64Array(MAX_LANE_WORDS);

/**
 * Rows of int8 weights as numbers that each carry three labels in 16-bit lanes: (w[3k] + 128) +
 * (w[3k + 1] + 128) × 2^16 + (w[3k + 2] + 128) × 2^32, a whole number below 2^48. Adding n ≤ 256
 * such rows adds each label's weights in its own lane, exactly (a lane stays below 256 n ≤ 2^16,
 * so it never reaches the next, and the sum stays below 2^53): label 3k + j's sum is lane j minus
 * 128 n, the same integer as adding the int8 weights one by one, in a third of the additions.
 * Lanes past the last label hold 0.
 */
function laneRows(rows: Int8Array, L: number): Float64Array {
  const W = Math.ceil(L / 3);
  const n = rows.length / L;
  const out = new Float64Array(n * W);
  for (let r = 0; r < n; r++) {
    for (let k = 0; k < W; k++) {
      let v = 0;
      for (let j = 2; j >= 0; j--) {
        const l = 3 * k + j;
        v = v * LANE + (l < L ? (rows[r * L + l] as number) + LANE_BIAS : 0);
      }
      out[r * W + k] = v;
    }
  }
  return out;
}

// Scratch of emissions: the cached sums of a sentence's tokens, or where their lane records start
// (one sentence at a time).
let sumsBuf: Float64Array[] = [];
let laneAtBuf = new Int32Array(256);
/**
 * Most word forms in a model's lane table (formLanes) before it starts again: 2^18 forms of 7 × 5
 * numbers (English, 11 labels) are 73 MB, what the forms' own tables came to before.
 */
const MAX_FORMS = 1 << 18;

/**
 * Lane `k` of a token's own record part and its six neighbours' parts (slots -1, +1, -2, +2, -3, +3),
 * each part given by where it starts in `F`; lane W is the parts' feature counts.
 */
function lane7(
  F: Float64Array,
  q0: number,
  q1: number,
  q2: number,
  q3: number,
  q4: number,
  q5: number,
  q6: number,
  k: number,
): number {
  return (
    (F[q0 + k] as number) +
    (F[q1 + k] as number) +
    (F[q2 + k] as number) +
    (F[q3 + k] as number) +
    (F[q4 + k] as number) +
    (F[q5 + k] as number) +
    (F[q6 + k] as number)
  );
}
/** The neighbour slots are -1, +1, -2, +2, -3, +3, which emissions adds without a loop over them. */
const SIX_SLOTS = SLOTS.join() === '-1,1,-2,2,-3,3';

/** Set bits of a 32-bit word. */
/**
 * The packed row of `bucket` (its place among the non-zero rows, see packRows), or -1 when its row is
 * all zeros. The emission loops keep the look-up written out in their hot loops, as they were timed;
 * the paths taken rarely (a token of too many features, a combination's first use) call this.
 */
function packedRow(index: Uint32Array, bucket: number): number {
  const w2 = (bucket >>> 5) << 1;
  const word = index[w2] as number;
  const bit = bucket & 31;
  if (((word >>> bit) & 1) === 0) return -1;
  return (index[w2 + 1] as number) + popcount(word & ((1 << bit) - 1));
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/**
 * The non-zero rows of a buckets × L int8 table and the index that finds them: for each 32-bucket
 * word, its bit mask of non-zero rows followed by the number of non-zero rows before it, side by side
 * so that one cache line serves both reads.
 */
function packRows(w: Int8Array, L: number, buckets: number): { index: Uint32Array; rows: Int8Array } {
  const words = Math.ceil(buckets / 32);
  const index = new Uint32Array(2 * words);
  let nz = 0;
  for (let r = 0; r < buckets; r++) {
    for (let l = 0; l < L; l++) {
      if (w[r * L + l] !== 0) {
        index[2 * (r >>> 5)]! |= 1 << (r & 31);
        nz++;
        break;
      }
    }
  }
  const rows = new Int8Array(nz * L);
  let k = 0;
  for (let x = 0; x < words; x++) {
    index[2 * x + 1] = k;
    for (let bit = 0; bit < 32; bit++) {
      const r = x * 32 + bit;
      if (r >= buckets || (((index[2 * x] as number) >>> bit) & 1) === 0) continue;
      rows.set(w.subarray(r * L, r * L + L), k * L);
      k++;
    }
  }
  return { index, rows };
}

/**
 * Emission scores of `seq` under `weights` (buckets × `L`, times `scale`): tokens × labels,
 * row-major. Int8 weights stay int8 in memory (a quarter of the cache misses of floats) and are
 * scaled once per score.
 */
export function emissions(
  seq: Sequence,
  w: Int8Array | Float32Array | Float64Array,
  mask: number,
  L: number,
  scale = 1,
): Float64Array {
  const n = seq.tokens.length;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (let f = seq.offsets[i] as number; f < (seq.offsets[i + 1] as number); f++) {
      const base = ((seq.feats[f] as number) & mask) * L;
      for (let l = 0; l < L; l++) out[row + l]! += w[base + l] as number;
    }
  }
  if (scale !== 1) for (let k = 0; k < out.length; k++) out[k]! *= scale;
  return out;
}

/** Is moving from label `a` to `b` allowed in BIO (an I-X follows only B-X or I-X)? -1 = start. */
export function allowedTransition(a: number, b: number): boolean {
  if (b === 0 || b % 2 === 1) return true;
  return a > 0 && (a + 1) >> 1 === b >> 1;
}

/** Serialises weights: int8 quantised with one scale, gzip'd, after a JSON header line. */
export function encodeModel(
  header: Omit<ModelHeader, 'scale'>,
  weights: Float64Array | Float32Array | Int8Array,
): Buffer {
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] as number) / scale);
  const head = Buffer.from(`${JSON.stringify({ ...header, scale })}\n`, 'utf8');
  return gzipSync(Buffer.concat([head, Buffer.from(q.buffer)]), { level: 9 });
}

export function decodeModel(buf: Buffer): RecogniserModel {
  const raw = gunzipSync(buf);
  const nl = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as ModelHeader;
  const q = new Int8Array(raw.buffer, raw.byteOffset + nl + 1, raw.length - nl - 1).slice();
  return new RecogniserModel(header, q, Float64Array.from(header.transitions), header.scale);
}

/** Where the weights of `lang` live. */
export function modelPath(lang: Language, dir = join(RESOURCES_DIR, 'models')): string {
  return join(dir, lang, 'recogniser.bin.gz');
}

const loaded = new Map<Language, RecogniserModel | null>();

/** The committed model of `lang`, loaded once; undefined when none was trained. */
export function loadModel(lang: Language): RecogniserModel | undefined {
  if (!loaded.has(lang)) {
    const p = modelPath(lang);
    loaded.set(lang, existsSync(p) ? decodeModel(readFileSync(p)) : null);
  }
  return loaded.get(lang) ?? undefined;
}
