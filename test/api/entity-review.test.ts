import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/** Two sample articles and one editor, made with the real CLI; the real server over them. */
let dir: string;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-entity-review-api-'));
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
  const res = await fetch(server.url + path, { redirect: 'manual', ...init });
  const text = await res.text();
  return { res, status: res.status, body: text ? JSON.parse(text) : null };
}

function post(path: string, body: unknown, headers: Record<string, string> = auth()) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface Summary {
  id: string;
  name: string;
  type: string;
  mentionCount: number;
}

/** Two places of the samples, the most mentioned first. */
async function twoPlaces(): Promise<[Summary, Summary]> {
  const { body } = await call('/api/entities?type=PLACE&limit=10');
  const [a, b] = body.items as Summary[];
  if (!a || !b) throw new Error('the samples should have two places');
  return [a, b];
}

const entityPath = (id: string) => `/api/review/entities/${encodeURIComponent(id)}`;

describe('entity review API', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer chr_not-a-real-token-at-all-000000' }],
  ])(
    'answers a reader with %s 401 on every entity route, and changes nothing',
    async (_, headers: Record<string, string>) => {
      const [a, b] = await twoPlaces();
      for (const path of ['/api/review/entities', entityPath(a.id)]) {
        const r = await call(path, { headers });
        expect(r.status).toBe(401);
        expect(r.body.error.code).toBe('unauthorized');
      }
      const edits = [
        [entityPath(a.id), { action: 'merged', into: b.id }],
        [entityPath(a.id), { action: 'deleted' }],
        ['/api/review/entity-edits/1/undo', {}],
      ] as const;
      for (const [path, body] of edits) {
        const r = await post(path, body, headers);
        expect(r.status).toBe(401);
        expect(r.res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      }
      expect((await call(`/api/entities/${encodeURIComponent(a.id)}`)).status).toBe(200);
    },
  );

  it('refuses bad edits with 400 naming the field', async () => {
    const [a] = await twoPlaces();
    for (const [body, field] of [
      [{ action: 'exploded' }, /json\.action/],
      [{ action: 'merged' }, /json\.into/],
      [{ action: 'renamed', name: 'X', colour: 'red' }, /colour|unrecognized/i],
      [{ action: 'retyped', type: 'PLANET' }, /json\.type/],
      [{ action: 'unlinked', mentions: [], becomes: 'none' }, /json\.mentions/],
      [{ action: 'merged', into: a.id }, /into: an entity cannot be merged into itself/],
    ] as const) {
      const r = await post(entityPath(a.id), body);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.message).toMatch(field);
    }
    expect((await post(entityPath('place:nowhere-at-all'), { action: 'deleted' })).status).toBe(404);
  });

  it('merges two entities: the old id redirects, the survivor has both; an undo brings it back', async () => {
    const [a, b] = await twoPlaces();
    const merged = await post(entityPath(b.id), { action: 'merged', into: a.id, note: 'the same place' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(merged.body).toMatchObject({
      factType: 'entity',
      factKey: b.id,
      action: 'merged',
      target: a.id,
      editor: 'Aigerim S.',
      before: { mentionCount: b.mentionCount, mergedInto: null },
      after: { mentionCount: 0, mergedInto: a.id },
    });
    const gone = await call(`/api/entities/${encodeURIComponent(b.id)}`);
    expect(gone.status).toBe(301);
    expect(gone.res.headers.get('Location')).toBe(`/api/entities/${encodeURIComponent(a.id)}`);
    const kept = await call(`/api/entities/${encodeURIComponent(a.id)}`);
    expect(kept.body.mentionCount).toBe(a.mentionCount + b.mentionCount);

    const review = await call(entityPath(a.id), { headers: auth() });
    expect(review.status).toBe(200);
    expect(review.body.edits).toMatchObject([
      { id: merged.body.editId, action: 'merged', entityId: b.id, target: a.id },
    ]);
    expect(review.body.history.map((h: { action: string }) => h.action)).toEqual(['merged']);

    const undone = await post(`/api/review/entity-edits/${merged.body.editId}/undo`, { note: 'two places' });
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body).toMatchObject({ action: 'undone', editId: merged.body.editId, after: { mergedInto: null } });
    expect((await call(`/api/entities/${encodeURIComponent(b.id)}`)).body.mentionCount).toBe(b.mentionCount);
    const again = await post(`/api/review/entity-edits/${merged.body.editId}/undo`, {});
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already undone/);
    expect((await post('/api/review/entity-edits/99999/undo', {})).status).toBe(404);
  });

  it('lists doubtful entities for editors and describes every entity route in OpenAPI', async () => {
    const r = await call('/api/review/entities?limit=5&below=1', { headers: auth() });
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items.every((e: { doubtful?: boolean }) => typeof e.doubtful === 'boolean')).toBe(true);
    const doc = (await call('/api/openapi.json')).body;
    for (const [path, method] of [
      ['/review/entities', 'get'],
      ['/review/entities/{id}', 'get'],
      ['/review/entities/{id}', 'post'],
      ['/review/entity-edits/{editId}/undo', 'post'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ editorToken: [] }]);
      expect(Object.keys(doc.paths[path][method].responses)).toContain('401');
    }
    expect(doc.components.schemas.EntityEdit).toBeDefined();
  });
});
