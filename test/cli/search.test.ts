import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend, type TestBackend } from '../../src/store/testing/backends.ts';
import { chronicle, tempDir } from './run.ts';

const SAMPLES = new URL('../../samples', import.meta.url).pathname;
// The article files of the sample corpus (the folder also holds notes that are not articles).
const SAMPLE_PATHS = ['e-history-1509.txt', 'en', 'ru', 'kk'].map((p) => join(SAMPLES, p));

interface Found {
  total: number;
  results: { id: number; title: string; language: string; snippet: string; score: number; sourceId: string | null }[];
}

const dir = tempDir('search');
const db = join(dir, 'search.db');
// Two small articles of our own, so the year filter has a known answer.
const dated = join(dir, 'dated');

async function search(args: string[], env?: Record<string, string>): Promise<Found> {
  const run = await chronicle(['--db', db, 'search', ...args, '--json'], { env });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Found;
}

const sourceIds = (found: Found) => found.results.map((r) => r.sourceId).sort();

beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dated);
  const article = (id: string, year: number) =>
    `---\ntitle: "Uranium note ${id}"\nid: "${id}"\nlanguage: en\n---\n\nIn ${year} the uranium commission met in Almaty and published its report.\n`;
  writeFileSync(join(dated, 'a.md'), article('u2009', 2009));
  writeFileSync(join(dated, 'b.md'), article('u1995', 1995));
  // Other word forms than the done-when queries use: plural and nominative, not the genitive or the bare stem.
  writeFileSync(
    join(dated, 'forms-ru.md'),
    '---\ntitle: "Заметка о полигоне"\nid: "forms-ru"\nlanguage: ru\n---\n\nЯдерные испытания на полигоне прекратились, и жители степи вздохнули свободно.\n',
  );
  writeFileSync(
    join(dated, 'forms-kk.md'),
    '---\ntitle: "Полигон туралы жазба"\nid: "forms-kk"\nlanguage: kk\n---\n\nЯдролық сынақтар тоқтатылды, ал дала тұрғындары еркін тыныс алды.\n',
  );
  for (const path of [...SAMPLE_PATHS, dated]) {
    const run = await chronicle(['--db', db, 'ingest', path]);
    expect(run.code, run.stderr).toBe(0);
  }
}, 300_000);

