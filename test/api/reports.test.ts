import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/**
 * Readers' reports over real HTTP: one sample article and one editor made with the real CLI, and
 * a fresh real server (micro-cache on) for each test, so each starts with its own rate-limit count.
 */
let dir: string;
let dbPath: string;
let token: string;
let server: RunningServer;
let eventId: string;
let entityId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-reports-'));
  dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/en/renouncing-the-arsenal.txt']);
  token = (await chronicleOn(dbPath, ['editor', 'add', 'dmitry'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
  const timeline = await (await fetch(`${server.url}/api/timeline?limit=1`)).json();
  eventId = timeline.items[0].id;
  const entities = await (await fetch(`${server.url}/api/entities?limit=1`)).json();
  entityId = entities.items[0].id;
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A server of its own: its limiter has counted nothing yet. */
async function freshServer(): Promise<RunningServer> {
  await server.close();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
  return server;
}

const bearer = () => ({ Authorization: `Bearer ${token}` });

function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function openReports(): Promise<{ total: number; items: { id: number; note: string; factKey: string }[] }> {
  return (await fetch(`${server.url}/api/review/reports?limit=200`, { headers: bearer() })).json();
}

/** Resolves every open report, so each test starts with an empty queue. */
afterEach(async () => {
  delete process.env.CHRONICLE_TRUST_PROXY;
  for (const r of (await openReports()).items) {
    await postJson(`/api/review/reports/${r.id}`, { status: 'dismissed' }, bearer());
  }
});

describe('POST /api/reports', () => {
  it('takes a report on an event or an entity, and refuses bad input with a 400 naming the field', async () => {
    await freshServer();
    const res = await postJson('/api/reports', {
      type: 'event',
      key: eventId,
      note: 'The year is 1995',
      language: 'en',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: expect.any(Number),
      factType: 'event',
      factKey: eventId,
      status: 'open',
    });
    expect((await postJson('/api/reports', { type: 'entity', key: entityId, note: 'Wrong name' })).status).toBe(201);

    for (const [body, field] of [
      [{ type: 'event', key: eventId }, 'json.note'],
      [{ type: 'event', key: eventId, note: 'no' }, 'json.note'],
      [{ type: 'event', key: eventId, note: 'x'.repeat(1001) }, 'json.note'],
      [{ type: 'event', key: eventId, note: 'https://spam.example/cheap' }, 'json.note'],
      [{ type: 'article', key: eventId, note: 'Wrong' }, 'json.type'],
      [{ type: 'event', key: 'org:osce', note: 'Wrong' }, 'json.key'],
      [{ type: 'event', key: eventId, note: 'Wrong', language: 'de' }, 'json.language'],
      [{ type: 'event', key: eventId, note: 'Wrong', extra: 1 }, 'json'],
    ] as const) {
      const bad = await postJson('/api/reports', body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      const { error } = await bad.json();
      expect(error.code).toBe('bad_request');
      expect(error.message).toContain(`${field}`);
    }
    const missing = await postJson('/api/reports', { type: 'event', key: 'ev-0000000000000000', note: 'Wrong date' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe('event ev-0000000000000000 not found');
    expect((await openReports()).items.map((r) => r.note)).toEqual(['Wrong name', 'The year is 1995']);
  });

  it('cannot flood the queue: the sixth report from one client in 10 minutes is 429 with Retry-After, form or API', async () => {
    await freshServer();
    // Three through the API and two through the website's form: one count for both.
    for (let i = 1; i <= 3; i++) {
      expect((await postJson('/api/reports', { type: 'event', key: eventId, note: `API report ${i}` })).status).toBe(
        201,
      );
    }
    for (let i = 4; i <= 5; i++) {
      const res = await form('/report', { type: 'event', key: eventId, note: `Form report ${i}`, website: '' });
      expect(res.status).toBe(303);
    }
    const refused = await postJson('/api/reports', { type: 'event', key: eventId, note: 'API report 6' });
    expect(refused.status).toBe(429);
    const retry = Number(refused.headers.get('Retry-After'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(600);
    expect((await refused.json()).error).toMatchObject({ code: 'rate_limited' });
    // The form says so in the interface language, keeping what was typed.
    const page = await form('/report?ui=kk', { type: 'event', key: eventId, note: 'Форма 7', website: '' });
    expect(page.status).toBe(429);
    expect(page.headers.get('Retry-After')).toMatch(/^\d+$/);
    const html = await page.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('минуттан кейін қайталап көріңіз');
    expect(html).toContain('>Форма 7</textarea>');
    expect((await openReports()).total).toBe(5);
  });

  it('caps the open reports on one fact at 20, whatever the number of clients', async () => {
    await freshServer();
    process.env.CHRONICLE_TRUST_PROXY = '1';
    for (let i = 1; i <= 20; i++) {
      const res = await postJson(
        '/api/reports',
        { type: 'event', key: eventId, note: `Report ${i}` },
        { 'X-Forwarded-For': `203.0.113.${i}` },
      );
      expect(res.status).toBe(201);
    }
    const full = await postJson(
      '/api/reports',
      { type: 'event', key: eventId, note: 'Report 21' },
      { 'X-Forwarded-For': '203.0.113.21' },
    );
    expect(full.status).toBe(429);
    expect((await full.json()).error.message).toBe(`event ${eventId} already has 20 open reports`);
    // Another fact still takes reports.
    const other = await postJson(
      '/api/reports',
      { type: 'entity', key: entityId, note: 'Report 22' },
      { 'X-Forwarded-For': '203.0.113.22' },
    );
    expect(other.status).toBe(201);
  });
});

describe('the public form', () => {
  it('is linked from every event and entity, plainly, on pages that stay shareable', async () => {
    await freshServer();
    const timeline = await fetch(`${server.url}/timeline?ui=en`);
    expect(timeline.headers.get('Cache-Control')).not.toContain('private');
    const html = await timeline.text();
    expect(html).toContain(
      `<a class="report-link" rel="nofollow" href="/report?type=event&amp;key=${eventId}&amp;back=%2Ftimeline%3Fui%3Den">Report an error</a>`,
    );
    const events = html.match(/<li class="event"/g)?.length ?? 0;
    expect(html.match(/class="report-link"/g)?.length).toBe(events);
    const entity = await (await fetch(`${server.url}/entities/${encodeURIComponent(entityId)}?ui=ru`)).text();
    expect(entity).toContain(`href="/report?type=entity&amp;key=${encodeURIComponent(entityId)}`);
    expect(entity).toContain('Сообщить об ошибке');
  });

  it('shows the fact and a note box; 404 for an unknown fact, 400 for a bad one', async () => {
    await freshServer();
    const res = await fetch(`${server.url}/report?type=event&key=${eventId}&back=/timeline&ui=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>Report an error</h1>');
    expect(page).toContain('<textarea id="report-note" name="note"');
    expect(page).toContain('name="website" tabindex="-1"');
    expect(page).toContain('<a href="/timeline">Back to the page</a>');
    const unknown = await fetch(`${server.url}/report?type=event&key=ev-0000000000000000`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toContain('text/html');
    const bad = await fetch(`${server.url}/report?type=event&key=nonsense&ui=en`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('key: not an event id');
    // Only this site's paths are offered as the way back.
    const away = await (await fetch(`${server.url}/report?type=event&key=${eventId}&back=//evil.example/`)).text();
    expect(away).toContain('<input type="hidden" name="back" value="/timeline">');
    expect(away).not.toContain('href="//evil.example/"');
  });

  it('refuses cross-site posts, keeps nothing a robot sends, and thanks a reader', async () => {
    await freshServer();
    const fields = { type: 'event', key: eventId, note: 'The date is wrong', website: '', back: '/timeline' };
    expect((await form('/report', fields, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await form('/report', fields, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const robot = await form('/report', { ...fields, website: 'http://spam.example' });
    expect(robot.status).toBe(303);
    expect((await openReports()).total).toBe(0);
    const short = await form('/report?ui=ru', { ...fields, note: 'ой' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('Опишите ошибку в 3–1000 знаках');

    const sent = await form('/report?ui=en', fields);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('Location')).toBe('/report/thanks?back=%2Ftimeline');
    const thanks = await (await fetch(`${server.url}/report/thanks?back=%2Ftimeline&ui=en`)).text();
    expect(thanks).toContain('Your report has reached the editors.');
    expect(thanks).toContain('<a href="/timeline">Back to the page</a>');
    expect((await openReports()).items).toMatchObject([{ factKey: eventId, note: 'The date is wrong' }]);
  });
});

describe("editors' routes", () => {
  it('are closed to readers: 401 JSON from the API, the sign-in form on the site', async () => {
    await freshServer();
    const list = await fetch(`${server.url}/api/review/reports`);
    expect(list.status).toBe(401);
    expect(list.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect((await list.json()).error.code).toBe('unauthorized');
    const resolve = await postJson('/api/review/reports/1', { status: 'resolved' });
    expect(resolve.status).toBe(401);
    const wrong = await fetch(`${server.url}/api/review/reports`, { headers: { Authorization: 'Bearer chr_nope' } });
    expect(wrong.status).toBe(401);
    const page = await fetch(`${server.url}/review/reports?ui=en`);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('action="/review/login"');
    expect((await form('/review/reports/1', { status: 'resolved' })).status).toBe(401);
  });

  it('lists, resolves and dismisses reports through the API, one audit row each', async () => {
    await freshServer();
    await postJson('/api/reports', { type: 'event', key: eventId, note: 'Wrong year', language: 'ru' });
    const [report] = (await openReports()).items;
    const filtered = await (
      await fetch(`${server.url}/api/review/reports?type=event&lang=ru&key=${eventId}`, { headers: bearer() })
    ).json();
    expect(filtered.items).toMatchObject([{ id: report!.id, language: 'ru', subject: expect.stringContaining(':') }]);
    const res = await postJson(`/api/review/reports/${report!.id}`, { status: 'resolved', note: 'fixed' }, bearer());
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({
      editor: 'dmitry',
      factType: 'report',
      factKey: String(report!.id),
      action: 'resolved',
      before: { status: 'open' },
      after: { status: 'resolved', resolvedBy: 'dmitry', resolution: 'fixed' },
    });
    const again = await postJson(`/api/review/reports/${report!.id}`, { status: 'dismissed' }, bearer());
    expect(again.status).toBe(400);
    expect((await again.json()).error.message).toContain('is already resolved');
    expect((await postJson('/api/review/reports/99999', { status: 'resolved' }, bearer())).status).toBe(404);
    const bad = await postJson(`/api/review/reports/${report!.id}`, { status: 'open' }, bearer());
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('json.status');
    const log = await (await fetch(`${server.url}/api/review/log`, { headers: bearer() })).json();
    expect(log.items.filter((e: { factKey: string }) => e.factKey === String(report!.id))).toHaveLength(1);
    const resolved = await (
      await fetch(`${server.url}/api/review/reports?status=resolved`, { headers: bearer() })
    ).json();
    expect(resolved.items[0]).toMatchObject({ id: report!.id, resolvedBy: 'dmitry' });
  });

  it('resolve from the plain forms of /review/reports, with a visible message; cross-site posts refused', async () => {
    await freshServer();
    await form('/report', { type: 'entity', key: entityId, note: 'Two people under one name', website: '' });
    const [report] = (await openReports()).items;
    const login = await form('/review/login', { token });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    const page = await fetch(`${server.url}/review/reports?ui=en`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await page.text();
    expect(html).toContain('Two people under one name');
    expect(html).toContain(`<a href="/review/entities/${encodeURIComponent(entityId)}">Review this entity</a>`);
    expect(html).toContain(`<form method="post" action="/review/reports/${report!.id}">`);
    // The editors' page links to the reports, counting the open ones; an event's shows its readers' notes.
    const review = await (await fetch(`${server.url}/review?ui=en`, { headers: { Cookie: cookie } })).text();
    expect(review).toContain('<a href="/review/reports">Readers&#39; reports (1)</a>');
    await form('/report', { type: 'event', key: eventId, note: 'Signed in 1995', website: '' });
    const [onEvent] = (await openReports()).items;
    const eventPage = await (
      await fetch(`${server.url}/review?event=${eventId}&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(eventPage).toContain(
      `<div class="notice reader-notes"><p><strong>Readers report an error here:</strong></p><ul><li><span lang="kk">Signed in 1995</span> <a href="/review/reports#report-${onEvent!.id}">#${onEvent!.id}</a></li></ul></div>`,
    );

    // The entity's review page shows what readers say about it.
    const entityPage = await (
      await fetch(`${server.url}/review/entities/${encodeURIComponent(entityId)}?ui=en`, {
        headers: { Cookie: cookie },
      })
    ).text();
    expect(entityPage).toContain(
      `<span lang="kk">Two people under one name</span> <a href="/review/reports#report-${report!.id}">#${report!.id}</a>`,
    );
    const path = `/review/reports/${report!.id}`;
    const crossSite = await form(path, { status: 'dismissed' }, { Cookie: cookie, Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await openReports()).total).toBe(2);
    const bad = await form(path, { status: 'maybe' }, { Cookie: cookie });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('status: must be resolved or dismissed');
    const done = await form(path, { status: 'dismissed', note: 'one person' }, { Cookie: cookie });
    expect(done.status).toBe(303);
    expect(done.headers.get('Location')).toBe(`/review/reports?saved=dismissed&report=${report!.id}`);
    const after = await (
      await fetch(`${server.url}${done.headers.get('Location')}&ui=ru`, { headers: { Cookie: cookie } })
    ).text();
    expect(after).toContain(`<p class="notice" role="status">Сообщение №${report!.id}: отклонено.</p>`);
    expect(after).not.toContain('Two people under one name');
  });

  it('are in the OpenAPI document: the public route under reports, the editors’ under review', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.paths['/reports'].post.tags).toEqual(['reports']);
    expect(doc.paths['/reports'].post.responses['429']).toBeDefined();
    expect(doc.paths['/review/reports'].get.tags).toEqual(['review']);
    expect(doc.paths['/review/reports/{id}'].post.security).toEqual([{ editorToken: [] }]);
  });
});
