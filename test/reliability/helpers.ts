import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll } from 'vitest';
import { chronicle, tempDir as newTempDir } from '../cli/run.ts';

export { chronicle } from '../cli/run.ts';

const scratch: string[] = [];
// Each test file runs in its own process: its scratch folders (up to ~20 MB each) go when it ends.
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file has run. */
export function tempDir(prefix: string): string {
  const dir = newTempDir(`reliability-${prefix}`);
  scratch.push(dir);
  return dir;
}

const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;

/** A running `chronicle` child process with its output collected as it arrives. */
export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | NodeJS.Signals>;
}

/** Starts the real CLI as a child process, SQLite forced (DATABASE_URL removed) unless `env` sets one. */
export function start(args: string[], env: Record<string, string> = {}): Running {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete fullEnv.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, ...args], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out += s;
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    err += s;
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? code ?? -1));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** `chronicle serve --port 0` on `db`; resolves with its base URL once it listens. */
export async function serve(db: string): Promise<{ url: string; proc: Running; stop: () => Promise<void> }> {
  const proc = start(['--db', db, 'serve', '--port', '0']);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = /at (http:\/\/[^\s]+?)\/?\n/.exec(proc.stdout());
    if (m) {
      const stop = async () => {
        if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
        await proc.exited;
      };
      return { url: m[1] as string, proc, stop };
    }
    if (proc.child.exitCode !== null || Date.now() > deadline) {
      proc.child.kill('SIGKILL');
      throw new Error(`serve did not start: ${proc.stderr()}`);
    }
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What is stored, read straight from the SQLite file (read-only, so it never changes the file). */
export interface Snapshot {
  articles: number;
  revisions: number;
  /** Distinct (site, source id) pairs among the articles. */
  sourceIds: number;
  /** sha256 over every revision's article id, revision number and text, in order. */
  checksum: string;
}

export function snapshot(db: string): Snapshot {
  const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
  try {
    const articles = (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const sourceIds = (
      raw.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT site, source_id FROM articles)').get() as { n: number }
    ).n;
    const hash = createHash('sha256');
    let revisions = 0;
    for (const row of raw
      .prepare('SELECT article_id, revision, text FROM revisions ORDER BY article_id, revision')
      .iterate() as Iterable<{ article_id: number; revision: number; text: string }>) {
      hash.update(`${row.article_id}\u0001${row.revision}\u0001${row.text}\u0002`);
      revisions++;
    }
    return { articles, revisions, sourceIds, checksum: hash.digest('hex') };
  } finally {
    raw.close();
  }
}

/** Stored article count seen by a concurrent reader; 0 while the schema does not exist yet. */
export function countArticles(db: string): number {
  try {
    const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true, timeout: 5_000 });
    try {
      return (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

export function integrityCheck(db: string): string {
  const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
  try {
    return raw.pragma('integrity_check', { simple: true }) as string;
  } finally {
    raw.close();
  }
}

export interface ListedArticle {
  id: number;
  sourceId: string | null;
  site: string | null;
  revision: number;
  title: string;
  language: string;
}

/** Every article `chronicle list --json` reports, page by page (the CLI's page is at most 200). */
export async function listAll(db: string): Promise<{ total: number; items: ListedArticle[] }> {
  const items: ListedArticle[] = [];
  let total = 0;
  for (let offset = 0; ; offset += 200) {
    const run = await chronicle(['--db', db, 'list', '--json', '--limit', '200', '--offset', String(offset)]);
    if (run.code !== 0) throw new Error(`list failed (${run.code}): ${run.stderr}`);
    const page = JSON.parse(run.stdout) as { total: number; items: ListedArticle[] };
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= total) break;
  }
  return { total, items };
}
