/**
 * The temporal engine every language runs on: its rules propose candidate spans, the longest
 * non-overlapping ones win, they are resolved in text order so that relative expressions see the
 * narrative anchor of their place in the text, the language's refiners tidy the lines and join
 * ranges, and the lines take the public TIMEX3 shape. The engine knows no language: it is given one.
 */
import type { TemporalExpression, TimexType } from '../types.ts';
import { NarrativeAnchor } from './anchor.ts';
import type { Candidate, ResolveContext, Resolved, TimeLanguage } from './rule.ts';
import { type Proposal, proposeCandidates } from './scan.ts';

/**
 * Finds and normalises the temporal expressions of a text with one language's rules (TIMEX3
 * values, UTF-16 offsets), sorted by start; ranges give their two points and one INTERVAL line.
 * @example tagWith('from 2013 to 2022', enTime) // DATE 2013, DATE 2022, INTERVAL 2013/2022
 */
export function tagWith(text: string, language: TimeLanguage, dct?: string): TemporalExpression[] {
  let kept = selectCandidates(proposeCandidates(text, language), text.length, language.onEqualLength);
  const keep = language.keep;
  if (keep) kept = kept.filter((c) => keep(text, c));
  let lines = resolveInOrder(text, kept, dct);
  for (const refine of language.refiners ?? []) lines = refine(text, lines);
  return toExpressions(text, lines);
}

/** Longest candidates first, ties as the language says; a candidate overlapping one already kept is dropped. */
function selectCandidates(
  proposals: Proposal[],
  textLength: number,
  onEqualLength: TimeLanguage['onEqualLength'],
): Candidate[] {
  const length = (p: Proposal) => p.c.end - p.c.start;
  const sorted =
    onEqualLength === 'earlier-rule'
      ? proposals.sort((a, b) => length(b) - length(a) || a.rank - b.rank || a.c.start - b.c.start)
      : proposals.sort((a, b) => length(b) - length(a) || a.c.start - b.c.start || a.rank - b.rank);
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const { c } of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A sentence ends at `.`, `!`, `?` or `…` followed by space and a capital letter, or a blank line. */
const SENTENCE_BREAK = /[.!?…]["»”]?\s+["«„“]?\p{Lu}|\n\s*\n/u;

/** Resolves kept candidates in text order, moving the narrative anchor as dates are read. */
function resolveInOrder(text: string, kept: Candidate[], dct?: string): Resolved[] {
  const anchor = new NarrativeAnchor(dct);
  /** Where the date that last moved the anchor ends. */
  let anchorEnd = 0;
  /** `anchorEnd` and the start of the candidate being resolved. */
  let from = 0;
  let at = 0;
  let previousType: TimexType | undefined;
  // One context for the whole text: its getters read the state of the candidate being resolved.
  const ctx: ResolveContext = {
    text,
    dct,
    anchor,
    // Computed only when a rule asks: most expressions never need the sentence test.
    get anchorInSentence() {
      return anchor.narrative() !== undefined && at - from < 300 && !SENTENCE_BREAK.test(text.slice(from, at));
    },
    get afterSet() {
      return previousType === 'SET';
    },
  };
  const out: Resolved[] = [];
  for (const c of kept) {
    from = anchorEnd;
    at = c.start;
    const lines = c.resolve(ctx);
    for (const r of lines) {
      out.push(r);
      if (r.type === 'DATE' && r.anchors !== false && anchor.update(r.value, r.weakAnchor)) anchorEnd = r.end;
    }
    previousType = lines[0]?.type;
  }
  return out;
}

const PART_OF_DAY = /[\dX]T[\dA-Z]/;

/** Turns resolved lines into the public shape, with `text` sliced from the original. */
function toExpressions(text: string, items: Resolved[]): TemporalExpression[] {
  return items
    .map((r) => {
      const e: TemporalExpression = {
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        // A date with a part of the day ("the night of 31 May 1902" → …T NI) is a TIME in TIMEX3.
        type: r.type === 'DATE' && PART_OF_DAY.test(r.value) ? 'TIME' : r.type,
        value: r.value,
      };
      if (r.mod) e.mod = r.mod;
      return e;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
