// Ingest rate per stage, and the done-when number: 10 000 articles ingested with analysis by the
// real CLI. Two corpora: copies of the varied samples/ articles (e-history text, Markdown, HTML,
// JSON in en/ru/kk, each with its own source id) and synthetic ~6 KB articles in three languages
// from bench/generate.ts. Stages run in this process; the last row runs `node bin/chronicle.js
// --db TMP ingest DIR` (the bundle when fresh, else the sources through tsx) and times it wall to wall.
// `npm run bench -- ingest`; sizes: BENCH_INGEST_N (default 500), BENCH_INGEST_CLI_N (default
// 10000, 0 skips), BENCH_ROUNDS (default 1); BENCH_INGEST_CLI_CORPUS=samples runs the end-to-end
// row on sample copies instead of synthetic articles; BENCH_INGEST_CLI_BACKENDS=sqlite,postgres runs
// it on PostgreSQL too (a fresh database on the test server); CHRONICLE_INGEST_THREADS sets the pool size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisPool, defaultThreadCount } from '../src/ingest/analysis-pool.ts';
import { discoverSources, formatForPath, loadArticle, parseSource } from '../src/ingest/index.ts';
import { ingestMany } from '../src/ingest/ingest-many.ts';
import { prepareFile } from '../src/ingest/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { postgresBackend } from '../src/store/testing/backends.ts';
import { generateArticles } from './generate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = join(ROOT, 'samples');
const N = Number(process.env.BENCH_INGEST_N ?? 500);
const CLI_N = Number(process.env.BENCH_INGEST_CLI_N ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
/** Corpus of the end-to-end run: `synthetic` (default) or `samples` (copies of the bundled articles). */
const CLI_CORPUS = process.env.BENCH_INGEST_CLI_CORPUS ?? 'synthetic';
const THREADS = defaultThreadCount();
/** Stores of the end-to-end run: `sqlite` (default), `postgres`, or both (`sqlite,postgres`). */
const CLI_BACKENDS = (process.env.BENCH_INGEST_CLI_BACKENDS ?? 'sqlite').split(',').map((b) => b.trim());

function sampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sampleFiles(join(dir, e.name)) : e.name.endsWith('.gold.json') ? [] : [join(dir, e.name)],
  );
}

/** `n` copies of the samples in a fresh folder: sample k mod S, its source id replaced by a new one. */
function writeSampleCopies(n: number): string {
  const samples = sampleFiles(SAMPLES).map((path) => {
    const text = readFileSync(path, 'utf8');
    const parsed = parseSource(text, formatForPath(path) ?? 'text');
    return { ext: extname(path), text, id: parsed.ok ? parsed.article.meta.id : null };
  });
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-ingest-'));
  for (let k = 0; k < n; k++) {
    const sample = samples[k % samples.length] as (typeof samples)[number];
    const id = String(100_000 + k);
    const text = sample.id ? sample.text.replace(new RegExp(`(?<!\\d)${sample.id}(?!\\d)`), id) : sample.text;
    const sub = join(dir, String(Math.floor(k / 1000)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${id}${sample.ext}`), text);
  }
  return dir;
}

/** `n` synthetic plain-text articles (about 6 KB each, en/ru/kk) in a fresh folder. */
function writeSynthetic(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-synthetic-'));
  for (const a of generateArticles(n)) {
    const sub = join(dir, a.analysis.language, String(Math.floor(Number(a.sourceId) / 1000)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${a.sourceId}.txt`), a.text);
  }
  return dir;
}

