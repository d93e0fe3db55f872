import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../index.ts';
import { syntheticArticle } from '../testing/synthetic.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-durability-'));
  dirs.push(dir);
  return join(dir, 'crash.db');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts a process saving synthetic articles [0, total) and SIGKILLs it once `killAfter` are saved. */
function saveAndKill(dbPath: string, total: number, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, '../testing/save-many.ts'), dbPath, '0', String(total)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let saved = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      saved += chunk.split('\n').filter(Boolean).length;
      if (saved >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(saved);
      else reject(new Error(`saver exited with ${code} before it was killed (${saved} saved): ${stderr}`));
    });
  });
}

describe('SQLite durability', () => {
  it('a SIGKILL mid-ingest leaves a consistent database, and re-saving completes it without duplicates', async () => {
    const dbPath = tempDb();
    const total = 400;
    const saved = await saveAndKill(dbPath, total, 60);
    expect(saved).toBeGreaterThanOrEqual(60);
    expect(saved).toBeLessThan(total);

    const raw = new BetterSqlite3(dbPath);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();

    const store = await openStore({ dbPath, databaseUrl: '' });
    try {
      const statuses = { new: 0, unchanged: 0, updated: 0 };
      for (let n = 0; n < total; n++) statuses[(await store.saveArticle(syntheticArticle(n))).status]++;
      // Everything the killed process reported as saved is unchanged; nothing is stored twice.
      expect(statuses.updated).toBe(0);
      expect(statuses.unchanged).toBeGreaterThanOrEqual(saved);
      expect(statuses.new + statuses.unchanged).toBe(total);
      const stats = await store.stats();
      expect(stats.articles).toBe(total);
      expect(stats.revisions).toBe(total);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a reader in another connection sees whole articles while a writer saves', async () => {
    const dbPath = tempDb();
    const writer = await openStore({ dbPath, databaseUrl: '' });
    const reader = await openStore({ dbPath, databaseUrl: '' });
    try {
      const total = 60;
      let done = false;
      const writing = (async () => {
        for (let n = 0; n < total; n++) await writer.saveArticle(syntheticArticle(n));
        done = true;
      })();
      const seen: number[] = [];
      while (!done) {
        const stats = await reader.stats();
        // Each article is committed whole: one revision per article, at every moment.
        expect(stats.revisions).toBe(stats.articles);
        seen.push(stats.articles);
        await new Promise((r) => setTimeout(r, 1));
      }
      await writing;
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect((await reader.stats()).articles).toBe(total);
      expect((await reader.search({ q: 'OSCE', limit: 5 })).total).toBeGreaterThan(0);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});
