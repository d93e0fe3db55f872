// An editor's review of a conflict: dismissed (not a real disagreement: readers stop seeing it) or
// confirmed. Stored in `reviews` as fact_type 'conflict' under a stable key and anchored to the
// values the editor saw (see read/conflict-reviews.ts), never to the conflict's recomputed id.
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkNoNul } from '../limits.ts';
import { auditEntryOf, auditRows } from '../read/audit-log.ts';
import {
  type ConflictAnchor,
  conflictAnchors,
  conflictReviewKey,
  conflictReviewsByConflict,
} from '../read/conflict-reviews.ts';
import { listConflictsById } from '../read/conflicts.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, Conflict, ConflictReview, ConflictReviewInput, ConflictState } from '../types.ts';
import { activeEditorId, checkReviewNote } from './decision-undo.ts';
import { snapshotReviews } from './review-snapshot.ts';
import { checkEditorName } from './reviews.ts';
import { inWriteTransaction } from './save-article.ts';

const CONFLICT_DECISIONS = new Set<string>(['dismissed', 'confirmed']);

/** What the audit log records of a conflict: the decision in force and the values that disagree. */
export function conflictState(conflict: Conflict, decision: ConflictState['decision']): ConflictState {
  return { decision, subject: conflict.subject, values: [...new Set(conflict.values.map((v) => v.value))].sort() };
}

/** Dismisses or confirms a conflict, replacing the review that covers it, with one audit row. Null when no such conflict. */
export async function reviewConflict(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: ConflictReviewInput,
): Promise<AuditEntry | null> {
  if (!Number.isSafeInteger(input?.conflictId) || input.conflictId < 1) {
    throw new StoreInputError(`conflict: not a conflict id: ${JSON.stringify(String(input?.conflictId).slice(0, 40))}`);
  }
  if (!CONFLICT_DECISIONS.has(input.decision)) {
    throw new StoreInputError(
      `decision: not one of dismissed, confirmed: ${JSON.stringify(String(input.decision).slice(0, 40))}`,
    );
  }
  checkEditorName(input.editor);
  checkReviewNote(input.note);
  checkNoNul(input.note, 'note');
  return inWriteTransaction(db, dialect, async (trx) => {
    const editorId = await activeEditorId(trx, input.editor);
    const [conflict] = await listConflictsById(trx, [input.conflictId]);
    if (!conflict) return null;
    const anchor = (await conflictAnchors(trx, [conflict.id])).get(conflict.id) as ConflictAnchor;
    const current = (await conflictReviewsByConflict(trx, [conflict.id])).get(conflict.id)?.[0];
    // The review in force keeps its key (and the values it was made on, which cover these).
    const key = current?.key ?? conflictReviewKey(anchor.kind, anchor.values);
    const before = conflictState(conflict, current?.decision ?? null);
    const after = conflictState(conflict, input.decision);
    const restore = await snapshotReviews(trx, 'conflict', [key]);
    const now = new Date().toISOString();
    const review = {
      decision: input.decision,
      correction: JSON.stringify(current?.anchor ?? anchor),
      editor_id: editorId,
      note: input.note ?? null,
      updated_at: now,
    };
    await trx
      .insertInto('reviews')
      .values({ fact_type: 'conflict', fact_key: key, ...review })
      .onConflict((oc) => oc.columns(['fact_type', 'fact_key']).doUpdateSet(review))
      .execute();
    const logged = await trx
      .insertInto('audit_log')
      .values({
        editor_id: editorId,
        fact_type: 'conflict',
        fact_key: key,
        action: input.decision,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        note: input.note ?? null,
        created_at: now,
        restore: JSON.stringify(restore),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      id: logged.id,
      editor: input.editor,
      factType: 'conflict',
      factKey: key,
      action: input.decision,
      before,
      after,
      note: input.note ?? null,
      at: now,
    };
  });
}

/**
 * A conflict as an editor reviews it, dismissed or not: the review in force, and the history of
 * every review that covers it (and of its own key, which an undone first review leaves behind).
 */
export async function conflictReview(db: Kysely<Database>, conflictId: number): Promise<ConflictReview | null> {
  if (!Number.isSafeInteger(conflictId) || conflictId < 1) return null;
  const [conflict] = await listConflictsById(db, [conflictId]);
  if (!conflict) return null;
  const anchor = (await conflictAnchors(db, [conflictId])).get(conflictId) as ConflictAnchor;
  const reviews = (await conflictReviewsByConflict(db, [conflictId])).get(conflictId) ?? [];
  const keys = [...new Set([conflictReviewKey(anchor.kind, anchor.values), ...reviews.map((r) => r.key)])];
  const history = await auditRows(db)
    .where('audit_log.fact_type', '=', 'conflict')
    .where('audit_log.fact_key', 'in', keys)
    .orderBy('audit_log.id')
    .execute();
  const inForce = reviews[0];
  return {
    conflict,
    review: inForce
      ? { key: inForce.key, decision: inForce.decision, editor: inForce.editor, at: inForce.at, note: inForce.note }
      : null,
    history: history.map(auditEntryOf),
  };
}
