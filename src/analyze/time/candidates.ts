/**
 * The tagging pipeline every language shares: rules propose candidate spans, the longest
 * non-overlapping ones win, and they are resolved in text order so that relative expressions see
 * the narrative anchor of their place in the text; adjacent points joined by a range word become
 * an INTERVAL as well.
 */
import type { TemporalExpression, TimexMod, TimexType } from '../types.ts';
import { NarrativeAnchor } from './anchor.ts';
import { intervalValue } from './values.ts';

/** A resolved expression; `explicitYear` says whether the year was written in the text. */
export interface Resolved {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** False when the value should not become the narrative anchor (deictic, vague, durations). */
  anchors?: boolean;
  /** A passing mention that should not displace a finer narrative date (see `NarrativeAnchor.update`). */
  weakAnchor?: boolean;
  explicitYear?: boolean;
}

/** What resolution sees: the text, the narrative anchor and the document date. */
export interface ResolveContext {
  text: string;
  anchor: NarrativeAnchor;
  dct?: string;
}

/** A proposed span; `resolve` runs in text order and may return nothing (a guard failed). */
export interface Candidate {
  start: number;
  end: number;
  resolve(ctx: ResolveContext): Resolved[];
}

/** A rule: a global regular expression and what to make of each match. */
export interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, text: string): Candidate | null;
}

/** Longest candidates first; a candidate overlapping one already kept is dropped. */
export function selectCandidates(candidates: Candidate[], textLength: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const c of sorted) {
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

/** Runs every rule over the text and returns the candidates they propose. */
export function proposeCandidates(text: string, rules: readonly Rule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const c = rule.make(m, text);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}

/** Resolves kept candidates in text order, moving the narrative anchor as dates are read. */
export function resolveInOrder(text: string, kept: Candidate[], dct?: string): Resolved[] {
  const ctx: ResolveContext = { text, anchor: new NarrativeAnchor(dct), dct };
  const out: Resolved[] = [];
  for (const c of kept) {
    for (const r of c.resolve(ctx)) {
      out.push(r);
      if (r.type === 'DATE' && r.anchors !== false) ctx.anchor.update(r.value, r.weakAnchor);
    }
  }
  return out;
}

/**
 * Adds an INTERVAL for each pair of neighbouring DATE points joined by a range word (`connector`
 * matches the text between them, `opener` the text just before the first, e.g. "from ").
 * The interval spans opener, both points and the connector.
 */
export function addIntervals(
  text: string,
  points: Resolved[],
  connector: RegExp,
  opener: RegExp,
  needsOpener: (between: string) => boolean,
): Resolved[] {
  const out = [...points];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Resolved;
    const b = points[i + 1] as Resolved;
    if (a.type !== 'DATE' || b.type !== 'DATE' || b.start - a.end > 12) continue;
    const between = text.slice(a.end, b.start);
    if (!connector.test(between)) continue;
    const before = opener.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if (!before && needsOpener(between)) continue;
    const start = before ? a.start - before[0].length : a.start;
    out.push({ start, end: b.end, type: 'INTERVAL', value: intervalValue(a.value, b.value) });
    i++;
  }
  return out;
}

const PART_OF_DAY = /[\dX]T[\dA-Z]/;

/** Turns resolved items into the public shape, with `text` sliced from the original. */
export function toExpressions(text: string, items: Resolved[]): TemporalExpression[] {
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
