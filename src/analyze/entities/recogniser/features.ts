/**
 * The recogniser's view of a sentence: its tokens (Chronicle's words plus each punctuation mark,
 * since quotes and brackets bound names) and, for every token, the hashed ids of its features.
 * Features of a word alone (form, stem, prefixes 3–4, suffixes 1–5, shape, name lists) are hashed once per
 * distinct word and cached; context features mix the neighbours' cached hashes with a template
 * salt, so a token costs a few dozen integer operations and no string building.
 */
import type { Language, Span } from '../../types.ts';
import { isFirstName } from '../first-names.ts';
import { type GazetteerMatch, gazetteerEntries, matchGazetteer } from '../gazetteer.ts';
import { type Token, tokenize } from '../tokens.ts';
import { clustersOf } from './clusters.ts';

/** One token of a sentence as the model sees it. */
export interface SeqToken extends Span {
  text: string;
  /** Index in Chronicle's word tokens of the text, or -1 for punctuation. */
  word: number;
}

/** A sentence ready for scoring: its tokens and their features, `feats[offsets[i]..offsets[i+1]]`. */
export interface Sequence {
  tokens: SeqToken[];
  feats: Uint32Array;
  offsets: Uint32Array;
  /** Each token's word form (for emission caching at inference). */
  infos?: WordInfo[];
  /**
   * Only the features that pair two tokens are listed (inference): the single-word ones of each
   * form are summed once and cached with it (model.ts), so they are not written per token.
   */
  pairsOnly?: boolean;
  /**
   * Per token (inference), which of the COMBOS its gazetteer flags and first-name bits are, or
   * NO_COMBO: the five features they make (FEW_AT… in the token's pair features) are few-valued
   * together, so a model sums their weights once per combination (model.ts).
   */
  few?: Uint16Array;
}

/**
 * Neighbour slots, in the order a token's features list them: the words 1, 2 and 3 before and after.
 * What a word contributes as a neighbour depends on that word alone, so its weights are summed once
 * per form and slot (model.ts), and a wider window costs one vector addition per slot, not a lookup
 * per feature.
 */
export const SLOTS = [-1, 1, -2, 2, -3, 3] as const;

/**
 * Where a token's features of one word alone end: bias, the word's own features, then the
 * NEIGHBOUR_FEATURES features of its single neighbours (slot ±1: word, stem, last three letters,
 * shape; ±2: word, shape; ±3: word); everything after pairs two tokens.
 */
export const NEIGHBOUR_FEATURES = 14;

/** The hashed features of a word standing in each neighbour slot, in the order sentenceFeatures writes them. */
function asNeighbour(lower: number, key: number, suffix3: number, shape: number): Uint32Array[] {
  const C = T.ctx + 40;
  return SLOTS.map((_, s) => {
    const base = C + 10 * s;
    if (s < 2)
      return Uint32Array.of(mix(lower, base), mix(key, base + 1), mix(suffix3, base + 2), mix(shape, base + 3));
    if (s < 4) return Uint32Array.of(mix(lower, base), mix(shape, base + 3));
    return Uint32Array.of(mix(lower, base));
  });
}

/** Hashes of one word form, computed once: its own features and what its neighbours use. */
export interface WordInfo {
  /** Emission sums of this form's single-word features under one model (filled at inference). */
  cache?: { model: object; v: Float64Array };
  /** Where the same sums as lane numbers with feature counts start in a model's table (model.ts wordLanes). */
  laneAt?: number;
  /** Whose table `laneAt` is in (the model's current owner token). */
  laneOwner?: object;
  own: Uint32Array;
  /** Its features as the neighbour in each of SLOTS. */
  near: Uint32Array[];
  lower: number;
  key: number;
  shape: number;
  suffix3: number;
  firstName: boolean;
  /** 1 + its coarse word cluster × capitalised, or 0 when the language has no clusters. */
  cluster: number;
  /** A word starting with a capital, and its lower-cased form (document evidence keys). */
  capital: boolean;
  low: string;
  /** The form starts with a small letter (document evidence: written in small letters somewhere). */
  small: boolean;
}

