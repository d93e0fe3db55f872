// Tagging throughput of the temporal tagger per language on one core (MB/s of UTF-8 input),
// with chrono-node's `parse` on the same English text in the same run for comparison.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { parseKey } from '../src/analyze/time/eval/keys.ts';
import { tagTimexes } from '../src/analyze/time/index.ts';
import type { Language } from '../src/analyze/types.ts';

const WIKIWARS = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'wikiwars-dev');
const SAMPLES = join(import.meta.dirname, '..', 'samples');
const RUNS = 5;

function englishText(): string {
  return readdirSync(WIKIWARS)
    .filter((f) => f.endsWith('.key.xml'))
    .sort()
    .map((f) => parseKey(f, readFileSync(join(WIKIWARS, f), 'utf8')).text)
    .join('\n\n');
}

/** The language's sample articles (samples/<lang>/*.txt|md), else sentences of its dates. */
function sampleText(lang: 'ru' | 'kk', fallback: string): string {
  const texts: string[] = [];
  if (existsSync(SAMPLES)) {
    for (const f of readdirSync(SAMPLES, { recursive: true }) as string[]) {
      if (!/\.(txt|md)$/.test(f) || !new RegExp(`(^|[^a-z])${lang}([^a-z]|$)`).test(f)) continue;
      texts.push(readFileSync(join(SAMPLES, f), 'utf8'));
    }
  }
  // The samples are short: repeat them to a few hundred KB so timings are stable.
  const base = texts.length ? texts.join('\n\n') : fallback;
  return `${base}\n\n`.repeat(Math.ceil(300_000 / (base.length + 2)));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * MB/s by the wall clock and per CPU second (user + system time of this process: on a shared
 * machine the wall clock also counts the time other processes held the core).
 */
function measure(text: string, tag: (t: string) => unknown): { mbps: number; cpuMbps: number; found: number } {
  const bytes = Buffer.byteLength(text, 'utf8');
  let found = 0;
  const found0 = tag(text);
  found = Array.isArray(found0) ? found0.length : 0;
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    tag(text);
    const c = process.cpuUsage(c0);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(bytes / 1e6 / s);
    cpuRates.push(bytes / 1e6 / ((c.user + c.system) / 1e6));
  }
  return { mbps: median(rates), cpuMbps: median(cpuRates), found };
}

const en = englishText();
const ru = sampleText(
  'ru',
  'В сентябре 2013 года делегация прибыла в Астану. С 2013 по 2022 год программа расширялась, а 29 августа 1991 года полигон был закрыт. В XV веке здесь проходил торговый путь. ',
);
const kk = sampleText(
  'kk',
  '1991 жылғы 29 тамызда полигон жабылды. 2013 жылдың қыркүйегінде делегация келді. XV ғасырда мұнда сауда жолы өтті. 2017–2018 жылдары ел Кеңес мүшесі болды. ',
);

const rows: [string, string, number, { mbps: number; cpuMbps: number; found: number }][] = [];
for (const [lang, text] of [
  ['en', en],
  ['ru', ru],
  ['kk', kk],
] as [Language, string][]) {
  rows.push([
    `chronicle (${lang})`,
    lang,
    Buffer.byteLength(text),
    measure(text, (t) => tagTimexes(t, { lang, dct: '2009-12-19' })),
  ]);
}
rows.push([
  'chrono-node parse',
  'en',
  Buffer.byteLength(en),
  measure(en, (t) => chrono.parse(t, new Date('2009-12-19'))),
]);

console.log(
  `Median of ${RUNS} runs, one core; en = the WikiWars dev texts concatenated, ru/kk = samples/ru, samples/kk repeated.\n`,
);
console.log('| tagger | lang | input (KB) | expressions | MB/s (wall clock) | MB/s per CPU second |');
console.log('|---|---|---:|---:|---:|---:|');
for (const [name, lang, bytes, r] of rows) {
  // A language whose tagger has not landed finds nothing; its "speed" would be meaningless.
  const rate = r.found === 0 ? 'n/a (no tagger)' : r.mbps.toFixed(2);
  const cpu = r.found === 0 ? 'n/a' : r.cpuMbps.toFixed(2);
  console.log(`| ${name} | ${lang} | ${(bytes / 1024).toFixed(0)} | ${r.found} | ${rate} | ${cpu} |`);
}
