// Server benchmarks: start-up time on a 10 000-article database (median of several starts, until
// the first 200 response), and a load test with autocannon against 127.0.0.1 on an article page, a
// search and the timeline. `BENCH_SECONDS` shortens the load test (default 30 s per route).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin/chronicle.js');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 100;

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no type declarations; this is the part of its API we use.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function ingestSamples(dbPath: string): void {
  const run = spawnSync(
    process.execPath,
    [CLI, '--db', dbPath, 'ingest', 'samples/*.txt', 'samples/*/*.{txt,md,html}', 'samples/ru/*-2010.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (!/\d+ new/.test(run.stdout)) throw new Error(`ingest failed: ${run.stdout}${run.stderr}`);
}

/** A database of ARTICLES articles made from the analysed samples, built once and kept in tmp. */
async function bigDatabase(sampleDb: string): Promise<string> {
  const dir = join(tmpdir(), `chronicle-bench-serve-${ARTICLES}`);
  const dbPath = join(dir, 'chronicle.db');
  if (existsSync(join(dir, 'complete'))) return dbPath;
  // An interrupted build resumes where it stopped (each article is its own transaction).
  mkdirSync(dir, { recursive: true });
  const samples = await openStore({ dbPath: sampleDb });
  const list = await samples.listArticles({ limit: 200 });
  const sources = [];
  for (const a of list.items) sources.push(await samples.getArticle(a.id));
  await samples.close();
  const store = await openStore({ dbPath });
  const started = Date.now();
  for (let i = (await store.stats()).articles; i < ARTICLES; i++) {
    const src = sources[i % sources.length]!;
    await store.saveArticle({
      site: src.site,
      sourceId: `bench-${i}`,
      path: `bench/${i}-${src.path}`,
      format: src.format,
      hash: createHash('sha256').update(`bench-${i}`).digest('hex'),
      text: src.text,
      meta: { ...src.meta, id: `bench-${i}`, title: `${src.meta.title} (${i})` },
      analysis: src.analysis,
    });
  }
  await store.close();
  spawnSync('touch', [join(dir, 'complete')]);
  console.log(`(built ${ARTICLES}-article database in ${((Date.now() - started) / 1000).toFixed(0)} s: ${dbPath})\n`);
  return dbPath;
}

function startServe(dbPath: string, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [CLI, '--db', dbPath, 'serve', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
}

/** Resolves when the server prints its URL (it is listening), with the time since `t0`. */
function listening(child: ChildProcess, t0: number): Promise<number> {
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) resolve(performance.now() - t0);
    });
  });
}

async function untilOk(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Milliseconds from spawning `chronicle serve` to listening, and to the first 200 on `path`. */
async function measureStart(dbPath: string, port: number, path: string): Promise<{ listen: number; ok: number }> {
  const t0 = performance.now();
  const child = startServe(dbPath, port);
  const listen = listening(child, t0);
  try {
    await untilOk(`http://127.0.0.1:${port}${path}`);
    return { listen: await listen, ok: performance.now() - t0 };
  } finally {
    await stop(child);
  }
}

/**
 * The server bundled with esbuild (our TypeScript in one file, packages external), as a production
 * build would run it without tsx: how much of the start-up is the on-the-fly TypeScript loader.
 */
async function bundleServer(): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache/chronicle-bench-serve');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [
      `import { startServer } from ${JSON.stringify(join(ROOT, 'src/server/index.ts'))};`,
      'const s = await startServer({ dbPath: process.argv[2], port: Number(process.argv[3]), host: "127.0.0.1" });',
      "console.log('chronicle: serving at ' + s.url);",
      'process.on("SIGTERM", () => s.close().then(() => process.exit(0)));',
    ].join('\n'),
  );
  const out = join(dir, 'serve.mjs');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
  return out;
}

async function measureBundledStart(bundle: string, dbPath: string, port: number, path: string) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bundle, dbPath, String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CHRONICLE_WEB_ROOT: join(ROOT, 'src/web') },
  });
  const listen = listening(child, t0);
  try {
    await untilOk(`http://127.0.0.1:${port}${path}`);
    return { listen: await listen, ok: performance.now() - t0 };
  } finally {
    await stop(child);
  }
}

