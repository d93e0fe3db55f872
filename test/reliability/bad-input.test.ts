import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { chronicle, type Snapshot, serve, snapshot, tempDir } from './helpers.ts';

// Bad input at every entry point: each is refused with a clear message (one line on stderr and a
// non-zero exit for the CLI; a 4xx JSON error object for the API), never a 500 or a stack trace, and
// the articles already stored are untouched (count and a checksum of every revision's text).

const root = tempDir('bad-input');
const articles = join(root, 'articles');
const db = join(root, 'data', 'chronicle.db');
const article = join(articles, 'part-0', 'eh-20000.txt');
let before: Snapshot;

beforeAll(async () => {
  writeCorpus(articles, 12, 20_000);
  const run = await chronicle(['--db', db, 'ingest', articles]);
  expect(run.stdout).toBe('12 new, 0 updated, 0 unchanged, 0 failed\n');
  before = snapshot(db);
}, 60_000);

/** Runs `work` over `items` with at most `limit` at a time (each item is a CLI process). */
async function pooled<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < items.length; k = next++) out[k] = await work(items[k] as T);
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

const STACK = /\n\s+at |node:internal|\.ts:\d+:\d+/;

describe('bad input to the CLI', { timeout: 120_000 }, () => {
  it('refuses bad flags and unknown commands with one line naming the flag', async () => {
    const cases: Array<{ args: string[]; message: RegExp }> = [
      { args: ['serve', '--port', 'abc'], message: /--port must be a whole number/ },
      { args: ['list', '--limit', '-1'], message: /--limit/ },
      { args: ['list', '--limit', '100000'], message: /--limit:? must be at most 200/ },
      { args: ['ingest', '--dct', '2020-13-45', article], message: /--dct/ },
      { args: ['list', '--lang', 'xx'], message: /--lang: must be one of en, ru, kk/ },
      { args: ['ingest', '--max-size', 'lots', article], message: /--max-size/ },
      { args: ['show', '999999'], message: /no article 999999/ },
      { args: ['frobnicate'], message: /unknown command 'frobnicate'/ },
      { args: ['export', 'pdf'], message: /pdf/ },
    ];
    const runs = await pooled(cases, 3, (c) => chronicle(['--db', db, ...c.args]));
    runs.forEach((run, k) => {
      const { args, message } = cases[k] as (typeof cases)[number];
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).not.toMatch(STACK);
      expect(run.stdout, args.join(' ')).toBe('');
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a DATABASE_URL it cannot use, names it, and writes nothing anywhere', async () => {
    const urls = ['mysql://x', 'postgres://nobody@127.0.0.1:1/x'];
    const commands = [
      ['ingest', article],
      ['serve', '--port', '0'],
    ];
    const cases = urls.flatMap((url) => commands.map((args) => ({ url, args })));
    const runs = await pooled(cases, 3, ({ url, args }) =>
      chronicle(['--db', db, ...args], { env: { DATABASE_URL: url } }),
    );
    runs.forEach((run, k) => {
      const what = `${cases[k]?.url} ${cases[k]?.args[0]}`;
      expect(run.code, what).not.toBe(0);
      expect(run.stderr, what).toMatch(/^chronicle: cannot open the database in DATABASE_URL: .+\n$/);
      expect(run.stderr, what).not.toMatch(STACK);
      expect(run.stdout, what).toBe('');
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a --db that is a folder, sits below a file, or is not SQLite, and leaves that file as it was', async () => {
    const folder = join(root, 'a-folder.db');
    mkdirSync(folder, { recursive: true });
    const notSqlite = join(root, 'notes.db');
    const notes = 'These are my notes, not a database. 1991 was a year.\n'.repeat(50);
    writeFileSync(notSqlite, notes);
    const json = join(root, 'export.db');
    copyFileSync(article, json);
    const belowFile = join(notSqlite, 'inside', 'x.db');
    const cases = [
      { db: folder, args: ['ingest', article] },
      { db: folder, args: ['serve', '--port', '0'] },
      { db: notSqlite, args: ['ingest', article] },
      { db: notSqlite, args: ['serve', '--port', '0'] },
      { db: json, args: ['ingest', article] },
      { db: belowFile, args: ['ingest', article] },
    ];
    const runs = await pooled(cases, 3, (c) => chronicle(['--db', c.db, ...c.args]));
    runs.forEach((run, k) => {
      const c = cases[k] as (typeof cases)[number];
      const what = `${c.db} ${c.args[0]}`;
      expect(run.code, what).not.toBe(0);
      expect(run.stderr, what).toMatch(/^chronicle: cannot open (the )?database .+\n$/);
      expect(run.stderr, what).toContain(c.db.split('/').slice(-1)[0]);
      expect(run.stderr, what).not.toMatch(STACK);
    });
    // Refused, not overwritten.
    expect(readFileSync(notSqlite, 'utf8')).toBe(notes);
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(article, 'utf8'));
  });
});

describe('bad input to the HTTP API and website', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(db);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const long = (n: number) => 'Қазақстан '.repeat(Math.ceil(n / 10)).slice(0, n);
  const API_CASES: Array<[string, number[]]> = [
    [`/api/search?q=${'a'.repeat(20_000)}`, [414]],
    // 20 000 Cyrillic characters are 115 KB URL-encoded: over the server's 64 KB request head.
    [`/api/search?q=${encodeURIComponent(long(20_000))}`, [414, 431]],
    [`/api/search?q=${encodeURIComponent(long(600))}`, [400, 414]],
    ['/api/search?q=', [400]],
    ['/api/search?q=%20%20%20', [400]],
    [`/api/articles/${encodeURIComponent('../../etc/passwd')}`, [400, 404]],
    ['/api/articles/..%2F..%2Fetc%2Fpasswd', [400, 404]],
    ['/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd', [400, 404]],
    [`/api/entities/${encodeURIComponent('../../etc/passwd')}`, [400, 404]],
    [`/api/export/${encodeURIComponent('../../etc/passwd')}`, [400, 404]],
    ['/api/articles/0', [400]],
    ['/api/articles/99999999999999999999', [400]],
    ['/api/articles/1?revision=-1', [400]],
    ['/api/articles?limit=-1', [400]],
    ['/api/articles?limit=0', [400]],
    ['/api/articles?limit=1000000', [400]],
    ['/api/articles?limit=1e400', [400]],
    ['/api/articles?limit=abc', [400]],
    ['/api/articles?offset=-5', [400]],
    ['/api/search?q=OSCE&limit=-3', [400]],
    ['/api/search?q=OSCE&from=abc', [400]],
    ['/api/search?q=OSCE&lang=xx', [400]],
    ['/api/timeline?limit=100000', [400]],
    ['/api/timeline?from=99999999', [400]],
    ['/api/on-this-day?date=13-45', [400]],
    ['/api/on-this-day?date=02-30', [400]],
    ['/api/on-this-day?date=2020-08-29', [400]],
    [`/api/on-this-day?date=${encodeURIComponent("08-29' OR 1=1 --")}`, [400]],
    ['/api/export/pdf', [400, 404]],
    ['/api/export/csv?from=abc', [400]],
    ['/api/nope', [404]],
  ];

  it('answers every malformed API request with a 4xx JSON error object, never a 500', async () => {
    const problems: string[] = [];
    for (const [path, allowed] of API_CASES) {
      const res = await fetch(server.url + path);
      const text = await res.text();
      let body: { error?: { code?: unknown; message?: unknown } } = {};
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`${path.slice(0, 80)}: not JSON (${res.status}): ${text.slice(0, 80)}`);
        continue;
      }
      if (!allowed.includes(res.status)) problems.push(`${path.slice(0, 80)}: status ${res.status}`);
      if (!res.headers.get('content-type')?.startsWith('application/json')) problems.push(`${path}: content-type`);
      if (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string') {
        problems.push(`${path.slice(0, 80)}: no {error: {code, message}}`);
      }
      if (STACK.test(text)) problems.push(`${path.slice(0, 80)}: stack trace in the body`);
    }
    expect(problems).toEqual([]);
    expect(server.proc.stderr()).not.toMatch(/internal error|page error/);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses request bodies over the limit and methods the read-only API does not have, as JSON', async () => {
    const big = 'a'.repeat(200_000);
    const problems: string[] = [];
    for (const [method, path, body] of [
      ['POST', '/api/articles', big],
      ['PUT', '/api/articles/1', big],
      ['DELETE', '/api/articles/1', undefined],
      ['POST', '/api/search?q=OSCE', '{}'],
      ['POST', '/', big],
    ] as const) {
      const res = await fetch(server.url + path, { method, body });
      const text = await res.text();
      if (res.status < 400 || res.status >= 500) problems.push(`${method} ${path}: ${res.status}`);
      if (path.startsWith('/api') && !/^\{"error":\{"code":"\w+"/.test(text))
        problems.push(`${method} ${path}: ${text}`);
    }
    expect(problems).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it('answers malformed page requests with a 4xx page, never a 500, and never serves a file outside the assets', async () => {
    const PAGE_CASES: Array<[string, number[]]> = [
      [`/search?q=${encodeURIComponent(long(20_000))}`, [400, 414, 431]],
      [`/search?q=${'a'.repeat(20_000)}`, [400, 414]],
      [`/articles/${encodeURIComponent('../../etc/passwd')}`, [400, 404]],
      ['/articles/..%2F..%2Fetc%2Fpasswd', [400, 404]],
      ['/articles/1?revision=abc', [400]],
      ['/assets/..%2F..%2Fpackage.json', [400, 404]],
      ['/assets/%2e%2e%2f%2e%2e%2fpackage.json', [400, 404]],
      ['/on-this-day/13-45', [400, 404]],
      ['/timeline?from=abc', [400]],
      ['/search?q=OSCE&offset=-1', [400]],
      ['/entities/..%2F..%2Fetc%2Fpasswd', [400, 404]],
    ];
    const problems: string[] = [];
    for (const [path, allowed] of PAGE_CASES) {
      const res = await fetch(server.url + path);
      const text = await res.text();
      if (!allowed.includes(res.status)) problems.push(`${path.slice(0, 80)}: status ${res.status}`);
      if (STACK.test(text) || text.includes('"dependencies"') || text.includes('root:x:0:0')) {
        problems.push(`${path.slice(0, 80)}: leaked a stack trace or a file`);
      }
    }
    expect(problems).toEqual([]);
    expect(server.proc.stderr()).not.toMatch(/internal error|page error/);
    expect(snapshot(db)).toEqual(before);
  });
});
