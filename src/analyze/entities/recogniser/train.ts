/**
 * Training: an averaged structured perceptron over the hashed features (Collins 2002), sentences
 * visited in an order shuffled by a seeded generator, so the same data and seed give the same
 * weights bit for bit. Also the held-out report (exact-span precision, recall, F1 per type) and the
 * temperature that turns scores into calibrated confidences.
 */
import { seeded } from '../../../domain/seeded.ts';
import type { EntityType, Language } from '../../types.ts';
import { tokenize } from '../tokens.ts';
import type { AnnotatedSentence } from './corpus.ts';
import { labelledSpans, Marginals, viterbi } from './decode.ts';
import {
  documentEvidence,
  type Sequence,
  sentenceFeatures,
  sentenceInfos,
  sentenceTokens,
  textWords,
} from './features.ts';
import { emissions, RecogniserModel } from './model.ts';

export const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'];

/** A sentence as features and gold labels. */
export interface Example {
  seq: Sequence;
  gold: Int32Array;
  sentence: AnnotatedSentence;
}

/**
 * Features and BIO labels of annotated sentences; `types` gives each label's type. Sentences are
 * taken `block` at a time as one document (the judge's scorer analyses 100 sentences a file), so
 * the document evidence features see what they will see in `extract`.
 */
export function toExamples(
  sentences: AnnotatedSentence[],
  lang: Language,
  types: EntityType[],
  block = 100,
): Example[] {
  const out: Example[] = [];
  for (let b = 0; b < sentences.length; b += block) {
    const part = sentences.slice(b, b + block).map((s) => {
      const words = textWords(s.text, lang);
      const tokens = sentenceTokens(s.text, { start: 0, end: s.text.length }, words, 0);
      return { s, words, tokens, infos: sentenceInfos(tokens, words, lang) };
    });
    const doc = documentEvidence(
      part.map((p) => p.tokens),
      part.map((p) => p.infos),
    );
    for (const { s, words, tokens, infos } of part) {
      const seq = sentenceFeatures(tokens, words, lang, infos, doc);
      const gold = new Int32Array(tokens.length);
      for (const name of s.names) {
        const k = types.indexOf(name.type);
        if (k < 0) continue;
        let first = true;
        tokens.forEach((t, i) => {
          if (t.end <= name.start || t.start >= name.end || gold[i] !== 0) return;
          gold[i] = first ? 1 + 2 * k : 2 + 2 * k;
          first = false;
        });
      }
      out.push({ seq, gold, sentence: s });
    }
  }
  return out;
}

/** The token texts of each sentence as the recogniser tokenises it (punctuation included): text for word clusters. */
export function tokenTexts(sentences: AnnotatedSentence[], lang: Language): string[][] {
  return sentences.map((s) => {
    const words = { tokens: tokenize(s.text, lang), gazetteer: new Uint8Array(0) };
    return sentenceTokens(s.text, { start: 0, end: s.text.length }, words, 0).map((t) => t.text);
  });
}

export interface TrainOptions {
  lang: Language;
  types: EntityType[];
  bits: number;
  epochs: number;
  seed: number;
  /** Perceptrons trained (seeds seed, seed + 1, …) and averaged; 1 when not given. */
  runs?: number;
  version: string;
  /**
   * Probability that a training token's own word and stem features are hidden for one visit (word
   * dropout): the model then learns to read the shape, affixes and clusters that unseen names have too.
   */
  dropout?: number;
  /** Called after each epoch of each run (progress). */
  onEpoch?: (epoch: number, mistakes: number, run: number) => void;
}

/**
 * Trains a model on `examples` (temperature 1 until {@link fitTemperature}): `runs` averaged
 * perceptrons (default 1), each visiting the sentences in its own seeded order (seeds `seed`,
 * `seed + 1`, …), averaged into one. A perceptron's result depends on the order it saw the
 * sentences in by a point or two of F1 on a few hundred held-out names; the mean of several is a
 * linear model too (its scores are the mean of theirs), as fast to run, and steadier.
 */
export function trainPerceptron(examples: Example[], o: TrainOptions): RecogniserModel {
  const runs = o.runs ?? 1;
  let weights: Float32Array | undefined;
  let trans: Float64Array | undefined;
  for (let r = 0; r < runs; r++) {
    const one = trainOnce(examples, { ...o, seed: o.seed + r });
    if (!weights || !trans) {
      weights = one.weights;
      trans = one.trans;
      continue;
    }
    for (let k = 0; k < weights.length; k++) weights[k]! += one.weights[k] as number;
    for (let k = 0; k < trans.length; k++) trans[k]! += one.trans[k] as number;
  }
  const avg = weights as Float32Array;
  const t = trans as Float64Array;
  if (runs > 1) {
    for (let k = 0; k < avg.length; k++) avg[k]! /= runs;
    for (let k = 0; k < t.length; k++) t[k]! /= runs;
  }
  return new RecogniserModel(
    { version: o.version, lang: o.lang, types: o.types, bits: o.bits, transitions: [...t], temperature: 1 },
    avg,
    t,
  );
}

