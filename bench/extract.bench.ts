// Analysis throughput: `analyzeText` (sentences + temporal tagging + entities + events + claims) on
// English, Russian and Kazakh articles, one core, one document at a time as ingest calls it.
// Prints MB/s (UTF-8 bytes) per stage, medians of several rounds. Rates use the process's CPU time
// (user + system), so they measure one core even when other work shares the machine; the wall-clock
// rate of the whole analysis is printed beside it. `npm run bench -- extract`.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../src/analyze/claims/index.ts';
import { recognizeEntities } from '../src/analyze/entities/index.ts';
import { extractEvents } from '../src/analyze/events/index.ts';
import { analyzeText } from '../src/analyze/index.ts';
import { splitSentences } from '../src/analyze/sentences.ts';
import { tagTimexes } from '../src/analyze/time/index.ts';
import { LANGUAGES, type Language } from '../src/domain/languages.ts';

const SAMPLES = new URL('../samples/', import.meta.url).pathname;
const WIKIWARS = new URL('../../shared/corpora/wikiwars-dev/', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
// Each round analyses at least this much text, cycling over the documents.
const ROUND_BYTES = Number(process.env.BENCH_ROUND_BYTES ?? 1_000_000);

function documents(lang: Language): string[] {
  const dir = join(SAMPLES, lang);
  const docs = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (lang === 'en') {
    docs.push(readFileSync(join(SAMPLES, 'e-history-1509.txt'), 'utf8'));
    try {
      // WikiWars history narratives, tags stripped: longer English text with many names and dates.
      for (const f of readdirSync(WIKIWARS).filter((x) => x.endsWith('.xml'))) {
        docs.push(readFileSync(join(WIKIWARS, f), 'utf8').replace(/<[^>]+>/g, ''));
      }
    } catch {
      // The corpus is optional; the samples suffice.
    }
  }
  return docs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** CPU seconds used by this process so far. */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Median MB/s (per CPU second, and per wall second) of `work` over the documents. */
function throughput(docs: string[], work: (text: string) => void): { cpu: number; wall: number } {
  const sizes = docs.map((d) => Buffer.byteLength(d, 'utf8'));
  for (const d of docs) work(d); // warm-up: JIT, gazetteer tries, caches
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let bytes = 0;
    let k = 0;
    const c0 = cpuSeconds();
    const t0 = performance.now();
    while (bytes < ROUND_BYTES) {
      work(docs[k % docs.length] as string);
      bytes += sizes[k % docs.length] as number;
      k++;
    }
    wall.push(bytes / 1e6 / ((performance.now() - t0) / 1000));
    cpu.push(bytes / 1e6 / (cpuSeconds() - c0));
  }
  return { cpu: median(cpu), wall: median(wall) };
}

const rows: string[] = [];
for (const lang of LANGUAGES) {
  const docs = documents(lang);
  const total = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  // Stage inputs are computed once, so each stage is timed alone.
  const pre = new Map(
    docs.map((d) => {
      const sentences = splitSentences(d);
      const timexes = tagTimexes(d, { lang });
      const entities = recognizeEntities(d, lang, { sentences });
      return [d, { sentences, timexes, entities }];
    }),
  );
  const get = (d: string) => pre.get(d) as NonNullable<ReturnType<typeof pre.get>>;
  // The default analysis runs the trained recogniser (src/analyze/entities/recogniser); the
  // rules-only columns (CHRONICLE_RECOGNISER=rules) show what it costs.
  const whole = throughput(docs, (d) => analyzeText(d, { lang }));
  const before = process.env.CHRONICLE_RECOGNISER;
  process.env.CHRONICLE_RECOGNISER = 'rules';
  const rulesOnly = throughput(docs, (d) => analyzeText(d, { lang }));
  const rulesEntities = throughput(docs, (d) => recognizeEntities(d, lang, { sentences: get(d).sentences }));
  if (before === undefined) delete process.env.CHRONICLE_RECOGNISER;
  else process.env.CHRONICLE_RECOGNISER = before;
  const sentences = throughput(docs, (d) => splitSentences(d));
  const timex = throughput(docs, (d) => tagTimexes(d, { lang }));
  const entities = throughput(docs, (d) => recognizeEntities(d, lang, { sentences: get(d).sentences }));
  const eventsClaims = throughput(docs, (d) => {
    const p = get(d);
    extractEvents(d, p.sentences, p.timexes, p.entities, lang);
    extractClaims({ text: d, sentences: p.sentences, timexes: p.timexes, entities: p.entities, lang });
  });
  const f = (x: { cpu: number }) => x.cpu.toFixed(2);
  rows.push(
    `| ${lang} | ${docs.length} | ${(total / 1e3).toFixed(0)} | **${f(whole)}** | ${whole.wall.toFixed(2)} | ${f(sentences)} | ${f(timex)} | ${f(entities)} | ${f(eventsClaims)} | ${f(rulesOnly)} | ${f(rulesEntities)} |`,
  );
}

console.log(
  `analyzeText throughput, MB of UTF-8 text per CPU second (one core), median of ${ROUNDS} rounds of ≥${ROUND_BYTES / 1e6} MB; load average ${loadavg()[0]?.toFixed(1)}\n`,
);
console.log(
  '| lang | docs | kB | whole analysis | (wall clock) | sentences | timex | entities | events + claims | whole, rules only | entities, rules only |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
