/**
 * TEMPORARY stand-ins for analysers other engineers are writing now (`src/search`,
 * `src/analyze/entities`, `src/analyze/events/merge.ts`). The store reaches them only through
 * `./text.ts` and `./compare.ts`, which switch to the real modules when those land; then this
 * file goes away. Deliberately crude: no stemming, no stop words.
 */
import type { Language } from '../analyze/types.ts';

export interface InterimParsedQuery {
  terms: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function indexTokens(text: string, _lang: Language): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((t) => t.length > 1);
}

export function parseQuery(q: string): InterimParsedQuery {
  return { terms: [...new Set(q.toLowerCase().match(WORD) ?? [])] };
}

export function toFts5Match(parsed: InterimParsedQuery): string {
  return parsed.terms.map((t) => `"${t}"`).join(' ');
}

export function toTsQuery(parsed: InterimParsedQuery): string {
  return parsed.terms.map((t) => `'${t}'`).join(' & ');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function makeSnippet(text: string, _lang: Language, parsed: InterimParsedQuery): string {
  const lower = text.toLowerCase();
  const hit = parsed.terms.map((t) => lower.indexOf(t)).find((i) => i >= 0) ?? 0;
  const from = Math.max(0, hit - 80);
  const piece = text.slice(from, from + 240);
  let html = escapeHtml(piece);
  for (const t of parsed.terms) {
    html = html.replace(
      new RegExp(`(${escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'giu'),
      '<mark>$1</mark>',
    );
  }
  return (from > 0 ? '…' : '') + html + (from + 240 < text.length ? '…' : '');
}

export function lookupEntityIds(_q: string): string[] {
  return [];
}

type Verdict = 'same' | 'conflict' | 'different';

interface ComparableEvent {
  when: string;
  what: string;
  entityIds: string[];
}

const words = (s: string) => new Set(s.toLowerCase().match(WORD) ?? []);

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

export function compareEvents(a: ComparableEvent, b: ComparableEvent): Verdict {
  const shared = a.entityIds.filter((id) => b.entityIds.includes(id)).length;
  if (shared === 0) return 'different';
  const similar = similarity(a.what, b.what) >= 0.5;
  if (a.when === b.when) return similar || shared >= 2 ? 'same' : 'different';
  return similar && shared >= 1 ? 'conflict' : 'different';
}

interface ComparableClaim {
  kind: string;
  subject?: string;
  value: number;
  unit?: string;
}

export function compareClaims(a: ComparableClaim, b: ComparableClaim): Verdict {
  if (a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '') || !a.subject || a.subject !== b.subject) {
    return 'different';
  }
  return a.value === b.value ? 'same' : 'conflict';
}
