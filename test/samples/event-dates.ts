import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_DATES_GOLD, SAMPLES_DIR } from './gold.ts';

/**
 * The samples' event-date gold (`samples/event-dates.gold.json`) and a scorer of event confidence
 * against it: the statements whose extracted date is wrong should fall below the review threshold,
 * the right ones stay above it.
 */

export interface GoldDatedStatement {
  /** Sample path relative to `samples/`. */
  article: string;
  /** The first characters of the statement's sentence. */
  sentence: string;
  /** The date as written (the temporal expression's text). */
  date: string;
  /** The value extracted when the gold was made. */
  when: string;
  /** Whether `when` is the date of the happening the statement tells of. */
  right: boolean;
  /** For a wrong one: the values that would be right. */
  accept?: string[];
  why?: string;
}

export interface EventDatesGold {
  statements: GoldDatedStatement[];
}

export function loadEventDatesGold(): EventDatesGold {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, EVENT_DATES_GOLD), 'utf8')) as EventDatesGold;
}

/** One extracted statement: where it is, the value it got, and its confidence. */
export interface ScoredStatement {
  article: string;
  sentenceText: string;
  date: string;
  when: string;
  confidence: number;
}

export interface ConfidenceScore {
  /** Statements with a wrong date / below the threshold among them. */
  wrong: number;
  wrongBelow: number;
  right: number;
  rightAbove: number;
  /** Wrong-dated statements at or above the threshold, and right ones below it (for the failure message). */
  missedWrong: string[];
  doubtedRight: string[];
  /** Extracted statements the gold does not list. */
  unmatched: string[];
}

const label = (s: ScoredStatement) =>
  `${s.article} «${s.date}» → ${s.when} (${s.confidence}) ${s.sentenceText.slice(0, 50)}`;

/**
 * How the confidences of `statements` split the gold's right and wrong dates at `threshold`. A
 * statement is found in the gold by article, sentence start and date text; its date is right when
 * it is the value of a right gold statement or one a wrong one accepts.
 */
export function scoreConfidence(
  gold: EventDatesGold,
  statements: ScoredStatement[],
  threshold: number,
): ConfidenceScore {
  const used = new Set<number>();
  const score: ConfidenceScore = {
    wrong: 0,
    wrongBelow: 0,
    right: 0,
    rightAbove: 0,
    missedWrong: [],
    doubtedRight: [],
    unmatched: [],
  };
  for (const s of statements) {
    const k = gold.statements.findIndex(
      (g, i) => !used.has(i) && g.article === s.article && g.date === s.date && s.sentenceText.startsWith(g.sentence),
    );
    if (k < 0) {
      score.unmatched.push(label(s));
      continue;
    }
    used.add(k);
    const g = gold.statements[k] as GoldDatedStatement;
    const right = g.right ? s.when === g.when : (g.accept ?? []).includes(s.when);
    const below = s.confidence < threshold;
    if (right) {
      score.right++;
      if (!below) score.rightAbove++;
      else score.doubtedRight.push(label(s));
    } else {
      score.wrong++;
      if (below) score.wrongBelow++;
      else score.missedWrong.push(label(s));
    }
  }
  return score;
}
