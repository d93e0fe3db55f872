import type { Kysely } from 'kysely';
import { monthDayOf, UNDATED_SORT_KEY, whenRange } from '../../domain/when.ts';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkNoNul } from '../limits.ts';
import { type EventCorrection, reviewedState, reviewsFor } from '../read/review-overlay.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, EventReviewInput, ReviewDecision } from '../types.ts';
import { type RestoreRow, snapshotReviews } from './review-snapshot.ts';
import { inWriteTransaction } from './save-article.ts';

const DECISIONS = new Set<string>(['confirmed', 'corrected', 'rejected']);
/** Editor names: a letter or digit, then letters, digits, spaces and `. _ @ -`; at most 64 characters. */
const EDITOR_NAME = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._@-]{0,63}$/u;
/** Event ids as `createEvent` makes them: `ev-` and 16 hex digits, `.2`… for a rare second one. */
const EVENT_ID = /^ev-[0-9a-f]{16}(?:\.\d{1,4})?$/;
const MAX_WHAT_CHARS = 1000;
const MAX_NOTE_CHARS = 1000;
const MAX_WHEN_CHARS = 64;

const quoted = (s: unknown) => JSON.stringify(String(s).slice(0, 60));

export function checkEditorName(name: string): void {
  if (typeof name !== 'string' || !EDITOR_NAME.test(name)) {
    throw new StoreInputError(
      `editor: not a valid name: ${quoted(name)} (1–64 letters, digits, spaces or . _ @ -, starting with a letter or digit)`,
    );
  }
}

/**
 * A corrected date must have a place the store understands: a TIMEX3 date of any precision, an
 * ISO interval of two of them in order, or an annual day (`XXXX-08-29`).
 */
export function checkCorrectedWhen(when: string): void {
  // An annual day is checked as a day of a leap year, so XXXX-02-29 passes and XXXX-02-30 does not.
  const annual = typeof when === 'string' ? monthDayOf(when) : null;
  const ok =
    typeof when === 'string' &&
    when.length <= MAX_WHEN_CHARS &&
    /^[\w/:.+-]+$/.test(when) &&
    whenRange(annual && when.startsWith('XXXX') ? `2000-${annual}` : when) !== null;
  if (!ok) {
    throw new StoreInputError(
      `when: not a TIMEX3 date or ISO interval: ${quoted(when)} (e.g. 1991-08-29, 2010, 2017/2018, XXXX-08-29)`,
    );
  }
  // An interval must not end before it starts (the store reads 2020/1990 as 1990/2020, but an export
  // would write DTEND before DTSTART): each side is read on its own.
  const [first, second, ...rest] = when.split('/');
  const from = first && rest.length === 0 ? whenRange(first) : null;
  const to = second ? whenRange(second) : null;
  if (from && to && to.endKey < from.startKey) {
    throw new StoreInputError(
      `when: the interval ${when} ends before it starts (earlier date first: ${second}/${first})`,
    );
  }
}

/** The calendar columns a corrected date gives a review (see `ReviewsTable`). */
export interface ReviewPlace {
  sort_key: number | null;
  start_key: number | null;
  end_key: number | null;
  year_from: number | null;
  year_to: number | null;
  month_day: string | null;
}

/**
 * Where a correction's date puts the event, computed exactly as `createEvent` computes an event's
 * own columns; all null when the correction leaves the date alone (or there is no correction).
 */
export function reviewPlace(correctedWhen: string | undefined): ReviewPlace {
  if (correctedWhen === undefined) {
    return { sort_key: null, start_key: null, end_key: null, year_from: null, year_to: null, month_day: null };
  }
  const range = whenRange(correctedWhen);
  return {
    sort_key: range?.startKey ?? UNDATED_SORT_KEY,
    start_key: range?.startKey ?? null,
    end_key: range?.endKey ?? null,
    year_from: range?.yearFrom ?? null,
    year_to: range?.yearTo ?? null,
    month_day: monthDayOf(correctedWhen),
  };
}

function checkReviewInput(input: EventReviewInput): EventCorrection | null {
  if (typeof input.eventId !== 'string' || !EVENT_ID.test(input.eventId)) {
    throw new StoreInputError(`event: not an event id: ${quoted(input.eventId)}`);
  }
  if (!DECISIONS.has(input.decision)) {
    throw new StoreInputError(`decision: not one of confirmed, corrected, rejected: ${quoted(input.decision)}`);
  }
  checkEditorName(input.editor);
  if (input.note !== undefined && (typeof input.note !== 'string' || input.note.length > MAX_NOTE_CHARS)) {
    throw new StoreInputError(`note: at most ${MAX_NOTE_CHARS} characters`);
  }
  checkNoNul(input.note, 'note');
  checkNoNul(input.what, 'what');
  const given = input.when !== undefined || input.what !== undefined;
  if (input.decision !== 'corrected') {
    if (given) throw new StoreInputError(`when/what: only a correction changes them, not ${input.decision}`);
    return null;
  }
  if (!given) throw new StoreInputError('corrected: give the right date (when) or description (what)');
  if (input.when !== undefined) checkCorrectedWhen(input.when);
  const what = input.what?.trim();
  if (input.what !== undefined && (!what || what.length > MAX_WHAT_CHARS)) {
    throw new StoreInputError(`what: must be 1–${MAX_WHAT_CHARS} characters`);
  }
  return { ...(input.when !== undefined ? { when: input.when } : {}), ...(what ? { what } : {}) };
}