// Each case starts several real `chronicle` processes (1–5 s each on two busy cores): the timeout
// guards against a hang, it is not a speed bar.
describe('chronicle search', { timeout: 120_000 }, () => {
  it('prints exactly the --json contract, with highlighted snippets', async () => {
    const found = await search(['nuclear tests']);
    expect(Object.keys(found)).toEqual(['total', 'results']);
    expect(found.total).toBeGreaterThan(0);
    for (const r of found.results) {
      expect(Object.keys(r)).toEqual(['id', 'title', 'language', 'snippet', 'score', 'sourceId']);
    }
    expect(found.results.map((r) => r.sourceId)).toContain('1509');
    expect(found.results[0]!.snippet).toMatch(/<mark>/);
  });

  it('finds Russian and Kazakh articles written with other forms of the query words', async () => {
    const ru = await search(['ядерных испытаний']);
    expect(ru.results.some((r) => r.language === 'ru' && /<mark>ядерн/i.test(r.snippet))).toBe(true);
    const kk = await search(['ядролық сынақ']);
    expect(kk.results.some((r) => r.language === 'kk' && /<mark>сынақ/i.test(r.snippet))).toBe(true);
  });

  it('filters by year, language and limit', async () => {
    expect(sourceIds(await search(['uranium commission']))).toEqual(['u1995', 'u2009']);
    expect(sourceIds(await search(['uranium commission', '--from', '2009', '--to', '2009']))).toEqual(['u2009']);
    const kk = await search(['ядролық', '--lang', 'kk']);
    expect(kk.results.every((r) => r.language === 'kk')).toBe(true);
    expect((await search(['nuclear', '--limit', '1'])).results).toHaveLength(1);
  });

  it('answers the done-when queries of the search issue', async () => {
    const top3 = (await search(['nuclear tests'])).results.slice(0, 3).map((r) => r.sourceId);
    expect(top3).toContain('1509');
    for (const q of ['OSCE', 'ОБСЕ']) {
      const languages = new Set((await search([q])).results.map((r) => r.language));
      expect({ q, en: languages.has('en'), ru: languages.has('ru'), kk: languages.has('kk') }).toEqual({
        q,
        en: true,
        ru: true,
        kk: true,
      });
    }
    expect(sourceIds(await search(['ядерных испытаний']))).toContain('forms-ru');
    expect(sourceIds(await search(['ядролық сынақ']))).toContain('forms-kk');

    // Every article found for 2009 has a date in 2009, and the filter leaves some out.
    const all = await search(['Kazakhstan', '--limit', '200']);
    const in2009 = await search(['Kazakhstan', '--from', '2009', '--to', '2009', '--limit', '200']);
    expect(in2009.total).toBeGreaterThan(0);
    expect(in2009.total).toBeLessThan(all.total);
    const raw = new BetterSqlite3(db, { readonly: true });
    try {
      const dated2009 = raw.prepare(
        'SELECT 1 FROM article_years WHERE article_id = ? AND year_from <= 2009 AND year_to >= 2009',
      );
      for (const r of in2009.results)
        expect({ id: r.sourceId, dated: !!dated2009.get(r.id) }).toEqual({ id: r.sourceId, dated: true });
      const missed = all.results.filter((r) => dated2009.get(r.id) && !in2009.results.some((f) => f.id === r.id));
      expect(missed.map((r) => r.sourceId)).toEqual([]);
    } finally {
      raw.close();
    }
  }, 180_000);

  it('prints a readable list with the matches bracketed when not on a terminal', async () => {
    const run = await chronicle(['--db', db, 'search', 'uranium', '--from', '2009']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^1\. Uranium note u2009 {2}\[en · id \d+ · source u2009 · score [\d.]+\]\n {3}.*\[uranium\]/,
    );
    expect(run.stdout).toMatch(/\n1–\d+ of \d+\n$/);
  });

  it('rejects bad flags and queries with one clear line', async () => {
    const cases: [string[], RegExp][] = [
      [['x', '--from', 'abc'], /^chronicle: --from: must be a year like 1991$/],
      [['x', '--to', '19a1'], /^chronicle: --to: must be a year like 1991$/],
      [['x', '--from', '2010', '--to', '2009'], /^chronicle: --from: must not be after --to$/],
      [['x', '--type', 'ANIMAL'], /^chronicle: --type: must be one of PERSON, ORG, PLACE, EVENT, DOCUMENT, WORK$/],
      [['x', '--entity', 'OSCE'], /^chronicle: --entity: must be an entity id like org:osce$/],
      [['a'.repeat(501)], /^chronicle: query: query is too long: 501 characters \(at most 500\)$/],
      // Shared option schemas (src/cli/options.ts) word these; the flag must be named.
      [['x', '--limit', '0'], /^chronicle: --limit: \S.*$/],
      [['x', '--lang', 'de'], /^chronicle: --lang: \S.*$/],
    ];
    for (const [args, message] of cases) {
      const run = await chronicle(['--db', db, 'search', ...args]);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr.trim(), args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  }, 60_000);
});

describe('chronicle search on PostgreSQL', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await postgresBackend();
    for (const path of [...SAMPLE_PATHS, dated]) {
      const run = await chronicle(['ingest', path], { env: { DATABASE_URL: backend.location } });
      expect(run.code, run.stderr).toBe(0);
    }
  }, 300_000);
  afterAll(() => backend?.drop());

  it('gives the same result sets as SQLite', async () => {
    const queries = [
      ['ядерных испытаний'],
      ['ядролық сынақ'],
      ['nuclear tests'],
      ['OSCE'],
      ['ОБСЕ'],
      ['"test site"'],
      ['nuclear -weapons'],
      ['uranium', '--from', '2009', '--to', '2009'],
    ];
    for (const q of queries) {
      const sqlite = await search([...q, '--limit', '200']);
      const postgres = await search([...q, '--limit', '200'], { DATABASE_URL: backend.location });
      expect({ q, ids: sourceIds(postgres) }).toEqual({ q, ids: sourceIds(sqlite) });
    }
  }, 180_000);
});
