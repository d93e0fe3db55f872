import type { Language } from '../analyze/types.ts';
import { analyseWords } from './analyzer.ts';
import { type ParsedQuery, wantedTokens } from './query.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’ʼ/][\p{L}\p{M}\p{N}]+)*/gu;
const PARTS = /[-‐‑/]/;
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

function prefixOf(s: string): string {
  return s.slice(0, 3);
}

/**
 * Finds the words of the text that match wanted terms by stem. Stems start with (nearly) the
 * same three letters as their words, so only words passing that cheap test are analysed.
 */
function findHits(text: string, lang: Language, parsed: ParsedQuery): Hit[] {
  const termsOfToken = new Map<string, number[]>();
  parsed.terms.forEach((term, i) => {
    if (term.excluded) return;
    for (const alt of term.alternatives) {
      for (const t of alt) termsOfToken.set(t, [...(termsOfToken.get(t) ?? []), i]);
    }
  });
  const prefixes = new Set([...wantedTokens(parsed)].map(prefixOf));
  const hits: Hit[] = [];
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  for (const m of scanned.matchAll(WORD)) {
    const word = m[0];
    const parts = PARTS.test(word) ? word.split(PARTS) : [word];
    const candidate = parts.some((p) => prefixes.has(prefixOf(p.toLowerCase().replace(/ё/g, 'е'))));
    if (!candidate) continue;
    const terms = new Set<number>();
    for (const w of analyseWords(word, lang))
      for (const t of w.tokens) for (const i of termsOfToken.get(t) ?? []) terms.add(i);
    if (terms.size > 0) hits.push({ start: m.index, end: m.index + word.length, terms: [...terms] });
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
 * `…` where the text was cut. Without matches, the opening of the text.
 *
 * @example makeSnippet('Nuclear Testing ended in 1991.', 'en', parseQuery('nuclear tests'))
 *   // '<mark>Nuclear</mark> <mark>Testing</mark> ended in 1991.'
 */
export function makeSnippet(text: string, lang: Language, parsed: ParsedQuery, maxChars = 220): string {
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
