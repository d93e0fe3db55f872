import type { Language } from '../analyze/types.ts';
import { blankSpans, headerFurniture } from '../domain/page-furniture.ts';
import { analyseWords } from './analyzer.ts';
import type { ParsedQuery } from './query.ts';

// A whole word from a given position (sticky), hyphenated parts included.
const WORD_AT = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’ʼ/][\p{L}\p{M}\p{N}]+)*/uy;
// Long texts are searched for a window only in their opening; a snippet is a taste, not a census.
const SCAN_LIMIT = 50_000;

interface Hit {
  start: number;
  end: number;
  /** Indices of the query terms this word matches. */
  terms: number[];
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex for word starts that may stem to a wanted token. Stems begin with (nearly) the same
 * three letters as their words, so the regex engine skips every other word without our code
 * looking at it; `е` also matches `ё`, which folding merged.
 */
function candidateStarts(tokens: Iterable<string>): RegExp | null {
  const prefixes = new Set<string>();
  for (const t of tokens) prefixes.add(escapeRegExp(t.slice(0, 3)).replace(/е/g, '[её]'));
  if (prefixes.size === 0) return null;
  const alternatives = [...prefixes].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})`, 'giu');
}

interface Matcher {
  starts: RegExp | null;
  termsOfToken: Map<string, number[]>;
  /** Query term indices per `lang:word` seen so far: words repeat across a page of results. */
  termsOfWord: Map<string, number[]>;
}

// One matcher per parsed query, shared by the snippets of all its results.
const matchers = new WeakMap<ParsedQuery, Matcher>();

function matcherFor(parsed: ParsedQuery): Matcher {
  let m = matchers.get(parsed);
  if (!m) {
    const termsOfToken = new Map<string, number[]>();
    parsed.terms.forEach((term, i) => {
      if (term.excluded) return;
      for (const alt of term.alternatives) {
        for (const t of alt) termsOfToken.set(t, [...(termsOfToken.get(t) ?? []), i]);
      }
    });
    m = { starts: candidateStarts(termsOfToken.keys()), termsOfToken, termsOfWord: new Map() };
    matchers.set(parsed, m);
  }
  return m;
}

function termsOf(matcher: Matcher, word: string, lang: Language): number[] {
  const key = `${lang}:${word}`;
  let terms = matcher.termsOfWord.get(key);
  if (!terms) {
    const found = new Set<number>();
    for (const w of analyseWords(word, lang)) {
      for (const t of w.tokens) for (const i of matcher.termsOfToken.get(t) ?? []) found.add(i);
    }
    terms = [...found];
    if (matcher.termsOfWord.size < 10_000) matcher.termsOfWord.set(key, terms);
  }
  return terms;
}

/** The words of the text that match wanted terms by stem. */
function findHits(text: string, lang: Language, parsed: ParsedQuery): Hit[] {
  const matcher = matcherFor(parsed);
  if (!matcher.starts) return [];
  const hits: Hit[] = [];
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  let covered = 0;
  for (const m of scanned.matchAll(matcher.starts)) {
    if (m.index < covered) continue; // inside a hyphenated word already looked at
    WORD_AT.lastIndex = m.index;
    const word = WORD_AT.exec(scanned)?.[0];
    if (!word) continue;
    const terms = termsOf(matcher, word, lang);
    if (terms.length === 0) continue;
    hits.push({ start: m.index, end: m.index + word.length, terms });
    covered = m.index + word.length;
  }
  return hits;
}

/** The run of hits fitting in `maxChars` that covers the most distinct terms, then the most hits. */
function bestWindow(hits: Hit[], maxChars: number): { from: number; to: number } {
  let best = { from: 0, to: 0, score: -1 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    if (j < i) j = i;
    while (j + 1 < hits.length && hits[j + 1]!.end - hits[i]!.start <= maxChars) j++;
    const distinct = new Set<number>();
    for (let k = i; k <= j; k++) for (const t of hits[k]!.terms) distinct.add(t);
    const score = distinct.size * 1000 + (j - i + 1);
    if (score > best.score) best = { from: i, to: j, score };
  }
  return best;
}

/** Moves a cut point off the middle of a word: backwards for a start, forwards for an end. */
function snapToSpace(text: string, at: number, direction: -1 | 1, limit: number): number {
  let p = at;
  for (let n = 0; n < 30 && p > 0 && p < text.length && !/\s/.test(text[direction < 0 ? p - 1 : p]!); n++)
    p += direction;
  if (direction < 0 && p < limit) return at;
  if (direction > 0 && p > limit) return at;
  return p;
}

/**
 * The best passage of `text` for a query: the window of at most `maxChars` characters covering
 * the most query terms, HTML-escaped, words matching by stem wrapped in `<mark>`…`</mark>`, and
 * `…` where the text was cut. Without matches, the opening of the text. A saved page's header
 * furniture (its id line and `TITLE - site` line) is never shown.
 *
 * @example makeSnippet('Nuclear Testing ended in 1991.', 'en', parseQuery('nuclear tests'))
 *   // '<mark>Nuclear</mark> <mark>Testing</mark> ended in 1991.'
 */
export function makeSnippet(original: string, lang: Language, parsed: ParsedQuery, maxChars = 220): string {
  const furniture = headerFurniture(original);
  const text = furniture.length ? blankSpans(original, furniture) : original;
  const hits = findHits(text, lang, parsed);
  let start = 0;
  let end = Math.min(text.length, maxChars);
  let shown: Hit[] = [];
  if (hits.length > 0) {
    const { from, to } = bestWindow(hits, maxChars);
    shown = hits.slice(from, to + 1);
    const span = shown[shown.length - 1]!.end - shown[0]!.start;
    // Centre the matches, giving a little more room to what follows them.
    const slack = Math.max(0, maxChars - span);
    start = Math.max(0, shown[0]!.start - Math.floor(slack / 3));
    end = Math.min(text.length, start + maxChars);
    if (end - start < maxChars) start = Math.max(0, end - maxChars);
  }
  if (start > 0) start = snapToSpace(text, start, 1, shown[0]?.start ?? end);
  if (end < text.length) end = snapToSpace(text, end, -1, shown[shown.length - 1]?.end ?? start);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const hit of shown) {
    if (hit.start < at || hit.end > end) continue;
    out += `${escapeHtml(text.slice(at, hit.start))}<mark>${escapeHtml(text.slice(hit.start, hit.end))}</mark>`;
    at = hit.end;
  }
  out += escapeHtml(text.slice(at, end));
  return (out.trim() + (end < text.length ? '…' : '')).replace(/\s+/g, ' ');
}
