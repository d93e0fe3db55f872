// Undoing a decision on an event or a conflict: the audit row kept the review rows the decision
// replaced (`restore`), and the undo puts exactly those back, itself an audit row (`undone`) that
// keeps what it replaced, so an undo can be undone in turn. Only the latest action on a fact can
// be undone: undoing an older one would silently throw away the later decision, so it is refused
// naming the later row, which is undone first.
import type { Kysely } from 'kysely';
import { fromJson } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import { StoreConflictError, StoreInputError } from '../errors.ts';
import { checkNoNul } from '../limits.ts';
import { type EventCorrection, reviewedState, reviewsFor } from '../read/review-overlay.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, ConflictState, DecisionUndoInput, ReviewedState } from '../types.ts';
import { type RestoreRow, restoreReviews } from './review-snapshot.ts';
import { checkEditorName, reviewPlace } from './reviews.ts';
import { inWriteTransaction } from './save-article.ts';

const MAX_NOTE_CHARS = 1000;
const quoted = (s: unknown) => JSON.stringify(String(s).slice(0, 60));

export function checkReviewNote(note: string | undefined): void {
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_CHARS)) {
    throw new StoreInputError(`note: at most ${MAX_NOTE_CHARS} characters`);
  }
}

/** The id of an editor who may decide now; refused naming them when unknown or revoked. */
export async function activeEditorId(trx: Kysely<Database>, name: string): Promise<number> {
  const editor = await trx
    .selectFrom('editors')
    .select(['id', 'revoked_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (!editor) throw new StoreInputError(`editor: no editor named ${quoted(name)}`);
  if (editor.revoked_at) throw new StoreInputError(`editor: ${quoted(name)} was revoked at ${editor.revoked_at}`);
  return editor.id;
}

/** Checks an undo's input and answers the audit row's fact type, or null when there is no such row. */
export async function auditFactOf(
  db: Kysely<Database>,
  input: DecisionUndoInput,
): Promise<{ factType: string; action: string; editId: number | null } | null> {
  if (!Number.isSafeInteger(input?.auditId) || input.auditId < 1) {
    throw new StoreInputError(`decision: not an audit id: ${quoted(input?.auditId)}`);
  }
  checkEditorName(input.editor);
  checkReviewNote(input.note);
  checkNoNul(input.note, 'note');
  const row = await db
    .selectFrom('audit_log')
    .select(['fact_type', 'action', 'edit_id'])
    .where('id', '=', input.auditId)
    .executeTakeFirst();
  return row ? { factType: row.fact_type, action: row.action, editId: row.edit_id } : null;
}

/**
 * Without a recorded `restore` (decisions made before 0025), the review to put back is rebuilt
 * from what readers saw before: that decision, with the date and description that differ from
 * the extraction as its correction.
 */
async function derivedRestore(
  trx: Kysely<Database>,
  row: { fact_key: string; before: unknown; editor_id: number; created_at: string },
): Promise<RestoreRow[]> {
  const before = fromJson<ReviewedState>(row.before);
  if (!before?.decision) return [{ fact_type: 'event', fact_key: row.fact_key, row: null }];
  const event = await trx
    .selectFrom('events')
    .select(['when_value', 'what'])
    .where('id', '=', row.fact_key)
    .executeTakeFirst();
  if (!event) throw new StoreConflictError(`decision: event ${row.fact_key} is no longer stored under that id`);
  const correction: EventCorrection = {
    ...(before.when !== event.when_value ? { when: before.when } : {}),
    ...(before.what !== event.what ? { what: before.what } : {}),
  };
  const corrected = before.decision === 'corrected' && Object.keys(correction).length > 0;
  return [
    {
      fact_type: 'event',
      fact_key: row.fact_key,
      row: {
        fact_type: 'event',
        fact_key: row.fact_key,
        decision: before.decision,
        correction: corrected ? JSON.stringify(correction) : null,
        editor_id: row.editor_id,
        note: null,
        updated_at: row.created_at,
        anchor_article_id: null,
        anchor_when: null,
        anchor_sentence: null,
        ...reviewPlace(corrected ? correction.when : undefined),
      },
    },
  ];
}

/** What readers see of the event (under whatever id now carries its sentence), or null when it is gone. */
async function eventState(
  trx: Kysely<Database>,
  key: string,
  anchor: { article: number | null; when: string | null; sentence: string | null },
): Promise<ReviewedState | null> {
  let event = await trx
    .selectFrom('events')
    .select(['id', 'when_value', 'what'])
    .where('id', '=', key)
    .executeTakeFirst();
  if (!event && anchor.article !== null && anchor.when !== null && anchor.sentence !== null) {
    event = await trx
      .selectFrom('event_sources')
      .innerJoin('events', 'events.id', 'event_sources.event_id')
      .select(['events.id', 'events.when_value', 'events.what'])
      .where('event_sources.article_id', '=', anchor.article)
      .where('event_sources.when_value', '=', anchor.when)
      .where('event_sources.sentence_text', '=', anchor.sentence)
      .executeTakeFirst();
  }
  if (!event) return null;
  const review = (await reviewsFor(trx, [event.id])).get(event.id);
  return reviewedState({ when: event.when_value, what: event.what }, review);
}

/** Undoes the latest decision on an event or a conflict (see the file's comment). Null when no such audit row. */
export async function undoReviewDecision(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: DecisionUndoInput,
): Promise<AuditEntry | null> {
  return inWriteTransaction(db, dialect, async (trx) => {
    const editorId = await activeEditorId(trx, input.editor);
    const row = await trx.selectFrom('audit_log').selectAll().where('id', '=', input.auditId).executeTakeFirst();
    if (!row) return null;
    if (row.fact_type !== 'event' && row.fact_type !== 'conflict') {
      throw new StoreInputError(
        `decision: audit row ${row.id} records ${row.fact_type} ${row.action}, which is not a decision that can be undone`,
      );
    }
    const anchor = { article: row.anchor_article_id, when: row.anchor_when, sentence: row.anchor_sentence };
    // A later action on the same fact (or, for an event, on the same sentence under another id).
    const later = await trx
      .selectFrom('audit_log')
      .innerJoin('editors', 'editors.id', 'audit_log.editor_id')
      .select(['audit_log.id', 'audit_log.action', 'audit_log.created_at', 'editors.name'])
      .where('audit_log.id', '>', row.id)
      .where('audit_log.fact_type', '=', row.fact_type)
      .where((eb) =>
        anchor.article !== null && anchor.when !== null && anchor.sentence !== null
          ? eb.or([
              eb('audit_log.fact_key', '=', row.fact_key),
              eb.and([
                eb('audit_log.anchor_article_id', '=', anchor.article),
                eb('audit_log.anchor_when', '=', anchor.when),
                eb('audit_log.anchor_sentence', '=', anchor.sentence),
              ]),
            ])
          : eb('audit_log.fact_key', '=', row.fact_key),
      )
      .orderBy('audit_log.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (later) {
      // The later row goes with the message, so the website can say it in the reader's language.
      throw Object.assign(
        new StoreConflictError(
          `decision: ${row.id} (${row.action} on ${row.fact_key}) is not the latest: ${later.id} (${later.action} by ${later.name} at ${later.created_at}) came after it; undo ${later.id} first`,
        ),
        { later: { id: later.id, action: later.action, editor: later.name, at: later.created_at } },
      );
    }
    const restore =
      row.restore === null || row.restore === undefined
        ? await derivedRestore(trx, row)
        : fromJson<RestoreRow[]>(row.restore);
    const isEvent = row.fact_type === 'event';
    const before = isEvent
      ? ((await eventState(trx, row.fact_key, anchor)) ?? fromJson<ReviewedState>(row.after))
      : null;
    const replaced = await restoreReviews(trx, restore);
    const after = isEvent
      ? ((await eventState(trx, row.fact_key, anchor)) ?? fromJson<ReviewedState>(row.before))
      : null;
    const states = isEvent
      ? { before: before as ReviewedState, after: after as ReviewedState }
      : { before: fromJson<ConflictState>(row.after), after: fromJson<ConflictState>(row.before) };
    const now = new Date().toISOString();
    const logged = await trx
      .insertInto('audit_log')
      .values({
        editor_id: editorId,
        fact_type: row.fact_type,
        fact_key: row.fact_key,
        action: 'undone',
        before: JSON.stringify(states.before),
        after: JSON.stringify(states.after),
        note: input.note ?? null,
        created_at: now,
        restore: JSON.stringify(replaced),
        undoes: row.id,
        anchor_article_id: anchor.article,
        anchor_when: anchor.when,
        anchor_sentence: anchor.sentence,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      id: logged.id,
      editor: input.editor,
      factType: row.fact_type,
      factKey: row.fact_key,
      action: 'undone',
      before: states.before,
      after: states.after,
      note: input.note ?? null,
      at: now,
      undid: row.id,
    };
  });
}
