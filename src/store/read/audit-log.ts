import type { Kysely } from 'kysely';
import { fromJson, toNumber } from '../codec.ts';
import { pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { AuditEntry, Page, PageQuery } from '../types.ts';

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
    before: fromJson<AuditEntry['before']>(r.before),
    after: fromJson<AuditEntry['after']>(r.after),
    note: r.note,
    at: r.created_at,
    ...(r.edit_id !== null ? { editId: r.edit_id, target: r.target_id ?? null } : {}),
    ...(r.undoes !== null && r.undoes !== undefined ? { undid: r.undoes } : {}),
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

/**
 * An event's review history, oldest first: the decisions made under its id, and those made on one
 * of its sentences (the same article, extracted date and text) under the id an earlier extraction
 * gave the statement. Null when there is no such event.
 */
export async function eventHistory(db: Kysely<Database>, eventId: string): Promise<AuditEntry[] | null> {
  const event = await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst();
  if (!event) return null;
  const sentences = await db
    .selectFrom('event_sources')
    .select(['article_id', 'when_value', 'sentence_text'])
    .where('event_id', '=', eventId)
    .execute();
  const rows = await auditRows(db)
    .where('audit_log.fact_type', '=', 'event')
    .where((eb) =>
      eb.or([
        eb('audit_log.fact_key', '=', eventId),
        ...sentences.map((s) =>
          eb.and([
            eb('audit_log.anchor_article_id', '=', s.article_id),
            eb('audit_log.anchor_when', '=', s.when_value),
            eb('audit_log.anchor_sentence', '=', s.sentence_text),
          ]),
        ),
      ]),
    )
    .orderBy('audit_log.id')
    .execute();
  return rows.map(auditEntryOf);
}
