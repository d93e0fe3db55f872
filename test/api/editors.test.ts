import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicle, chronicleOn } from '../cli/run.ts';

/**
 * Editors' accounts and article upload over real HTTP, through the API (bearer token) and the
 * site's plain forms (no JavaScript): admins only for accounts, any editor for uploads, readers
 * nowhere, cross-site posts refused, a disabled editor's token dead at once for both.
 */

let dir: string;
let server: RunningServer;
let adminToken: string;
let editorToken: string;

const GOOD = readFileSync('samples/en/semipalatinsk-test-site-closure.txt');
const NOTE =
  '---\ntitle: Uploaded through the API\nlanguage: en\n---\n\nIn 1991 the Semipalatinsk test site was closed.\n';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-editors-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/en/renouncing-the-arsenal.txt']);
  adminToken = (await chronicleOn(dbPath, ['editor', 'add', 'Dana', '--admin'])).trim();
  editorToken = (await chronicleOn(dbPath, ['editor', 'add', 'aigerim'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(server.url + path, { redirect: 'manual', ...init });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field
  return { status: res.status, headers: res.headers, body: body as any, text };
}

const json = (token: string | null, body: unknown) => ({
  method: 'POST',
  headers: { ...(token ? bearer(token) : {}), 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

function files(list: [string, Uint8Array | string][]): FormData {
  const data = new FormData();
  for (const [name, content] of list) data.append('file', new Blob([content as BlobPart]), name);
  return data;
}

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function signIn(token: string): Promise<string> {
  const res = await form('/review/login', { token });
  expect(res.status).toBe(303);
  return (res.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
}

describe('editors API', () => {
  it('is closed to readers (401) and to plain editors (403 JSON); uploads are closed to readers', async () => {
    for (const [path, init] of [
      ['/api/review/editors', {}],
      ['/api/review/editors', json(null, { name: 'x' })],
      ['/api/review/editors/aigerim', json(null, { enabled: false })],
      ['/api/review/articles', { method: 'POST', body: files([['a.md', NOTE]]) }],
    ] as const) {
      const res = await call(path, init);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
    for (const [path, init] of [
      ['/api/review/editors', { headers: bearer(editorToken) }],
      ['/api/review/editors', json(editorToken, { name: 'x' })],
      ['/api/review/editors/Dana', json(editorToken, { enabled: false })],
    ] as const) {
      const res = await call(path, init);
      expect(res.status, path).toBe(403);
      expect(res.body.error).toEqual({ code: 'forbidden', message: expect.stringMatching(/only an admin/) });
    }
  });

  it('lets an admin add, list, disable and enable editors; a disabled token stops at once for the API and the site', async () => {
    const added = await call('/api/review/editors', json(adminToken, { name: 'Berik', note: 'new' }));
    expect(added.status).toBe(201);
    expect(added.body.editor).toMatchObject({ name: 'Berik', role: 'editor' });
    const berik: string = added.body.token;
    expect((await call('/api/review/queue', { headers: bearer(berik) })).status).toBe(200);
    const cookie = await signIn(berik);
    expect((await call('/review', { headers: { Cookie: cookie } })).status).toBe(200);

    const list = await call('/api/review/editors', { headers: bearer(adminToken) });
    expect(list.body.items.map((e: { name: string; role: string }) => [e.name, e.role])).toEqual([
      ['Dana', 'admin'],
      ['aigerim', 'editor'],
      ['Berik', 'editor'],
    ]);
    expect(list.headers.get('Cache-Control')).toBe('private, no-store');

    const off = await call(`/api/review/editors/${added.body.editor.id}`, json(adminToken, { enabled: false }));
    expect(off.status).toBe(200);
    expect(off.body.editor.revokedAt).toEqual(expect.any(String));
    expect((await call('/api/review/queue', { headers: bearer(berik) })).status).toBe(401);
    expect((await call('/review', { headers: { Cookie: cookie } })).status).toBe(401);
    expect((await form('/review/login', { token: berik })).status).toBe(401);

    const on = await call('/api/review/editors/Berik', json(adminToken, { enabled: true, note: 'back' }));
    expect(on.body.editor.revokedAt).toBeUndefined();
    expect((await call('/api/review/queue', { headers: bearer(berik) })).status).toBe(200);

    const log = (await call('/api/review/log', { headers: bearer(adminToken) })).body.items;
    expect(
      log.slice(0, 3).map((e: { editor: string; action: string; factKey: string }) => [e.editor, e.action, e.factKey]),
    ).toEqual([
      ['Dana', 'enabled', 'Berik'],
      ['Dana', 'revoked', 'Berik'],
      ['Dana', 'added', 'Berik'],
    ]);
  });

  it('answers bad input with a 400 naming the field, an unknown editor with 404', async () => {
    const cases: [string, RequestInit, RegExp][] = [
      ['/api/review/editors', json(adminToken, { name: '' }), /json\.name/],
      ['/api/review/editors', json(adminToken, { name: 'x', role: 'owner' }), /json\.role/],
      ['/api/review/editors', json(adminToken, { name: 'x', extra: 1 }), /extra/],
      ['/api/review/editors', json(adminToken, { name: '<script>' }), /editor: not a valid name/],
      ['/api/review/editors', json(adminToken, { name: 'aigerim' }), /editor: "aigerim" already exists/],
      ['/api/review/editors/aigerim', json(adminToken, { enabled: 'no' }), /json\.enabled/],
      ['/api/review/editors/Dana', json(adminToken, { enabled: false }), /cannot disable themself/],
    ];
    for (const [path, init, message] of cases) {
      const res = await call(path, init);
      expect(res.status, `${path} ${init.body}`).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const missing = await call('/api/review/editors/nobody', json(adminToken, { enabled: false }));
    expect(missing.status).toBe(404);
  });

  it('chronicle editor list shows each editor’s role; --admin is in the help', async () => {
    const list = await chronicleOn(join(dir, 'chronicle.db'), ['editor', 'list']);
    expect(list).toMatch(/^1\tDana\tadmin\t\d{4}-/m);
    expect(list).toMatch(/^2\taigerim\teditor\t\d{4}-/m);
    const json = JSON.parse(await chronicleOn(join(dir, 'chronicle.db'), ['editor', 'list', '--json']));
    expect(json[0]).toMatchObject({ name: 'Dana', role: 'admin' });
    expect(await chronicleOn(join(dir, 'chronicle.db'), ['editor', 'add', '--help'])).toMatch(/--admin\s+an admin/);
    // The command line can enable a revoked editor again (an admin disabled by another, say).
    await chronicleOn(join(dir, 'chronicle.db'), ['editor', 'revoke', 'aigerim']);
    expect((await call('/api/review/queue', { headers: bearer(editorToken) })).status).toBe(401);
    const run = await chronicle(['--db', join(dir, 'chronicle.db'), 'editor', 'enable', 'aigerim', '--note', 'back']);
    expect(run.stderr).toBe('editor aigerim enabled\n');
    expect((await call('/api/review/queue', { headers: bearer(editorToken) })).status).toBe(200);
    const nobody = await chronicle(['--db', join(dir, 'chronicle.db'), 'editor', 'enable', 'nobody']);
    expect([nobody.code, nobody.stderr]).toEqual([2, 'chronicle: editor enable: no editor named "nobody"\n']);
  }, 60_000);

  it('describes the routes in OpenAPI under review', async () => {
    const doc = (await call('/api/openapi.json')).body;
    expect(doc.paths['/review/editors'].get.tags).toEqual(['review']);
    expect(doc.paths['/review/editors'].post.responses['403']).toBeDefined();
    expect(doc.paths['/review/editors/{editor}'].post.security).toEqual([{ editorToken: [] }]);
    expect(Object.keys(doc.paths['/review/articles'].post.requestBody.content)).toEqual(['multipart/form-data']);
  });
});

describe('article upload API', () => {
  it('ingests good files, names each bad one with its reason, and tells new, updated and unchanged apart', async () => {
    const res = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: files([
        ['semipalatinsk-test-site-closure.txt', GOOD],
        ['blob.txt', new Uint8Array([0x61, 0, 0x62])],
        ['latin1.md', new Uint8Array([0x61, 0xe9, 0x62])],
        ['note.md', NOTE],
      ]),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.body.counts).toEqual({ new: 2, updated: 0, unchanged: 0, failed: 2 });
    const [good, blob, latin1, note] = res.body.files;
    expect(good).toMatchObject({ ok: true, status: 'new', revision: 1, language: 'en' });
    expect(good.events).toBeGreaterThan(0);
    expect(blob).toEqual({ name: 'blob.txt', ok: false, reason: 'binary file (NUL byte at offset 1)' });
    expect(latin1).toEqual({ name: 'latin1.md', ok: false, reason: 'not UTF-8 (byte 0xE9 at offset 1)' });
    const article = await call(`/api/articles/${note.articleId}`);
    expect(article.body.title).toBe('Uploaded through the API');
    // Readers see it at once: the micro-cache was emptied by the upload.
    expect((await call('/api/articles?limit=50')).body.total).toBe(3);

    const again = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: files([
        ['note.md', NOTE.replace('1991', '1990')],
        ['semipalatinsk-test-site-closure.txt', GOOD],
      ]),
    });
    expect(again.body.files.map((f: { status: string; revision: number }) => [f.status, f.revision])).toEqual([
      ['updated', 2],
      ['unchanged', 1],
    ]);
  }, 60_000);

  it('refuses a request without files, with too many, or too large, saying so', async () => {
    const none = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/^file: send one or more files/);
    const many = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: files(Array.from({ length: 21 }, (_, i) => [`n${i}.md`, NOTE] as [string, string])),
    });
    expect(many.status).toBe(400);
    expect(many.body.error.message).toBe('file: at most 20 files a request');
    const garbled = await call('/api/review/articles', {
      method: 'POST',
      headers: { ...bearer(editorToken), 'Content-Type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\nno end',
    });
    expect(garbled.status).toBe(400);
    expect(garbled.body.error.message).toMatch(/^file: /);
    const notMultipart = await call('/api/review/articles', json(editorToken, { file: 'x' }));
    expect(notMultipart.status).toBe(400);
    const big = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: files([['big.txt', new Uint8Array(11 * 1024 * 1024).fill(0x61)]]),
    });
    expect(big.status).toBe(413);
    expect(big.body.error).toEqual({
      code: 'payload_too_large',
      message: expect.stringMatching(/at most 10 MB a request/),
    });
    const tooBigFile = await call('/api/review/articles', {
      method: 'POST',
      headers: bearer(editorToken),
      body: files([['big.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61)]]),
    });
    expect(tooBigFile.body.files).toEqual([
      { name: 'big.txt', ok: false, reason: 'too large (3 MB; at most 1 MB a file)' },
    ]);
    // Other posts keep their 64 KB limit.
    const decision = await call('/api/review/log', {
      method: 'POST',
      headers: bearer(editorToken),
      body: 'x'.repeat(70_000),
    });
    expect(decision.status).toBe(413);
  }, 60_000);
});

describe('editors and upload pages without JavaScript', () => {
  it('answer a reader with the sign-in form (401), a plain editor with a 403 page, an admin with the table', async () => {
    for (const path of ['/review/editors', '/review/upload']) {
      const res = await call(`${path}?ui=en`);
      expect(res.status, path).toBe(401);
      expect(res.text).toContain('action="/review/login"');
    }
    // Posts without the cookie change nothing either.
    expect((await form('/review/editors', { name: 'Mallory' })).status).toBe(401);
    expect((await form('/review/editors/2', { enabled: '0' })).status).toBe(401);
    const anonymousUpload = await call('/review/upload', {
      method: 'POST',
      headers: { Origin: server.url },
      body: files([['x.md', NOTE]]),
    });
    expect(anonymousUpload.status).toBe(401);
    const editor = await signIn(editorToken);
    const refused = await call('/review/editors?ui=en', { headers: { Cookie: editor } });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Only an admin can manage editors. You are signed in as aigerim, an editor.');
    // Nor can a plain editor post to the admins' forms.
    expect((await form('/review/editors', { name: 'Mallory' }, { Cookie: editor })).status).toBe(403);
    expect((await form('/review/editors/1', { enabled: '0' }, { Cookie: editor })).status).toBe(403);
    expect((await call('/review/upload?ui=en', { headers: { Cookie: editor } })).status).toBe(200);
    const admin = await signIn(adminToken);
    const page = await call('/review/editors?ui=kk', { headers: { Cookie: admin } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('private, no-store');
    expect(page.text).toContain('Редакторлар');
    expect(page.text).toContain('<li id="editor-2"><strong>aigerim</strong><br><span class="meta">Рөлі: редактор · ');
  });

  it('refuse posts from another site (403) before anything is changed', async () => {
    const admin = await signIn(adminToken);
    const evil = { Cookie: admin, Origin: 'https://evil.example' };
    expect((await form('/review/editors', { name: 'Mallory' }, evil)).status).toBe(403);
    expect((await form('/review/editors/2', { enabled: '0' }, evil)).status).toBe(403);
    expect(
      (await form('/review/editors/2', { enabled: '0' }, { Cookie: admin, 'Sec-Fetch-Site': 'cross-site' })).status,
    ).toBe(403);
    const upload = await call('/review/upload', { method: 'POST', headers: evil, body: files([['x.md', NOTE]]) });
    expect(upload.status).toBe(403);
    const names = (await call('/api/review/editors', { headers: bearer(adminToken) })).body.items.map(
      (e: { name: string }) => e.name,
    );
    expect(names).not.toContain('Mallory');
    expect((await call('/api/review/queue', { headers: bearer(editorToken) })).status).toBe(200);
  });

  it('adds an editor from the form (the token shown once), refuses a bad name visibly, disables and enables', async () => {
    const admin = await signIn(adminToken);
    const bad = await form('/review/editors?ui=ru', { name: '<b>', role: 'editor' }, { Cookie: admin });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('role="alert">Не сохранено: editor: not a valid name');
    expect(bad.text).toContain('value="&lt;b&gt;"');
    const added = await form('/review/editors?ui=en', { name: 'Gulnar', role: 'admin', note: '' }, { Cookie: admin });
    expect(added.status).toBe(200);
    expect(added.text).toContain('Gulnar is now an editor (admin).');
    const token = /id="new-token" readonly value="(chr_[\w-]+)"/.exec(added.text)?.[1] as string;
    expect((await call('/api/review/editors', { headers: bearer(token) })).status).toBe(200);

    const gulnar = (await call('/api/review/editors', { headers: bearer(adminToken) })).body.items.find(
      (e: { name: string }) => e.name === 'Gulnar',
    );
    const off = await form(`/review/editors/${gulnar.id}`, { enabled: '0' }, { Cookie: admin });
    expect(off.status).toBe(303);
    const shown = await call(off.headers.get('Location') as string, {
      headers: { Cookie: admin, 'Accept-Language': 'en' },
    });
    expect(shown.text).toContain('role="status">Saved: Gulnar is disabled. Their token no longer works.');
    expect((await call('/api/review/editors', { headers: bearer(token) })).status).toBe(401);
    const on = await form(`/review/editors/${gulnar.id}`, { enabled: '1' }, { Cookie: admin });
    expect(on.status).toBe(303);
    expect((await call('/api/review/editors', { headers: bearer(token) })).status).toBe(200);
    // An admin cannot lock themself out: a visible refusal, nothing changed.
    const self = await form('/review/editors/1', { enabled: '0' }, { Cookie: admin });
    expect(self.status).toBe(400);
    expect(self.text).toContain('an admin cannot disable themself');
  });

  it('uploads files from the plain multipart form and lists each outcome, in the interface language', async () => {
    const editor = await signIn(editorToken);
    const res = await call('/review/upload?ui=en', {
      method: 'POST',
      headers: { Cookie: editor, Origin: server.url },
      body: files([
        ['web-note.md', NOTE.replace('API', 'site')],
        ['empty.txt', ''],
      ]),
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('1 new, 0 updated, 0 unchanged, 1 failed.');
    expect(res.text).toMatch(
      /<strong>web-note\.md<\/strong>: new article — <a href="\/articles\/\d+" lang="en">Uploaded through the site<\/a> \(\d+ events, \d+ entities\)/,
    );
    expect(res.text).toContain('<strong>empty.txt</strong>: <span role="alert">Not ingested: empty file</span>');
    const none = await call('/review/upload?ui=ru', {
      method: 'POST',
      headers: { Cookie: editor, Origin: server.url },
      body: files([['', '']]),
    });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Не загружено: выберите один или несколько файлов.');
    const big = await call('/review/upload?ui=en', {
      method: 'POST',
      headers: { Cookie: editor, Origin: server.url },
      body: files([['big.txt', new Uint8Array(11 * 1024 * 1024).fill(0x61)]]),
    });
    expect(big.status).toBe(413);
    expect(big.text).toContain('Not uploaded: the upload is too large (at most 10 MB at a time, 1 MB a file).');
  }, 60_000);
});
