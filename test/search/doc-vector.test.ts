import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, loadCorpus } from '../../bench/generate.ts';
import { docVectorLiteral } from '../../src/store/postgres/fulltext.ts';
import { type SearchFields, searchFields } from '../../src/store/search-index/fields.ts';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';

/**
 * The text vector of an article is made in Node as a literal (`docVectorLiteral`) instead of by
 * PostgreSQL's parser: it must be the very vector the parser gives, or fall back to it, since
 * ranking, phrases and parity with SQLite read it.
 */
let backend: TestBackend;
let client: pg.Client;

/** What PostgreSQL's parser makes of the fields, as the store wrote it before the literal. */
async function parsed(fields: SearchFields): Promise<string> {
  const years = fields.years ? fields.years.split(' ').map((y) => `#${y}`) : [];
  const { rows } = await client.query<{ v: string }>(
    `SELECT (setweight(to_tsvector('simple', $1), 'A') || setweight(to_tsvector('simple', $2), 'B')
      || setweight(to_tsvector('simple', $3), 'D') || array_to_tsvector($4::text[]))::text AS v`,
    [fields.title, fields.body, fields.entities, years],
  );
  return rows[0]!.v;
}

async function read(literal: string): Promise<string> {
  const { rows } = await client.query<{ v: string }>('SELECT $1::tsvector::text AS v', [literal]);
  return rows[0]!.v;
}

beforeAll(async () => {
  backend = await postgresBackend();
  client = new pg.Client({ connectionString: backend.location });
  await client.connect();
}, 60_000);

afterAll(async () => {
  await client.end();
  await backend.drop();
});

describe('the text vector made in Node', () => {
  it('is the vector PostgreSQL parses from the same fields, for articles in three languages', async () => {
    const articles = [...generateArticles(45, 5, loadCorpus())];
    const languages = new Set<string>();
    for (const a of articles) {
      const fields = searchFields(
        a.meta.title,
        a.text,
        a.analysis.language,
        [
          { from: 1949, to: 1949 },
          { from: 1991, to: 1992 },
        ],
        a.analysis.entities.map((e) => e.id),
      );
      const literal = docVectorLiteral(fields);
      expect(literal, a.meta.title).not.toBeNull();
      expect(await read(literal!)).toBe(await parsed(fields));
      languages.add(a.analysis.language);
    }
    expect([...languages].sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('numbers repeated words, an empty title and the entities after the text as the parser does', async () => {
    for (const fields of [
      { title: '', body: 'семей полигон семей 1949', years: '', entities: 'e0123456789ab' },
      { title: 'a b a', body: 'b c', years: 'y1949 c20', entities: '' },
      { title: 'қазақстан әл', body: 'ұлы үй һ і 00 0012 covid19 e3b0c44298fc', years: '', entities: 'eabcdef012345' },
      // Digits glued to a word (`1980International`), and numbers the parser could read otherwise.
      { title: '1980intern 12e', body: 'a1e5 x2e10y 10e 12абв', years: 'y1980', entities: '' },
    ]) {
      const literal = docVectorLiteral(fields);
      expect(literal).not.toBeNull();
      expect(await read(literal!)).toBe(await parsed(fields));
    }
  });

  it('leaves to the parser the tokens it would split or change, and texts past its limits', async () => {
    const tricky: SearchFields[] = [
      // A number in scientific notation followed by letters: the parser makes two lexemes.
      { title: '', body: 'сынақ 2e10x', years: '', entities: '' },
      { title: '', body: '1e5', years: '', entities: '' },
      // A combining mark, and letters of another script.
      { title: 'й\u0301', body: 'a', years: '', entities: '' },
      { title: '', body: 'δημοκρατία', years: '', entities: '' },
      // More positions than a tsvector numbers exactly, and a word repeated past its 255 positions.
      { title: '', body: Array.from({ length: 16_400 }, (_, i) => `w${i % 5000}`).join(' '), years: '', entities: '' },
      { title: '', body: Array(300).fill('алаш').join(' '), years: '', entities: '' },
    ];
    for (const fields of tricky) expect(docVectorLiteral(fields)).toBeNull();
    // What the parser made of the first ones really differs from the tokens as written.
    expect(await parsed(tricky[0]!)).toBe("'2e10':2B 'x':3B 'сынақ':1B");
  });
});
