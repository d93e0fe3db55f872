// Search speed: N synthetic articles (bench/generate.ts) loaded through `saveArticles` into each
// backend, then 1 000 mixed queries. Prints the load rate, database size and search latency
// percentiles per backend as markdown tables.
// `npm run bench -- search`; `BENCH_ARTICLES=100000 BENCH_BACKENDS=sqlite npm run bench -- search`
// (BENCH_QUERIES sets the query count; BENCH_KEEP_DIR=/some/dir keeps the SQLite file there and the
// PostgreSQL database `chronicle_bench_<N>` (or BENCH_PG_DATABASE) on the server, and with BENCH_REUSE=1 a later run
// queries them again without reloading, or finishes loading them when an earlier run was stopped).
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SAVE_BATCH } from '../src/ingest/ingest-many.ts';
import { indexTokens } from '../src/search/index.ts';
import type { ArticleInput, Store } from '../src/store/index.ts';
import { databaseUrl, TEST_POSTGRES_URL } from '../src/store/testing/backends.ts';
import { type Backend, percentile, postgresBenchBackend, sqliteBackend } from './backends.ts';
import { type BenchQuery, generateArticles, generateQueries, loadCorpus, type QueryKind } from './generate.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
const KEEP_DIR = process.env.BENCH_KEEP_DIR;
const REUSE = process.env.BENCH_REUSE === '1' && KEEP_DIR !== undefined;
const corpus = loadCorpus();

const ms = (x: number) => x.toFixed(1);

interface Loaded {
  seconds: number;
  /**
   * Of `seconds`, the time spent in the store (saving the batches and compacting the index):
   * the rest made the synthetic articles, which a real ingest does not do (it analyses instead,
   * timed by the extract and ingest benches).
   */
  storeSeconds: number;
  bytes: number;
  /** Articles already stored by an earlier (stopped) run, not timed again. */
  skipped: number;
}

/**
 * Loads the articles in batches, one transaction each, as `chronicle ingest` saves them; the
 * first `skip` are already stored (the corpus is the same on every run) and are not saved again.
 */
async function load(store: Store, skip: number): Promise<Loaded> {
  let bytes = 0;
  let seen = 0;
  let storeSeconds = 0;
  const started = performance.now();
  let batch: ArticleInput[] = [];
  const flush = async () => {
    const saving = performance.now();
    for (const outcome of await store.saveArticles(batch)) if (!outcome.ok) throw outcome.error;
    storeSeconds += (performance.now() - saving) / 1000;
    batch = [];
  };
  for (const article of generateArticles(ARTICLES, 1, corpus)) {
    if (seen++ < skip) continue;
    bytes += Buffer.byteLength(article.text);
    batch.push(article);
    if (batch.length === SAVE_BATCH) await flush();
  }
  await flush();
  // As `chronicle ingest` does after a run.
  const compacting = performance.now();
  await store.compactSearchIndex();
  storeSeconds += (performance.now() - compacting) / 1000;
  return { seconds: (performance.now() - started) / 1000, storeSeconds, bytes, skipped: skip };
}

async function timeQueries(store: Store, queries: BenchQuery[]) {
  // Warm the caches the way a running server's would be.
  for (const q of queries.slice(0, 50)) await store.search({ q: q.q, from: q.from, to: q.to, limit: 20 });
  const samples: { kind: QueryKind | 'all' | 'with years'; ms: number; total: number }[] = [];
  for (const q of queries) {
    const started = performance.now();
    const found = await store.search({ q: q.q, from: q.from, to: q.to, limit: 20 });
    const took = performance.now() - started;
    samples.push({ kind: q.kind, ms: took, total: found.total });
    if (q.from !== undefined) samples.push({ kind: 'with years', ms: took, total: found.total });
  }
  return samples;
}

