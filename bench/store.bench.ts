// Store speed on both backends: N generated articles (bench/generate.ts, with dated events added
// from their sentences) saved through `saveArticle`, then re-saved unchanged, some updated, and
// read back: search, timeline, entity pages, on this day. Prints one markdown table per backend.
// `npm run bench -- store`; `BENCH_ARTICLES=100000 BENCH_BACKENDS=sqlite npm run bench -- store`.
import { cpus } from 'node:os';
import type { DatedEvent } from '../src/analyze/types.ts';
import type { ArticleInput } from '../src/store/types.ts';
import { type Backend, percentile, postgresBenchBackend, sqliteBackend } from './backends.ts';
import { generateArticle, generateQueries, loadCorpus, prng } from './generate.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
const corpus = loadCorpus();

/** Every sentence with a date becomes an event whose participants are the entities it mentions. */
function withEvents(article: ArticleInput): ArticleInput {
  const { analysis } = article;
  const events: DatedEvent[] = [];
  for (const sentence of analysis.sentences) {
    const timex = analysis.timexes.find((t) => t.start >= sentence.start && t.end <= sentence.end);
    if (!timex) continue;
    const inside = analysis.entities.filter((e) =>
      e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
    );
    events.push({
      when: timex.value,
      start: timex.start,
      end: timex.end,
      what: article.text.slice(sentence.start, sentence.end),
      sentence,
      entities: inside.map((e) => e.name),
      entityIds: inside.map((e) => e.id),
      confidence: 0.7,
    });
  }
  return { ...article, analysis: { ...analysis, events } };
}

const article = (i: number) => withEvents(generateArticle(corpus, i, 1));

function percentiles(samples: number[]): [number, number, number] {
  const sorted = [...samples].sort((a, b) => a - b);
  return [percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)];
}

/** Times `op` on each of n inputs; `prepare` (generating an article) stays outside the clock. */
async function timed<T>(n: number, prepare: (i: number) => T, op: (input: T) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const input = prepare(i);
    const started = performance.now();
    await op(input);
    samples.push(performance.now() - started);
  }
  return samples;
}

const index = (i: number) => i;

const rate = (samples: number[]) => Math.round((1000 * samples.length) / samples.reduce((a, b) => a + b, 0));
const row = (what: string, samples: number[]) => {
  const [p50, p95, p99] = percentiles(samples).map((x) => x.toFixed(1));
  return `| ${what} | ${samples.length} | ${rate(samples)}/s | ${p50} | ${p95} | ${p99} |`;
};

async function run(backend: Backend): Promise<string> {
  const store = await backend.open();
  try {
    const save = await timed(ARTICLES, article, (a) => store.saveArticle(a));
    const sample = Math.min(1000, ARTICLES);
    const unchanged = await timed(sample, article, (a) => store.saveArticle(a));
    const edited = (i: number) => {
      const a = article(i);
      return { ...a, hash: `${a.hash.slice(0, 60)}beef`, text: `${a.text} ` };
    };
    const updated = await timed(Math.min(500, ARTICLES), edited, (a) => store.saveArticle(a));
    const queries = generateQueries(QUERIES, 7, corpus);
    for (const q of queries.slice(0, 50)) await store.search({ q: q.q, limit: 20 });
    const search = await timed(
      queries.length,
      (i) => queries[i]!,
      (q) => store.search({ q: q.q, from: q.from, to: q.to, limit: 20 }),
    );
    const rand = prng(11);
    const timeline = await timed(
      200,
      () => 1900 + Math.floor(rand() * 120),
      (from) => store.timeline({ from, to: from + Math.floor(rand() * 10), limit: 50 }),
    );
    const top = (await store.listEntities({ limit: 50 })).items.map((e) => e.id);
    const entity = await timed(top.length ? 200 : 0, index, (i) => store.getEntity(top[i % top.length]!));
    const days = await timed(100, index, (i) => store.onThisDay(`${String((i % 12) + 1).padStart(2, '0')}-15`));
    const stats = await store.stats();
    const size = await backend.size();
    return [
      `### ${backend.name}: ${ARTICLES.toLocaleString('en')} articles`,
      '',
      `${stats.events.toLocaleString('en')} events, ${stats.mentions.toLocaleString('en')} mentions, ${stats.conflicts} conflicts; database ${(size / 1e6).toFixed(0)} MB.`,
      '',
      '| operation | n | rate | p50 ms | p95 ms | p99 ms |',
      '|---|---|---|---|---|---|',
      row('save (new)', save),
      row('save (unchanged)', unchanged),
      row('save (new revision)', updated),
      row('search', search),
      row('timeline (year range)', timeline),
      row('entity page', entity),
      row('on this day', days),
      '',
    ].join('\n');
  } finally {
    await store.close();
    await backend.drop();
  }
}

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
for (const name of BACKENDS) {
  const backend = name === 'postgres' ? await postgresBenchBackend() : sqliteBackend('chronicle-bench-store-');
  console.log(await run(backend));
}