/**
 * Records an editor's decision on an event: replaces its current review and appends the audit
 * row (what readers saw before and after) in one transaction. The review is anchored to the
 * event's first source sentence, so a re-extraction that files the same statement under another
 * id still finds it; older reviews anchored to the same sentence are superseded and removed.
 * A correction adds to an earlier correction: fields not given keep their corrected value.
 * Null when the event does not exist.
 */
export async function reviewEvent(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: EventReviewInput,
): Promise<AuditEntry | null> {
  const correction = checkReviewInput(input);
  return inWriteTransaction(db, dialect, async (trx) => {
    const editor = await trx
      .selectFrom('editors')
      .select(['id', 'revoked_at'])
      .where('name', '=', input.editor)
      .executeTakeFirst();
    if (!editor) throw new StoreInputError(`editor: no editor named ${quoted(input.editor)}`);
    if (editor.revoked_at)
      throw new StoreInputError(`editor: ${quoted(input.editor)} was revoked at ${editor.revoked_at}`);
    const event = await trx
      .selectFrom('events')
      .select(['id', 'when_value', 'what'])
      .where('id', '=', input.eventId)
      .executeTakeFirst();
    if (!event) return null;
    const anchor = await trx
      .selectFrom('event_sources')
      .select(['article_id', 'when_value', 'sentence_text'])
      .where('event_id', '=', event.id)
      .orderBy('article_id')
      .orderBy('sentence_start')
      .limit(1)
      .executeTakeFirst();
    const extracted = { when: event.when_value, what: event.what };
    const current = (await reviewsFor(trx, [event.id])).get(event.id);
    const before = reviewedState(extracted, current);
    const merged =
      correction && current?.decision === 'corrected' ? { ...current.correction, ...correction } : correction;
    const after = reviewedState(extracted, {
      factKey: event.id,
      decision: input.decision,
      correction: merged,
      editor: input.editor,
      at: '',
      note: null,
    });
    const now = new Date().toISOString();
    // What undoing this decision puts back: the event's review and those of its sentence it supersedes.
    const superseded = anchor
      ? await trx
          .selectFrom('reviews')
          .select('fact_key')
          .where('fact_type', '=', 'event')
          .where('fact_key', '!=', event.id)
          .where('anchor_article_id', '=', anchor.article_id)
          .where('anchor_when', '=', anchor.when_value)
          .where('anchor_sentence', '=', anchor.sentence_text)
          .execute()
      : [];
    const restore: RestoreRow[] = await snapshotReviews(trx, 'event', [event.id, ...superseded.map((r) => r.fact_key)]);
    const review = {
      decision: input.decision,
      correction: merged ? JSON.stringify(merged) : null,
      editor_id: editor.id,
      note: input.note ?? null,
      updated_at: now,
      anchor_article_id: anchor?.article_id ?? null,
      anchor_when: anchor?.when_value ?? null,
      anchor_sentence: anchor?.sentence_text ?? null,
      // A confirmation or rejection clears them: only the current review places the event.
      ...reviewPlace(input.decision === 'corrected' ? merged?.when : undefined),
    };
    await trx
      .insertInto('reviews')
      .values({ fact_type: 'event', fact_key: event.id, ...review })
      .onConflict((oc) => oc.columns(['fact_type', 'fact_key']).doUpdateSet(review))
      .execute();
    if (anchor) {
      await trx
        .deleteFrom('reviews')
        .where('fact_type', '=', 'event')
        .where('fact_key', '!=', event.id)
        .where('anchor_article_id', '=', anchor.article_id)
        .where('anchor_when', '=', anchor.when_value)
        .where('anchor_sentence', '=', anchor.sentence_text)
        .execute();
    }
    const logged = await trx
      .insertInto('audit_log')
      .values({
        editor_id: editor.id,
        fact_type: 'event',
        fact_key: event.id,
        action: input.decision,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        note: input.note ?? null,
        created_at: now,
        restore: JSON.stringify(restore),
        anchor_article_id: anchor?.article_id ?? null,
        anchor_when: anchor?.when_value ?? null,
        anchor_sentence: anchor?.sentence_text ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      id: logged.id,
      editor: input.editor,
      factType: 'event',
      factKey: event.id,
      action: input.decision as ReviewDecision,
      before,
      after,
      note: input.note ?? null,
      at: now,
    };
  });
}
