import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_IDENTITY_GOLD, SAMPLES_DIR } from './gold.ts';

/**
 * The samples' event-identity gold (`samples/event-identity.gold.json`) and a pairwise scorer of
 * a clustering against it: every pair of statements in one gold cluster should share an event,
 * and no other pair should.
 */

export interface GoldStatement {
  /** Sample path relative to `samples/`. */
  article: string;
  /** The first characters of the statement's sentence. */
  sentence: string;
  /** The date as written (the temporal expression's text). */
  date: string;
  /** The value extracted when the gold was made (for reading; matching does not use it). */
  when: string;
  /** The extracted date is not the happening's (a parse error): a date conflict from it is false. */
  extractedDateWrong?: boolean;
}

export interface EventIdentityGold {
  clusters: { id: string; happening: string; statements: GoldStatement[] }[];
  disagreements: { kind: 'date' | 'value'; cluster: string; values: string[]; articles: string[] }[];
}

export function loadEventIdentityGold(): EventIdentityGold {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, EVENT_IDENTITY_GOLD), 'utf8')) as EventIdentityGold;
}

/** One dated statement as Chronicle stored it: where it is, and which event it was filed under. */
export interface ClusteredStatement {
  article: string;
  sentenceText: string;
  /** The temporal expression's text. */
  date: string;
  eventId: string;
}

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs Chronicle put together that the gold does not, and gold pairs it kept apart (for the failure message). */
  falsePairs: string[];
  missedPairs: string[];
  /** Gold statements no stored statement matched. */
  unmatched: string[];
}

const label = (s: { article: string; date: string; sentenceText?: string; sentence?: string }) =>
  `${s.article} «${s.date}» ${(s.sentenceText ?? s.sentence ?? '').slice(0, 40)}`;

/**
 * Pairwise precision and recall of `statements`' events against the gold's clusters. A statement
 * the gold does not list is a happening of its own; a gold statement is matched by article,
 * sentence start and date text, so the gold survives re-extraction with other offsets or values.
 */
export function scorePairwise(gold: EventIdentityGold, statements: ClusteredStatement[]): PairwiseScore {
  const goldOf = new Map<number, string>();
  const unmatched: string[] = [];
  for (const cluster of gold.clusters) {
    for (const g of cluster.statements) {
      const i = statements.findIndex(
        (s, k) =>
          !goldOf.has(k) && s.article === g.article && s.date === g.date && s.sentenceText.startsWith(g.sentence),
      );
      if (i < 0) unmatched.push(label(g));
      else goldOf.set(i, cluster.id);
    }
  }
  let truePairs = 0;
  let predicted = 0;
  const falsePairs: string[] = [];
  for (let a = 0; a < statements.length; a++) {
    for (let b = a + 1; b < statements.length; b++) {
      const x = statements[a] as ClusteredStatement;
      const y = statements[b] as ClusteredStatement;
      const together = x.eventId === y.eventId;
      const same = goldOf.has(a) && goldOf.get(a) === goldOf.get(b);
      if (together) predicted++;
      if (together && same) truePairs++;
      if (together && !same) falsePairs.push(`${label(x)} ~ ${label(y)}`);
    }
  }
  let goldPairs = 0;
  for (const c of gold.clusters) goldPairs += (c.statements.length * (c.statements.length - 1)) / 2;
  const missedPairs: string[] = [];
  const byCluster = new Map<string, number[]>();
  for (const [i, c] of goldOf) byCluster.set(c, [...(byCluster.get(c) ?? []), i]);
  for (const members of byCluster.values()) {
    for (const [k, a] of members.entries()) {
      for (const b of members.slice(k + 1)) {
        const x = statements[a] as ClusteredStatement;
        const y = statements[b] as ClusteredStatement;
        if (x.eventId !== y.eventId) missedPairs.push(`${label(x)} ≁ ${label(y)}`);
      }
    }
  }
  const precision = predicted ? truePairs / predicted : 1;
  const recall = goldPairs ? truePairs / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, falsePairs, missedPairs, unmatched };
}
