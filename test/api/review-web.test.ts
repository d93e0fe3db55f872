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
  dir = mkdtempSync(join(tmpdir(), 'chronicle-review-web-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/en/renouncing-the-arsenal.txt']);
  token = (await chronicleOn(dbPath, ['editor', 'add', 'dmitry'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
  const [cookie = '', hint] = res.headers.getSetCookie();
  expect(cookie).toMatch(/^chronicle_editor=chr_[\w-]+; Max-Age=43200; Path=\/review; HttpOnly; SameSite=Strict$/);
  // The site-wide hint says only that an editor signed in, for public pages' review links.
  expect(hint).toBe('chronicle_editor_hint=1; Max-Age=43200; Path=/; HttpOnly; SameSite=Strict');
  return cookie.split(';')[0] as string;
}

describe('/review page', () => {
  it('asks for a token, refuses a wrong one and signs an editor in with a cookie', async () => {
    const anonymous = await fetch(`${server.url}/review?ui=en`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Cache-Control')).toBe('private, no-store');
    const page = await anonymous.text();
    expect(page).toContain('<form method="post" action="/review/login"');
    const wrong = await form('/review/login', { token: 'chr_wrong-token-000000000000000000' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('role="alert"');
    await signIn();
  });

  it('lists the queue to a signed-in editor only, and never from a cache', async () => {
    const cookie = await signIn();
    const res = await fetch(`${server.url}/review?ui=en`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const page = await res.text();
    expect(page).toContain('Signed in as dmitry.');
    expect(page).toContain('in the following years the missile silos were blown up');
    expect(page).toMatch(/action="\/review\/events\/ev-[0-9a-f]{16}"/);
    expect((await fetch(`${server.url}/review?ui=en`)).status).toBe(401);
    const ru = await (await fetch(`${server.url}/review?ui=ru`, { headers: { Cookie: cookie } })).text();
    expect(ru).toContain('Ждут проверки');
  });

  it('applies decisions from the forms, refuses cross-site posts and bad dates', async () => {
    const cookie = await signIn();
    const queue = await (
      await fetch(`${server.url}/api/review/queue`, { headers: { Authorization: `Bearer ${token}` } })
    ).json();
    const [first, second] = queue.items as { id: string }[];
    const headers = { Cookie: cookie, Origin: server.url };

    const crossSite = await form(
      `/review/events/${first?.id}`,
      { decision: 'rejected' },
      { ...headers, Origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    const anonymous = await form(`/review/events/${first?.id}`, { decision: 'rejected' });
    expect(anonymous.status).toBe(401);

    const bad = await form(
      `/review/events/${first?.id}?ui=en`,
      { decision: 'corrected', when: '1995-13', what: '' },
      headers,
    );
    // A date that cannot be read: the queue again, the message on top and that event's form open
    // with what was typed, in the interface language (not a bare error page).
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toMatch(
      /<p class="notice notice-error" role="alert"><a href="#ev-[0-9a-f]{16}">Not saved: “1995-13”/,
    );
    expect(badPage).toContain('value="1995-13" maxlength="64" aria-invalid="true"');
    expect(badPage).toContain('<details open>');
    const badRu = await form(
      `/review/events/${first?.id}?ui=ru`,
      { decision: 'corrected', when: 'лето', what: '' },
      headers,
    );
    expect(await badRu.text()).toContain('Не сохранено: «лето»');

    const rejected = await form(`/review/events/${first?.id}`, { decision: 'rejected', note: 'vague' }, headers);
    expect(rejected.status).toBe(303);
    expect(rejected.headers.get('Location')).toBe(`/review?saved=${first?.id}&action=rejected`);
    const corrected = await form(
      `/review/events/${second?.id}`,
      // Typed as people type a range: read as the interval 1990/1999.
      { decision: 'corrected', when: '1990 – 1999', what: '', note: '' },
      headers,
    );
    expect(corrected.status).toBe(303);

    const after = await (
      await fetch(`${server.url}/review?saved=${first?.id}&action=rejected&ui=en`, { headers: { Cookie: cookie } })
    ).text();
    expect(after).toContain(`Saved: ${first?.id} rejected.`);
    expect(after).toContain('Nothing to review.');
    expect(after).toContain('(vague)');
    const timeline = await (await fetch(`${server.url}/api/timeline?limit=200&offset=0`)).json();
    const ids = timeline.items.map((e: { id: string }) => e.id);
    expect(ids).not.toContain(first?.id);
    expect(timeline.items.find((e: { id: string }) => e.id === second?.id)).toMatchObject({
      when: '1990/1999',
      review: { decision: 'corrected', editor: 'dmitry' },
    });
  });
});
