import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/**
 * Finding any event for review (issue 17): the queue's search and filters in the API and on the
 * /review page, "Review this event" links on public pages for a signed-in editor, bulk decisions.
 * Two sample articles and one editor made with the real CLI; the real server over them.
 */
let dir: string;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-review-search-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/en/renouncing-the-arsenal.txt']);
  await chronicleOn(dbPath, ['ingest', 'samples/en/semipalatinsk-test-site-closure.txt']);
  token = (await chronicleOn(dbPath, ['editor', 'add', 'aliya'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface QueueEvent {
  id: string;
  what: string;
  confidence: number;
  sources: { articleId: number; sentenceText: string }[];
  review?: { decision: string };
}

async function api(query: string): Promise<{ status: number; body: { total: number; items: QueueEvent[] } }> {
  const res = await fetch(`${server.url}/api/review/queue${query}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

function form(path: string, fields: [string, string][], headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function signIn(): Promise<string> {
  const res = await form('/review/login', [['token', token]]);
  expect(res.status).toBe(303);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('review queue search', () => {
  it('the API finds a confident event the default queue leaves out, by words and filters', async () => {
    const queue = await api('');
    expect(queue.status).toBe(200);
    expect(queue.body.items.every((e) => e.confidence < 0.6)).toBe(true);
    const found = await api(`?q=${encodeURIComponent('decree no. 409')}`);
    expect(found.status).toBe(200);
    const decree = found.body.items.find((e) => e.sources.some((s) => s.sentenceText.includes('Decree No. 409')));
    expect(decree).toBeDefined();
    expect(decree!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(queue.body.items.map((e) => e.id)).not.toContain(decree!.id);
    const byId = await api(`?event=${decree!.id}`);
    expect(byId.body.items.map((e) => e.id)).toEqual([decree!.id]);
    const article = decree!.sources[0]!.articleId;
    const inArticle = await api(`?article=${article}&above=0&limit=200`);
    expect(inArticle.body.items.every((e) => e.sources.some((s) => s.articleId === article))).toBe(true);
    expect(inArticle.body.items.map((e) => e.id)).toContain(decree!.id);
    expect((await api('?lang=ru')).body.total).toBe(0);
    expect((await api('?decision=confirmed')).body.total).toBe(0);
    const bad = await api('?decision=maybe');
    expect(bad.status).toBe(400);
    const spec = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const names = spec.paths['/review/queue'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['q', 'lang', 'article', 'entity', 'event', 'above', 'below', 'decision']),
    );
  });

  it('the /review page filters with a GET form, keeps what was typed and returns to it after a decision', async () => {
    const cookie = await signIn();
    const url = `${server.url}/review?ui=en&q=Decree+No.+409&lang=&article=&entity=&event=&above=&below=&decision=`;
    const res = await fetch(url, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<form method="get" action="/review" class="review-filter" role="search"');
    expect(page).toContain('<label for="f-q">Words in the description or sentence</label>');
    expect(page).toContain('value="Decree No. 409"');
    expect(page).toContain('Events found');
    expect(page).toContain('Decree No. 409 closing');
    const id = /<li class="event" id="(ev-[0-9a-f]{16})">/.exec(page)?.[1];
    expect(id).toBeDefined();
    expect(page).toContain('<input type="hidden" name="back" value="q=Decree+No.+409">');

    const confirmed = await form(
      `/review/events/${id}`,
      [
        ['decision', 'confirmed'],
        ['back', 'q=Decree+No.+409'],
      ],
      { Cookie: cookie, Origin: server.url },
    );
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('Location')).toBe(`/review?q=Decree+No.+409&saved=${id}&action=confirmed`);
    const after = await (
      await fetch(`${server.url}${confirmed.headers.get('Location')}&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(after).toContain(`Saved: ${id} confirmed.`);
    expect(after).toContain('now confirmed');
    expect((await api('?decision=confirmed')).body.items.map((e) => e.id)).toEqual([id]);

    const bad = await fetch(`${server.url}/review?ui=en&above=2`, { headers: { Cookie: cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('above');
  });

  it('public event lists link a signed-in editor to the review of each event, and only them', async () => {
    const cookie = await signIn();
    const editorPage = await fetch(`${server.url}/timeline?ui=en`, { headers: { Cookie: cookie } });
    expect(editorPage.headers.get('Cache-Control')).toBe('private, no-store');
    const links = [
      ...(await editorPage.text()).matchAll(
        /<a class="review-link" href="\/review\?event=(ev-[0-9a-f]{16})">Review this event<\/a>/g,
      ),
    ];
    expect(links.length).toBeGreaterThan(3);
    const target = await fetch(`${server.url}/review?event=${links[0]![1]}&ui=en`, { headers: { Cookie: cookie } });
    const targetPage = await target.text();
    expect(targetPage).toContain(`id="${links[0]![1]}"`);
    expect(targetPage).toContain('1 events found');
    const reader = await (await fetch(`${server.url}/timeline?ui=en`)).text();
    expect(reader).not.toContain('review-link');
  });

  it('bulk confirm and reject: one form, one audit row per event, cross-site and empty posts refused', async () => {
    const cookie = await signIn();
    const { items } = (await api('?above=0&decision=unreviewed&limit=3')).body;
    expect(items.length).toBe(3);
    const picks = items.map((e): [string, string] => ['event', e.id]);
    const headers = { Cookie: cookie, Origin: server.url };

    const crossSite = await form('/review/bulk', [['decision', 'rejected'], ...picks], {
      ...headers,
      Origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const fetchSite = await form('/review/bulk', [['decision', 'rejected'], ...picks], {
      Cookie: cookie,
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(fetchSite.status).toBe(403);
    expect((await form('/review/bulk', [['decision', 'rejected'], ...picks])).status).toBe(401);
    expect((await form('/review/bulk?ui=en', [['decision', 'rejected']], headers)).status).toBe(400);

    const logBefore = (
      await (
        await fetch(`${server.url}/api/review/log?limit=200`, { headers: { Authorization: `Bearer ${token}` } })
      ).json()
    ).total;
    const rejected = await form('/review/bulk', [['decision', 'rejected'], ['back', 'above=0'], ...picks], headers);
    expect(rejected.status).toBe(303);
    expect(rejected.headers.get('Location')).toBe('/review?above=0&saved=bulk&action=rejected&n=3');
    const page = await (
      await fetch(`${server.url}/review?above=0&saved=bulk&action=rejected&n=3&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(page).toContain('Saved: 3 events rejected.');
    const log = await (
      await fetch(`${server.url}/api/review/log?limit=200`, { headers: { Authorization: `Bearer ${token}` } })
    ).json();
    expect(log.total).toBe(logBefore + 3);
    const newest = log.items.slice(0, 3) as { factKey: string; action: string; editor: string }[];
    expect(newest.map((a) => a.factKey).sort()).toEqual(items.map((e) => e.id).sort());
    expect(newest.every((a) => a.action === 'rejected' && a.editor === 'aliya')).toBe(true);
    const timeline = await (await fetch(`${server.url}/api/timeline?limit=200`)).json();
    const shown = timeline.items.map((e: { id: string }) => e.id);
    for (const e of items) expect(shown).not.toContain(e.id);
    expect((await api('?decision=rejected')).body.items.map((e) => e.id).sort()).toEqual(items.map((e) => e.id).sort());
  });
});
