import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { discoverSources } from './discover.ts';
import { ingestMany } from './ingest-many.ts';
import type { IngestOutcome } from './pipeline.ts';

const SAMPLES = new URL('../../samples/', import.meta.url).pathname;

/** What a user sees of an outcome: the file, and its status and revision or the reason it failed. */
const seen = (o: IngestOutcome) =>
  o.ok ? [o.path, o.result.status, o.result.revision, o.change !== undefined] : [o.path, 'failed', o.reason];

async function ingestAll(dir: string, files: string[], threads: number) {
  const store = await openStore({ dbPath: join(dir, `threads-${threads}.db`) });
  const outcomes: IngestOutcome[] = [];
  try {
    await ingestMany(store, files, { threads }, (o) => outcomes.push(o));
    const { items } = await store.listArticles({ limit: 200 });
    const articles = items.map(({ updatedAt: _, ...article }) => article);
    return { outcomes: outcomes.map(seen), articles };
  } finally {
    await store.close();
  }
}

describe('ingestMany', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-ingest-many-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same outcomes, in input order, and the same articles with worker threads as in-process', async () => {
    const corpus = join(dir, 'corpus');
    cpSync(SAMPLES, corpus, { recursive: true });
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    // The same article again, edited: a second revision whose change is reported.
    const { files } = await discoverSources([corpus]);
    const edited = join(dir, 'edited', 'e-history-1509.txt');
    cpSync(join(corpus, 'e-history-1509.txt'), edited);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA closing line added in 2026.\n`);
    const order = [...files, edited];

    const inProcess = await ingestAll(dir, order, 0);
    const pooled = await ingestAll(dir, order, 2);
    expect(pooled.outcomes).toEqual(inProcess.outcomes);
    expect(pooled.outcomes.map((o) => o[0])).toEqual(order);
    expect(pooled.outcomes.filter((o) => o[1] === 'failed')).toHaveLength(2);
    expect(pooled.outcomes.at(-1)).toEqual([edited, 'updated', 2, true]);
    expect(pooled.articles).toEqual(inProcess.articles);
  }, 120_000);

  it('fails only the file a worker dies on, and stores every other file', async () => {
    const corpus = join(dir, 'many');
    const text = readFileSync(join(SAMPLES, 'en', 'renouncing-the-arsenal.txt'), 'utf8');
    const files: string[] = [];
    for (let n = 0; n < 40; n++) {
      const path = join(corpus, `article-${String(n).padStart(2, '0')}.md`);
      files.push(path);
    }
    mkdirSync(corpus, { recursive: true });
    for (const [n, path] of files.entries()) {
      // Markdown with its own id, so each file is its own article.
      writeFileSync(path, `---\nid: "${9000 + n}"\ntitle: Article ${n}\nlanguage: en\n---\n\n${text}`);
    }
    process.env.CHRONICLE_TEST_ANALYSIS_CRASH_ON = 'article-05.md';
    try {
      const { outcomes, articles } = await ingestAll(dir, files, 1);
      // Several files wait in the worker at once: only the one it died on fails.
      expect(outcomes.filter((o) => o[1] === 'failed')).toEqual([
        [files[5], 'failed', 'analysis stopped (exit code 70)'],
      ]);
      expect(outcomes.map((o) => o[0])).toEqual(files);
      expect(articles).toHaveLength(39);
    } finally {
      delete process.env.CHRONICLE_TEST_ANALYSIS_CRASH_ON;
    }
  }, 120_000);
});
