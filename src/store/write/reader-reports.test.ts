import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { closure, osceEn } from '../testing/corpus.ts';
import type { ReaderReportState, Store } from '../types.ts';

/**
 * Readers' reports against SQLite and a fresh PostgreSQL database: a report on a stored fact is
 * kept open with its note, one on a missing fact is not, a fact's open reports are capped, and an
 * editor resolving or dismissing one writes exactly one audit row with before and after.
 */

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('readers’ reports on $name', ({ make }) => {
  const open: { backend: TestBackend; store: Store }[] = [];

  async function fresh(): Promise<Store> {
    const backend = await make();
    const store = await backend.open();
    open.push({ backend, store });
    await store.saveArticle(osceEn());
    await store.saveArticle(closure('401', '1991-08-29', '29 August 1991'));
    await store.saveArticle(closure('403', '1990-08-29', '29 August 1990', 456));
    return store;
  }

  afterEach(async () => {
    for (const { backend, store } of open.splice(0)) {
      await store.close().catch(() => {});
      await backend.drop();
    }
  });

  const firstEvent = async (store: Store) => (await store.timeline({ limit: 1 })).items[0]!;

  it('keeps a report on an event, an entity and a conflict open, with the note and what the fact is', async () => {
    const store = await fresh();
    const event = await firstEvent(store);
    const conflict = (await store.listConflicts()).items[0]!;
    const onEvent = await store.addReaderReport({
      factType: 'event',
      factKey: event.id,
      language: 'ru',
      note: '  Дата неверна: указ подписан в 1995 году  ',
    });
    expect(onEvent).toMatchObject({
      status: 'added',
      report: {
        factType: 'event',
        factKey: event.id,
        language: 'ru',
        note: 'Дата неверна: указ подписан в 1995 году',
        status: 'open',
        resolvedBy: null,
        subject: `${event.when}: ${event.what}`,
      },
    });
    await store.addReaderReport({ factType: 'entity', factKey: 'org:osce', note: 'Wrong name' });
    await store.addReaderReport({ factType: 'conflict', factKey: String(conflict.id), note: 'Not a conflict' });
    const page = await store.readerReports();
    expect(page.total).toBe(3);
    // Newest first, each with its subject.
    expect(page.items.map((r) => [r.factType, r.subject])).toEqual([
      ['conflict', conflict.subject],
      ['entity', 'OSCE'],
      ['event', `${event.when}: ${event.what}`],
    ]);
    expect((await store.readerReports({ factType: 'entity' })).items.map((r) => r.factKey)).toEqual(['org:osce']);
    expect((await store.readerReports({ language: 'ru' })).total).toBe(1);
    expect((await store.readerReports({ status: 'resolved' })).total).toBe(0);
    expect(await store.reportedFact('entity', 'org:osce')).toBe('OSCE');
    expect(await store.reportedFact('entity', 'org:nobody')).toBeNull();
  });

  it('stores nothing for a fact that is not stored, and refuses bad input naming the field', async () => {
    const store = await fresh();
    expect(
      await store.addReaderReport({ factType: 'event', factKey: 'ev-0000000000000000', note: 'Wrong date' }),
    ).toEqual({ status: 'missing' });
    expect(await store.addReaderReport({ factType: 'conflict', factKey: '999', note: 'Wrong' })).toEqual({
      status: 'missing',
    });
    const event = await firstEvent(store);
    await expect(store.addReaderReport({ factType: 'event', factKey: event.id, note: 'no' })).rejects.toThrow(
      /^note: must be 3–1000 characters/,
    );
    await expect(
      store.addReaderReport({ factType: 'event', factKey: event.id, note: 'x'.repeat(1001) }),
    ).rejects.toThrow(/^note: must be 3–1000/);
    await expect(
      store.addReaderReport({ factType: 'event', factKey: event.id, note: 'https://spam.example/buy' }),
    ).rejects.toThrow(/^note: say what is wrong, not only links/);
    await expect(store.addReaderReport({ factType: 'event', factKey: 'org:osce', note: 'Wrong' })).rejects.toThrow(
      /^key: not an event id/,
    );
    await expect(
      store.addReaderReport({ factType: 'article' as 'event', factKey: event.id, note: 'Wrong' }),
    ).rejects.toThrow(/^type: not one of event, entity, claim, conflict/);
    await expect(
      store.addReaderReport({ factType: 'event', factKey: event.id, note: 'Wrong', language: 'de' as 'en' }),
    ).rejects.toThrow(/^language: not one of/);
    await expect(
      store.addReaderReport({ factType: 'event', factKey: event.id, note: 'Wrong\u0000date' }),
    ).rejects.toThrow(/^note: must not contain the NUL/);
    expect((await store.readerReports()).total).toBe(0);
  });

  it('caps the open reports of one fact; resolving one makes room again', async () => {
    const store = await fresh();
    const event = await firstEvent(store);
    const report = (n: number) =>
      store.addReaderReport(
        { factType: 'event', factKey: event.id, note: `Wrong date, report ${n}` },
        { maxOpenPerFact: 3 },
      );
    for (let n = 1; n <= 3; n++) expect((await report(n)).status).toBe('added');
    expect(await report(4)).toEqual({ status: 'full', open: 3 });
    expect((await store.readerReports()).total).toBe(3);
    // Another fact is not affected.
    expect((await store.addReaderReport({ factType: 'entity', factKey: 'org:osce', note: 'Wrong' })).status).toBe(
      'added',
    );
    await store.addEditor('Aigerim S.');
    const oldest = (await store.readerReports({ factType: 'event' })).items.at(-1)!;
    await store.resolveReaderReport({ reportId: oldest.id, editor: 'Aigerim S.', status: 'dismissed' });
    expect((await report(5)).status).toBe('added');
  });

  it('an editor resolves or dismisses a report: one audit row each, with before and after', async () => {
    const store = await fresh();
    await store.addEditor('Aigerim S.');
    const event = await firstEvent(store);
    const a = await store.addReaderReport({ factType: 'event', factKey: event.id, note: 'The year is wrong' });
    const b = await store.addReaderReport({ factType: 'entity', factKey: 'org:osce', note: 'Spam, really' });
    if (a.status !== 'added' || b.status !== 'added') throw new Error('not added');

    const resolved = await store.resolveReaderReport({
      reportId: a.report.id,
      editor: 'Aigerim S.',
      status: 'resolved',
      note: 'date corrected',
    });
    const before: ReaderReportState = { status: 'open', resolvedBy: null, resolution: null };
    expect(resolved).toMatchObject({
      editor: 'Aigerim S.',
      factType: 'report',
      factKey: String(a.report.id),
      action: 'resolved',
      before,
      after: { status: 'resolved', resolvedBy: 'Aigerim S.', resolution: 'date corrected' },
      note: 'date corrected',
    });
    await store.resolveReaderReport({ reportId: b.report.id, editor: 'Aigerim S.', status: 'dismissed' });

    expect((await store.readerReports()).total).toBe(0);
    expect((await store.readerReports({ status: 'resolved' })).items).toMatchObject([
      { id: a.report.id, status: 'resolved', resolvedBy: 'Aigerim S.', resolution: 'date corrected' },
    ]);
    expect((await store.readerReports({ status: 'dismissed' })).items[0]).toMatchObject({
      id: b.report.id,
      resolvedBy: 'Aigerim S.',
      resolution: null,
    });
    // Exactly one audit row per action, as the log reads them back.
    const log = await store.auditLog();
    expect(log.items.map((e) => [e.factType, e.factKey, e.action])).toEqual([
      ['report', String(b.report.id), 'dismissed'],
      ['report', String(a.report.id), 'resolved'],
    ]);
    expect(log.items[1]).toMatchObject({ before, after: { status: 'resolved', resolvedBy: 'Aigerim S.' } });

    // A report is acted on once; unknown reports and editors are named.
    await expect(
      store.resolveReaderReport({ reportId: a.report.id, editor: 'Aigerim S.', status: 'dismissed' }),
    ).rejects.toThrow(/^report: #\d+ is already resolved by Aigerim S\./);
    expect(await store.resolveReaderReport({ reportId: 9999, editor: 'Aigerim S.', status: 'resolved' })).toBeNull();
    await expect(
      store.resolveReaderReport({ reportId: a.report.id, editor: 'nobody', status: 'resolved' }),
    ).rejects.toThrow(/^editor: no active editor named nobody/);
    await expect(
      store.resolveReaderReport({ reportId: a.report.id, editor: 'Aigerim S.', status: 'open' as 'resolved' }),
    ).rejects.toThrow(/^status: not one of resolved, dismissed/);
    expect((await store.auditLog()).total).toBe(2);
  });
});
