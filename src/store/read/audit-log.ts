import type { Kysely } from 'kysely';
import { fromJson, toNumber } from '../codec.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, EntityState, Page, PageQuery, ReviewedState } from '../types.ts';

/** Audit rows with their editor's name and, for entity rows, the edit's other entity. */
export function auditRows(db: Kysely<Database>) {
  return db
    .selectFrom('audit_log')
    .innerJoin('editors', 'editors.id', 'audit_log.editor_id')
    .leftJoin('entity_edits', 'entity_edits.id', 'audit_log.edit_id')
    .selectAll('audit_log')
    .select(['editors.name', 'entity_edits.target_id']);
}

type AuditRow = Awaited<ReturnType<ReturnType<typeof auditRows>['execute']>>[number];

export function auditEntryOf(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    editor: r.name,
    factType: r.fact_type as AuditEntry['factType'],
    factKey: r.fact_key,
    action: r.action as AuditEntry['action'],
    before: fromJson<ReviewedState | EntityState>(r.before),
    after: fromJson<ReviewedState | EntityState>(r.after),
    note: r.note,
    at: r.created_at,
    ...(r.edit_id !== null ? { editId: r.edit_id, target: r.target_id ?? null } : {}),
  };
}

/** The audit log, newest first. */
export async function auditLog(db: Kysely<Database>, query: PageQuery = {}): Promise<Page<AuditEntry>> {
  const { limit, offset } = pageOf(query);
  const [rows, total] = await Promise.all([
    auditRows(db).orderBy('audit_log.id', 'desc').limit(limit).offset(offset).execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { total: toNumber(total.n), items: rows.map(auditEntryOf) };
}
