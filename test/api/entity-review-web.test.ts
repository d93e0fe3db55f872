import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';

/** Two sample articles and one editor, made with the real CLI; the real server (micro-cache on) over them. */
let dir: string;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-entity-review-web-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, [
    'ingest',
    'samples/en/renouncing-the-arsenal.txt',
    'samples/en/semipalatinsk-test-site-closure.txt',
  ]);
  token = (await chronicleOn(dbPath, ['editor', 'add', 'dmitry'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function form(path: string, fields: [string, string][], headers: Record<string, string> = {}) {
  return fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The token and hint cookies of a signed-in editor, as a Cookie header. */
async function signIn(): Promise<string> {
  const res = await form('/review/login', [['token', token]]);
  expect(res.status).toBe(303);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

interface Summary {
  id: string;
  name: string;
  mentionCount: number;
}

async function places(): Promise<Summary[]> {
  return (await (await fetch(`${server.url}/api/entities?type=PLACE&limit=10`)).json()).items;
}

const reviewPath = (id: string) => `/review/entities/${encodeURIComponent(id)}`;

describe('entity review pages', () => {
  it('are closed to readers: 401 pages, and posts change nothing', async () => {
    const [a, b] = await places();
    for (const path of ['/review/entities', reviewPath(a!.id)]) {
      const res = await fetch(`${server.url}${path}?ui=en`);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('action="/review/login"');
    }
    const post = await form(reviewPath(b!.id), [
      ['action', 'merged'],
      ['into', a!.id],
    ]);
    expect(post.status).toBe(401);
    const undo = await form('/review/entity-edits/1/undo', []);
    expect(undo.status).toBe(401);
    expect((await fetch(`${server.url}/api/entities/${encodeURIComponent(b!.id)}`)).status).toBe(200);
  });

  it('refuse a cross-site post with 403, even from a signed-in editor', async () => {
    const cookie = await signIn();
    const [a, b] = await places();
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const res = await form(
        reviewPath(b!.id),
        [
          ['action', 'merged'],
          ['into', a!.id],
        ],
        { Cookie: cookie, ...headers },
      );
      expect(res.status).toBe(403);
    }
    expect((await fetch(`${server.url}/api/entities/${encodeURIComponent(b!.id)}`)).status).toBe(200);
  });

  it('list doubtful entities and find any by name; the public page links a signed-in editor to the review', async () => {
    const cookie = await signIn();
    const queue = await fetch(`${server.url}/review/entities?ui=en`, { headers: { Cookie: cookie } });
    expect(queue.status).toBe(200);
    expect(queue.headers.get('Cache-Control')).toBe('private, no-store');
    const [a] = await places();
    const found = await (
      await fetch(`${server.url}/review/entities?ui=en&q=${encodeURIComponent(a!.name)}`, {
        headers: { Cookie: cookie },
      })
    ).text();
    expect(found).toContain(`href="${reviewPath(a!.id)}"`);

    const publicPath = `/entities/${encodeURIComponent(a!.id)}?ui=en`;
    const reader = await (await fetch(server.url + publicPath)).text();
    expect(reader).not.toContain('Review this entity');
    const editor = await fetch(server.url + publicPath, { headers: { Cookie: cookie } });
    expect(editor.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await editor.text()).toContain(`<a class="review-link" href="${reviewPath(a!.id)}">Review this entity</a>`);
    // The reader's copy in the micro-cache was not the editor's, and the editor's is not the reader's.
    expect(await (await fetch(server.url + publicPath)).text()).not.toContain('Review this entity');
  });

  it('merge and split from plain forms, with a visible message, and undo', async () => {
    const cookie = await signIn();
    const headers = { Cookie: cookie, Origin: server.url };
    const [a, b] = await places();
    const merged = await form(
      reviewPath(b!.id),
      [
        ['action', 'merged'],
        ['into', a!.id],
        ['note', 'same place'],
      ],
      headers,
    );
    expect(merged.status).toBe(303);
    expect(merged.headers.get('Location')).toBe(`${reviewPath(a!.id)}?saved=merged`);
    const page = await (await fetch(`${server.url}${reviewPath(a!.id)}?saved=merged&ui=en`, { headers })).text();
    expect(page).toContain('role="status">Saved: merged. It shows on the public pages now.');
    // The public page follows at once; the merged id leads to the survivor.
    const old = await fetch(`${server.url}/entities/${encodeURIComponent(b!.id)}`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('Location')).toBe(`/entities/${encodeURIComponent(a!.id)}`);

    // Split the merged one's mentions off again: the checkboxes carry article and text.
    const values = [...page.matchAll(/name="mention" value="([^"]+)"/g)].map((m) => m[1] as string);
    expect(values.length).toBeGreaterThan(1);
    const split = await form(
      reviewPath(a!.id),
      [
        ['action', 'split'],
        ['name', 'Split place'],
        ...values.slice(0, 1).map((v): [string, string] => ['mention', v]),
      ],
      headers,
    );
    expect(split.status).toBe(303);
    const after = await (await fetch(`${server.url}/api/entities/${encodeURIComponent(a!.id)}`)).json();
    expect(after.mentionCount).toBeLessThan(a!.mentionCount + b!.mentionCount);
    const created = await (await fetch(`${server.url}/api/entities/place:split-place`)).json();
    expect(created.name).toBe('Split place');

    // Undo every edit in force from the page's undo buttons.
    const again = await (await fetch(`${server.url}${reviewPath(a!.id)}?ui=en`, { headers })).text();
    const undos = [...again.matchAll(/action="(\/review\/entity-edits\/\d+\/undo)"/g)].map((m) => m[1] as string);
    expect(undos.length).toBe(2);
    for (const path of undos.reverse()) {
      const res = await form(path, [['back', a!.id]], headers);
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe(`${reviewPath(a!.id)}?saved=undone`);
    }
    expect((await (await fetch(`${server.url}/api/entities/${encodeURIComponent(b!.id)}`)).json()).mentionCount).toBe(
      b!.mentionCount,
    );
    // A bad form gets a 400 page naming the field.
    const bad = await form(reviewPath(a!.id), [['action', 'split']], headers);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('mentions: choose at least one mention');
  });

  it('a name given in one interface language shows on the event chips in that language only', async () => {
    const cookie = await signIn();
    const headers = { Cookie: cookie, Origin: server.url };
    const timeline = (ui: string) => fetch(`${server.url}/timeline?entity=place:semey&ui=${ui}`).then((r) => r.text());
    expect(await timeline('ru')).toMatch(/class="chip chip-place" href="\/entities\/place%3Asemey">/);
    const renamed = await form(
      reviewPath('place:semey'),
      [
        ['action', 'renamed'],
        ['name', 'Семей (Семипалатинск)'],
        ['language', 'ru'],
      ],
      headers,
    );
    expect(renamed.status).toBe(303);
    expect(await timeline('ru')).toContain('href="/entities/place%3Asemey">Семей (Семипалатинск)</a>');
    expect(await timeline('en')).not.toContain('Семей (Семипалатинск)');
  });
});
