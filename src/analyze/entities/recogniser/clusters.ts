/**
 * Word clusters learnt from unlabelled text (the training sentences of a language's corpora, never
 * their held-out fold): each word seen at least twice gets a fine cluster (spherical k-means over
 * its PPMI-weighted left and right neighbours) and a coarse one (the fine clusters' centroids
 * clustered again), plus how often it is capitalised inside a sentence. Words that stand in the same
 * places share a cluster (surnames with surnames, towns with towns), so a weight learnt for one
 * word of a cluster helps its rarer fellows; the recogniser uses them as features (features.ts).
 * Stored as `<lang>/clusters.bin.gz`: the FNV-1a hashes of the lower-cased words, sorted, and their
 * cluster and capitalisation bytes; no text of any corpus is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { seeded } from '../../../domain/seeded.ts';
import { RESOURCES_DIR } from '../../../paths.ts';
import type { Language } from '../../types.ts';

export interface ClusterOptions {
  /** Fine clusters (at most 255: one byte, 0 = none). */
  fine: number;
  coarse: number;
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** Most frequent words used as context dimensions (on each side). */
  contexts: number;
  iterations: number;
  seed: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  fine: 255,
  coarse: 32,
  minCount: 2,
  contexts: 600,
  iterations: 12,
  seed: 20261203,
};

/** A word's classes; 0 means none (unknown word). */
export interface WordClass {
  fine: number;
  coarse: number;
  /** 0 unknown, 1 capitalised inside sentences ≥ 90 %, 2 ≥ 50 %, 3 > 10 %, 4 rarely or never. */
  caps: number;
}

export class ClusterTable {
  constructor(
    readonly hashes: Uint32Array,
    readonly fine: Uint8Array,
    readonly coarse: Uint8Array,
    readonly caps: Uint8Array,
  ) {}

  /** The classes of a lower-cased word, or undefined when it was too rare to cluster. */
  get(lower: string): WordClass | undefined {
    const h = wordHash(lower);
    const hs = this.hashes;
    let lo = 0;
    let hi = hs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = hs[mid] as number;
      if (v === h)
        return { fine: this.fine[mid] as number, coarse: this.coarse[mid] as number, caps: this.caps[mid] as number };
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** FNV-1a of a string's UTF-16 units. */
export function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sparse rows: indices and values, L2-normalised. */
interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * Clusters of the words of `sentences` (each a list of token texts as the recogniser tokenises
 * them, punctuation included). Deterministic: the same sentences and options give the same table.
 */
export function buildClusters(sentences: string[][], o: ClusterOptions = CLUSTER_DEFAULTS): ClusterTable {
  const count = new Map<string, number>();
  const capIn = new Map<string, number>();
  const smallIn = new Map<string, number>();
  const lowered = sentences.map((s) => s.map((w) => w.toLowerCase()));
  sentences.forEach((s, si) => {
    const low = lowered[si] as string[];
    for (let i = 0; i < s.length; i++) {
      const w = low[i] as string;
      count.set(w, (count.get(w) ?? 0) + 1);
      if (i === 0) continue;
      const t = s[i] as string;
      if (/^\p{Lu}/u.test(t)) capIn.set(w, (capIn.get(w) ?? 0) + 1);
      else if (/^\p{Ll}/u.test(t)) smallIn.set(w, (smallIn.get(w) ?? 0) + 1);
    }
  });
  // Ties broken by the word itself, so the order never depends on a Map's insertion history.
  const byFreq = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFreq.filter(([, c]) => c >= o.minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(byFreq.slice(0, o.contexts).map(([w], i) => [w, i]));
  const D = o.contexts + 2; // + boundary, + any other word
  const dims = 2 * D;
  const ctxOf = (w: string | undefined) => (w === undefined ? o.contexts : (ctx.get(w) ?? o.contexts + 1));
  const co: Array<Map<number, number>> = vocab.map(() => new Map());
  const ctxTotal = new Float64Array(dims);
  for (const low of lowered) {
    for (let i = 0; i < low.length; i++) {
      const v = index.get(low[i] as string);
      if (v === undefined) continue;
      const m = co[v] as Map<number, number>;
      const l = ctxOf(low[i - 1]);
      const r = D + ctxOf(low[i + 1]);
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
      ctxTotal[l]! += 1;
      ctxTotal[r]! += 1;
    }
  }
  let total = 0;
  for (const x of ctxTotal) total += x;
  // PPMI weights, L2-normalised.
  const rows: Sparse[] = co.map((m, v) => {
    const wc = 2 * (count.get(vocab[v] as string) as number);
    const keys = [...m.keys()].sort((a, b) => a - b);
    const idx: number[] = [];
    const val: number[] = [];
    for (const k of keys) {
      const pmi = Math.log(((m.get(k) as number) * total) / (wc * (ctxTotal[k] as number)));
      if (pmi > 0) {
        idx.push(k);
        val.push(pmi);
      }
    }
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(idx), val: Float64Array.from(val, (x) => x / norm) };
  });
  const fine = kmeansSparse(rows, dims, Math.min(o.fine, rows.length), o.iterations, o.seed);
  // Coarse classes: the fine centroids clustered again, so a coarse class is a union of fine ones.
  const centroidRows: Sparse[] = fine.centroids.map((c) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (let k = 0; k < c.length; k++) {
      if (c[k] === 0) continue;
      idx.push(k);
      val.push(c[k] as number);
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
  const coarse = kmeansSparse(centroidRows, dims, Math.min(o.coarse, centroidRows.length), o.iterations, o.seed + 1);
  const order = vocab.map((w, i) => ({ h: wordHash(w), i })).sort((a, b) => a.h - b.h || a.i - b.i);
  const n = order.length;
  const hashes = new Uint32Array(n);
  const f = new Uint8Array(n);
  const c = new Uint8Array(n);
  const caps = new Uint8Array(n);
  order.forEach(({ h, i }, k) => {
    hashes[k] = h;
    const a = fine.assign[i] as number;
    f[k] = 1 + a;
    c[k] = 1 + (coarse.assign[a] as number);
    const w = vocab[i] as string;
    const up = capIn.get(w) ?? 0;
    const down = smallIn.get(w) ?? 0;
    const seen = up + down;
    caps[k] = seen < 2 ? 0 : up >= 0.9 * seen ? 1 : up >= 0.5 * seen ? 2 : up > 0.1 * seen ? 3 : 4;
  });
  return new ClusterTable(hashes, f, c, caps);
}

/** Spherical k-means (cosine) over L2-normalised sparse rows, k-means++ seeded. */
function kmeansSparse(
  rows: Sparse[],
  dims: number,
  k: number,
  iterations: number,
  seed: number,
): { assign: Int32Array; centroids: Float64Array[] } {
  const n = rows.length;
  const rand = seeded(seed);
  const dot = (c: Float64Array, r: Sparse) => {
    let s = 0;
    for (let j = 0; j < r.idx.length; j++) s += (c[r.idx[j] as number] as number) * (r.val[j] as number);
    return s;
  };
  const dense = (r: Sparse) => {
    const c = new Float64Array(dims);
    for (let j = 0; j < r.idx.length; j++) c[r.idx[j] as number] = r.val[j] as number;
    return c;
  };
  const centroids: Float64Array[] = [];
  const best = new Float64Array(n).fill(-1);
  centroids.push(dense(rows[Math.floor(rand() * n)] as Sparse));
  while (centroids.length < k) {
    const last = centroids[centroids.length - 1] as Float64Array;
    let sum = 0;
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i] as number, dot(last, rows[i] as Sparse));
      d[i] = Math.max(0, 1 - (best[i] as number));
      sum += d[i] as number;
    }
    let pick = n - 1;
    let x = rand() * sum;
    for (let i = 0; i < n; i++) {
      x -= d[i] as number;
      if (x < 0) {
        pick = i;
        break;
      }
    }
    centroids.push(dense(rows[pick] as Sparse));
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let b = 0;
      let bs = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(centroids[c] as Float64Array, rows[i] as Sparse);
        if (s > bs) {
          bs = s;
          b = c;
        }
      }
      assign[i] = b;
    }
    for (let c = 0; c < k; c++) (centroids[c] as Float64Array).fill(0);
    for (let i = 0; i < n; i++) {
      const c = centroids[assign[i] as number] as Float64Array;
      const r = rows[i] as Sparse;
      for (let j = 0; j < r.idx.length; j++) c[r.idx[j] as number]! += r.val[j] as number;
    }
    for (const c of centroids) {
      let norm = 0;
      for (const x of c) norm += x * x;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let j = 0; j < c.length; j++) c[j]! /= norm;
    }
  }
  return { assign, centroids };
}

