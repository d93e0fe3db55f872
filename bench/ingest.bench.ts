// Ingest rate: N generated articles (copies of the varied samples — e-history text, Markdown, HTML,
// JSON in en/ru/kk, each with its own source id) read, parsed, analysed and stored in a fresh
// SQLite database. Prints articles/s and MB/s per stage, medians of several rounds.
// `npm run bench -- ingest`, or `BENCH_INGEST_N=2000 npm run bench -- ingest`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import {
  analyzeArticle,
  discoverSources,
  formatForPath,
  ingestFile,
  loadArticle,
  parseSource,
} from '../src/ingest/index.ts';
import { openStore } from '../src/store/index.ts';

const SAMPLES = new URL('../samples/', import.meta.url).pathname;
const SIZES = (process.env.BENCH_INGEST_N ?? '200,1000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function sampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sampleFiles(join(dir, e.name)) : e.name.endsWith('.gold.json') ? [] : [join(dir, e.name)],
  );
}

/** Writes `n` articles to a fresh folder: sample k mod S, its source id replaced by a new one. */
function generate(n: number): { dir: string; bytes: number } {
  const samples = sampleFiles(SAMPLES).map((path) => {
    const text = readFileSync(path, 'utf8');
    const parsed = parseSource(text, formatForPath(path) ?? 'text');
    return { ext: extname(path), text, id: parsed.ok ? parsed.article.meta.id : null };
  });
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-ingest-'));
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const sample = samples[k % samples.length] as (typeof samples)[number];
    const id = String(100_000 + k);
    const text = sample.id ? sample.text.replace(new RegExp(`(?<!\\d)${sample.id}(?!\\d)`), id) : sample.text;
    const sub = join(dir, String(Math.floor(k / 1000)));
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `article-${id}${sample.ext}`);
    writeFileSync(path, text);
    bytes += statSync(path).size;
  }
  return { dir, bytes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function time(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

const rows: string[] = [];
for (const n of SIZES) {
  const { dir, bytes } = generate(n);
  const { files } = await discoverSources([dir]);
  const stages: Record<string, number[]> = {
    'read + parse': [],
    'read + parse + analyse': [],
    'full ingest (SQLite)': [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    stages['read + parse']?.push(
      await time(async () => {
        for (const f of files) await loadArticle(f);
      }),
    );
    stages['read + parse + analyse']?.push(
      await time(async () => {
        for (const f of files) {
          const loaded = await loadArticle(f);
          if (loaded.ok) analyzeArticle(loaded.article, { dct: loaded.article.meta.published ?? undefined });
        }
      }),
    );
    const dbDir = mkdtempSync(join(tmpdir(), 'chronicle-bench-db-'));
    const store = await openStore({ dbPath: join(dbDir, 'bench.db') });
    let failed = 0;
    stages['full ingest (SQLite)']?.push(
      await time(async () => {
        for (const f of files) if (!(await ingestFile(store, f)).ok) failed++;
      }),
    );
    await store.close();
    rmSync(dbDir, { recursive: true, force: true });
    if (failed > 0) console.error(`ingest bench: ${failed} of ${n} files failed`);
  }
  for (const [stage, secs] of Object.entries(stages)) {
    const s = median(secs);
    rows.push(
      `| ${n} | ${(bytes / 1e6).toFixed(2)} | ${stage} | ${s.toFixed(2)} | ${(n / s).toFixed(0)} | ${(bytes / 1e6 / s).toFixed(2)} |`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `Median of ${ROUNDS} rounds, one process, samples/ articles (4 formats, en/ru/kk) with fresh source ids.\n`,
);
console.log('| articles | MB | stage | seconds | articles/s | MB/s |');
console.log('|---:|---:|---|---:|---:|---:|');
for (const row of rows) console.log(row);
