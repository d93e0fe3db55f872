import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';
import { chronicle } from './helpers.ts';

// A correction to `2020/1990` was accepted and gave an iCalendar DTEND before DTSTART. An interval
// that ends before it starts is refused, by the API and the CLI alike, with the fix in the message.

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

const REVERSED = /when: the interval 2020\/1990 ends before it starts \(earlier date first: 1990\/2020\)/;

describe.each(BACKENDS)('a reversed interval as a correction on $name', ({ name, make }) => {
  let backend: TestBackend;
  let store: Store;
  let token: string;
  let eventId: string;
  beforeAll(async () => {
    backend = await make();
    store = await backend.open();
    await store.saveArticle(
      buildArticle({
        language: 'en',
        title: 'Abai',
        sentences: [{ text: 'Abai was born in 1845.', event: { when: '1845', dateText: '1845', entityIds: [] } }],
      }),
    );
    token = (await store.addEditor('ed')).token;
    eventId = (await store.timeline({ limit: 1 })).items[0]!.id;
  });
  afterAll(async () => {
    await store?.close();
    await backend?.drop();
  });

  it('is refused by the API with a 400 and the fix', async () => {
    const app = createApp(async () => store);
    const res = await app.request(`/api/review/events/${eventId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'corrected', when: '2020/1990' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(REVERSED);
    expect((await store.auditLog()).total).toBe(0);
  });

  it('is refused by the CLI in one line', async () => {
    const where = name === 'sqlite' ? ['--db', backend.location] : [];
    const env = name === 'postgres' ? { DATABASE_URL: backend.location } : undefined;
    const run = await chronicle([...where, 'review', 'correct', eventId, '--editor', 'ed', '--when', '2020/1990'], {
      env,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(REVERSED);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('still takes an interval in order and a single date', async () => {
    await expect(
      store.reviewEvent({ eventId, editor: 'ed', decision: 'corrected', when: '1990/2020' }),
    ).resolves.toBeTruthy();
    await expect(
      store.reviewEvent({ eventId, editor: 'ed', decision: 'corrected', when: '2020/2020-05' }),
    ).resolves.toBeTruthy();
  });
});