/** The floor every command pays: Node, tsx and the CLI's modules (`chronicle --help`). */
function cliLoadMs(): number {
  const t0 = performance.now();
  spawnSync(process.execPath, [CLI, '--help'], { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t0;
}

const work = mkdtempSync(join(tmpdir(), 'chronicle-bench-serve-'));
try {
  const sampleDb = join(work, 'samples.db');
  ingestSamples(sampleDb);
  const bigDb = await bigDatabase(sampleDb);
  const port = 18_080 + Math.floor(Math.random() * 1000);

  // One unmeasured start warms tsx's compile cache, as every start after installation would be.
  await measureStart(bigDb, port, '/api/articles?limit=1');
  const startRows: string[] = [];
  const help: number[] = [];
  for (let i = 0; i < STARTS; i++) help.push(cliLoadMs());
  for (const path of ['/api/articles?limit=1', '/']) {
    const runs: { listen: number; ok: number }[] = [];
    for (let i = 0; i < STARTS; i++) runs.push(await measureStart(bigDb, port, path));
    const ok = runs.map((r) => r.ok);
    startRows.push(
      `| ${ARTICLES} articles | \`${path}\` | ${median(help).toFixed(0)} | ${median(runs.map((r) => r.listen)).toFixed(0)} | ${median(ok).toFixed(0)} | ${Math.min(...ok).toFixed(0)} | ${Math.max(...ok).toFixed(0)} |`,
    );
  }
  console.log(`### Start-up: \`chronicle serve\` until the first 200 response (median of ${STARTS})\n`);
  console.log(
    '| database | first request | `chronicle --help` ms | listening ms | first 200 ms | min ms | max ms |\n|---|---|---:|---:|---:|---:|---:|',
  );
  const bundle = await bundleServer();
  for (const path of ['/api/articles?limit=1', '/']) {
    const runs: { listen: number; ok: number }[] = [];
    for (let i = 0; i < STARTS; i++) runs.push(await measureBundledStart(bundle, bigDb, port, path));
    const ok = runs.map((r) => r.ok);
    startRows.push(
      `| ${ARTICLES} articles, bundled server (no tsx) | \`${path}\` | – | ${median(runs.map((r) => r.listen)).toFixed(0)} | ${median(ok).toFixed(0)} | ${Math.min(...ok).toFixed(0)} | ${Math.max(...ok).toFixed(0)} |`,
    );
  }
  console.log(startRows.join('\n'));
  console.log(
    `\n(load average during the run: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')}; ${cpus().length} cores)`,
  );

  const routes: [string, string][] = [
    ['article page', '/articles/1'],
    ['search (API)', '/api/search?q=OSCE'],
    ['search page', '/search?q=nuclear'],
    ['timeline (API)', '/api/timeline?from=2009&to=2017'],
    ['timeline page', '/timeline'],
  ];
  for (const cached of [true, false]) {
    const server = startServe(sampleDb, port, cached ? {} : { CHRONICLE_CACHE_MS: '0' });
    try {
      const base = `http://127.0.0.1:${port}`;
      await untilOk(`${base}/api/articles?limit=1`);
      const rows: string[] = [];
      for (const [name, path] of cached ? routes : routes.slice(0, 3)) {
        await untilOk(base + path);
        const r = await autocannon({
          url: base + path,
          connections: CONNECTIONS,
          duration: SECONDS,
          headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'en' },
        });
        rows.push(
          `| ${name} | \`${path}\` | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts + r.non2xx} |`,
        );
      }
      const what = cached
        ? 'with the 5 s response micro-cache (default)'
        : 'micro-cache off (`CHRONICLE_CACHE_MS=0`): every request queries and renders';
      console.log(
        `\n### Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route, sample corpus, br/gzip, ${what}\n`,
      );
      console.log('| route | path | requests/s | p50 ms | p99 ms | errors |\n|---|---|---:|---:|---:|---:|');
      console.log(rows.join('\n'));
      console.log(
        `\n(load average after the run: ${loadavg()
          .map((x) => x.toFixed(1))
          .join(', ')}; ${cpus().length} cores)`,
      );
    } finally {
      await stop(server);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
