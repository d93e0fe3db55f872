import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './run.ts';

const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;
const FILES = 400;

/** `FILES` small e-history pages, each with its own id and a few dated sentences. */
function corpus(): string {
  const dir = join(tempDir('crash'), 'articles');
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < FILES; k++) {
    const year = 1900 + (k % 120);
    const title = `ARTICLE ${k} ON THE STEPPE`;
    const body = [
      `In ${year} the steppe saw article ${k}'s first event.`,
      `Two years later, in ${year + 2}, the OSCE and the UN took note of it.`,
      `Between ${year + 3} and ${year + 5} nothing changed.`,
    ];
    writeFileSync(
      join(dir, `a-${String(k).padStart(3, '0')}.txt`),
      [title, '', String(50_000 + k), `${title} - e-history.kz`, 'Lead.', '', ...body.join('\n\n').split('\n')].join(
        '\n',
      ),
    );
  }
  return dir;
}

function countArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('ingest killed part-way', { timeout: 300_000 }, () => {
  it('leaves a consistent database, and a second run completes it with nothing duplicated', async () => {
    const dir = corpus();
    const db = join(tempDir('crash-db'), 'chronicle.db');
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, '--db', db, 'ingest', dir], { env, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it once some articles are in, well before all of them are.
    while (countArticles(db) < 20 && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await exited;

    const partial = countArticles(db);
    expect(partial).toBeGreaterThanOrEqual(20);
    expect(partial).toBeLessThan(FILES);
    const conn = new Database(db, { readonly: true });
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    conn.close();

    const rerun = await chronicle(['--db', db, 'ingest', dir]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const [fresh, , unchanged] = rerun.stdout.match(/\d+/g)?.map(Number) ?? [];
    expect((fresh ?? 0) + (unchanged ?? 0)).toBe(FILES);
    expect(unchanged).toBeGreaterThanOrEqual(partial);
    const list = await chronicle(['--db', db, 'list', '--json', '--limit', '1']);
    expect(JSON.parse(list.stdout).total).toBe(FILES);
  });
});
