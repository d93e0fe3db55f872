// `npm run bench -- upload`: how long the server's event loop stalls while an editor uploads a
// large article (POST /api/review/articles), with the analysis on a worker thread (default) and
// on the server's own thread (CHRONICLE_INGEST_THREADS=0, as before uploads used the pool), and
// how long a reader's request waits meanwhile. Prints a table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const MODE = process.env.CHRONICLE_BENCH_UPLOAD_MODE;

if (!MODE) {
  // Each mode in a fresh process: the thread count is read once, and warm caches would flatter the second.
  console.log('| analysis | upload size | upload time | event-loop delay p99 / max | reader request max |');
  console.log('|---|---|---|---|---|');
  for (const [mode, threads] of [
    ['worker thread', '1'],
    ['server thread', '0'],
  ] as const) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename], {
      env: { ...process.env, CHRONICLE_BENCH_UPLOAD_MODE: mode, CHRONICLE_INGEST_THREADS: threads },
      encoding: 'utf8',
    });
    process.stdout.write(run.stdout);
    if (run.status !== 0) process.stderr.write(run.stderr);
  }
} else {
  const { startServer } = await import('../src/server/index.ts');
  const { openStore } = await import('../src/store/index.ts');
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-upload-bench-'));
  const dbPath = join(dir, 'chronicle.db');
  const store = await openStore({ dbPath, databaseUrl: '' });
  const { token } = await store.addEditor('bench');
  await store.close();
  const server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
  // A long English article: the samples' paragraphs over and over, each copy numbered so it stays text.
  const sources = ['renouncing-the-arsenal.txt', 'semipalatinsk-test-site-closure.txt'].map((f) =>
    readFileSync(join(import.meta.dirname, '../samples/en', f), 'utf8'),
  );
  let body = '---\ntitle: A long upload\nlanguage: en\n---\n\n';
  for (let i = 0; body.length < 300_000; i++) body += `Part ${i + 1}.\n\n${sources[i % 2]}\n\n`;
  const form = new FormData();
  form.append('file', new Blob([body]), 'long.md');

  // A reader asks for a small page 50 ms after the last answer while the upload runs; the wait is
  // counted from when the request was due, so a stalled timer counts too.
  let readerMax = 0;
  let uploading = true;
  const reader = (async () => {
    let due = performance.now();
    while (uploading) {
      await (await fetch(`${server.url}/api/stats`)).text();
      const done = performance.now();
      readerMax = Math.max(readerMax, done - due);
      due = done + 50;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const t0 = performance.now();
  const res = await fetch(`${server.url}/api/review/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const answer = await res.json();
  const took = performance.now() - t0;
  lag.disable();
  uploading = false;
  await reader;
  if (!answer.files?.[0]?.ok) throw new Error(`upload failed: ${JSON.stringify(answer)}`);
  const ms = (ns: number) => Math.max(0, ns / 1e6 - 10).toFixed(0);
  console.log(
    `| ${MODE} | ${(body.length / 1024).toFixed(0)} KB, ${answer.files[0].events} events | ${(took / 1000).toFixed(1)} s | ${ms(lag.percentile(99))} / ${ms(lag.max)} ms | ${readerMax.toFixed(0)} ms |`,
  );
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
