/**
 * Running a language's rules over a text: over all of it as written, or, for rule sets written in
 * lower case around trigger words, only near those words on a lower-cased copy (see
 * `TimeLanguage.triggers`).
 */
import { classOf, codePointAt, LETTER_OR_DIGIT } from '../chars.ts';
import type { Candidate, Rule, TimeLanguage } from './rule.ts';

/** A candidate and the position of its rule in the language's list. */
export interface Proposal {
  c: Candidate;
  rank: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * UTF-16 units of the letter or digit (one code point) at `i` of `s`, or 0 when there is none. The
 * tokens of the trigger scans are the runs of letters and digits (`/[\p{L}\p{N}]+/u`), found by
 * reading character codes (chars.ts) instead of with that expression.
 */
function wordCharAt(s: string, i: number): number {
  const cp = codePointAt(s, i);
  if ((classOf(cp) & LETTER_OR_DIGIT) === 0) return 0;
  return cp > 0xffff ? 2 : 1;
}

/** Where the token starting at or after `i` of `s` ends, its start written to `at[0]`; -1 when none is left. */
function nextToken(s: string, i: number, at: Int32Array): number {
  const n = s.length;
  let k = i;
  let w = k < n ? wordCharAt(s, k) : 0;
  while (w === 0) {
    if (++k >= n) return -1;
    w = wordCharAt(s, k);
  }
  at[0] = k;
  do {
    k += w;
    w = k < n ? wordCharAt(s, k) : 0;
  } while (w > 0);
  return k;
}
const tokenStart = new Int32Array(1);
/** Tokens before and after a trigger that a rule may reach (`не более чем двух лет`, `біздің заманымызға дейінгі 500 жылы`). */
const TOKENS_BEFORE = 5;
const TOKENS_AFTER = 8;

/** Runs every rule of the language and returns what they propose, rule by rule (region by region). */
export function proposeCandidates(text: string, language: TimeLanguage): Proposal[] {
  return language.triggers
    ? nearTriggers(text, language.rules, triggerTest(language))
    : wholeText(text, language.rules);
}

function wholeText(text: string, rules: readonly Rule[]): Proposal[] {
  const out: Proposal[] = [];
  const stretchesOf = keyWordStretches(text, rules);
  rules.forEach((rule, rank) => {
    const stretches = rule.keyWords ? stretchesOf.get(rule.keyWords) : undefined;
    if (stretches) {
      scanStretches(text, rule, rank, stretches, out);
      return;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const c = rule.make(m, text);
      if (c && c.end > c.start) out.push({ c, rank });
    }
  });
  return out;
}

/**
 * Tokens before its first key word that a match of a keyed rule may start (`the second
 * half of the same year`: six; a count written in words is a key word of the rules that take one).
 */
export const KEY_WORD_TOKENS_BEFORE = 8;
/** Tokens after a key word that a stretch keeps at least, before it runs on to a punctuation mark. */
const KEY_WORD_TOKENS_AFTER = 8;
/** A stretch ends just after one of these marks (or at the text's end). */
const STRETCH_END = /[,.;:()"!?]/g;
const SPACE = /\s/;

/**
 * A rule's matches in the stretches of text around its key words, at the whole text's offsets and
 * made from the whole text (so `make` reads the same context). Each stretch starts
 * KEY_WORD_TOKENS_BEFORE tokens before a key word, at a token after a space or at the text's start
 * (a lookbehind there sees what it sees in the whole text: a space, or no word character), and
 * runs at least KEY_WORD_TOKENS_AFTER tokens past its last key word, on to just after the next
 * punctuation mark (a keyed rule's words are joined by spaces, so a match, and a lookahead at
 * its end, stays inside). Stretches do not overlap, so each match is found once, in text order.
 */
function scanStretches(text: string, rule: Rule, rank: number, stretches: [number, number][], out: Proposal[]): void {
  const re = rule.re;
  for (const [from, to] of stretches) {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      m.index += from;
      const c = rule.make(m, text);
      if (c && c.end > c.start) out.push({ c, rank });
    }
  }
}

/** For each key-word list of the rules, the stretches of `text` around its words, merged where they meet. */
function keyWordStretches(text: string, rules: readonly Rule[]): Map<readonly string[], [number, number][]> {
  const { lists, groups, longest } = keyWordGroups(rules);
  const byList = new Map<readonly string[], [number, number][]>();
  if (lists.length === 0) return byList;
  const folded = foldCase(text);
  const starts: number[] = [];
  const hits: number[][] = lists.map(() => []);
  for (let end = nextToken(folded, 0, tokenStart); end >= 0; end = nextToken(folded, end, tokenStart)) {
    const start = tokenStart[0] as number;
    // A token longer than every key word is none of them (and is not sliced out).
    const bits = end - start <= longest ? groups.get(folded.slice(start, end)) : undefined;
    if (bits !== undefined) {
      for (let g = 0; g < lists.length; g++) if (bits & (1 << g)) (hits[g] as number[]).push(starts.length);
    }
    starts.push(start);
  }
  lists.forEach((list, g) => {
    const out: [number, number][] = [];
    for (const h of hits[g] as number[]) {
      let k = Math.max(0, h - KEY_WORD_TOKENS_BEFORE);
      while (k > 0 && !SPACE.test(text[(starts[k] as number) - 1] as string)) k--;
      const start = k === 0 ? 0 : (starts[k] as number);
      let end = text.length;
      const after = starts[h + KEY_WORD_TOKENS_AFTER + 1];
      if (after !== undefined) {
        STRETCH_END.lastIndex = after;
        const mark = STRETCH_END.exec(text);
        end = mark ? mark.index + 1 : text.length;
      }
      const last = out[out.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else out.push([start, end]);
    }
    byList.set(list, out);
  });
  return byList;
}

/**
 * The distinct key-word lists of a rule set and, for every word of any of them, which lists hold
 * it (bit g for list g), so that each token of a text is looked up once. Built once per rule set.
 */
function keyWordGroups(rules: readonly Rule[]): {
  lists: readonly (readonly string[])[];
  groups: Map<string, number>;
  /** Length of the longest word in `groups`. */
  longest: number;
} {
  let found = KEY_WORD_GROUPS.get(rules);
  if (!found) {
    const lists = [...new Set(rules.map((r) => r.keyWords).filter((a) => a !== undefined))].slice(0, 31);
    const groups = new Map<string, number>();
    let longest = 0;
    lists.forEach((list, g) => {
      for (const w of list) {
        const key = w.toLowerCase();
        groups.set(key, (groups.get(key) ?? 0) | (1 << g));
        longest = Math.max(longest, key.length);
      }
    });
    found = { lists, groups, longest };
    KEY_WORD_GROUPS.set(rules, found);
  }
  return found;
}
const KEY_WORD_GROUPS = new WeakMap<readonly Rule[], ReturnType<typeof keyWordGroups>>();

function nearTriggers(text: string, rules: readonly Rule[], isTrigger: TriggerTest): Proposal[] {
  const out: Proposal[] = [];
  // Rules are written in lower case and run on a lower-cased copy: case-insensitive regexes are
  // several times slower. Rules get the original text (same offsets) for case checks.
  const folded = foldCase(text);
  for (const [from, to] of regions(text, folded, isTrigger)) {
    const whole = from === 0 && to === text.length;
    const region = whole ? text : text.slice(from, to);
    const foldedRegion = whole ? folded : folded.slice(from, to);
    rules.forEach((rule, rank) => {
      if (rule.needs && !rule.needs.some((s) => foldedRegion.includes(s))) return;
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(foldedRegion); m !== null; m = re.exec(foldedRegion)) {
        // Rules start at a word boundary; checking it here rather than with a lookbehind in every
        // regex lets the engine skip ahead on the first character, which triples throughput.
        if (m[0].length === 0 || (m.index > 0 && WORD_CHAR.test(foldedRegion[m.index - 1]!))) {
          re.lastIndex = m.index + 1;
          continue;
        }
        const c = rule.make(m, region);
        if (c && c.end > c.start) out.push({ c: from === 0 ? c : shift(c, from), rank });
      }
    });
  }
  return out;
}

/**
 * Stretches of text worth running the rules on: a few tokens around every trigger word, merged.
 * Most prose has no time word in a given sentence, so the rules never see most of the text; this
 * is what keeps the Russian and Kazakh rules well above 1 MB/s.
 */
function regions(text: string, folded: string, isTrigger: TriggerTest): [number, number][] {
  const starts: number[] = [];
  const hits: number[] = [];
  // Tokens of the lower-cased copy (same offsets): no lower-casing per token.
  for (let end = nextToken(folded, 0, tokenStart); end >= 0; end = nextToken(folded, end, tokenStart)) {
    const start = tokenStart[0] as number;
    if (isTrigger(folded.slice(start, end), text, start)) hits.push(starts.length);
    starts.push(start);
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

/** A candidate found in a region, moved to the offsets of the whole text. */
function shift(c: Candidate, by: number): Candidate {
  return {
    start: c.start + by,
    end: c.end + by,
    resolve: (ctx) => c.resolve(ctx).map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
  };
}

/** Lower case with every offset kept: characters whose lower case is longer stay as they are. */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** First letters of Roman numerals, lower-cased: Latin i v x, Cyrillic х and і. */
const ROMAN_FIRST = new Set(['i', 'v', 'x', 'х', 'і']);
const ROMAN_TOKEN = /^[IVXХІ]+$/;

/** Whether a lower-cased token (at `at` in the original `text`) is a trigger. */
type TriggerTest = (token: string, text: string, at: number) => boolean;

const TRIGGER_TESTS = new WeakMap<TimeLanguage, TriggerTest>();

/**
 * The language's trigger test, built once: digits, upper-case Roman numerals (in the original
 * text), or any listed word form (a set lookup, no regex, since it runs on every token of the text).
 */
function triggerTest(language: TimeLanguage): TriggerTest {
  let test = TRIGGER_TESTS.get(language);
  if (!test) {
    test = wordTest(language.triggers ?? []);
    TRIGGER_TESTS.set(language, test);
  }
  return test;
}

function wordTest(words: readonly string[]): TriggerTest {
  const set = new Set<string>();
  for (const w of words) for (const part of w.toLowerCase().split(/\s+/)) set.add(part.replace(/[.]/g, ''));
  return (token, text, at) => {
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    if (set.has(token)) return true;
    return ROMAN_FIRST.has(token[0]!) && ROMAN_TOKEN.test(text.slice(at, at + token.length));
  };
}
