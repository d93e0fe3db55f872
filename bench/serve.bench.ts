// Server benchmarks: start-up time on a 10 000-article database (median of several starts, until
// the first 200 response), a load test with autocannon against 127.0.0.1 on an article page, a
// search and the timeline, and a mixed load (light routes, uncached article pages and exports at
// once) on SQLite and PostgreSQL with the server's event-loop lag. `BENCH_SECONDS` shortens each
// load test (default 30 s); `BENCH_SERVE_PARTS=start,routes,mixed` and
// `BENCH_SERVE_BACKENDS=sqlite,postgres` pick what runs (default all).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const PARTS = new Set((process.env.BENCH_SERVE_PARTS ?? 'start,routes,mixed').split(','));
const BACKENDS = new Set((process.env.BENCH_SERVE_BACKENDS ?? 'sqlite,postgres').split(','));

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
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

function startServe(dbPath: string, port: number, env: Record<string, string> = {}, node: string[] = []): ChildProcess {
  return spawn(process.execPath, [...node, CLI, '--db', dbPath, 'serve', '--port', String(port)], {
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

/** Start-up times, with tsx and bundled. */
async function startUp(bigDb: string, port: number): Promise<void> {
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
}

/** Each route alone, with the micro-cache and without. */
async function routeLoads(sampleDb: string, port: number): Promise<void> {
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
}

/** The light routes of the mixed load: cached pages and API answers, 10 connections each. */
const LIGHT_ROUTES: [string, string][] = [
  ['home page', '/'],
  ['articles (API)', '/api/articles?limit=20'],
  ['search (API)', '/api/search?q=OSCE'],
  ['search page', '/search?q=nuclear'],
  ['timeline (API)', '/api/timeline?from=2009&to=2017'],
  ['timeline page', '/timeline'],
];
/** The heavy part: exports (each with its connections) and article pages the micro-cache never has. */
const EXPORTS: [string, number][] = [
  ['/api/export/annotations', 10],
  ['/api/export/csv', 5],
  ['/api/export/timelinejs', 5],
];
const UNCACHED_CONNECTIONS = 20;
const LAG_PROBE = join(ROOT, 'bench/lag-probe.mjs');

interface Lag {
  p50: number;
  p99: number;
  max: number;
  maxRssMb: number;
}

/** Asks the server's lag probe for what it saw since it was last asked. */
async function readLag(server: ChildProcess, file: string): Promise<Lag> {
  rmSync(file, { force: true });
  server.kill('SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readFileSync(file, 'utf8')) as Lag;
}

/** The samples copied into a fresh PostgreSQL database (analysis included, as bigDatabase does). */
async function postgresCopy(sampleDb: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { postgresBackend } = await import('../src/store/testing/backends.ts');
  const backend = await postgresBackend();
  const samples = await openStore({ dbPath: sampleDb });
  const store = await backend.open();
  try {
    const list = await samples.listArticles({ limit: 200 });
    for (const a of [...list.items].reverse()) {
      const src = await samples.getArticle(a.id);
      if (!src) continue;
      await store.saveArticle({
        site: src.site,
        sourceId: src.sourceId,
        path: src.path,
        format: src.format,
        hash: createHash('sha256').update(src.text).digest('hex'),
        text: src.text,
        meta: src.meta,
        analysis: src.analysis,
      });
    }
  } finally {
    await samples.close();
    await store.close();
  }
  return { url: backend.location, drop: backend.drop };
}

/**
 * 100 connections at once: 60 on the light routes, 20 on article pages with a query string the
 * micro-cache has never seen (each request renders), 20 on the exports. A 503 from the export
 * limit is deliberate and counted apart; anything else not 2xx is an error.
 */
async function mixedLoad(
  name: string,
  port: number,
  work: string,
  dbPath: string,
  env: Record<string, string>,
): Promise<string[]> {
  const lagFile = join(work, `lag-${name}.json`);
  const server = startServe(dbPath, port, { ...env, CHRONICLE_BENCH_LAG_FILE: lagFile }, ['--import', LAG_PROBE]);
  const base = `http://127.0.0.1:${port}`;
  try {
    await untilOk(`${base}/api/articles?limit=1`);
    const ids = (
      (await (await fetch(`${base}/api/articles?limit=100`)).json()) as { items: { id: number }[] }
    ).items.map((a) => a.id);
    for (const [, path] of LIGHT_ROUTES) await untilOk(base + path);
    for (const [path] of EXPORTS) await untilOk(base + path, 120_000);
    await untilOk(`${base}/articles/${ids[0]}`);
    await readLag(server, lagFile);
    const headers = { 'accept-encoding': 'br, gzip', 'accept-language': 'en' };
    const run = (opts: Record<string, unknown>) => autocannon({ duration: SECONDS, headers, timeout: 10, ...opts });
    let n = 0;
    const uncached = run({
      url: base,
      connections: UNCACHED_CONNECTIONS,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            n++;
            return { ...req, path: `/articles/${ids[n % ids.length]}?bench=${n}` };
          },
        },
      ],
    });
    const light = LIGHT_ROUTES.map(([, path]) => run({ url: base + path, connections: 10 }));
    const exports = EXPORTS.map(([path, connections]) => run({ url: base + path, connections }));
    const [u, l, e] = await Promise.all([uncached, Promise.all(light), Promise.all(exports)]);
    const lag = await readLag(server, lagFile);
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
    const row = (route: string, path: string, r: AutocannonResult) => {
      const busy = r.statusCodeStats['503']?.count ?? 0;
      return `| ${name} | ${route} | \`${path}\` | ${(r.requests.total / SECONDS).toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts + r.non2xx - busy} | ${busy} |`;
    };
    return [
      ...LIGHT_ROUTES.map(([route, path], i) => row(route, path, l[i]!)),
      row('article page, uncached', '/articles/ID?bench=N', u),
      ...EXPORTS.map(([path], i) => row(`export (${EXPORTS[i]![1]} conn.)`, path, e[i]!)),
      `| ${name} | **event-loop lag** | server process | | p50 ${lag.p50.toFixed(1)} | **p99 ${lag.p99.toFixed(1)}** (max ${lag.max.toFixed(0)}) | | |`,
      `| ${name} | memory | server process, most RSS | | | ${lag.maxRssMb.toFixed(0)} MB | | |`,
      `| ${name} | load average after | | | | ${load} | | |`,
    ];
  } finally {
    await stop(server);
  }
}

async function mixedLoads(sampleDb: string, port: number, work: string): Promise<void> {
  const rows: string[] = [];
  if (BACKENDS.has('sqlite')) rows.push(...(await mixedLoad('SQLite', port, work, sampleDb, {})));
  if (BACKENDS.has('postgres')) {
    const pg = await postgresCopy(sampleDb);
    try {
      rows.push(...(await mixedLoad('PostgreSQL', port, work, sampleDb, { DATABASE_URL: pg.url })));
    } finally {
      await pg.drop();
    }
  }
  console.log(
    `\n### Mixed load: autocannon, ${CONNECTIONS} connections at once for ${SECONDS} s, sample corpus, br/gzip, micro-cache on: 60 on six light routes (10 each), ${UNCACHED_CONNECTIONS} on article pages the micro-cache has never seen, 20 on exports\n`,
  );
  console.log(
    '| backend | route | path | requests/s | p50 ms | p99 ms | errors | 503 (deliberate: export limit, render queue) |\n|---|---|---|---:|---:|---:|---:|---:|',
  );
  console.log(rows.join('\n'));
  console.log(`\n(${cpus().length} cores; the load average is the bench's own and anything else running)`);
}

const work = mkdtempSync(join(tmpdir(), 'chronicle-bench-serve-'));
try {
  const sampleDb = join(work, 'samples.db');
  ingestSamples(sampleDb);
  const port = 18_080 + Math.floor(Math.random() * 1000);
  if (PARTS.has('start')) await startUp(await bigDatabase(sampleDb), port);
  if (PARTS.has('routes')) await routeLoads(sampleDb, port);
  if (PARTS.has('mixed')) await mixedLoads(sampleDb, port, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