// FNV-1a over UTF-16 units, seeded by a template number, so `p3=кар` and `s3=кар` differ.
function hashString(seed: number, s: string, from = 0, to = s.length): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x01000193)) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two 32-bit values (murmur3's finaliser over their mix). The bits are returned as a
 * signed int32, which V8 keeps as a small integer (an unsigned value of 2^31 or more is a heap
 * number, allocated per call); every use is bitwise or a Uint32Array store, which read the same bits.
 */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * `Xx`, `XX`, `x-Xx`, `d`: capitals, small letters and digits with repeats collapsed; Latin letters
 * are `A`/`a` and other scripts `X`/`x`, so `Microsoft` in a Cyrillic text stands out.
 */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = ch.codePointAt(0) as number;
    let k: string;
    if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 65 && c <= 90) k = 'A';
    else if (c >= 97 && c <= 122) k = 'a';
    else if (ch.toLowerCase() !== ch) k = 'X';
    else if (ch.toUpperCase() !== ch) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
    if (out.length >= 6) break;
  }
  return out;
}

/** The shape without collapsing repeats, up to 8 marks (`Xxxxx`, `XX`, `dddd`): short and long names differ. */
export function longShape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = ch.codePointAt(0) as number;
    if (c >= 48 && c <= 57) out += 'd';
    else if (ch.toLowerCase() !== ch) out += 'X';
    else if (ch.toUpperCase() !== ch) out += 'x';
    else out += ch;
    if (out.length >= 8) break;
  }
  return out;
}

// Template numbers: each feature kind hashes with its own seed.
export const T = {
  bias: 1,
  lower: 2,
  key: 3,
  prefix: 10,
  suffix: 20,
  shape: 30,
  length: 31,
  firstName: 32,
  trigram: 33,
  stemSuffix: 34,
  longShape: 35,
  cluster: 40,
  ctx: 100,
} as const;

const CACHE_LIMIT = 300_000;
const caches: Record<Language, Map<string, WordInfo>> = { en: new Map(), ru: new Map(), kk: new Map() };

/** Forgets the word forms of `lang` (the trainer, after it replaced the clusters they read). */
export function resetWordInfos(lang: Language): void {
  caches[lang].clear();
}

function wordInfo(text: string, key: string, lang: Language, isWord: boolean): WordInfo {
  const cache = caches[lang];
  const hit = cache.get(text);
  if (hit) return hit;
  const lower = text.toLowerCase();
  const shape = wordShape(text);
  const own: number[] = [hashString(T.lower, lower), hashString(T.key, key), hashString(T.shape, shape)];
  if (isWord) {
    const n = lower.length;
    for (let k = 2; k <= 5 && k < n; k++) own.push(hashString(T.prefix + k, lower, 0, k));
    for (let k = 1; k <= 5 && k < n; k++) own.push(hashString(T.suffix + k, lower, n - k, n));
    own.push(hashString(T.length, n <= 2 ? 's' : n <= 4 ? 'm' : n <= 8 ? 'l' : 'x'));
    // Letter trigrams inside the word: a name never seen still shares pieces with seen ones (-енко, -ұлы, -ович).
    if (n >= 5) for (let k = 1; k + 3 < n; k++) own.push(hashString(T.trigram, lower, k, k + 3));
    // The stem's ending, when Chronicle's inflection-free key differs from the word (the case ending removed).
    const stem = key.toLowerCase();
    if (stem !== lower && stem.length >= 3) own.push(hashString(T.stemSuffix, stem, stem.length - 3));
  }
  own.push(hashString(T.longShape, longShape(text)));
  const upper = /^\p{Lu}/u.test(text);
  const firstName = isWord && upper && isFirstName(key, lang);
  if (firstName) own.push(hashString(T.firstName, 'y'));
  const hLower = hashString(0, lower);
  const hKey = hashString(0, key);
  const hShape = hashString(0, shape);
  const hSuffix3 = hashString(0, lower, Math.max(0, lower.length - 3));
  // Distributional classes learnt from unlabelled text, for a language that has them (clusters.ts);
  // 0 for a word too rare to have one.
  const table = clustersOf(lang);
  let cluster = 0;
  if (table) {
    const wc = table.get(lower);
    const coarse = wc?.coarse ?? 0;
    const caps = wc?.caps ?? 0;
    const capShape = upper ? 1 : 0;
    own.push(mix(wc?.fine ?? 0, T.cluster), mix(coarse, T.cluster + 1), mix(caps, T.cluster + 2));
    own.push(mix(mix(coarse, capShape), T.cluster + 3), mix(mix(caps, capShape), T.cluster + 4));
    cluster = 1 + coarse * 2 + capShape;
  }
  const info: WordInfo = {
    own: Uint32Array.from(own),
    near: asNeighbour(hLower, hKey, hSuffix3, hShape),
    cluster,
    lower: hLower,
    key: hKey,
    shape: hShape,
    suffix3: hSuffix3,
    firstName,
    capital: isWord && upper,
    low: lower,
    small: /^\p{Ll}/u.test(text),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, info);
  return info;
}