/** `clusters\n` then the word count (uint32 LE), hashes, fine, coarse and caps bytes; gzip'd. */
export function encodeClusters(t: ClusterTable): Buffer {
  const n = t.hashes.length;
  const head = Buffer.from('clusters\n', 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(n);
  const hs = Buffer.alloc(4 * n);
  for (let i = 0; i < n; i++) hs.writeUInt32LE(t.hashes[i] as number, 4 * i);
  return gzipSync(Buffer.concat([head, len, hs, Buffer.from(t.fine), Buffer.from(t.coarse), Buffer.from(t.caps)]), {
    level: 9,
  });
}

export function decodeClusters(buf: Buffer): ClusterTable {
  const raw = gunzipSync(buf);
  const at = raw.indexOf(10) + 1;
  const n = raw.readUInt32LE(at);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = raw.readUInt32LE(at + 4 + 4 * i);
  const b = at + 4 + 4 * n;
  return new ClusterTable(
    hashes,
    raw.subarray(b, b + n).slice(),
    raw.subarray(b + n, b + 2 * n).slice(),
    raw.subarray(b + 2 * n, b + 3 * n).slice(),
  );
}

export function clustersPath(lang: Language, dir = join(RESOURCES_DIR, 'models')): string {
  return join(dir, lang, 'clusters.bin.gz');
}

const tables = new Map<Language, ClusterTable | null>();

/** The committed clusters of `lang` (or those the trainer set), loaded once; undefined when none. */
export function clustersOf(lang: Language): ClusterTable | undefined {
  if (!tables.has(lang)) {
    const p = clustersPath(lang);
    tables.set(lang, existsSync(p) ? decodeClusters(readFileSync(p)) : null);
  }
  return tables.get(lang) ?? undefined;
}

/** Replaces the clusters of `lang` (the trainer, with those it just built; null: none). */
export function setClusters(lang: Language, table: ClusterTable | null): void {
  tables.set(lang, table);
}
