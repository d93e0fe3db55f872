import type { Analysis } from '../analyze/types.ts';
import type { ArticleMeta } from './types.ts';

/** What changed between two revisions of an article, for the ingest report. */
export interface RevisionChange {
  paragraphs: { before: number; after: number; changed: number };
  /** Facts gained and lost, by kind, compared by what they say (not by where they sit in the text). */
  facts: Record<'dates' | 'entities' | 'events' | 'claims', { added: number; removed: number }>;
}

interface Revision {
  text: string;
  meta: ArticleMeta;
  analysis: Analysis;
}

/**
 * Compares two revisions: how many body paragraphs differ, and which facts appeared or
 * disappeared (dates by value and wording, entities by id, events by date and clause, claims by
 * kind and value).
 */
export function compareRevisions(before: Revision, after: Revision): RevisionChange {
  const paras = (r: Revision) => r.meta.paragraphs.map((p) => r.text.slice(p.start, p.end));
  const old = paras(before);
  const now = paras(after);
  const oldSet = new Set(old);
  const keys = {
    dates: (a: Analysis) => a.timexes.map((t) => `${t.type}:${t.value}:${t.text}`),
    entities: (a: Analysis) => a.entities.map((e) => e.id),
    events: (a: Analysis) => a.events.map((e) => `${e.when}:${e.what}`),
    claims: (a: Analysis) => a.claims.map((c) => `${c.kind}:${c.value}:${c.subject ?? ''}`),
  };
  const facts = {} as RevisionChange['facts'];
  for (const [kind, key] of Object.entries(keys) as [keyof typeof keys, (a: Analysis) => string[]][]) {
    facts[kind] = difference(key(before.analysis), key(after.analysis));
  }
  return {
    paragraphs: { before: old.length, after: now.length, changed: now.filter((p) => !oldSet.has(p)).length },
    facts,
  };
}

/** Multiset difference: how many keys were added and removed. */
function difference(before: string[], after: string[]): { added: number; removed: number } {
  const counts = new Map<string, number>();
  for (const k of before) counts.set(k, (counts.get(k) ?? 0) + 1);
  let added = 0;
  for (const k of after) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}

/** `3 of 23 paragraphs changed; dates +1 −0, entities +0 −0, events +1 −1, claims +0 −0`. */
export function describeChange(change: RevisionChange): string {
  const p = change.paragraphs;
  const count =
    p.before === p.after
      ? `${p.changed} of ${p.after} paragraphs changed`
      : `${p.before} → ${p.after} paragraphs, ${p.changed} new or changed`;
  const facts = Object.entries(change.facts)
    .map(([kind, d]) => `${kind} +${d.added} −${d.removed}`)
    .join(', ');
  return `${count}; ${facts}`;
}