export const BOUNDARY: WordInfo = {
  own: new Uint32Array(0),
  near: asNeighbour(hashString(0, '<s>'), hashString(0, '<s>'), hashString(0, '<s>'), hashString(0, '<s>')),
  lower: hashString(0, '<s>'),
  key: hashString(0, '<s>'),
  shape: hashString(0, '<s>'),
  suffix3: hashString(0, '<s>'),
  cluster: 0,
  firstName: false,
  capital: false,
  low: '',
  small: false,
};

const PUNCT = /[^\s\p{L}\p{N}]/u;
let gazBuf = new Uint8Array(256);
let quoteBuf = new Uint8Array(256);
const OPEN_QUOTES = new Set(['«', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '”']);

/** Analysed words of a whole text, shared by every sentence: Chronicle's tokens and gazetteer hits. */
export interface TextWords {
  tokens: Token[];
  /** Per word token: 0 none, else 1 + 2·typeIndex (first word of a known name) or 2 + 2·typeIndex. */
  gazetteer: Uint8Array;
}

const GAZ_TYPES = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'];

/**
 * Tokens and gazetteer matches of `text`; pass `tokens` when the caller has them already, and
 * `matches` when it has matched the gazetteer over those tokens too (the matches as
 * `matchGazetteer` returned them, before any were resolved or widened), so the work is not done twice.
 */
export function textWords(
  text: string,
  lang: Language,
  tokens = tokenize(text, lang),
  matches: readonly GazetteerMatch[] = matchGazetteer(text, tokens, lang),
): TextWords {
  const gazetteer = new Uint8Array(tokens.length);
  const entries = gazetteerEntries();
  for (const m of matches) {
    const i = GAZ_TYPES.indexOf(entries.get(m.id)?.type ?? 'PLACE');
    const type = i < 0 ? 2 : i;
    for (let k = m.from; k < m.to; k++) gazetteer[k] = (k === m.from ? 1 : 2) + 2 * type;
  }
  return { tokens, gazetteer };
}

/**
 * The tokens of the sentence `span` of `text`: the words that start inside it, and each punctuation
 * mark between them (a run of the same mark, `...`, is one token).
 */
export function sentenceTokens(text: string, span: Span, words: TextWords, firstWord: number): SeqToken[] {
  const out: SeqToken[] = [];
  let pos = span.start;
  const punct = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ch = text[i] as string;
      // A space (most gaps) is no mark: no regular expression for it.
      if (ch === ' ' || !PUNCT.test(ch)) continue;
      let j = i + 1;
      while (j < to && text[j] === ch) j++;
      out.push({ start: i, end: j, text: text.slice(i, j), word: -1 });
      i = j - 1;
    }
  };
  for (let w = firstWord; w < words.tokens.length; w++) {
    const t = words.tokens[w] as Token;
    if (t.start >= span.end) break;
    punct(pos, t.start);
    out.push({ start: t.start, end: t.end, text: t.text, word: w });
    pos = t.end;
  }
  punct(pos, span.end);
  return out;
}

/**
 * What the rest of a document says about its words: which are written in small letters somewhere
 * (`Свидетель` at a sentence start is then a common word) and which are capitalised inside a
 * sentence (a name wherever it stands).
 */
export interface DocumentEvidence {
  lower: Set<string>;
  capitalised: Set<string>;
}

/** The word forms of a sentence's tokens (hashed once per distinct form, then cached). */
export function sentenceInfos(tokens: SeqToken[], words: TextWords, lang: Language): WordInfo[] {
  const info: WordInfo[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SeqToken;
    const wt = t.word >= 0 ? (words.tokens[t.word] as Token) : undefined;
    info[i] = wordInfo(t.text, wt ? wt.key : t.text, lang, wt !== undefined);
  }
  return info;
}

