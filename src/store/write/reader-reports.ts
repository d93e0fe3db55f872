// Readers' reports: adding one (checked, capped per fact) and an editor resolving or dismissing it,
// each action one audit row.
import type { Kysely } from 'kysely';
import {
  factKeyProblem,
  linksOnly,
  MAX_OPEN_REPORTS_PER_FACT,
  REPORT_NOTE_MAX,
  REPORT_NOTE_MIN,
  REPORTED_FACT_TYPES,
} from '../../domain/reader-reports.ts';
import { toNumber } from '../codec.ts';
import type { StoreDialect } from '../dialect.ts';
import { StoreInputError } from '../errors.ts';
import { checkLanguage, checkNoNul } from '../limits.ts';
import { factSubjects, reportOf } from '../read/reader-reports.ts';
import type { Database } from '../schema.ts';
import type {
  AuditEntry,
  ReaderReportInput,
  ReaderReportOutcome,
  ReaderReportResolution,
  ReaderReportState,
} from '../types.ts';
import { checkEditorName } from './reviews.ts';
import { inWriteTransaction } from './save-article.ts';

const FACT_TYPES = new Set<string>(REPORTED_FACT_TYPES);
const RESOLUTION_MAX = 1000;

function checkReport(input: ReaderReportInput): string {
  if (!FACT_TYPES.has(input.factType)) {
    throw new StoreInputError(`type: not one of ${REPORTED_FACT_TYPES.join(', ')}: ${String(input.factType)}`);
  }
  const key = typeof input.factKey === 'string' ? input.factKey : '';
  const problem = factKeyProblem(input.factType, key);
  if (problem) throw new StoreInputError(problem);
  checkLanguage(input.language);
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  if (note.length < REPORT_NOTE_MIN || note.length > REPORT_NOTE_MAX) {
    throw new StoreInputError(`note: must be ${REPORT_NOTE_MIN}–${REPORT_NOTE_MAX} characters`);
  }
  checkNoNul(note, 'note');
  if (linksOnly(note)) throw new StoreInputError('note: say what is wrong, not only links');
  return note;
}

/** Stores an open report on a stored fact, unless that fact already has the most open reports allowed. */
export async function addReaderReport(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: ReaderReportInput,
  options: { maxOpenPerFact?: number } = {},
): Promise<ReaderReportOutcome> {
  const note = checkReport(input);
  const cap = options.maxOpenPerFact ?? MAX_OPEN_REPORTS_PER_FACT;
  return inWriteTransaction(db, dialect, async (trx) => {
    const subjects = await factSubjects(trx, [{ factType: input.factType, factKey: input.factKey }]);
    if (!subjects.has(`${input.factType}|${input.factKey}`)) return { status: 'missing' };
    // Counted inside the write transaction, which the store serialises: two posts cannot both take the last place.
    const open = await trx
      .selectFrom('reader_reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('fact_type', '=', input.factType)
      .where('fact_key', '=', input.factKey)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    if (toNumber(open.n) >= cap) return { status: 'full', open: toNumber(open.n) };
    const row = await trx
      .insertInto('reader_reports')
      .values({
        fact_type: input.factType,
        fact_key: input.factKey,
        language: input.language ?? null,
        note,
        created_at: new Date().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { status: 'added', report: reportOf({ ...row, editor_name: null }, subjects) };
  });
}

/** An editor resolves or dismisses an open report; the change and its audit row are one transaction. */
export async function resolveReaderReport(
  db: Kysely<Database>,
  dialect: StoreDialect,
  input: ReaderReportResolution,
): Promise<AuditEntry | null> {
  if (!Number.isSafeInteger(input.reportId) || input.reportId < 1 || input.reportId > 2_147_483_647) {
    throw new StoreInputError(`report: not a report id: ${String(input.reportId)}`);
  }
  if (input.status !== 'resolved' && input.status !== 'dismissed') {
    throw new StoreInputError(`status: not one of resolved, dismissed: ${String(input.status)}`);
  }
  checkEditorName(input.editor);
  const note = input.note?.trim() || undefined;
  if (note !== undefined && note.length > RESOLUTION_MAX) {
    throw new StoreInputError(`note: at most ${RESOLUTION_MAX} characters`);
  }
  checkNoNul(note, 'note');
  return inWriteTransaction(db, dialect, async (trx) => {
    const editor = await trx
      .selectFrom('editors')
      .select(['id', 'revoked_at'])
      .where('name', '=', input.editor)
      .executeTakeFirst();
    if (!editor || editor.revoked_at) throw new StoreInputError(`editor: no active editor named ${input.editor}`);
    const report = await trx
      .selectFrom('reader_reports')
      .leftJoin('editors', 'editors.id', 'reader_reports.resolved_by')
      .select(['reader_reports.id', 'status', 'resolution', 'editors.name as editor_name'])
      .where('reader_reports.id', '=', input.reportId)
      .executeTakeFirst();
    if (!report) return null;
    if (report.status !== 'open') {
      throw new StoreInputError(`report: #${report.id} is already ${report.status} by ${report.editor_name ?? '?'}`);
    }
    const now = new Date().toISOString();
    await trx
      .updateTable('reader_reports')
      .set({ status: input.status, resolved_by: editor.id, resolved_at: now, resolution: note ?? null })
      .where('id', '=', report.id)
      .execute();
    const before: ReaderReportState = { status: 'open', resolvedBy: null, resolution: null };
    const after: ReaderReportState = { status: input.status, resolvedBy: input.editor, resolution: note ?? null };
    const logged = await trx
      .insertInto('audit_log')
      .values({
        editor_id: editor.id,
        fact_type: 'report',
        fact_key: String(report.id),
        action: input.status,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        note: note ?? null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      id: logged.id,
      editor: input.editor,
      factType: 'report',
      factKey: String(report.id),
      action: input.status,
      before,
      after,
      note: note ?? null,
      at: now,
    };
  });
}
