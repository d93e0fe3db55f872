import { beforeAll, describe, expect, it } from 'vitest';
import { prepareFile } from '../../src/ingest/pipeline.ts';
import { DEFAULT_REVIEW_THRESHOLD } from '../../src/store/read/review-queue.ts';
import { type ConfidenceScore, loadEventDatesGold, type ScoredStatement, scoreConfidence } from './event-dates.ts';
import { loadSamples } from './gold.ts';

// Confidence that routes doubt, measured on the samples: of the dated statements whose extracted
// date is wrong by the event-date gold, most must fall below the review threshold (so an editor is
// asked), and most right ones must stay above it (so editors are not asked about everything).

const gold = loadEventDatesGold();
const statements: ScoredStatement[] = [];
let score: ConfidenceScore;

beforeAll(async () => {
  for (const sample of loadSamples()) {
    const p = await prepareFile(sample.path);
    if (!p.ok) throw new Error(`${sample.name}: ${p.reason}`);
    for (const e of p.analysis.events) {
      statements.push({
        article: sample.name,
        sentenceText: p.article.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' '),
        date: p.article.text.slice(e.start ?? 0, e.end ?? 0),
        when: e.when,
        confidence: e.confidence,
      });
    }
  }
  score = scoreConfidence(gold, statements, DEFAULT_REVIEW_THRESHOLD);
  const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)} %`;
  console.log(
    `event confidence at the review threshold ${DEFAULT_REVIEW_THRESHOLD}: wrong dates below ${pct(score.wrongBelow, score.wrong)}, right dates at or above ${pct(score.rightAbove, score.right)}`,
  );
}, 120_000);

describe('event confidence against the event-date gold', () => {
  it('finds the gold’s statements again', () => {
    expect(score.unmatched.length, score.unmatched.join('\n')).toBeLessThanOrEqual(gold.statements.length * 0.05);
    expect(score.wrong + score.right).toBeGreaterThanOrEqual(gold.statements.length * 0.95);
  });

  it('puts at least 80 % of the wrong dates below the review threshold', () => {
    expect(score.wrong).toBeGreaterThan(0);
    expect(score.wrongBelow / score.wrong, score.missedWrong.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps at least 80 % of the right dates at or above it', () => {
    expect(score.rightAbove / score.right, score.doubtedRight.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
