/**
 * The machinery both Cyrillic taggers share: run pre-compiled rules over a text, keep the
 * longest non-overlapping matches, then walk them in reading order to resolve relative values
 * against the narrative anchor (the last absolute date) or the document creation date.
 */
import type { TemporalExpression, TimexMod, TimexType } from '../../types.ts';
import { parseDateValue } from '../anchor.ts';
import { DASH_CLASS } from '../dashes.ts';

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

/** What a language gives the engine: its rules and the words that can start a temporal expression. */
export interface Grammar {
  rules: readonly Rule[];
  /** True for a token (a run of letters or digits) that every rule needs near its match. */
  isTrigger: (token: string) => boolean;
  /**
   * Two neighbouring dates that form a range in words (`с 22 июня 1941 года по 9 мая 1945 года`,
   * `1941 жылғы 22 маусымнан 1945 жылғы 9 мамырға дейін`): the points as the range reports them
   * (without `с`, `дейін` and their mods), or null when `gap` does not join them.
   */
  rangeOf?: (
    text: string,
    a: TemporalExpression,
    gap: string,
    b: TemporalExpression,
  ) => [TemporalExpression, TemporalExpression] | null;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Tokens before and after a trigger that a rule may reach (`не более чем двух лет`, `біздің заманымызға дейінгі 500 жылы`). */
const TOKENS_BEFORE = 5;
const TOKENS_AFTER = 8;

/**
 * Stretches of text worth running the rules on: a few tokens around every trigger word, merged.
 * Most prose has no time word in a given sentence, so the rules never see most of the text; this
 * is what keeps the taggers well above 1 MB/s.
 */
function regions(text: string, isTrigger: (token: string) => boolean): [number, number][] {
  const starts: number[] = [];
  const hits: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (isTrigger(m[0])) hits.push(starts.length);
    starts.push(m.index);
  }
  const out: [number, number][] = [];
  for (const h of hits) {
    const start = starts[Math.max(0, h - TOKENS_BEFORE)]!;
    // Up to the start of the next token, so trailing dots (`г.`, `ж.`, `н. э.`) stay inside.
    const end = starts[h + TOKENS_AFTER + 1] ?? text.length;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Runs every rule near the grammar's triggers; on overlap the longer match wins, then the earlier rule. */
export function runRules(text: string, grammar: Grammar, dct?: string): TemporalExpression[] {
  const found: { c: Candidate; rank: number }[] = [];
  // Rules are written in lower case and run on a lower-cased copy: case-insensitive regexes are
  // several times slower. Builders get the original text (same offsets) for case checks.
  const folded = foldCase(text);
  for (const [from, to] of regions(text, grammar.isTrigger)) {
    const whole = from === 0 && to === text.length;
    const region = whole ? text : text.slice(from, to);
    const foldedRegion = whole ? folded : folded.slice(from, to);
    grammar.rules.forEach((rule, rank) => {
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(foldedRegion); m !== null; m = re.exec(foldedRegion)) {
        // Rules start at a word boundary; checking it here rather than with a lookbehind in every
        // regex lets the engine skip ahead on the first character, which triples throughput.
        if (m[0].length === 0 || (m.index > 0 && WORD_CHAR.test(foldedRegion[m.index - 1]!))) {
          re.lastIndex = m.index + 1;
          continue;
        }
        const c = rule.build(m, region);
        if (c && c.end > c.start) found.push({ c: from === 0 ? c : shift(c, from), rank });
      }
    });
  }
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
  return joinRanges(text, resolve(text, taken, dct), grammar.rangeOf);
}

/** Lower case with every offset kept: characters whose lower case is longer stay as they are. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The original text of a named group (the rule must be compiled with indices). */
export function originalGroup(m: RegExpExecArray, text: string, name: string): string | undefined {
  const span = m.indices?.groups?.[name];
  return span ? text.slice(span[0], span[1]) : undefined;
}

/** The original spelling of a matched word, found by its first occurrence in the match. */
export function originalWord(m: RegExpExecArray, text: string, word: string): string {
  const at = m.index + m[0].indexOf(word);
  return text.slice(at, at + word.length);
}

function shift(c: Candidate, by: number): Candidate {
  return {
    start: c.start + by,
    end: c.end + by,
    parts: c.parts.map((p) => ({ ...p, start: p.start + by, end: p.end + by })),
  };
}

/** A sentence ends at `.`, `!`, `?` or `…` followed by space and a capital letter, or a blank line. */
const SENTENCE_BREAK = /[.!?…]["»”]?\s+["«„“]?\p{Lu}|\n\s*\n/u;

function resolve(text: string, taken: Candidate[], dct?: string): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  let anchor: string | undefined;
  let anchorEnd = 0;
  let lastType: TimexType | undefined;
  for (const c of taken) {
    const from = anchorEnd;
    const at = c.start;
    const ctx: ResolveContext = {
      anchor,
      dct,
      // Computed only when a rule asks: most expressions never need the sentence test.
      get anchorInSentence() {
        return anchor !== undefined && at - from < 300 && !SENTENCE_BREAK.test(text.slice(from, at));
      },
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

const DASH_ONLY = new RegExp(`^\\s*${DASH_CLASS}\\s*$`);

/**
 * Two dates of the same precision, each found by its own rule, with only a dash between them
 * (`В конце 1950-х — начале 1960-х годов`) or joined in words as the language's `rangeOf` says,
 * are also a range: adds their INTERVAL line.
 */
function joinRanges(text: string, lines: TemporalExpression[], rangeOf?: Grammar['rangeOf']): TemporalExpression[] {
  const intervals = lines.filter((l) => l.type === 'INTERVAL');
  const free = lines.filter((l) => l.type === 'DATE' && !intervals.some((i) => i.start <= l.start && l.end <= i.end));
  const added: TemporalExpression[] = [];
  const replaced = new Map<TemporalExpression, TemporalExpression>();
  for (let i = 0; i + 1 < free.length; i++) {
    const a = free[i]!;
    const b = free[i + 1]!;
    if (b.start - a.end > 8) continue;
    const pa = parseDateValue(a.value);
    const pb = parseDateValue(b.value);
    if (!pa || !pb || pa.granularity !== pb.granularity || pa.year > pb.year) continue;
    const gap = text.slice(a.end, b.start);
    const dashed = DASH_ONLY.test(gap);
    const worded = dashed ? null : (rangeOf?.(text, a, gap, b) ?? null);
    if (!dashed && !worded) continue;
    if (worded) replaced.set(a, worded[0]).set(b, worded[1]);
    added.push({
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      type: 'INTERVAL',
      value: `${a.value}/${b.value}`,
    });
    i++;
  }
  if (added.length === 0) return lines;
  return [...lines.map((l) => replaced.get(l) ?? l), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A year, month, season or day of the common era: what `parseDateValue` reads at year precision or finer. */
const ANCHOR_VALUE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))?$/;

function anchorsNarrative(value: string): boolean {
  return ANCHOR_VALUE.test(value);
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
