/**
 * Running a language's rules over a text: over all of it as written, or, for rule sets written in
 * lower case around trigger words, only near those words on a lower-cased copy (see
 * `TimeLanguage.triggers`).
 */
import type { Candidate, Rule, TimeLanguage } from './rule.ts';

/** A candidate and the position of its rule in the language's list. */
export interface Proposal {
  c: Candidate;
  rank: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
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
  rules.forEach((rule, rank) => {
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
  TOKEN.lastIndex = 0;
  // Tokens of the lower-cased copy (same offsets): no lower-casing per token.
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    if (isTrigger(m[0], text, m.index)) hits.push(starts.length);
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