async function run(backend: Backend, queries: BenchQuery[]): Promise<string> {
  let loaded: Loaded | null = null;
  let samples: Awaited<ReturnType<typeof timeQueries>>;
  // The machine is shared: the load average says how much of the timings is other people's work.
  const loadAverage = { before: 0, after: 0 };
  let size: number;
  try {
    const store = await backend.open();
    try {
      const stored = REUSE ? (await store.stats()).articles : 0;
      if (stored < ARTICLES) loaded = await load(store, stored);
      loadAverage.before = loadavg()[0]!;
      samples = await timeQueries(store, queries);
      loadAverage.after = loadavg()[0]!;
    } finally {
      await store.close();
    }
    size = await backend.size();
  } finally {
    await backend.drop();
  }
  const rows = ['all', 'word', 'two words', 'ru', 'kk', 'entity', 'phrase', 'with years'].map((kind) => {
    const of = samples.filter((s) => (kind === 'all' ? s.kind !== 'with years' : s.kind === kind));
    const sorted = of.map((s) => s.ms).sort((a, b) => a - b);
    const hits = of.map((s) => s.total).sort((a, b) => a - b);
    return `| ${kind} | ${of.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(percentile(sorted, 99))} | ${percentile(hits, 50)} |`;
  });
  const resumed = loaded?.skipped ? ` (the last ${(ARTICLES - loaded.skipped).toLocaleString('en')})` : '';
  const saved = ARTICLES - (loaded?.skipped ?? 0);
  const loadRow = loaded
    ? `| ${loaded.seconds.toFixed(1)} s${resumed} | ${Math.round(saved / loaded.seconds)} | ${loaded.storeSeconds.toFixed(1)} s, ${Math.round(saved / loaded.storeSeconds)}/s | ${(loaded.bytes / 1e6 / loaded.seconds).toFixed(2)} | ${(size / 1e6).toFixed(0)} MB (text ${(loaded.bytes / 1e6).toFixed(0)} MB) |`
    : `| reused | – | – | – | ${(size / 1e6).toFixed(0)} MB |`;
  return [
    `### ${backend.name}: ${ARTICLES.toLocaleString('en')} articles`,
    '',
    '| load | articles/s | in the store (without making the articles) | MB/s of text | database size |',
    '|---|---|---|---|---|',
    loadRow,
    '',
    `Load average (1 min) while the queries ran: ${loadAverage.before.toFixed(1)} before, ${loadAverage.after.toFixed(1)} after.`,
    '',
    '| queries | n | p50 ms | p95 ms | p99 ms | median hits |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function analyserRate(): string {
  const articles = [...generateArticles(2000, 2, corpus)];
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const started = performance.now();
  for (const a of articles) indexTokens(a.text, a.analysis.language);
  const seconds = (performance.now() - started) / 1000;
  return `Analyser (indexTokens): ${(bytes / 1e6 / seconds).toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(1)} MB of generated text.\n`;
}

/** The kept PostgreSQL database of this corpus size (BENCH_PG_DATABASE names another). */
const PG_KEPT = process.env.BENCH_PG_DATABASE ?? `chronicle_bench_${ARTICLES}`;

/** Removes a kept database, so a run without BENCH_REUSE loads (and times) a fresh one. */
async function forgetKept(name: string): Promise<void> {
  if (name !== 'postgres') {
    for (const f of ['bench.db', 'bench.db-wal', 'bench.db-shm']) rmSync(join(KEEP_DIR!, f), { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl(TEST_POSTGRES_URL, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${PG_KEPT} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
console.log(analyserRate());
const queries = generateQueries(QUERIES, 7, corpus);
for (const name of BACKENDS) {
  // BENCH_KEEP_DIR keeps both databases afterwards, for study and for BENCH_REUSE runs.
  if (KEEP_DIR && !REUSE) await forgetKept(name);
  const backend =
    name === 'postgres'
      ? await postgresBenchBackend(KEEP_DIR ? PG_KEPT : undefined)
      : sqliteBackend('chronicle-bench-search-', KEEP_DIR);
  console.log(await run(backend, queries));
}
