import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';

// A JSON article may escape lone surrogates (`\ud800`), which no UTF-8 database can hold: SQLite
// stored each as three U+FFFD (moving every later offset by 2) and PostgreSQL refused the file.
// Ingest makes the text well-formed once, each lone surrogate one U+FFFD, so offsets stay put and
// both backends store the same article.

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const dir = mkdtempSync(join(tmpdir(), 'chronicle-surrogates-'));
const file = join(dir, 'lone.json');
// Raw JSON: the escapes must reach JSON.parse as written.
writeFileSync(
  file,
  String.raw`{"title":"Abai \ud800 and \udc00","language":"en","body":"In 1845 \ud800\udc00 \ud83c Abai was born in Semey. \udfff In 1904 the Kazakh poet Abai Kunanbaiuly died."}`,
);

describe.each(BACKENDS)('lone surrogates in a JSON article on $name', ({ make }) => {
  let backend: TestBackend;
  let store: Store;
  beforeAll(async () => {
    backend = await make();
    store = await backend.open();
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  it('stores the article with each lone surrogate as one U+FFFD and every offset on its words', async () => {
    const outcome = await ingestFile(store, file);
    expect(outcome).toMatchObject({ ok: true });
    const article = (await store.getArticle(1))!;
    expect(article.title).toBe('Abai \uFFFD and \uFFFD');
    expect(article.text).toBe(
      'In 1845 \u{10000} \uFFFD Abai was born in Semey. \uFFFD In 1904 the Kazakh poet Abai Kunanbaiuly died.',
    );
    const spans = [...article.analysis.timexes, ...article.analysis.entities.flatMap((e) => e.mentions)];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of article.analysis.timexes) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    for (const e of article.analysis.entities) {
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(article.analysis.timexes.map((t) => t.text)).toEqual(expect.arrayContaining(['1845', '1904']));
  });
});
