import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus.ts';
import { chronicle, countArticles, integrityCheck, type Running, sleep, snapshot, start, tempDir } from './helpers.ts';

// Crash safety of the real CLI: `chronicle ingest` of 400 files is SIGKILLed part-way, twice, at
// different moments; the database stays consistent and a re-run completes it with nothing stored twice.

const TOTAL = 400;

/** Polls the database (read-only) until at least `atLeast` articles are stored, then SIGKILLs the ingest. */
async function killOnceStored(run: Running, db: string, atLeast: number): Promise<number> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) {
      throw new Error(`ingest finished before the kill (${run.child.exitCode}): ${run.stdout()} ${run.stderr()}`);
    }
    const stored = countArticles(db);
    if (stored >= atLeast) {
      run.child.kill('SIGKILL');
      expect(await run.exited).toBe('SIGKILL');
      return countArticles(db);
    }
    await sleep(15);
  }
  run.child.kill('SIGKILL');
  throw new Error(`no ${atLeast} articles stored within 90 s`);
}

describe('kill -9 during chronicle ingest', { timeout: 180_000 }, () => {
  it('leaves a consistent database; re-running stores exactly 400 articles, each once', async () => {
    const root = tempDir('crash');
    const dir = join(root, 'articles');
    writeCorpus(dir, TOTAL);
    const db = join(root, 'data', 'chronicle.db');

    // First kill: once a few dozen articles are in.
    const first = start(['--db', db, 'ingest', dir]);
    const afterFirst = await killOnceStored(first, db, 40);
    expect(afterFirst).toBeGreaterThanOrEqual(40);
    expect(afterFirst).toBeLessThan(TOTAL);
    expect(first.stdout()).toBe(''); // killed before its summary line
    expect(integrityCheck(db)).toBe('ok');
    const s1 = snapshot(db);
    expect(s1.revisions).toBe(s1.articles); // no half-stored article: one revision per article row

    // Second kill, later in the run: the re-run skips what is stored and is killed past it.
    const second = start(['--db', db, 'ingest', dir]);
    const afterSecond = await killOnceStored(second, db, afterFirst + 60);
    expect(afterSecond).toBeLessThan(TOTAL);
    expect(integrityCheck(db)).toBe('ok');
    const s2 = snapshot(db);
    expect(s2.revisions).toBe(s2.articles);

    // Third run completes: what was stored is unchanged, the rest is new, nothing failed.
    const last = await chronicle(['--db', db, 'ingest', dir]);
    expect(last.stderr).toBe('');
    expect(last.code).toBe(0);
    const m = /^(\d+) new, 0 updated, (\d+) unchanged, 0 failed\n$/.exec(last.stdout);
    expect(m, last.stdout).not.toBeNull();
    expect(Number(m?.[1]) + Number(m?.[2])).toBe(TOTAL);
    expect(Number(m?.[2])).toBe(afterSecond);

    expect(integrityCheck(db)).toBe('ok');
    const listed = await chronicle(['--db', db, 'list', '--json', '--limit', '1']);
    expect(JSON.parse(listed.stdout).total).toBe(TOTAL);
    // Nothing duplicated: one article per source id, each with exactly one revision.
    const done = snapshot(db);
    expect(done).toMatchObject({ articles: TOTAL, revisions: TOTAL, sourceIds: TOTAL });
  });
});
