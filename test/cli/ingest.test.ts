import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../../src/store/testing/backends.ts';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

const FIXTURE = new URL('../../../shared/fixtures/e-history-1509.txt', import.meta.url).pathname;

/** A folder of three good articles in three formats. */
function corpus(): { dir: string; db: string } {
  const root = tempDir('ingest');
  const dir = join(root, 'articles');
  mkdirSync(join(dir, 'ru'), { recursive: true });
  copyFileSync(FIXTURE, join(dir, 'e-history-1509.txt'));
  writeFileSync(
    join(dir, 'ru', 'obse.md'),
    '---\ntitle: Председательство в ОБСЕ\nid: 9202\nsite: e-history.kz\ndate: 2020-12-02\n---\nВ 2010 году Казахстан председательствовал в ОБСЕ.\n\nСаммит прошёл в Астане 1–2 декабря 2010 года.\n',
  );
  writeFileSync(
    join(dir, 'note.json'),
    JSON.stringify({ title: 'A note', body: ['Kazakhstan joined the UN in 1992.'] }),
  );
  return { dir, db: join(root, 'data', 'chronicle.db') };
}

async function listJson(
  db: string,
): Promise<{ total: number; items: { id: number; sourceId: string | null; revision: number }[] }> {
  const run = await chronicle(['--db', db, 'list', '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('chronicle ingest, list, show', { timeout: 120_000 }, () => {
  it('stores a folder once: the second run finds everything unchanged', async () => {
    const { dir, db } = corpus();
    const first = await chronicle(['--db', db, 'ingest', dir]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('3 new, 0 updated, 0 unchanged, 0 failed\n');
    expect(first.code).toBe(0);
    const before = await listJson(db);
    expect(before.total).toBe(3);

    const second = await chronicle(['--db', db, 'ingest', dir]);
    expect(second.stdout).toBe('0 new, 0 updated, 3 unchanged, 0 failed\n');
    expect(second.code).toBe(0);
    expect((await listJson(db)).total).toBe(3);

    const table = await chronicle(['--db', db, 'list', '--lang', 'ru']);
    expect(table.stdout).toMatch(/e-history\.kz:9202\s+ru\s+1\s+Председательство в ОБСЕ/);
    expect(table.stdout).not.toMatch(/1509/);
  });

  it('makes an edited file a new revision and keeps the old one readable', async () => {
    const { dir, db } = corpus();
    const first = await chronicle(['--db', db, 'ingest', dir]);
    expect(first.code, first.stderr).toBe(0);
    const path = join(dir, 'e-history-1509.txt');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('Kazakhstan nowadays plays', 'Kazakhstan today plays'));

    const again = await chronicle(['--db', db, 'ingest', dir]);
    expect(again.stdout).toMatch(
      /^updated \S*e-history-1509\.txt \(article \d+, revision 2\): 1 of 23 paragraphs changed; dates \+\d+ −\d+/,
    );
    expect(again.stdout.split('\n').at(-2)).toBe('0 new, 1 updated, 2 unchanged, 0 failed');
    expect((await listJson(db)).total).toBe(3);

    const latest = await chronicle(['--db', db, 'show', 'e-history.kz:1509', '--json']);
    const article = JSON.parse(latest.stdout);
    expect(article.revision).toBe(2);
    expect(article.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(article.text).toContain('Kazakhstan today plays');

    const old = await chronicle(['--db', db, 'show', String(article.id), '--revision', '1']);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('Kazakhstan nowadays plays');
    expect(old.stdout).toMatch(/Revision:\s+1 of 2/);

    // The source file names its article too.
    const byFile = await chronicle(['--db', db, 'show', join(dir, 'note.json'), '--json']);
    expect(JSON.parse(byFile.stdout).title).toBe('A note');

    // The bare source id works too when one article has it.
    const bySource = await chronicle(['--db', db, 'show', '9202', '--json']);
    expect(JSON.parse(bySource.stdout).title).toBe('Председательство в ОБСЕ');
  });

  it('reports each bad file on one line, stores the good ones and exits non-zero', async () => {
    const { dir, db } = corpus();
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.from([0xc8, 0xf1, 0xf2, 0xee, 0xf0, 0xe8, 0xff]));
    writeFileSync(join(dir, 'huge.txt'), `Huge\n\n${'word '.repeat(60_000)}`);
    const run = await chronicle(['--db', db, 'ingest', dir, '--max-size', '100KB']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('3 new, 0 updated, 0 unchanged, 4 failed\n');
    const lines = run.stderr.trim().split('\n').sort();
    expect(lines).toEqual([
      `${join(dir, 'cp1251.txt')}: not UTF-8 (byte 0xC8 at offset 0)`,
      `${join(dir, 'empty.txt')}: empty file`,
      `${join(dir, 'huge.txt')}: too large (293 KB; limit 100 KB, see --max-size)`,
      `${join(dir, 'scan.pdf')}: binary file (NUL byte at offset 4)`,
    ]);
    expect((await listJson(db)).total).toBe(3);
  });

  it('honours CHRONICLE_MAX_FILE_BYTES and rejects bad options with the flag named', async () => {
    const { dir, db } = corpus();
    const limited = await chronicle(['--db', db, 'ingest', join(dir, 'e-history-1509.txt')], {
      env: { CHRONICLE_MAX_FILE_BYTES: '1000' },
    });
    expect(limited.code).not.toBe(0);
    expect(limited.stderr).toMatch(/e-history-1509\.txt: too large \(7\.8 KB; limit 1000 bytes/);
    const bad = await chronicle(['--db', db, 'ingest', dir, '--max-size', 'lots']);
    expect(bad.stderr).toBe('chronicle: --max-size: "lots" is not a size in bytes (e.g. 10485760, 512KB, 10MB)\n');
    const missing = await chronicle(['--db', db, 'ingest', join(dir, 'nope.txt')]);
    expect(missing.stderr).toBe(`${join(dir, 'nope.txt')}: no such file or folder\n`);
    expect(missing.stdout).toBe('0 new, 0 updated, 0 unchanged, 1 failed\n');
  });

  it('gives a clear error for an unknown article or revision', async () => {
    const { dir, db } = corpus();
    await chronicle(['--db', db, 'ingest', dir]);
    const unknown = await chronicle(['--db', db, 'show', '999']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toBe('chronicle: no article 999 (see chronicle list)\n');
    const revision = await chronicle(['--db', db, 'show', 'e-history.kz:1509', '--revision', '7']);
    expect(revision.code).not.toBe(0);
    expect(revision.stderr).toBe('chronicle: article e-history.kz:1509 has no revision 7 (revisions: 1)\n');
    const traversal = await chronicle(['--db', db, 'show', '../../etc/passwd']);
    expect(traversal.code).not.toBe(0);
    expect(traversal.stderr).toMatch(/^chronicle: no article \.\.\/\.\.\/etc\/passwd/);
  });
});

describe('chronicle ingest with DATABASE_URL (PostgreSQL)', { timeout: 180_000 }, () => {
  it('behaves as with SQLite: unchanged on a second run, a new revision on an edit, the old one readable', async () => {
    const backend = await postgresBackend();
    const env = { DATABASE_URL: backend.location };
    try {
      const { dir } = corpus();
      expect((await chronicle(['ingest', dir], { env })).stdout).toBe('3 new, 0 updated, 0 unchanged, 0 failed\n');
      expect((await chronicle(['ingest', dir], { env })).stdout).toBe('0 new, 0 updated, 3 unchanged, 0 failed\n');
      const path = join(dir, 'ru', 'obse.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('1–2 декабря', '2 декабря'));
      const edit = await chronicle(['ingest', dir], { env });
      expect(edit.stdout.split('\n').at(-2)).toBe('0 new, 1 updated, 2 unchanged, 0 failed');
      const old = await chronicle(['show', 'e-history.kz:9202', '--revision', '1', '--json'], { env });
      expect(old.code, old.stderr).toBe(0);
      expect(JSON.parse(old.stdout).text).toContain('1–2 декабря');
      const list = await chronicle(['list', '--json'], { env });
      expect(JSON.parse(list.stdout).total).toBe(3);
    } finally {
      await backend.drop();
    }
  });
});
