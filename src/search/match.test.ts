import Database from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../analyze/types.ts';
import { indexTokens } from './analyzer.ts';
import { toFts5Match, toFts5Phrase, toTsPhrase, toTsQuery } from './match.ts';
import { parseQuery, QueryError } from './query.ts';

// The test run's server (set by test/setup/postgres.ts), its `postgres` database: queries only.
const DATABASE_URL = new URL(
  'postgres',
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/',
).toString();

const docs: { lang: Language; text: string }[] = [
  { lang: 'ru', text: 'Ядерные испытания на Семипалатинском полигоне' },
  { lang: 'ru', text: 'После ядерного испытания 1949 года' },
  { lang: 'ru', text: 'Председательство в ОБСЕ в 2010 году' },
  { lang: 'kk', text: 'Семей полигонындағы ядролық сынақтар' },
  { lang: 'kk', text: 'Ядролық сынақтарының салдары' },
  { lang: 'kk', text: 'ЕҚЫҰ-ға төрағалық, 2010 жыл' },
  { lang: 'en', text: 'The closure of the nuclear test site' },
  { lang: 'en', text: 'Nuclear Testing and peace-keeping' },
  { lang: 'en', text: 'Resolution 64/35 on the International Day against Nuclear Tests' },
  { lang: 'en', text: 'Nuclear weapons and the OSCE chairmanship' },
];

// Every query in this list is asked of both databases, which must agree.
const queries = [
  'ядерных испытаний',
  'ядролық сынақ',
  'nuclear tests',
  '"nuclear tests"',
  'nuclear -weapons',
  'peacekeeping',
  'peace-keeping',
  '64/35',
  '2010',
  'ОБСЕ',
  'ядерные -1949',
];

// A query language full of characters FTS5 and tsquery treat as syntax.
const syntaxy = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('"', '-', '*', '^', ':', '(', ')', '{', '}', "'", '\\', '!', '&', '|', '<->', '<2>', ':*'),
      fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'title', 'body:', '«', '»', 'ядерных', 'сынақтар', 'tests'),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', ''), 1)[0]));

/** An in-memory copy of the store's FTS5 table (contentless columns of space-joined tokens), loaded with `docs`. */
function ftsWithDocs(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 0')`);
  const insert = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  for (const [i, d] of docs.entries()) insert.run(i + 1, '', indexTokens(d.text, d.lang).join(' '));
  return db;
}

/** Parses a query the way the store does; null for a QueryError (the only error allowed). */
function parsedOrNull(q: string) {
  try {
    return parseQuery(q);
  } catch (err) {
    if (err instanceof QueryError) return null;
    throw err;
  }
}

describe('toFts5Match against real SQLite FTS5', () => {
  const db = ftsWithDocs();
  afterAll(() => db.close());

  const search = (q: string): number[] =>
    db
      .prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid')
      .all(toFts5Match(parseQuery(q)))
      .map((r) => (r as { rowid: number }).rowid);

  it('finds other word forms in each language', () => {
    expect(search('ядерных испытаний')).toEqual([1, 2]);
    expect(search('ядролық сынақ')).toEqual([4, 5]);
    expect(search('nuclear tests')).toEqual([7, 8, 9]);
  });

  it('honours phrases, exclusions, compounds and resolution numbers', () => {
    // Phrases compare stems too: "nuclear test site" and "Nuclear Testing" contain "nuclear tests".
    expect(search('"nuclear tests"')).toEqual([7, 8, 9]);
    expect(search('"tests nuclear"')).toEqual([]);
    expect(search('"test site"')).toEqual([7]);
    expect(search('nuclear -weapons')).toEqual([7, 8, 9]);
    expect(search('peacekeeping')).toEqual([8]);
    expect(search('64/35')).toEqual([9]);
  });

  it('finds the query words standing together, for ranking those texts first', () => {
    const together = (q: string) =>
      db
        .prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid')
        .all(toFts5Phrase(parseQuery(q)))
        .map((r) => (r as { rowid: number }).rowid);
    expect(together('nuclear tests')).toEqual([7, 8, 9]);
    expect(together('tests nuclear')).toEqual([]);
    expect(together('ядерных испытаний')).toEqual([1, 2]);
    expect(together('ядролық сынақ -салдары')).toEqual([4, 5]);
    expect(toFts5Phrase(parseQuery('nuclear'))).toBe('');
    expect(toFts5Phrase(parseQuery('nuclear -tests'))).toBe('');
  });

  it('runs every expression it builds, whatever the query', () => {
    const stmt = db.prepare('SELECT count(*) AS n FROM fts WHERE fts MATCH ?');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), syntaxy), (q) => {
        const parsed = parsedOrNull(q);
        if (!parsed) return;
        const match = toFts5Match(parsed);
        if (parsed.terms.length === 0) expect(match).toBe('');
        else expect(() => stmt.get(match)).not.toThrow();
        const phrase = toFts5Phrase(parsed);
        if (phrase) expect(() => stmt.get(phrase)).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});

describe('toTsQuery against real PostgreSQL', () => {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  beforeAll(async () => {
    try {
      await client.connect();
    } catch (err) {
      throw new Error(`PostgreSQL is required for this suite and is not reachable at ${DATABASE_URL}: ${String(err)}`);
    }
  });
  afterAll(() => client.end());

  async function search(q: string, build = toTsQuery): Promise<number[]> {
    const found: number[] = [];
    const query = build(parseQuery(q));
    for (const [i, d] of docs.entries()) {
      const r = await client.query<{ hit: boolean }>(
        "SELECT to_tsvector('simple', $1) @@ to_tsquery('simple', $2) AS hit",
        [indexTokens(d.text, d.lang).join(' '), query],
      );
      if (r.rows[0]!.hit) found.push(i + 1);
    }
    return found;
  }

  it('gives the same results as SQLite for every sample query', async () => {
    const sqlite = ftsWithDocs();
    const select = sqlite.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid');
    for (const q of queries) {
      const expected = select.all(toFts5Match(parseQuery(q))).map((r) => (r as { rowid: number }).rowid);
      expect({ q, rows: await search(q) }).toEqual({ q, rows: expected });
      const phrase = toFts5Phrase(parseQuery(q));
      if (!phrase) continue;
      const together = select.all(phrase).map((r) => (r as { rowid: number }).rowid);
      expect({ q, phrase: await search(q, toTsPhrase) }).toEqual({ q, phrase: together });
    }
    sqlite.close();
  });

  it('builds a tsquery PostgreSQL accepts, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), syntaxy), async (q) => {
        const parsed = parsedOrNull(q);
        if (!parsed) return;
        const query = toTsQuery(parsed);
        if (parsed.terms.length === 0) expect(query).toBe('');
        else await client.query("SELECT to_tsquery('simple', $1)", [query]);
        const phrase = toTsPhrase(parsed);
        if (phrase) await client.query("SELECT to_tsquery('simple', $1)", [phrase]);
      }),
      { numRuns: 500 },
    );
  });
});
