import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';
import { chronicle, tempDir } from '../cli/run.ts';

// /api/articles gave every article's absolute path on the server (`/home/deploy/archive/…`).
// Public answers give the path relative to the folder ingest was given, or the file name of a
// file named on its own; the absolute path stays the identity only inside the store.

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const article = (title: string, year: number) =>
  `---\ntitle: ${title}\nlang: en\n---\n\n${title} was founded in ${year}.\n`;

describe.each(BACKENDS)('paths in public answers on $name', { timeout: 120_000 }, ({ make }) => {
  const root = tempDir('paths');
  let backend: TestBackend;
  let store: Store;
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'archive', 'en'), { recursive: true });
    mkdirSync(join(root, 'archive', 'old'), { recursive: true });
    writeFileSync(join(root, 'archive', 'en', 'semey.md'), article('Semey', 1718));
    writeFileSync(join(root, 'archive', 'old', 'omsk.md'), article('Omsk', 1716));
    writeFileSync(join(root, 'lone.md'), article('Almaty', 1854));
    backend = await make();
    const env = backend.name === 'postgres' ? { DATABASE_URL: backend.location } : undefined;
    const db = backend.name === 'sqlite' ? ['--db', backend.location] : [];
    const ingest = await chronicle([...db, 'ingest', join(root, 'archive'), join(root, 'lone.md')], { env });
    expect(ingest.stdout, ingest.stderr).toContain('3 new');
    store = await backend.open();
    // Stored without one (as before migration 0020): the file name, never the folders.
    await store.saveArticle({
      ...buildArticle({ language: 'en', title: 'Abai', sentences: [{ text: 'Abai was born in 1845.' }] }),
      path: join(root, 'secret', 'abai.txt'),
    });
    server = await startServer({ port: 0, host: '127.0.0.1', store });
  });
  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  it('are relative to the ingest root and name no server folder', async () => {
    const list = await fetch(`${server.url}/api/articles`);
    const text = await list.text();
    const paths = (JSON.parse(text) as { items: { path: string }[] }).items.map((a) => a.path).sort();
    expect(paths).toEqual(['abai.txt', 'en/semey.md', 'lone.md', 'old/omsk.md']);
    expect(text).not.toContain(root);
    for (const id of [1, 2, 3, 4]) {
      const one = await (await fetch(`${server.url}/api/articles/${id}`)).text();
      expect(one, `article ${id}`).not.toContain(root);
      expect((await (await fetch(`${server.url}/articles/${id}`)).text()).includes(root), `page ${id}`).toBe(false);
    }
    // Inside the store the absolute path still finds the article.
    expect(await store.findArticleId({ site: null, sourceId: null, path: join(root, 'lone.md') })).not.toBeNull();
  });
});