/** The evidence of a document made of the given sentences' tokens (`infos`: their word forms). */
export function documentEvidence(sentences: SeqToken[][], infos: WordInfo[][]): DocumentEvidence {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s] as SeqToken[];
    const info = infos[s] as WordInfo[];
    let first = true;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as SeqToken;
      if (t.word < 0) continue;
      const w = info[i] as WordInfo;
      if (w.small) lower.add(t.text);
      else if (!first && w.capital) capitalised.add(w.low);
      first = false;
    }
  }
  return { lower, capitalised };
}

/** Gazetteer flags of a token (0 none, 1–12 B/I of the six GAZ_TYPES) and 255 beyond the sentence: 14 slots. */
const GAZ_SLOTS = 14;
/** Word clusters below this (1 + 2 × coarse class + capital; 32 coarse classes give at most 66). */
const CLUSTER_SLOTS = 72;

/**
 * The context features whose inputs take a few small values (gazetteer flags, first-name bits,
 * document evidence, word clusters), hashed once per value when the module loads instead of once
 * per token: the same numbers `mix` gives, read from a table.
 */
const FEW = (() => {
  const C = T.ctx;
  const per = (n: number, f: (v: number) => number) => Int32Array.from({ length: n }, (_, v) => f(v));
  const gazSlot = new Uint8Array(256).fill(GAZ_SLOTS);
  for (let g = 0; g < GAZ_SLOTS - 1; g++) gazSlot[g] = g;
  gazSlot[255] = GAZ_SLOTS - 1;
  const gazValue = (slot: number) => (slot === GAZ_SLOTS - 1 ? 255 : slot);
  return {
    gazSlot,
    gazOwn: per(256, (g) => mix(g, C + 14)),
    gazPair: per(GAZ_SLOTS * GAZ_SLOTS, (x) =>
      mix(mix(gazValue(Math.floor(x / GAZ_SLOTS)), gazValue(x % GAZ_SLOTS)), C + 15),
    ),
    gazPrev: per(256, (g) => mix(g, C + 16)),
    gazNext: per(256, (g) => mix(g, C + 17)),
    firstNames: per(8, (bits) => mix(bits, C + 18)),
    seen: per(8, (bits) => mix(bits, C + 23)),
    clusterBefore: per(CLUSTER_SLOTS * CLUSTER_SLOTS, (x) =>
      mix(mix(Math.floor(x / CLUSTER_SLOTS), x % CLUSTER_SLOTS), C + 25),
    ),
    clusterAfter: per(CLUSTER_SLOTS * CLUSTER_SLOTS, (x) =>
      mix(mix(Math.floor(x / CLUSTER_SLOTS), x % CLUSTER_SLOTS), C + 26),
    ),
  };
})();

/** A growing buffer for the features of one sentence at a time (inference keeps no sequence). */
export interface FeatureScratch {
  feats: Uint32Array;
  /** The sentence's token offsets (a sequence made with a scratch lives until the next sentence). */
  offsets?: Uint32Array;
  /** The sentence's `few` codes. */
  few?: Uint16Array;
}

/**
 * Where a token's five few-valued pair features start among its pair features (`pairsOnly`): its own
 * gazetteer flag, its neighbours' flags as a pair, the one before, the one after, and the first-name
 * bits of it and its neighbours.
 */
export const FEW_AT = 5;
export const FEW_COUNT = 5;
/** Combinations of those five inputs: 13 own flags × 14 × 14 neighbour slots × 8 first-name bits. */
export const COMBOS = 13 * GAZ_SLOTS * GAZ_SLOTS * 8;
/** A token whose flags fall outside the combinations (none do today): its five features are read one by one. */
export const NO_COMBO = 0xffff;

/** The five feature hashes of combination `code`, as sentenceFeatures writes them. */
export function comboFeatures(code: number): number[] {
  const bits = code % 8;
  const gn = Math.floor(code / 8) % GAZ_SLOTS;
  const gp = Math.floor(code / (8 * GAZ_SLOTS)) % GAZ_SLOTS;
  const g0 = Math.floor(code / (8 * GAZ_SLOTS * GAZ_SLOTS));
  const value = (slot: number) => (slot === GAZ_SLOTS - 1 ? 255 : slot);
  return [
    FEW.gazOwn[g0] as number,
    FEW.gazPair[gp * GAZ_SLOTS + gn] as number,
    FEW.gazPrev[value(gp)] as number,
    FEW.gazNext[value(gn)] as number,
    FEW.firstNames[bits] as number,
  ];
}

