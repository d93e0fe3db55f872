// Readers' reports as editors list them, each with what its fact is now.
import type { Kysely } from 'kysely';
import type { Language } from '../../domain/languages.ts';
import { toNumber } from '../codec.ts';
import { StoreInputError } from '../errors.ts';
import { checkLanguage, pageOf } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { Page, ReaderReport, ReaderReportQuery, ReaderReportStatus, ReportedFactType } from '../types.ts';
import { reviewedState, reviewsFor } from './review-overlay.ts';

const STATUSES = new Set<string>(['open', 'resolved', 'dismissed']);

type FactRef = { factType: string; factKey: string };

/**
 * What each fact is as readers see it now, by `type|key`: an event's date and description (a
 * correction shown), an entity's name, a conflict's subject, a claim's text. A fact that is not
 * stored has no entry, which is how a report on it is refused.
 */
export async function factSubjects(db: Kysely<Database>, facts: FactRef[]): Promise<Map<string, string>> {
  const keysOf = (type: string) => [...new Set(facts.filter((f) => f.factType === type).map((f) => f.factKey))];
  const found = new Map<string, string>();
  const events = keysOf('event');
  if (events.length) {
    const [rows, reviews] = await Promise.all([
      db.selectFrom('events').select(['id', 'when_value', 'what']).where('id', 'in', events).execute(),
      reviewsFor(db, events),
    ]);
    for (const r of rows) {
      const shown = reviewedState({ when: r.when_value, what: r.what }, reviews.get(r.id));
      found.set(`event|${r.id}`, `${shown.when}: ${shown.what}`);
    }
  }
  const entities = keysOf('entity');
  if (entities.length) {
    const rows = await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', entities).execute();
    for (const r of rows) found.set(`entity|${r.id}`, r.name);
  }
  const conflicts = keysOf('conflict').map(Number);
  if (conflicts.length) {
    const rows = await db.selectFrom('conflicts').select(['id', 'subject']).where('id', 'in', conflicts).execute();
    for (const r of rows) found.set(`conflict|${r.id}`, r.subject);
  }
  for (const key of keysOf('claim')) {
    const [article, start, end] = key.split(/[:-]/).map(Number) as [number, number, number];
    const row = await db
      .selectFrom('claims')
      .select('text')
      .where('article_id', '=', article)
      .where('start_pos', '=', start)
      .where('end_pos', '=', end)
      .executeTakeFirst();
    if (row) found.set(`claim|${key}`, row.text);
  }
  return found;
}

export interface ReportRow {
  id: number;
  fact_type: string;
  fact_key: string;
  language: string | null;
  note: string;
  created_at: string;
  status: string;
  resolved_at: string | null;
  resolution: string | null;
  editor_name: string | null;
}

export function reportOf(r: ReportRow, subjects: Map<string, string>): ReaderReport {
  return {
    id: r.id,
    factType: r.fact_type as ReportedFactType,
    factKey: r.fact_key,
    language: r.language as Language | null,
    note: r.note,
    createdAt: r.created_at,
    status: r.status as ReaderReportStatus,
    resolvedBy: r.editor_name,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
    subject: subjects.get(`${r.fact_type}|${r.fact_key}`) ?? null,
  };
}

/** Reports of one status (open by default), newest first, filtered by fact and language. */
export async function readerReports(db: Kysely<Database>, query: ReaderReportQuery = {}): Promise<Page<ReaderReport>> {
  const { limit, offset } = pageOf(query);
  const status = query.status ?? 'open';
  if (!STATUSES.has(status)) throw new StoreInputError(`status: not one of open, resolved, dismissed: ${status}`);
  checkLanguage(query.language);
  let base = db.selectFrom('reader_reports').where('reader_reports.status', '=', status);
  if (query.factType) base = base.where('reader_reports.fact_type', '=', query.factType);
  if (query.factKey) base = base.where('reader_reports.fact_key', '=', query.factKey);
  if (query.language) base = base.where('reader_reports.language', '=', query.language);
  const [rows, total] = await Promise.all([
    base
      .leftJoin('editors', 'editors.id', 'reader_reports.resolved_by')
      .selectAll('reader_reports')
      .select('editors.name as editor_name')
      .orderBy('reader_reports.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const subjects = await factSubjects(
    db,
    rows.map((r) => ({ factType: r.fact_type, factKey: r.fact_key })),
  );
  return { total: toNumber(total.n), items: rows.map((r) => reportOf(r, subjects)) };
}
