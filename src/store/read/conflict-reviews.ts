// Editors' reviews of conflicts. Conflicts are recomputed on every save (their rows and ids come
// and go), so a review is not keyed by a conflict's id: it keeps what the editor saw disagree, each
// value with its article and sentence text, and applies to every conflict of the same kind whose
// values are all among those. Re-extraction and a revision that moves the sentence leave the
// values as they were, so the review still applies; a new article or sentence that brings a value
// the editor did not see makes a conflict the review does not cover: a new disagreement to look at.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { chunks, fromJson } from '../codec.ts';
import type { Database } from '../schema.ts';
import type { ConflictDecision } from '../types.ts';

/** One value of a conflict as a review keeps it: which article says it, and in what sentence. */
export interface ConflictValueAnchor {
  articleId: number;
  value: string;
  text: string;
}

/** What a conflict review is anchored to (the `correction` column of its `reviews` row). */
export interface ConflictAnchor {
  kind: string;
  values: ConflictValueAnchor[];
}

export interface ConflictReviewRow {
  key: string;
  decision: ConflictDecision;
  anchor: ConflictAnchor;
  editor: string;
  at: string;
  note: string | null;
}

const valueKey = (v: ConflictValueAnchor) => `${v.articleId}\u0000${v.value}\u0000${v.text}`;

/** A conflict's values as a review anchors them: distinct, in a fixed order. */
export function anchorValues(values: readonly ConflictValueAnchor[]): ConflictValueAnchor[] {
  const unique = new Map(values.map((v) => [valueKey(v), { articleId: v.articleId, value: v.value, text: v.text }]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** The stable key of a review of these values: `cf-` and 16 hex digits of their hash. */
export function conflictReviewKey(kind: string, values: readonly ConflictValueAnchor[]): string {
  const hash = createHash('sha256').update(JSON.stringify([kind, anchorValues(values).map(valueKey)]));
  return `cf-${hash.digest('hex').slice(0, 16)}`;
}

/** Every conflict review, with its editor. */
async function conflictReviewRows(db: Kysely<Database>): Promise<ConflictReviewRow[]> {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('editors', 'editors.id', 'reviews.editor_id')
    .select(['reviews.fact_key', 'reviews.decision', 'reviews.correction', 'reviews.updated_at', 'reviews.note'])
    .select('editors.name')
    .where('reviews.fact_type', '=', 'conflict')
    .execute();
  return rows.map((r) => ({
    key: r.fact_key,
    decision: r.decision as ConflictDecision,
    anchor: fromJson<ConflictAnchor>(r.correction),
    editor: r.name,
    at: r.updated_at,
    note: r.note,
  }));
}

/** The values of these conflicts as reviews anchor them, with each conflict's kind. */
export async function conflictAnchors(
  db: Kysely<Database>,
  conflictIds: readonly number[],
): Promise<Map<number, ConflictAnchor>> {
  const found = new Map<number, ConflictAnchor>();
  for (const batch of chunks([...conflictIds])) {
    const [kinds, values] = await Promise.all([
      db.selectFrom('conflicts').select(['id', 'kind']).where('id', 'in', batch).execute(),
      db
        .selectFrom('conflict_values')
        .select(['conflict_id', 'article_id', 'value', 'text'])
        .where('conflict_id', 'in', batch)
        .execute(),
    ]);
    for (const k of kinds) found.set(k.id, { kind: k.kind, values: [] });
    for (const v of values)
      found.get(v.conflict_id)?.values.push({ articleId: v.article_id, value: v.value, text: v.text });
  }
  for (const anchor of found.values()) anchor.values = anchorValues(anchor.values);
  return found;
}

/**
 * Every review that covers each conflict (all its values are among the review's), the latest
 * first: the first is the one in force. Only conflicts that share an article with a review are
 * read, and none when there is no conflict review at all.
 */
export async function conflictReviewsByConflict(
  db: Kysely<Database>,
  conflictIds?: readonly number[],
): Promise<Map<number, ConflictReviewRow[]>> {
  const found = new Map<number, ConflictReviewRow[]>();
  const reviews = await conflictReviewRows(db);
  if (!reviews.length) return found;
  const articles = [...new Set(reviews.flatMap((r) => r.anchor.values.map((v) => v.articleId)))];
  let candidates: number[] = [];
  if (conflictIds) candidates = [...conflictIds];
  else {
    for (const batch of chunks(articles)) {
      const rows = await db
        .selectFrom('conflict_values')
        .select('conflict_id')
        .distinct()
        .where('article_id', 'in', batch)
        .execute();
      candidates.push(...rows.map((r) => r.conflict_id));
    }
  }
  const anchors = await conflictAnchors(db, [...new Set(candidates)]);
  const covering = reviews.map((r) => ({ review: r, values: new Set(r.anchor.values.map(valueKey)) }));
  // The latest first; ties by key, so every reader picks the same one.
  covering.sort((a, b) =>
    a.review.at === b.review.at ? (a.review.key < b.review.key ? 1 : -1) : a.review.at < b.review.at ? 1 : -1,
  );
  for (const [id, anchor] of anchors) {
    const list = covering
      .filter((c) => c.review.anchor.kind === anchor.kind && anchor.values.every((v) => c.values.has(valueKey(v))))
      .map((c) => c.review);
    if (list.length) found.set(id, list);
  }
  return found;
}

/** Ids of the conflicts an editor's review in force dismisses: readers do not see them. */
export async function dismissedConflictIds(db: Kysely<Database>): Promise<number[]> {
  const reviews = await conflictReviewsByConflict(db);
  return [...reviews.entries()]
    .filter(([, list]) => list[0]?.decision === 'dismissed')
    .map(([id]) => id)
    .sort((a, b) => a - b);
}
