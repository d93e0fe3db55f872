import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('creates the folder and the SQLite file, in WAL mode', async () => {
    const file = join(dir, 'nested', 'deeper', 'chronicle.db');
    const store = await openStore({ dbPath: file, databaseUrl: '' });
    expect(await store.stats()).toMatchObject({ articles: 0 });
    await store.close();
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('names the file when it is not a database or cannot be created', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just text that fills more than a header '.repeat(100));
    await expect(openStore({ dbPath: junk, databaseUrl: '' })).rejects.toThrow(
      `cannot open database ${junk}: file is not a database`,
    );
    const blocked = join(junk, 'inside.db');
    await expect(openStore({ dbPath: blocked, databaseUrl: '' })).rejects.toThrow(`cannot open database ${blocked}:`);
  });

  it('rejects a DATABASE_URL that is not postgres://', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/db' })).rejects.toThrow(
      'DATABASE_URL: not a postgres:// URL',
    );
    await expect(openStore({ databaseUrl: 'not a url' })).rejects.toThrow('DATABASE_URL: not a postgres:// URL');
  });

  it('says which PostgreSQL server it could not reach', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await expect(openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/chronicle' })).rejects.toThrow(
      /^cannot connect to PostgreSQL at 127\.0\.0\.1:1: /,
    );
  });
});
