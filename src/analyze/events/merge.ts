/**
 * Cross-article rules the store applies when facts from two articles meet: the same event (same
 * date, a shared specific participant, a similar predicate) is merged; the same event with another
 * date, or the same quantity with another value, is a conflict.
 */
import { ALL_PACKS } from '../lang/index.ts';
import type { Claim } from '../types.ts';

export type Comparison = 'same' | 'conflict' | 'different';

export interface ComparableEvent {
  when: string;
  what: string;
  entityIds: string[];
}

// Every pack's function words, since descriptions of one event come from texts in different languages.
const STOP = new Set(ALL_PACKS.flatMap((p) => p.discourse.comparisonStopWords));

const CYRILLIC = /[\u0400-\u04FF]/;

/** Predicates seen lately: a save compares each new event with dozens of stored ones, again and again. */
const stemCache = new Map<string, ReadonlySet<string>>();
const STEM_CACHE_SIZE = 20_000;

/** Content-word stems of a predicate: numbers and stop words dropped, words cut to 5 letters. */
function stems(what: string): ReadonlySet<string> {
  let cached = stemCache.get(what);
  if (!cached) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    cached = computeStems(what);
    stemCache.set(what, cached);
  }
  return cached;
}

function computeStems(what: string): Set<string> {
  const out = new Set<string>();
  for (const w of what.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

/** Jaccard overlap of two predicates' content words, 0..1. */
export function predicateSimilarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Countries and the like are the setting of many events; they alone do not make two events one. */
function isSpecific(id: string): boolean {
  return !id.startsWith('place:');
}

/** The year (or first year of an interval) of a TIMEX3 value, if it has one. */
function yearOf(when: string): string | undefined {
  return /^(\d{4})/.exec(when)?.[1];
}

/** Whether two events are dated alike (TIMEX3 values compare case-insensitively). */
export function sameWhen(a: Pick<ComparableEvent, 'when'>, b: Pick<ComparableEvent, 'when'>): boolean {
  return a.when.toUpperCase() === b.when.toUpperCase();
}

/**
 * Whether two events dated differently could be a conflict, judging by dates and predicates
 * alone: when not, `compareEvents` says 'different' whatever participants they share, so a
 * merge need not read them.
 */
export function mayConflict(a: Omit<ComparableEvent, 'entityIds'>, b: Omit<ComparableEvent, 'entityIds'>): boolean {
  return datesMayConflict(a, b) && predicateSimilarity(a.what, b.what) >= MIN_CONFLICT_SIMILARITY;
}

/** Whether two dates contradict each other if they date the same event. */
export function datesMayConflict(a: Pick<ComparableEvent, 'when'>, b: Pick<ComparableEvent, 'when'>): boolean {
  if (sameWhen(a, b)) return false;
  // An annual date and a dated occurrence, or two dates in the same year at different precision,
  // are not contradictory.
  if (a.when.startsWith('XXXX') || b.when.startsWith('XXXX')) return false;
  const ya = yearOf(a.when);
  const yb = yearOf(b.when);
  return !(ya && yb && ya === yb);
}

/** The least predicate similarity of a conflict (with two shared specific participants). */
const MIN_CONFLICT_SIMILARITY = 0.2;

/**
 * `compareEvents(a, b)`: 'same' when both have the same date, share a specific participant (or
 * share participants and a similar predicate); 'conflict' when they share participants and a
 * similar predicate but give different dates; otherwise 'different'.
 */
export function compareEvents(a: ComparableEvent, b: ComparableEvent): Comparison {
  const shared = a.entityIds.filter((id) => b.entityIds.includes(id));
  const specific = shared.filter(isSpecific);
  if (sameWhen(a, b)) {
    const sim = predicateSimilarity(a.what, b.what);
    // Predicates in different scripts (an English and a Russian article) cannot be compared word
    // by word; the shared date and a shared specific participant decide.
    const crossScript = CYRILLIC.test(a.what) !== CYRILLIC.test(b.what);
    if (specific.length > 0 && (sim >= 0.15 || crossScript)) return 'same';
    if (specific.length >= 2) return 'same';
    if (shared.length > 0 && sim >= 0.4) return 'same';
    return 'different';
  }
  if (!mayConflict(a, b)) return 'different';
  const sim = predicateSimilarity(a.what, b.what);
  if ((specific.length > 0 && sim >= 0.35) || (specific.length >= 2 && sim >= MIN_CONFLICT_SIMILARITY)) {
    return 'conflict';
  }
  return 'different';
}

export type ComparableClaim = Pick<Claim, 'kind' | 'value' | 'unit' | 'subject'> & { subjectId?: string };

/**
 * `compareClaims(a, b)`: claims about the same subject, of the same kind and unit (the counted
 * thing) are 'same' with equal values and a 'conflict' with different ones.
 */
export function compareClaims(a: ComparableClaim, b: ComparableClaim): Comparison {
  const subjA = a.subjectId ?? a.subject;
  const subjB = b.subjectId ?? b.subject;
  if (!subjA || !subjB || subjA !== subjB) return 'different';
  if (a.kind !== b.kind) return 'different';
  if ((a.unit ?? '') !== (b.unit ?? '')) return 'different';
  return a.value === b.value ? 'same' : 'conflict';
}
