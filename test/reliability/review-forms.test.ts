import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';

// The review forms change state, so each refuses a post another site made (Origin, Sec-Fetch-Site
// or Referer naming another origin), logout included; a body that is no form is a 400, not a 500.

const SITE = 'http://localhost';
let backend: TestBackend;
let store: Store;
let app: ReturnType<typeof createApp>;
let cookie: string;
let eventId: string;

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
  const { token } = await store.addEditor('ed');
  cookie = `chronicle_editor=${token}`;
  eventId = (await store.timeline({ limit: 1 })).items[0]!.id;
  app = createApp(async () => store);
});
afterAll(async () => {
  await store?.close();
  await backend?.drop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (path: string, headers: Record<string, string>, body = '') =>
  app.request(`${SITE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });

describe('review forms', () => {
  const crossSite: Record<string, Record<string, string>> = {
    Origin: { origin: 'http://evil.test' },
    'Origin null': { origin: 'null' },
    'Sec-Fetch-Site': { 'sec-fetch-site': 'cross-site' },
    Referer: { referer: 'http://evil.test/page' },
  };

  it.each(Object.keys(crossSite))('refuse a post from another site by %s, logout included', async (kind) => {
    const headers = { cookie, ...crossSite[kind] };
    for (const path of ['/review/logout', `/review/events/${eventId}`, '/review/login']) {
      const res = await post(path, headers, form({ decision: 'confirmed', token: 'x' }));
      expect(res.status, path).toBe(403);
    }
    expect((await store.auditLog()).total).toBe(0);
  });

  it('take a post from this site', async () => {
    const res = await post('/review/logout', { cookie, origin: SITE, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(303);
    const decided = await post(
      `/review/events/${eventId}`,
      { cookie, referer: `${SITE}/review` },
      form({ decision: 'confirmed' }),
    );
    expect(decided.status).toBe(303);
  });

  it('behind a TLS proxy that says so (CHRONICLE_TRUST_PROXY=1), take its origin and set a Secure cookie', async () => {
    const { token } = await store.addEditor('proxied');
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'chronicle.example' };
    const login = (headers: Record<string, string>) => post('/review/login', headers, form({ token }));
    // Not told: the forwarded origin is not this server's, and the cookie is not Secure.
    expect((await login({ ...proxied, origin: 'https://chronicle.example' })).status).toBe(403);
    expect((await login({ origin: SITE })).headers.get('set-cookie')).not.toMatch(/Secure/);
    process.env.CHRONICLE_TRUST_PROXY = '1';
    try {
      const res = await login({ ...proxied, origin: 'https://chronicle.example' });
      expect(res.status).toBe(303);
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
      expect((await login({ ...proxied, origin: SITE })).status).toBe(403);
    } finally {
      delete process.env.CHRONICLE_TRUST_PROXY;
    }
  });

  it('answer 400 to a body that is no form', async () => {
    const multipart = { 'content-type': 'multipart/form-data; boundary=zzz', origin: SITE };
    for (const path of ['/review/login', `/review/events/${eventId}`]) {
      const res = await post(path, { cookie, ...multipart }, '--zzz\r\nContent-Disposition: form-data\r\n\r\nbroken');
      expect(res.status, path).toBe(400);
    }
  });
});
