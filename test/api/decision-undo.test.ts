import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/**
 * Undo and history of decisions and the review of conflicts, over real HTTP: the API with a bearer
 * token, and the website's plain forms (no JavaScript) with the editor's cookie. The samples in
 * three languages, ingested by the real CLI, hold one conflict (456 against 468 nuclear tests).
 */
let dir: string;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-decision-undo-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/*/*.{txt,md,html}']);
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

const postJson = (path: string, body: unknown, headers: Record<string, string> = auth()) =>
  call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function signIn(): Promise<string> {
  const res = await form('/review/login', { token });
  expect(res.status).toBe(303);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function firstEvent(): Promise<{ id: string; what: string; when: string }> {
  return (await call('/api/timeline?limit=1')).body.items[0];
}

describe('undo and history through the API', () => {
  it('answers 401 to readers on every new route', async () => {
    const event = await firstEvent();
    for (const [method, path] of [
      ['GET', `/api/review/events/${event.id}/history`],
      ['POST', '/api/review/decisions/1/undo'],
      ['GET', '/api/review/conflicts'],
      ['GET', '/api/review/conflicts/1'],
      ['POST', '/api/review/conflicts/1'],
    ] as const) {
      const { status, body, res } = await call(path, { method, headers: { 'Content-Type': 'application/json' } });
      expect([path, status, body.error.code]).toEqual([path, 401, 'unauthorized']);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
  });

  it('undoes the latest decision, refuses an older one with 409, and lists the history', async () => {
    const event = await firstEvent();
    const confirmed = await postJson(`/api/review/events/${event.id}`, { decision: 'confirmed' });
    const corrected = await postJson(`/api/review/events/${event.id}`, { decision: 'corrected', when: '1990/1999' });
    expect([confirmed.status, corrected.status]).toEqual([200, 200]);

    const older = await postJson(`/api/review/decisions/${confirmed.body.id}/undo`, {});
    expect(older.status).toBe(409);
    expect(older.body.error.code).toBe('conflict');
    expect(older.body.error.message).toContain(`${corrected.body.id} (corrected by Aigerim S.`);

    expect(
      (await postJson(`/api/review/decisions/${corrected.body.id}/undo`, { bogus: 1 })).body.error.message,
    ).toMatch(/json: Unrecognized key/);
    expect((await postJson(`/api/review/decisions/${corrected.body.id}/undo`, { note: 7 })).body.error.message).toMatch(
      /json\.note/,
    );
    expect((await postJson('/api/review/decisions/99999/undo', {})).status).toBe(404);
    expect((await postJson('/api/review/decisions/x/undo', {})).status).toBe(400);

    // Without a body at all, as with curl -X POST.
    const undo = await call(`/api/review/decisions/${corrected.body.id}/undo`, { method: 'POST', headers: auth() });
    expect(undo.status).toBe(200);
    expect(undo.res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(undo.body).toMatchObject({
      action: 'undone',
      undid: corrected.body.id,
      before: { decision: 'corrected', when: '1990/1999' },
      after: { decision: 'confirmed', when: event.when },
    });
    const shown = (await call(`/api/timeline?limit=1`)).body.items[0];
    expect([shown.id, shown.when, shown.review.decision]).toEqual([event.id, event.when, 'confirmed']);

    const history = await call(`/api/review/events/${event.id}/history`, { headers: auth() });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['confirmed', 'corrected', 'undone']);
    expect((await call('/api/review/events/ev-0000000000000000/history', { headers: auth() })).status).toBe(404);
    expect((await call('/api/review/events/nope/history', { headers: auth() })).status).toBe(400);
  });

  it('dismisses a conflict so readers no longer see it, and restores it with undo', async () => {
    const before = (await call('/api/conflicts')).body;
    expect(before.total).toBe(1);
    const conflict = before.items[0];
    expect((await postJson(`/api/review/conflicts/${conflict.id}`, { decision: 'maybe' })).body.error.message).toMatch(
      /json\.decision/,
    );
    expect((await postJson('/api/review/conflicts/99999', { decision: 'dismissed' })).status).toBe(404);

    const dismissed = await postJson(`/api/review/conflicts/${conflict.id}`, {
      decision: 'dismissed',
      note: 'one figure is a round estimate',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({
      factType: 'conflict',
      action: 'dismissed',
      after: { decision: 'dismissed' },
    });
    expect((await call('/api/conflicts')).body.total).toBe(0);
    expect((await call('/api/stats')).body?.conflicts ?? 0).toBe(0);
    expect(
      (await call('/api/review/conflicts', { headers: auth() })).body.items.map((c: { id: number }) => c.id),
    ).toEqual([conflict.id]);
    const review = (await call(`/api/review/conflicts/${conflict.id}`, { headers: auth() })).body;
    expect(review.review).toMatchObject({ decision: 'dismissed', editor: 'Aigerim S.', key: dismissed.body.factKey });

    const undo = await postJson(`/api/review/decisions/${dismissed.body.id}/undo`, { note: 'it is real' });
    expect(undo.body).toMatchObject({ factType: 'conflict', action: 'undone', after: { decision: null } });
    expect((await call('/api/conflicts')).body.total).toBe(1);
  });

  it('describes the routes in OpenAPI under the review tag', async () => {
    const doc = (await call('/api/openapi.json')).body;
    for (const [path, method] of [
      ['/review/decisions/{auditId}/undo', 'post'],
      ['/review/events/{id}/history', 'get'],
      ['/review/conflicts', 'get'],
      ['/review/conflicts/{id}', 'get'],
      ['/review/conflicts/{id}', 'post'],
    ]) {
      const op = doc.paths[path as string]?.[method as string];
      expect([path, op?.tags]).toEqual([path, ['review']]);
      expect(op.security).toEqual([{ editorToken: [] }]);
    }
    expect(doc.paths['/review/decisions/{auditId}/undo'].post.responses['409']).toBeDefined();
  });
});

describe('undo and conflicts on the website, without JavaScript', () => {
  it('shows an event’s history, undoes from a plain form, and names the later decision when refused', async () => {
    const cookie = await signIn();
    const headers = { Cookie: cookie, Origin: server.url };
    const event = (await call('/api/timeline?limit=2')).body.items[1];
    const back = `event=${event.id}`;
    expect((await form(`/review/events/${event.id}`, { decision: 'rejected', back }, headers)).status).toBe(303);
    const log = (await call('/api/review/log?limit=1', { headers: auth() })).body.items[0];

    const page = await (await fetch(`${server.url}/review?${back}&ui=en`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('History of this event');
    expect(page).toContain(`action="/review/decisions/${log.id}/undo"`);
    // Recent decisions name the event by its date and description, linked to its review.
    expect(page).toContain(`<a href="/review?event=${event.id}">${event.when}: ${event.what.slice(0, 40)}`);

    expect((await form(`/review/decisions/${log.id}/undo`, { back: `/review?${back}` })).status).toBe(401);
    expect(
      (
        await form(
          `/review/decisions/${log.id}/undo`,
          { back: `/review?${back}` },
          { ...headers, Origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    const undone = await form(`/review/decisions/${log.id}/undo`, { back: `/review?${back}` }, headers);
    expect(undone.status).toBe(303);
    expect(undone.headers.get('Location')).toBe(`/review?${back}&undone=${log.id}`);
    const after = await (
      await fetch(`${server.url}/review?${back}&undone=${log.id}&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(after).toContain(`Undone: decision #${log.id}.`);
    expect((await call('/api/timeline?limit=2')).body.items[1].id).toBe(event.id);

    // The rejection is no longer the latest (the undo is): refused, in words, with the way back.
    const refused = await form(`/review/decisions/${log.id}/undo?ui=en`, { back: `/review?${back}` }, headers);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toMatch(/role="alert">Not undone: decision #\d+ \(undone by Aigerim S\./);
    // A `back` that leads elsewhere is not followed.
    const undoAgain = (await call('/api/review/log?limit=1', { headers: auth() })).body.items[0];
    const away = await form(`/review/decisions/${undoAgain.id}/undo`, { back: 'https://evil.example/' }, headers);
    expect(away.headers.get('Location')).toBe(`/review?undone=${undoAgain.id}`);
  });

  it('links editors from /conflicts to the conflict, dismisses and restores it with plain forms', async () => {
    const reader = await fetch(`${server.url}/conflicts?ui=en`);
    expect(await reader.text()).not.toContain('Review this conflict');
    const cookie = await signIn();
    const headers = { Cookie: cookie, Origin: server.url };
    const publicPage = await fetch(`${server.url}/conflicts?ui=en`, { headers: { Cookie: cookie } });
    expect(publicPage.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await publicPage.text();
    const id = /href="\/review\/conflicts\/(\d+)">Review this conflict</.exec(html)?.[1];
    expect(id).toBeDefined();

    const review = await (
      await fetch(`${server.url}/review/conflicts/${id}?ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(review).toContain('Not reviewed: readers see it on the conflicts page.');
    expect((await form(`/review/conflicts/${id}`, { decision: 'dismissed' })).status).toBe(401);
    expect((await form(`/review/conflicts/${id}`, { decision: 'nonsense' }, headers)).status).toBe(400);
    const dismissed = await form(`/review/conflicts/${id}`, { decision: 'dismissed', note: 'not real' }, headers);
    expect(dismissed.status).toBe(303);
    expect(dismissed.headers.get('Location')).toBe(`/review/conflicts/${id}?saved=dismissed`);
    const shown = await (
      await fetch(`${server.url}/review/conflicts/${id}?saved=dismissed&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(shown).toContain('Saved: the conflict is dismissed.');
    expect(shown).toContain('Dismissed by Aigerim S.');
    expect(await (await fetch(`${server.url}/conflicts?ui=en`)).text()).not.toContain('456');
    const list = await (await fetch(`${server.url}/review/conflicts?ui=en`, { headers: { Cookie: cookie } })).text();
    expect(list).toContain(`href="/review/conflicts/${id}"`);

    const auditId = /action="\/review\/decisions\/(\d+)\/undo"/.exec(shown)?.[1];
    const undo = await form(`/review/decisions/${auditId}/undo`, { back: `/review/conflicts/${id}` }, headers);
    expect(undo.headers.get('Location')).toBe(`/review/conflicts/${id}?undone=${auditId}`);
    expect(await (await fetch(`${server.url}/conflicts?ui=en`)).text()).toContain('456');
  });
});
