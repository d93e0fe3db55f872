/**
 * The trained entity recogniser: for each sentence of a text, the best BIO labelling under the
 * language's model (resources/models/<lang>/recogniser.bin.gz), as names with a type and a
 * confidence (the forward-backward probability of exactly that span and type), plus the model's
 * confidence in any other span, so names found by other means can be weighed too.
 * @example recogniseNames('Лука Модрич забил гол.', 'ru', { sentences })?.names
 */
import type { EntityType, Language, Span } from '../../types.ts';
import type { GazetteerMatch } from '../gazetteer.ts';
import type { Token } from '../tokens.ts';
import { labelledSpans, Marginals, TableArena, viterbi } from './decode.ts';
import { type FeatureScratch, type SeqToken, sentenceFeatures, textSentences, textWords } from './features.ts';
import { loadModel, type RecogniserModel } from './model.ts';

export { loadModel } from './model.ts';
export { MODEL_VERSION } from './version.ts';

/** A name the model found: UTF-16 span, type, confidence in [0, 1]. */
export interface ModelName extends Span {
  type: EntityType;
  confidence: number;
}

export interface Recognition {
  names: ModelName[];
  /**
   * The model's probability that `start`..`end` is exactly one name of `type`; undefined when the
   * span does not fall on the model's token boundaries or the model has no such type.
   */
  confidence(start: number, end: number, type: EntityType): number | undefined;
  /**
   * Hands the sentences' tables back for the next text; `confidence` may not be called afterwards
   * (it throws). A caller that keeps the recognition need not: its tables are then collected as garbage.
   */
  release?(): void;
}

interface Analysed {
  tokens: SeqToken[];
  lattice: { n: number; L: number; emit: Float64Array; trans: Float64Array };
  marginals?: Marginals;
}

/** Runs the model of `lang` over `text`; undefined when no model was trained for it. */
export function recogniseNames(
  text: string,
  lang: Language,
  opts: { sentences: Span[]; tokens?: Token[]; gazetteer?: readonly GazetteerMatch[] },
): Recognition | undefined {
  const model = loadModel(lang);
  if (!model) return undefined;
  const words = textWords(text, lang, opts.tokens, opts.tokens ? opts.gazetteer : undefined);
  const { tokens, infos, doc } = textSentences(text, lang, opts.sentences, words);
  // Sentence by sentence: features into one scratch buffer, emission scores into another, the best
  // labelling, and for a sentence with names its forward-backward tables at once (they give the
  // names' confidence). Only a sentence without names keeps its scores, for a later confidence asked
  // of it; so most sentences allocate one table, not two.
  const L = model.labels;
  const t = model.header.temperature;
  const names: ModelName[] = [];
  const analysed: Analysed[] = [];
  // The sentences' kept tables live as long as the returned confidence function: one arena per text.
  const arena = new TableArena();
  for (let i = 0; i < tokens.length; i++) {
    const toks = tokens[i] as SeqToken[];
    const n = toks.length;
    const seq = sentenceFeatures(toks, words, lang, infos[i], doc, scratch, true);
    if (emitBuf.length < n * L) emitBuf = new Float64Array(2 * n * L);
    const lattice = { n, L, emit: model.emissions(seq, emitBuf), trans: model.transitions };
    if (labelBuf.length < n) labelBuf = new Int32Array(2 * n);
    const spans = labelledSpans(viterbi(lattice, labelBuf));
    const a: Analysed = { tokens: toks, lattice };
    if (spans.length > 0) {
      a.marginals = new Marginals(lattice, t, arena);
      for (const [from, to, label] of spans) {
        names.push({
          start: (toks[from] as Span).start,
          end: (toks[to - 1] as Span).end,
          type: model.typeOf(label) as EntityType,
          confidence: round(a.marginals.span(from, to, label)),
        });
      }
    } else {
      lattice.emit = arena.take(n * L);
      lattice.emit.set(emitBuf.subarray(0, n * L));
    }
    analysed.push(a);
  }
  const marginals = (a: Analysed) => {
    a.marginals ??= new Marginals(a.lattice, t, arena);
    return a.marginals;
  };
  let released = false;
  return {
    names,
    confidence: (start, end, type) => {
      if (released) throw new Error('recogniseNames: confidence asked after release()');
      const k = model.header.types.indexOf(type);
      const a = sentenceAt(analysed, start);
      if (k < 0 || !a || end > (a.tokens[a.tokens.length - 1] as Span).end) return undefined;
      const from = a.tokens.findIndex((x) => x.start === start);
      const last = a.tokens.findIndex((x) => x.end === end);
      if (from < 0 || last < from) return undefined;
      return round(marginals(a).span(from, last + 1, 1 + 2 * k));
    },
    release: () => {
      released = true;
      arena.release();
    },
  };
}

function sentenceAt(analysed: Analysed[], offset: number): Analysed | undefined {
  let lo = 0;
  let hi = analysed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((analysed[mid] as Analysed).tokens[0] as Span).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return analysed[lo - 1];
}

const scratch: FeatureScratch = { feats: new Uint32Array(4096) };
/** One sentence's emission scores at a time. */
let emitBuf = new Float64Array(4096);
/** One sentence's best labels at a time (read into spans at once). */
let labelBuf = new Int32Array(256);

const round = (x: number) => Math.round(x * 1000) / 1000;

export type { RecogniserModel };
