// Preloaded into the server by bench/serve.bench.ts (`node --import ./bench/lag-probe.mjs`), never
// by the product: measures the event loop's delay in the server process itself. On SIGUSR2 it
// writes what it saw since the last signal to CHRONICLE_BENCH_LAG_FILE (milliseconds past the
// timer's own 10 ms, and the process's memory) and starts over.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.CHRONICLE_BENCH_LAG_FILE;
const RESOLUTION_MS = 10;
if (file) {
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  let maxRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }, 250);
  sampler.unref();
  const lag = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  process.on('SIGUSR2', () => {
    writeFileSync(
      file,
      JSON.stringify({
        p50: lag(h.percentile(50)),
        p99: lag(h.percentile(99)),
        max: lag(h.max),
        samples: h.count,
        maxRssMb: maxRss / 2 ** 20,
      }),
    );
    h.reset();
    maxRss = process.memoryUsage().rss;
  });
}
