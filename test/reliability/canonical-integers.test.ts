import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';

// Ids, page sizes and years are whole numbers written in digits: Number() read `1e1` as article 10,
// `0x10` as a page of 16 and an empty `from=` as the year 0.

let backend: TestBackend;
let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  backend = sqliteBackend();
  store = await backend.open();
  await store.saveArticle(
    buildArticle({
      language: 'en',
      title: 'Abai',
      sentences: [{ text: 'Abai was born in 1845.', event: { when: '1845', dateText: '1845', entityIds: [] } }],
    }),
  );
  app = createApp(async () => store);
});
afterAll(async () => {
  await store?.close();
  await backend?.drop();
});

describe('integers in the API', () => {
  it.each([
    '/api/articles/1e1',
    '/api/articles/01',
    '/api/articles/0x1',
    '/api/articles/1.0',
    '/api/articles?limit=0x10',
    '/api/articles?limit=1e1',
    '/api/articles?offset=%2B1',
    '/api/articles?limit=',
    '/api/timeline?from=',
    '/api/timeline?to=%201990',
    '/api/search?q=Abai&from=1e3',
    '/api/export/csv?from=0x7D0',
  ])('%s is a 400 naming the parameter', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/whole number|required/);
  });

  it.each([
    '/api/articles/1',
    '/api/articles?limit=10&offset=0',
    '/api/timeline?from=-500&to=1900',
    '/api/search?q=Abai&from=1800',
  ])('%s still answers', async (path) => {
    expect((await app.request(path)).status).toBe(200);
  });
});
