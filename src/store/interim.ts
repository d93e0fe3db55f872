/**
 * TEMPORARY stand-in for `src/analyze/events/merge.ts`, which another engineer is writing now.
 * The store reaches it only through `./compare.ts`, which switches to the real module when it
 * lands; then this file goes away.
 */

const WORD = /[\p{L}\p{N}]+/gu;

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
