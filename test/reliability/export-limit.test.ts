import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';

// Exports are the heaviest answers; a few clients asking at once took the server down (issue 15,
// 3). Past the limit an export is a 503 with Retry-After at once, and other routes keep answering.

let backend: TestBackend;
let store: Store;
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
});
afterAll(async () => {
  await store?.close();
  await backend?.drop();
});

/** The store with a slow timeline, so that exports overlap. */
function slowStore(ms: number): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'timeline' || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        await new Promise((r) => setTimeout(r, ms));
        return value.apply(target, args);
      };
    },
  });
}

describe('export concurrency', () => {
  it('answers 503 with Retry-After past the limit while other routes answer', async () => {
    const app = createApp(async () => slowStore(300));
    const exports = Array.from({ length: 5 }, () => app.request('/api/export/csv'));
    const light = await app.request('/api/articles');
    expect(light.status).toBe(200);
    const answers = await Promise.all(exports);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 503, 503, 503]);
    const busy = answers.find((r) => r.status === 503)!;
    expect(busy.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('busy');
    // Once they are done (streamed to the end), exports are taken again.
    await Promise.all(answers.filter((r) => r.status === 200).map((r) => r.text()));
    expect((await app.request('/api/export/csv')).status).toBe(200);
  });
});
