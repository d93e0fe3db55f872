import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { statementLinks } from '../../analyze/index.ts';
import { postgresBackend, sqliteBackend, type TestBackend } from '../testing/backends.ts';
import { syntheticArticle } from '../testing/synthetic.ts';
import type { ArticleInput } from '../types.ts';

// Since 0030 an event's link keys are deleted by the keys its statements give, not by event: the
// stored keys must stay exactly those of the events' statements through growing, events taken
// in by others, recomputations and withdrawn revisions, or a later save joins a gone event.
// Likewise the statement counts by event and date that triggers keep (`event_dates`).

/** A second revision of `input`: its first dated event dropped, so its statements are withdrawn and merged again. */
function revised(input: ArticleInput): ArticleInput {
  return { ...input, hash: 'e'.repeat(64), analysis: { ...input.analysis, events: input.analysis.events.slice(1) } };
}

type Row = Record<string, unknown>;

async function rows(backend: TestBackend, query: string): Promise<Row[]> {
  if (backend.name === 'sqlite') {
    const raw = new BetterSqlite3(backend.location, { readonly: true });
    try {
      return raw.prepare(query).all() as Row[];
    } finally {
      raw.close();
    }
  }
  const client = new pg.Client({ connectionString: backend.location });
  await client.connect();
  try {
    return (await client.query(query)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The stored keys, and the keys the stored statements give their events, as `event link` lines. */
async function storedAndExpected(backend: TestBackend): Promise<{ stored: string[]; expected: string[] }> {
  const stored = (await rows(backend, 'SELECT link, event_id FROM event_links')).map((r) => `${r.event_id} ${r.link}`);
  const expected = new Set<string>();
  for (const r of await rows(backend, 'SELECT event_id, when_value, participants, kinds FROM event_sources')) {
    const s = {
      when: r.when_value as string,
      participants: r.participants ? (r.participants as string).split(',') : [],
      kinds: r.kinds ? (r.kinds as string).split(',') : [],
    };
    for (const link of statementLinks(s).own) expected.add(`${r.event_id} ${link}`);
  }
  return { stored: stored.sort(), expected: [...expected].sort() };
}

const BACKENDS: { name: string; make: () => Promise<TestBackend> }[] = [
  { name: 'sqlite', make: async () => sqliteBackend() },
  { name: 'postgres', make: postgresBackend },
];

describe.each(BACKENDS)('event link keys and date counts on $name', ({ make }) => {
  let backend: TestBackend | undefined;
  afterEach(async () => {
    await backend?.drop();
    backend = undefined;
  });

  it('are those of the stored statements after merges, batches and withdrawn revisions', async () => {
    backend = await make();
    const store = await backend.open();
    try {
      const inputs = Array.from({ length: 120 }, (_, n) => syntheticArticle(n));
      // One at a time and in batches, as the CLI and the queue save.
      for (const input of inputs.slice(0, 40)) await store.saveArticle(input);
      for (let i = 40; i < inputs.length; i += 16) await store.saveArticles(inputs.slice(i, i + 16));
      for (const n of [3, 17, 45, 80, 119]) await store.saveArticle(revised(inputs[n] as ArticleInput));
      await store.saveArticles([
        revised(inputs[5] as ArticleInput),
        syntheticArticle(200),
        revised(inputs[60] as ArticleInput),
      ]);
    } finally {
      await store.close();
    }
    const { stored, expected } = await storedAndExpected(backend);
    expect(expected.length).toBeGreaterThan(1000);
    expect(stored).toEqual(expected);
    const counts = (q: string) =>
      rows(backend as TestBackend, q).then((rs) => rs.map((r) => `${r.event_id} ${r.when_value} ${r.n}`).sort());
    const counted = await counts(
      'SELECT event_id, when_value, COUNT(*) AS n FROM event_sources GROUP BY event_id, when_value',
    );
    expect(counted.length).toBeGreaterThan(20);
    expect(await counts('SELECT event_id, when_value, n FROM event_dates')).toEqual(counted);
  });
});
