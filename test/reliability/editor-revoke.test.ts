import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { buildArticle } from '../../src/store/testing/fixtures.ts';
import { chronicle } from '../cli/run.ts';

// An editor token could not be taken back: a leaked or departed editor's token worked for ever.
// `chronicle editor revoke NAME` stops it at once for the API and the review pages, on a server
// that is already running, and the audit log records the revocation.

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('chronicle editor revoke on $name', { timeout: 120_000 }, ({ make }) => {
  let backend: TestBackend;
  let store: Store;
  let server: RunningServer;
  let token: string;
  let eventId: string;

  const cli = (args: string[]) =>
    backend.name === 'sqlite'
      ? chronicle(['--db', backend.location, ...args])
      : chronicle(args, { env: { DATABASE_URL: backend.location } });
  const api = (path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const page = () => fetch(`${server.url}/review`, { headers: { cookie: `chronicle_editor=${token}` } });
  const signIn = () =>
    fetch(`${server.url}/review/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ token }).toString(),
    });

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
    eventId = (await store.timeline({ limit: 1 })).items[0]!.id;
    token = (await store.addEditor('aigerim')).token;
    await store.addEditor('dana');
    server = await startServer({ port: 0, host: '127.0.0.1', store });
  });
  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  it('stops the token at once for the API and the pages, keeps the decisions and logs it', async () => {
    expect((await api('/api/review/queue')).status).toBe(200);
    expect((await page()).status).toBe(200);
    const decided = await fetch(`${server.url}/api/review/events/${eventId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'confirmed' }),
    });
    expect(decided.status).toBe(200);

    const revoked = await cli(['editor', 'revoke', 'aigerim', '--note', 'left the team']);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stderr).toMatch(/^editor aigerim revoked at \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);

    // The same running server: no restart, no cache in between.
    expect((await api('/api/review/queue')).status).toBe(401);
    expect((await page()).status).toBe(401);
    expect((await signIn()).status).toBe(401);
    expect(await store.editorByToken(token)).toBeNull();

    const log = await store.auditLog();
    expect(log.items.map((e) => [e.factType, e.action, e.editor])).toEqual([
      ['editor', 'revoked', 'aigerim'],
      ['event', 'confirmed', 'aigerim'],
    ]);
    expect(log.items[0]).toMatchObject({ factKey: 'aigerim', note: 'left the team' });
    // Past decisions keep their editor on the public timeline.
    expect((await store.timeline({ limit: 1 })).items[0]?.review).toMatchObject({ editor: 'aigerim' });

    const listed = JSON.parse((await cli(['editor', 'list', '--json'])).stdout);
    expect(listed).toEqual([
      expect.objectContaining({ name: 'aigerim', revokedAt: expect.any(String) }),
      expect.not.objectContaining({ revokedAt: expect.anything() }),
    ]);
    // Nor can the command line decide in the revoked editor's name.
    const refused = await cli(['review', 'reject', eventId, '--editor', 'aigerim']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^chronicle: .*"aigerim" was revoked at .*\n$/);
  });

  it('names an editor it does not know in one line, and revoking twice logs once', async () => {
    const unknown = await cli(['editor', 'revoke', 'nobody']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toBe('chronicle: editor revoke: no editor named "nobody"\n');
    expect((await cli(['editor', 'revoke', 'aigerim'])).code).toBe(0);
    expect((await store.auditLog()).items.filter((e) => e.factType === 'editor')).toHaveLength(1);
  });
});
