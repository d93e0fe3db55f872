import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';

// PostgreSQL text cannot hold U+0000: a NUL in a query or a note reached it and came back as a 500.
// Both backends refuse it the same way, with a 400 naming the field, before any SQL runs.

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('NUL in input on $name', ({ make }) => {
  let backend: TestBackend;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    backend = await make();
    store = await backend.open();
    await store.saveArticle(
      buildArticle({
        language: 'en',
        title: 'Abai',
        entities: [{ id: 'person:abai', name: 'Abai', type: 'PERSON' }],
        sentences: [
          { text: 'Abai was born in 1845.', event: { when: '1845', dateText: '1845', entityIds: ['person:abai'] } },
        ],
      }),
    );
    app = createApp(async () => store);
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  it.each(['/api/search', '/api/entities'])('%s?q=a%%00b answers 400 with a message', async (path) => {
    const res = await app.request(`${path}?q=a%00b`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/q: .*NUL/);
  });

  it.each(['/search', '/entities'])('%s?q=a%%00b answers a 400 page', async (path) => {
    const res = await app.request(`${path}?q=a%00b`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/NUL/);
  });

  it('refuses a review note holding U+0000 and keeps the event unreviewed', async () => {
    const { editor } = await store.addEditor('ed');
    const [event] = (await store.timeline({ limit: 1 })).items;
    const review = store.reviewEvent({
      eventId: event!.id,
      editor: editor.name,
      decision: 'confirmed',
      note: 'a\u0000b',
    });
    await expect(review).rejects.toThrow(/note: .*NUL/);
    expect(await store.auditLog()).toMatchObject({ total: 0 });
  });

  it('still answers a query without NUL', async () => {
    expect((await app.request('/api/search?q=Abai')).status).toBe(200);
    expect((await app.request('/entities?q=Ab')).status).toBe(200);
  });
});
