import type { Kysely } from 'kysely';
import { fromJson, toNumber } from '../codec.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, Page, PageQuery, ReviewedState } from '../types.ts';

/** The audit log, newest first. */
export async function auditLog(db: Kysely<Database>, query: PageQuery = {}): Promise<Page<AuditEntry>> {
  const { limit, offset } = pageOf(query);
  const [rows, total] = await Promise.all([
    db
      .selectFrom('audit_log')
      .innerJoin('editors', 'editors.id', 'audit_log.editor_id')
      .selectAll('audit_log')
      .select('editors.name')
      .orderBy('audit_log.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: toNumber(total.n),
    items: rows.map((r) => ({
      id: r.id,
      editor: r.name,
      factType: r.fact_type as AuditEntry['factType'],
      factKey: r.fact_key,
      action: r.action as AuditEntry['action'],
      before: fromJson<ReviewedState>(r.before),
      after: fromJson<ReviewedState>(r.after),
      note: r.note,
      at: r.created_at,
    })),
  };
}
