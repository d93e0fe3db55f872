import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresBackend, refuseClaimsSaying, sqliteBackend, type TestBackend } from '../store/testing/backends.ts';
import type { Store } from '../store/types.ts';
import { prepareFile } from './pipeline.ts';
import { ingestUploads, uploadName } from './upload.ts';

/** Uploaded files go through the checks and analysis of `chronicle ingest`, one outcome per file. */

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../samples/e-history-1509.txt'));
const NOTE = '---\ntitle: Upload test note\nlanguage: en\n---\n\nIn 1991 the Semipalatinsk test site was closed.\n';
const bytes = (s: string) => new TextEncoder().encode(s);

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('ingestUploads on $name', ({ make }) => {
  let backend: TestBackend;
  let store: Store;

  afterEach(async () => {
    await store?.close();
    await backend?.drop();
  });

  it('stores good files, refuses each bad one with its reason, and tells new, updated and unchanged apart', async () => {
    backend = await make();
    store = await backend.open();
    const first = await ingestUploads(
      store,
      [
        { name: 'e-history-1509.txt', bytes: SAMPLE },
        { name: 'C:\\Users\\me\\note.md', bytes: bytes(NOTE) },
        { name: 'blob.txt', bytes: new Uint8Array([0x61, 0x00, 0x62]) },
        { name: 'latin1.txt', bytes: new Uint8Array([0x61, 0xff, 0x62]) },
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'bad.json', bytes: bytes('{"title": ') },
        { name: 'big.txt', bytes: new Uint8Array(200 * 1024).fill(0x61) },
        { name: 'note.md', bytes: bytes(NOTE) },
      ],
      { maxFiles: 20, maxFileBytes: 100 * 1024, maxRequestBytes: 1e6 },
    );
    const [sample, note, ...bad] = first;
    expect(sample).toMatchObject({ ok: true, status: 'new', revision: 1, language: 'en' });
    if (!sample?.ok) throw new Error('the sample should be stored');
    expect(sample.events).toBeGreaterThan(0);
    expect(sample.entities).toBeGreaterThan(0);
    expect(note).toMatchObject({ name: 'note.md', ok: true, status: 'new', title: 'Upload test note', language: 'en' });
    expect(bad.map((o) => [o.name, o.ok ? 'stored' : o.reason])).toEqual([
      ['blob.txt', 'binary file (NUL byte at offset 1)'],
      ['latin1.txt', 'not UTF-8 (byte 0xFF at offset 1)'],
      ['empty.txt', 'empty file'],
      ['bad.json', expect.stringMatching(/JSON/)],
      ['big.txt', 'too large (200 KB; at most 100 KB a file)'],
      ['note.md', 'the same file name twice in one upload'],
    ]);
    expect((await store.listArticles()).total).toBe(2);
    // The stored article shows the uploaded name, never the private folder it was read from.
    expect((await store.getArticle(note?.ok ? note.articleId : 0))?.path).toBe('note.md');

    const again = await ingestUploads(store, [
      { name: 'note.md', bytes: bytes(NOTE.replace('1991', '1990')) },
      { name: 'e-history-1509.txt', bytes: SAMPLE },
    ]);
    expect(again.map((o) => (o.ok ? [o.status, o.revision] : o.reason))).toEqual([
      ['updated', 2],
      ['unchanged', 1],
    ]);
  }, 60_000);

  it('a file the store refuses mid-save leaves nothing of it behind, and the others are stored', async () => {
    backend = await make();
    store = await backend.open();
    const prepared = await prepareFile(resolve(import.meta.dirname, '../../samples/e-history-1509.txt'));
    const claim = prepared.ok ? prepared.analysis.claims[0] : undefined;
    if (!claim) throw new Error('the sample should have a claim');
    await refuseClaimsSaying(backend, claim.text.replaceAll("'", "''"));
    const outcomes = await ingestUploads(store, [
      { name: 'e-history-1509.txt', bytes: SAMPLE },
      { name: 'note.md', bytes: bytes(NOTE) },
    ]);
    expect(outcomes.map((o) => (o.ok ? o.status : o.reason))).toEqual([
      expect.stringMatching(/refused by test trigger/),
      'new',
    ]);
    const articles = await store.listArticles();
    expect(articles.items.map((a) => a.title)).toEqual(['Upload test note']);
    expect((await store.search({ q: 'Semipalatinsk' })).results.map((r) => r.title)).toEqual(['Upload test note']);
  }, 60_000);
});

describe('uploadName', () => {
  it('keeps the last part of a name, without control characters', () => {
    expect(uploadName('../../etc/passwd')).toBe('passwd');
    expect(uploadName('a\u0000b\n.txt')).toBe('ab.txt');
    expect(uploadName('..')).toBe('upload');
    expect(uploadName(`${'x'.repeat(300)}.md`)).toHaveLength(193);
  });
});