async function filesOf(dir: string): Promise<{ files: string[]; bytes: number }> {
  const { files } = await discoverSources([dir], 1_000_000);
  return { files, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function seconds(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

/** Prepares every file on the pool with the same bounded read-ahead as `ingestMany`. */
async function prepareOnPool(files: string[]): Promise<void> {
  const pool = AnalysisPool.open(THREADS);
  if (!pool) throw new Error('no analysis worker entry point');
  try {
    const ahead: Promise<unknown>[] = [];
    for (const f of files) {
      ahead.push(pool.prepare(f, {}));
      if (ahead.length >= THREADS * 4) await ahead.shift();
    }
    await Promise.all(ahead);
  } finally {
    await pool.close();
  }
}

async function ingestIntoFreshStore(files: string[], threads: number): Promise<void> {
  const dbDir = mkdtempSync(join(tmpdir(), 'chronicle-bench-db-'));
  const store = await openStore({ dbPath: join(dbDir, 'bench.db') });
  let failed = 0;
  try {
    await ingestMany(store, files, { threads }, (o) => {
      if (!o.ok) failed++;
    });
  } finally {
    await store.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
  if (failed > 0) console.error(`ingest bench: ${failed} of ${files.length} files failed`);
}

const rows: string[] = [];
const row = (corpus: string, n: number, bytes: number, stage: string, s: number) =>
  rows.push(
    `| ${corpus} | ${n} | ${(bytes / 1e6).toFixed(1)} | ${stage} | ${s.toFixed(1)} | ${(n / s).toFixed(0)} | ${(bytes / 1e6 / s).toFixed(2)} |`,
  );

const corpora: [string, string][] = [
  ['samples', writeSampleCopies(N)],
  ['synthetic', writeSynthetic(N)],
];
for (const [corpus, dir] of corpora) {
  const { files, bytes } = await filesOf(dir);
  const stages: [string, () => Promise<void>][] = [
    [
      'read + parse',
      async () => {
        for (const f of files) await loadArticle(f);
      },
    ],
    [
      '+ analysis, 1 thread',
      async () => {
        for (const f of files) await prepareFile(f);
      },
    ],
    [`+ analysis, pool of ${THREADS}`, () => prepareOnPool(files)],
    ['full ingest (SQLite), 1 thread', () => ingestIntoFreshStore(files, 0)],
    [`full ingest (SQLite), pool of ${THREADS}`, () => ingestIntoFreshStore(files, THREADS)],
  ];
  for (const [stage, work] of stages) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) times.push(await seconds(work));
    row(corpus, files.length, bytes, stage, median(times));
  }
  rmSync(dir, { recursive: true, force: true });
}

if (CLI_N > 0) {
  const corpus = CLI_CORPUS === 'samples' ? 'samples' : 'synthetic';
  const dir = corpus === 'samples' ? writeSampleCopies(CLI_N) : writeSynthetic(CLI_N);
  const { files, bytes } = await filesOf(dir);
  // The machine's load before and after: a wall time means little on a busy two-core machine.
  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  for (const backend of CLI_BACKENDS) {
    const dbDir = mkdtempSync(join(tmpdir(), 'chronicle-bench-cli-'));
    // PostgreSQL: a fresh database on the test server (`TEST_POSTGRES_URL`, else 127.0.0.1:5432), dropped after.
    const pg = backend === 'postgres' ? await postgresBackend() : null;
    const env = pg ? { ...process.env, DATABASE_URL: pg.location } : { ...process.env, DATABASE_URL: '' };
    const loadBefore = load();
    try {
      const s = await seconds(async () => {
        execFileSync(process.execPath, [join(ROOT, 'bin/chronicle.js'), '--db', join(dbDir, 'cli.db'), 'ingest', dir], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env,
        });
      });
      row(
        corpus,
        files.length,
        bytes,
        `CLI end to end (\`chronicle ingest\`, ${pg ? 'PostgreSQL' : 'SQLite'}), wall ${s.toFixed(0)} s, load average ${loadBefore} → ${load()}`,
        s,
      );
    } finally {
      await pg?.drop();
      rmSync(dbDir, { recursive: true, force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `Median of ${ROUNDS} round(s); pool = ${THREADS} worker thread(s) analysing, saving on the main thread in input order.\n`,
);
console.log('| corpus | articles | MB | stage | seconds | articles/s | MB/s |');
console.log('|---|---:|---:|---|---:|---:|---:|');
for (const r of rows) console.log(r);