/** Hashed features of every token of one sentence (the first 1 + own + NEIGHBOUR_FEATURES are single-word ones). */
export function sentenceFeatures(
  tokens: SeqToken[],
  words: TextWords,
  lang: Language,
  info: WordInfo[] = sentenceInfos(tokens, words, lang),
  doc: DocumentEvidence = documentEvidence([tokens], [info]),
  scratch?: FeatureScratch,
  pairsOnly = false,
): Sequence {
  const n = tokens.length;
  // Per-token flags of this sentence only: one scratch pair reused by every call.
  if (gazBuf.length < n) {
    gazBuf = new Uint8Array(2 * n);
    quoteBuf = new Uint8Array(2 * n);
  }
  const gaz = gazBuf;
  const inQuote = quoteBuf;
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as SeqToken;
    // A word is never a quote mark: only punctuation tokens are looked up.
    if (t.word >= 0) {
      gaz[i] = words.gazetteer[t.word] as number;
      inQuote[i] = depth > 0 || ascii ? 1 : 0;
      continue;
    }
    gaz[i] = 0;
    inQuote[i] = 0;
    if (OPEN_QUOTES.has(t.text)) depth++;
    else if (CLOSE_QUOTES.has(t.text)) depth = Math.max(0, depth - 1);
    else if (t.text === '"') ascii = !ascii;
    else inQuote[i] = depth > 0 || ascii ? 1 : 0;
  }
  // One pass, no closures and no growing arrays: this loop is most of the recogniser's time.
  let cap = 0;
  for (let i = 0; i < n; i++) cap += (pairsOnly ? 0 : (info[i] as WordInfo).own.length + NEIGHBOUR_FEATURES) + 24;
  let feats: Uint32Array;
  if (scratch) {
    if (scratch.feats.length < cap) scratch.feats = new Uint32Array(2 * cap);
    feats = scratch.feats;
  } else feats = new Uint32Array(cap);
  let offsets: Uint32Array;
  if (scratch) {
    if (!scratch.offsets || scratch.offsets.length < n + 1) scratch.offsets = new Uint32Array(2 * (n + 1));
    offsets = scratch.offsets.subarray(0, n + 1);
  } else offsets = new Uint32Array(n + 1);
  let few: Uint16Array | undefined;
  if (pairsOnly) {
    if (scratch) {
      if (!scratch.few || scratch.few.length < n) scratch.few = new Uint16Array(2 * n);
      few = scratch.few.subarray(0, n);
    } else few = new Uint16Array(n);
  }
  const C = T.ctx;
  let k = 0;
  // A word pair's mix of forms (or shapes) is token i's pair with the word before and token i - 1's
  // with the word after: mixed once, carried to the next token.
  let lowerPair = n > 0 ? mix(BOUNDARY.lower, (info[0] as WordInfo).lower) : 0;
  let shapePair = n > 0 ? mix(BOUNDARY.shape, (info[0] as WordInfo).shape) : 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = info[i] as WordInfo;
    const p1 = i > 0 ? (info[i - 1] as WordInfo) : BOUNDARY;
    const n1 = i + 1 < n ? (info[i + 1] as WordInfo) : BOUNDARY;
    const g0 = gaz[i] as number;
    const gp = i > 0 ? (gaz[i - 1] as number) : 255;
    const gn = i + 1 < n ? (gaz[i + 1] as number) : 255;
    if (!pairsOnly) {
      feats[k++] = T.bias;
      const own = w.own;
      for (let f = 0; f < own.length; f++) feats[k++] = own[f] as number;
      for (let s = 0; s < SLOTS.length; s++) {
        const j = i + (SLOTS[s] as number);
        const near = (j >= 0 && j < n ? (info[j] as WordInfo) : BOUNDARY).near[s] as Uint32Array;
        for (let f = 0; f < near.length; f++) feats[k++] = near[f] as number;
      }
    }
    feats[k++] = mix(mix(p1.shape, n1.shape) ^ w.shape, C + 9);
    const lowerNext = mix(w.lower, n1.lower);
    const shapeNext = mix(w.shape, n1.shape);
    feats[k++] = mix(lowerPair, C + 10);
    feats[k++] = mix(lowerNext, C + 11);
    feats[k++] = mix(shapePair, C + 12);
    feats[k++] = mix(shapeNext, C + 13);
    lowerPair = lowerNext;
    shapePair = shapeNext;
    feats[k++] = FEW.gazOwn[g0] as number;
    const gpn = (FEW.gazSlot[gp] as number) * GAZ_SLOTS + (FEW.gazSlot[gn] as number);
    feats[k++] = gpn < GAZ_SLOTS * GAZ_SLOTS ? (FEW.gazPair[gpn] as number) : mix(mix(gp, gn), C + 15);
    feats[k++] = FEW.gazPrev[gp] as number;
    feats[k++] = FEW.gazNext[gn] as number;
    const bits = (p1.firstName ? 1 : 0) + (w.firstName ? 2 : 0) + (n1.firstName ? 4 : 0);
    feats[k++] = FEW.firstNames[bits] as number;
    if (few) {
      const sp = FEW.gazSlot[gp] as number;
      const sn = FEW.gazSlot[gn] as number;
      few[i] =
        g0 < 13 && sp < GAZ_SLOTS && sn < GAZ_SLOTS ? ((g0 * GAZ_SLOTS + sp) * GAZ_SLOTS + sn) * 8 + bits : NO_COMBO;
    }
    if (i === 0) feats[k++] = mix(w.shape, C + 19);
    if (inQuote[i]) feats[k++] = mix(w.shape, C + 20);
    feats[k++] = mix(mix(p1.key, w.suffix3), C + 21);
    feats[k++] = mix(mix(n1.key, w.shape), C + 22);
    if (w.capital) {
      const seen = (doc.lower.has(w.low) ? 1 : 0) + (doc.capitalised.has(w.low) ? 2 : 0) + (i === 0 ? 4 : 0);
      feats[k++] = FEW.seen[seen] as number;
      feats[k++] = mix(mix(seen, w.shape), C + 24);
    }
    // The neighbours' word clusters (only in a language that has them: no feature, no cost elsewhere).
    if (w.cluster) {
      const wc = w.cluster;
      if (wc < CLUSTER_SLOTS && p1.cluster < CLUSTER_SLOTS && n1.cluster < CLUSTER_SLOTS) {
        feats[k++] = FEW.clusterBefore[p1.cluster * CLUSTER_SLOTS + wc] as number;
        feats[k++] = FEW.clusterAfter[wc * CLUSTER_SLOTS + n1.cluster] as number;
      } else {
        feats[k++] = mix(mix(p1.cluster, wc), C + 25);
        feats[k++] = mix(mix(wc, n1.cluster), C + 26);
      }
    }
  }
  offsets[n] = k;
  const seq: Sequence = { tokens, feats: feats.subarray(0, k), offsets, infos: info };
  if (pairsOnly) {
    seq.pairsOnly = true;
    seq.few = few;
  }
  return seq;
}

/** The tokens of every sentence of `text` and their word forms, in order (empty sentences left out). */
export function textSentences(
  text: string,
  lang: Language,
  sentences: Span[],
  words = textWords(text, lang),
): { tokens: SeqToken[][]; infos: WordInfo[][]; doc: DocumentEvidence } {
  const tokens: SeqToken[][] = [];
  let w = 0;
  for (const s of sentences) {
    while (w < words.tokens.length && (words.tokens[w] as Token).start < s.start) w++;
    const toks = sentenceTokens(text, s, words, w);
    if (toks.length > 0) tokens.push(toks);
  }
  const infos = tokens.map((t) => sentenceInfos(t, words, lang));
  return { tokens, infos, doc: documentEvidence(tokens, infos) };
}

/** Sequences for every sentence of `text`, in order. */
export function textSequences(
  text: string,
  lang: Language,
  sentences: Span[],
  words = textWords(text, lang),
): Sequence[] {
  const { tokens, infos, doc } = textSentences(text, lang, sentences, words);
  return tokens.map((toks, i) => sentenceFeatures(toks, words, lang, infos[i], doc));
}
