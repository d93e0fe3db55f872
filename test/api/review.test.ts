import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/** One sample article and one editor, made with the real CLI; the real server (micro-cache on) over them. */
let dir: string;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-review-api-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, [
    'ingest',
    'samples/en/renouncing-the-arsenal.txt',
    'samples/en/semipalatinsk-test-site-closure.txt',
  ]);
  token = (await chronicleOn(dbPath, ['editor', 'add', 'Aigerim S.'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${token}` });

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  return { res, status: res.status, body: text ? JSON.parse(text) : null };
}

function post(id: string, body: unknown, headers: Record<string, string> = auth()) {
  return call(`/api/review/events/${id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface Event {
  id: string;
  when: string;
  what: string;
  confidence: number;
  review?: { decision: string; editor: string; at: string };
}

describe('review API', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer chr_not-a-real-token-at-all-000000' }],
    ['another scheme', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
  ])('answers 401 with the error object given %s', async (_, headers: Record<string, string>) => {
    for (const path of ['/api/review/queue', '/api/review/log']) {
      const r = await call(path, { headers });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/token/) } });
      expect(r.res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
    const r = await post('ev-0000000000000000', { decision: 'confirmed' }, headers);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });

  it('lists the queue for an editor, never from a cache to anyone else', async () => {
    const r = await call('/api/review/queue?limit=5', { headers: auth() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.res.headers.get('Cache-Control')).toBe('private, no-store');
    const items: Event[] = r.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.confidence < 0.6)).toBe(true);
    expect(items.map((e) => e.confidence)).toEqual([...items.map((e) => e.confidence)].sort());
    // The same URL again without the token: the server's response cache must not answer it.
    expect((await call('/api/review/queue?limit=5')).status).toBe(401);
  });

  it('applies decisions to the public timeline and logs them with the editor', async () => {
    const queue: Event[] = (await call('/api/review/queue?limit=200', { headers: auth() })).body.items;
    const [first, second] = queue as [Event, Event];
    const corrected = await post(first.id, {
      decision: 'corrected',
      when: '1995/1999',
      what: 'The missile silos were blown up one by one',
      note: 'a range',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({
      editor: 'Aigerim S.',
      factType: 'event',
      factKey: first.id,
      action: 'corrected',
      before: { decision: null, when: first.when, what: first.what },
      after: { decision: 'corrected', when: '1995/1999', what: 'The missile silos were blown up one by one' },
      note: 'a range',
    });
    expect((await post(second.id, { decision: 'rejected' })).status).toBe(200);

    // Public reads stay open and show the overlay (a URL not asked for before, so not cached).
    const timeline = await call('/api/timeline?limit=200&offset=0');
    expect(timeline.status).toBe(200);
    const events: Event[] = timeline.body.items;
    expect(events.find((e) => e.id === second.id)).toBeUndefined();
    expect(events.find((e) => e.id === first.id)).toMatchObject({
      when: '1995/1999',
      startDate: '1995-01-01',
      endDate: '1999-12-31',
      review: { decision: 'corrected', editor: 'Aigerim S.' },
    });
    const queueAfter: Event[] = (await call('/api/review/queue?limit=200', { headers: auth() })).body.items;
    expect(queueAfter.map((e) => e.id)).not.toContain(first.id);
    expect(queueAfter.map((e) => e.id)).not.toContain(second.id);

    const log = await call('/api/review/log?limit=10', { headers: auth() });
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(2);
    expect(log.body.items.map((e: { action: string; editor: string }) => [e.action, e.editor])).toEqual([
      ['rejected', 'Aigerim S.'],
      ['corrected', 'Aigerim S.'],
    ]);
  });

  it('refuses bad input with a 4xx and a message naming it', async () => {
    const id: string = (await call('/api/review/queue?below=1', { headers: auth() })).body.items[0].id;
    const cases: [unknown, number, RegExp][] = [
      [{ decision: 'approved' }, 400, /json\.decision: Invalid option/],
      [{ decision: 'corrected', when: '29.08.1991' }, 400, /when: not a TIMEX3 date or ISO interval: "29\.08\.1991"/],
      [{ decision: 'corrected' }, 400, /corrected: give the right date \(when\) or description \(what\)/],
      [{ decision: 'rejected', what: 'x' }, 400, /when\/what: only a correction/],
      [{ decision: 'confirmed', editor: 'someone else' }, 400, /editor|Unrecognized/i],
      ['{"decision": ', 400, /JSON/i],
    ];
    for (const [body, status, message] of cases) {
      const r = await post(id, body);
      expect({ body, status: r.status }).toEqual({ body, status });
      expect(r.body.error.message).toMatch(message);
    }
    const unknown = await post('ev-0000000000000000', { decision: 'confirmed' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'not_found', message: 'event ev-0000000000000000 not found' });
    const badId = await post('not-an-event', { decision: 'confirmed' });
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toMatch(/param\.id/);
    expect((await call('/api/review/queue?below=2', { headers: auth() })).status).toBe(400);
    // Nothing refused reached the audit log.
    expect((await call('/api/review/log', { headers: auth() })).body.total).toBe(2);
  });

  it('is described in the OpenAPI document with its security scheme', async () => {
    const doc = (await call('/api/openapi.json')).body;
    expect(doc.components.securitySchemes.editorToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, method] of [
      ['/review/queue', 'get'],
      ['/review/events/{id}', 'post'],
      ['/review/log', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.security).toEqual([{ editorToken: [] }]);
      expect(Object.keys(doc.paths[path][method].responses)).toContain('401');
    }
    expect(doc.components.schemas.TimelineEvent.properties.review).toBeDefined();
  });
});
