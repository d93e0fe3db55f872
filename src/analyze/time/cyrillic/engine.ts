/**
 * The machinery both Cyrillic taggers share: run pre-compiled rules over a text, keep the
 * longest non-overlapping matches, then walk them in reading order to resolve relative values
 * against the narrative anchor (the last absolute date) or the document creation date.
 */
import type { TemporalExpression, TimexMod, TimexType } from '../../types.ts';
import { parseDateValue } from '../anchor.ts';

/** What a relative value may consult while being resolved. */
export interface ResolveContext {
  /** Last absolute calendar value before the expression, in reading order. */
  anchor?: string;
  /** Document creation date `YYYY-MM-DD`, when given. */
  dct?: string;
  /** True when the anchor was mentioned in the same sentence. */
  anchorInSentence: boolean;
  /** True when the previous expression was a SET (`ежегодно 29 августа`). */
  afterSet: boolean;
}

/** One line of output before its value is known. */
export interface Part {
  start: number;
  end: number;
  type: TimexType;
  value: string | ((ctx: ResolveContext) => string);
  mod?: TimexMod;
}

/** One recognised expression: its span and the lines it reports (points, then any INTERVAL). */
export interface Candidate {
  start: number;
  end: number;
  parts: Part[];
}

/** A rule: a global regex and a builder that turns a match into a candidate, or refuses it. */
export interface Rule {
  name: string;
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Candidate | null;
}

/** Runs every rule; on overlap the longer match wins, then the earlier rule. */
export function runRules(text: string, rules: readonly Rule[], dct?: string): TemporalExpression[] {
  const found: { c: Candidate; rank: number }[] = [];
  rules.forEach((rule, rank) => {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = rule.build(m, text);
      if (c && c.end > c.start) found.push({ c, rank });
    }
  });
  found.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start);
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(text.length);
  for (const { c } of found) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (occupied[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  return resolve(text, taken, dct);
}

/** A sentence ends at `.`, `!`, `?` or `…` followed by space and a capital letter, or a blank line. */
const SENTENCE_BREAK = /[.!?…]["»”]?\s+["«„“]?\p{Lu}|\n\s*\n/u;

function resolve(text: string, taken: Candidate[], dct?: string): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  let anchor: string | undefined;
  let anchorEnd = 0;
  let lastType: TimexType | undefined;
  for (const c of taken) {
    const ctx: ResolveContext = {
      anchor,
      dct,
      anchorInSentence:
        anchor !== undefined && c.start - anchorEnd < 300 && !SENTENCE_BREAK.test(text.slice(anchorEnd, c.start)),
      afterSet: lastType === 'SET',
    };
    const points: TemporalExpression[] = [];
    for (const p of c.parts) {
      const value = typeof p.value === 'function' ? p.value(ctx) : p.value;
      // A resolver returns '' to withdraw a guess its context does not support (a homograph month).
      if (value === '') continue;
      const line: TemporalExpression = {
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
        type: p.type,
        value,
      };
      if (p.mod) line.mod = p.mod;
      points.push(line);
      // Only dates written out in full become the anchor; resolved relative ones do not.
      if (p.type === 'DATE' && typeof p.value === 'string' && anchorsNarrative(value)) {
        anchor = value;
        anchorEnd = p.end;
      }
    }
    out.push(...points);
    lastType = c.parts[0]?.type;
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const ANCHOR_GRANULARITIES = new Set(['day', 'month', 'season', 'year']);

function anchorsNarrative(value: string): boolean {
  const parsed = parseDateValue(value);
  return parsed !== null && ANCHOR_GRANULARITIES.has(parsed.granularity);
}

/** A candidate with a single line covering the whole match. */
export function single(start: number, end: number, type: TimexType, value: Part['value'], mod?: TimexMod): Candidate {
  const part: Part = { start, end, type, value };
  if (mod) part.mod = mod;
  return { start, end, parts: [part] };
}

/** Start offset of a named group within the text (requires the `d` flag) or undefined. */
export function groupStart(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[0];
}

/** End offset of a named group within the text (requires the `d` flag) or undefined. */
export function groupEnd(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[1];
}
