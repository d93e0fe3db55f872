/**
 * TempEval-3 style scoring of a temporal tagger against gold keys: strict (exact span) and relaxed
 * (overlapping span) precision/recall/F1, and value accuracy over relaxed matches of keys that
 * carry a value (compared case-insensitively), as `../shared/tools/timex_score.py` computes them.
 */
import type { TemporalExpression } from '../../types.ts';
import type { GoldDocument } from './keys.ts';

export interface Miss {
  doc: string;
  kind: 'MISS' | 'VAL' | 'FP';
  text: string;
  gold?: string;
  system?: string;
}

export interface TimexScores {
  docs: number;
  gold: number;
  system: number;
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  valueAccuracy: number;
  misses: Miss[];
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number): number => Math.round(1000 * x) / 10;

/** Scores predictions (one list per document, same order as `docs`). */
export function scoreTimexes(docs: GoldDocument[], predictions: TemporalExpression[][]): TimexScores {
  let gold = 0;
  let system = 0;
  let strict = 0;
  let relaxedGold = 0;
  let relaxedSystem = 0;
  let valued = 0;
  let valueRight = 0;
  const misses: Miss[] = [];
  docs.forEach((doc, i) => {
    const pred = predictions[i] ?? [];
    gold += doc.gold.length;
    system += pred.length;
    const spans = new Set(doc.gold.map((g) => `${g.start}:${g.end}`));
    strict += pred.filter((p) => spans.has(`${p.start}:${p.end}`)).length;
    for (const g of doc.gold) {
      const hits = pred.filter((p) => p.start < g.end && g.start < p.end);
      const text = doc.text.slice(g.start, g.end);
      if (hits.length === 0) {
        misses.push({ doc: doc.name, kind: 'MISS', text, gold: g.value });
        continue;
      }
      relaxedGold++;
      if (!g.value) continue;
      const best = hits.reduce((a, b) =>
        Math.abs(b.start - g.start) + Math.abs(b.end - g.end) < Math.abs(a.start - g.start) + Math.abs(a.end - g.end)
          ? b
          : a,
      );
      valued++;
      if (best.value.toUpperCase() === g.value.toUpperCase()) valueRight++;
      else misses.push({ doc: doc.name, kind: 'VAL', text, gold: g.value, system: best.value });
    }
    for (const p of pred) {
      if (doc.gold.some((g) => p.start < g.end && g.start < p.end)) relaxedSystem++;
      else misses.push({ doc: doc.name, kind: 'FP', text: p.text, system: p.value });
    }
  });
  const sp = strict / Math.max(system, 1);
  const sr = strict / Math.max(gold, 1);
  const rp = relaxedSystem / Math.max(system, 1);
  const rr = relaxedGold / Math.max(gold, 1);
  return {
    docs: docs.length,
    gold,
    system,
    strict: { precision: pct(sp), recall: pct(sr), f1: pct(f1(sp, sr)) },
    relaxed: { precision: pct(rp), recall: pct(rr), f1: pct(f1(rp, rr)) },
    valueAccuracy: pct(valueRight / Math.max(valued, 1)),
    misses,
  };
}