/** One averaged perceptron (Collins 2002): its averaged emission and transition weights. */
function trainOnce(examples: Example[], o: TrainOptions): { weights: Float32Array; trans: Float64Array } {
  const L = 1 + 2 * o.types.length;
  const mask = (1 << o.bits) - 1;
  const size = (mask + 1) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // Σ c·Δ, for averaging without touching every weight each step
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const order = examples.map((_, i) => i);
  const rand = seeded(o.seed);
  let c = 1;
  const drop = o.dropout ?? 0;
  // Its own random stream, so the sentence order of a run does not depend on the dropout rate.
  const dropRand = seeded(o.seed ^ 0x5bd1e995);
  const bump = (seq: Sequence, i: number, label: number, d: number) => {
    for (let f = seq.offsets[i] as number; f < (seq.offsets[i + 1] as number); f++) {
      const k = ((seq.feats[f] as number) & mask) * L + label;
      w[k]! += d;
      u[k]! += c * d;
    }
  };
  const bumpT = (a: number, b: number, d: number) => {
    const k = (a < 0 ? L : a) * L + b;
    tw[k]! += d;
    tu[k]! += c * d;
  };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const idx of order) {
      const ex = examples[idx] as Example;
      const gold = ex.gold;
      const n = gold.length;
      const seq = drop > 0 ? withDropout(ex.seq, drop, dropRand) : ex.seq;
      // A copy: the transitions change after every sentence, and viterbi may keep derived tables of the array it is given.
      const pred = viterbi({ n, L, emit: emissions(seq, w, mask, L), trans: tw.slice() });
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = pred[i] as number;
        const gp = i > 0 ? (gold[i - 1] as number) : -1;
        const pp = i > 0 ? (pred[i - 1] as number) : -1;
        if (g !== p) {
          bump(seq, i, g, 1);
          bump(seq, i, p, -1);
          wrong = true;
        }
        if (g !== p || gp !== pp) {
          bumpT(gp, g, 1);
          bumpT(pp, p, -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    o.onEpoch?.(epoch, mistakes, o.seed);
  }
  const avg = new Float32Array(size);
  for (let k = 0; k < size; k++) avg[k] = (w[k] as number) - (u[k] as number) / c;
  const trans = new Float64Array(tw.length);
  for (let k = 0; k < tw.length; k++) trans[k] = (tw[k] as number) - (tu[k] as number) / c;
  return { weights: avg, trans };
}

/** Features written after the bias: the word's lower-cased form and its stem (features.ts, wordInfo). */
const LEXICAL = [1, 2];
/** A bucket no feature of inference hashes to often: where hidden features go (its weight is never read). */
const HIDDEN = 0x7fffffff;

/** A copy of `seq` with each word token's own form and stem features hidden with probability `p`. */
function withDropout(seq: Sequence, p: number, rand: () => number): Sequence {
  const feats = seq.feats.slice();
  for (let i = 0; i < seq.tokens.length; i++) {
    if ((seq.tokens[i] as { word: number }).word < 0 || rand() >= p) continue;
    for (const k of LEXICAL) feats[(seq.offsets[i] as number) + k] = HIDDEN;
  }
  return { ...seq, feats };
}

/** Spans the model finds in an example: [start, end, type] in the sentence's text. */
export function predictSpans(model: RecogniserModel, ex: Example): Array<[number, number, EntityType]> {
  const n = ex.seq.tokens.length;
  const labels = viterbi({ n, L: model.labels, emit: model.emissions(ex.seq), trans: model.transitions });
  return labelledSpans(labels).map(([a, b, l]) => [
    (ex.seq.tokens[a] as { start: number }).start,
    (ex.seq.tokens[b - 1] as { end: number }).end,
    model.typeOf(l) as EntityType,
  ]);
}

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  p: number;
  r: number;
  f1: number;
}

/**
 * Exact-span precision, recall and F1 per type (and `all`, micro) of `model` on `examples`, judged
 * as the judge's scorer does: a prediction over an ignored class only is not counted, nor is one of a
 * type the corpus never annotates (`annotated`).
 */
export function evaluate(model: RecogniserModel, examples: Example[], annotated: Set<EntityType>): TypeScore[] {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      counts.set(t, c);
    }
    return c;
  };
  for (const t of model.header.types) if (annotated.has(t)) get(t);
  for (const ex of examples) {
    const gold = new Set(ex.sentence.names.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const g of ex.sentence.names) if (model.header.types.includes(g.type)) get(g.type).gold++;
    const overlaps = (a: number, b: number, x: { start: number; end: number }) => x.start < b && a < x.end;
    for (const [a, b, t] of predictSpans(model, ex)) {
      const onGold = ex.sentence.names.some((g) => overlaps(a, b, g));
      if (!onGold && (!annotated.has(t) || ex.sentence.ignored.some((g) => overlaps(a, b, g)))) continue;
      const c = get(t);
      c.predicted++;
      if (gold.has(`${a}:${b}:${t}`)) c.correct++;
    }
  }
  const rows: TypeScore[] = [];
  const all = { gold: 0, predicted: 0, correct: 0 };
  const row = (type: string, c: { gold: number; predicted: number; correct: number }): TypeScore => {
    const p = c.predicted ? c.correct / c.predicted : 0;
    const r = c.gold ? c.correct / c.gold : 0;
    return { type, ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  for (const [t, c] of counts) {
    rows.push(row(t, c));
    all.gold += c.gold;
    all.predicted += c.predicted;
    all.correct += c.correct;
  }
  rows.push(row('all', all));
  return rows;
}

/**
 * The softmax temperature under which the model's label marginals best predict the gold labels of
 * `examples` (least log loss over a geometric grid): perceptron scores have no scale of their own.
 */
export function fitTemperature(model: RecogniserModel, examples: Example[]): number {
  const lattices = examples.map((ex) => ({
    lat: { n: ex.gold.length, L: model.labels, emit: model.emissions(ex.seq), trans: model.transitions },
    gold: ex.gold,
  }));
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.25; t <= 64; t *= Math.SQRT2) {
    let loss = 0;
    for (const { lat, gold } of lattices) {
      if (lat.n === 0) continue;
      const m = new Marginals(lat, t);
      for (let i = 0; i < lat.n; i++) loss -= Math.log(Math.max(1e-9, m.label(i, gold[i] as number)));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Number(best.toFixed(4));
}
