/**
 * Deterministic synthetic articles for benchmarks, built from the vocabulary of `samples/` and
 * the entity names of `resources/gazetteer/`: each article has a title, a body of realistic length in
 * one language (en, ru, kk), dated sentences and entity mentions, and a ready analysis (sentences,
 * year timexes, entities) so loading measures the store, not the extractors.
 *
 * Usage: `npx tsx bench/generate.ts [N] [OUT_DIR]` writes N articles as text files (default
 * 1000 to stdout as a summary); benchmarks import `generateArticles` and `generateQueries`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType, Span, TemporalExpression } from '../src/analyze/types.ts';
import { byLanguage, isLanguage, LANGUAGES, type Language } from '../src/domain/languages.ts';
import { seeded } from '../src/domain/seeded.ts';
import type { ArticleInput } from '../src/store/types.ts';

/** mulberry32 (src/domain/seeded.ts): the same seed always gives the same corpus. */
export const prng = seeded;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

interface Vocabulary {
  sentences: string[];
  /** Words with repetition as they occur, so a uniform pick follows the real frequencies. */
  words: string[];
}

interface NamedEntity {
  id: string;
  type: EntityType;
  names: Record<Language, string[]>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Readable prose of a sample file, whatever its format (front matter, tags and JSON syntax removed). */
function proseOf(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(raw));
    return strings.join('\n');
  }
  if (path.endsWith('.html')) return raw.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  if (path.endsWith('.md')) return raw.replace(/^---[\s\S]*?\n---\n/, '').replace(/^#+\s*/gm, '');
  return raw;
}

/** Sentences and word frequencies per language from `samples/` (folder name = language; root files English). */
export function loadVocabulary(): Record<Language, Vocabulary> {
  const vocab = byLanguage((): Vocabulary => ({ sentences: [], words: [] }));
  const samples = join(ROOT, 'samples');
  for (const path of filesUnder(samples).sort()) {
    if (path.endsWith('.gold.json') || /(^|\/)README/i.test(path)) continue;
    const folder = path.slice(samples.length + 1).split('/')[0]!;
    const lang: Language = isLanguage(folder) ? folder : 'en';
    for (const s of proseOf(path).split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = s.replace(/\s+/g, ' ').trim();
      const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
      if (words.length < 5 || words.length > 60) continue;
      vocab[lang].sentences.push(sentence);
      vocab[lang].words.push(...words.filter((w) => !/^\d+$/.test(w)));
    }
  }
  for (const lang of LANGUAGES) {
    if (vocab[lang].sentences.length === 0) throw new Error(`bench: no ${lang} sentences under ${samples}`);
  }
  return vocab;
}

/** Entities with names in all three languages, from the gazetteer files. */
export function loadEntities(): NamedEntity[] {
  const dir = join(ROOT, 'resources', 'gazetteer');
  const out: NamedEntity[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(entries)) continue;
    for (const e of entries as Record<string, unknown>[]) {
      const names = byLanguage((l): unknown => e[l]);
      if (typeof e.id !== 'string' || typeof e.type !== 'string') continue;
      if (!LANGUAGES.every((l) => Array.isArray(names[l]) && (names[l] as unknown[]).length > 0)) continue;
      out.push({ id: e.id, type: e.type as EntityType, names: names as Record<Language, string[]> });
    }
  }
  if (out.length === 0) throw new Error(`bench: no trilingual entities in ${dir}`);
  return out;
}

const YEAR_PHRASE: Record<Language, (y: number) => string> = {
  en: (y) => `In ${y},`,
  ru: (y) => `В ${y} году`,
  kk: (y) => `${y} жылы`,
};

/** Years weighted toward the period the portal writes about (independence onward). */
function randomYear(rand: () => number): number {
  return rand() < 0.7 ? 1991 + Math.floor(rand() * 34) : 1900 + Math.floor(rand() * 91);
}

/** A source sentence with about a third of its words swapped for others of the same language. */
function varySentence(rand: () => number, vocab: Vocabulary): string {
  return pick(rand, vocab.sentences).replace(/[\p{L}][\p{L}'’-]*/gu, (w) =>
    rand() < 0.35 ? pick(rand, vocab.words) : w,
  );
}

export interface Corpus {
  vocabulary: Record<Language, Vocabulary>;
  entities: NamedEntity[];
}

export function loadCorpus(): Corpus {
  return { vocabulary: loadVocabulary(), entities: loadEntities() };
}

/** One synthetic article, the same for the same (seed, index). */
export function generateArticle(corpus: Corpus, index: number, seed = 1): ArticleInput {
  const rand = prng(seed * 1_000_003 + index);
  const r = rand();
  const lang: Language = r < 0.4 ? 'en' : r < 0.7 ? 'ru' : 'kk';
  const vocab = corpus.vocabulary[lang];
  const titleWords = varySentence(rand, vocab)
    .split(' ')
    .slice(0, 4 + Math.floor(rand() * 6));
  const title = titleWords.join(' ').replace(/[,.;:!?]+$/, '');

  const sentences: Span[] = [];
  const timexes: TemporalExpression[] = [];
  const mentions = new Map<NamedEntity, { start: number; end: number; text: string }[]>();
  let text = `${title}\n\n`;
  // 15–75 sentences: about 300–1500 words, the range of the sample articles.
  const count = 15 + Math.floor(rand() * rand() * 60);
  for (let i = 0; i < count; i++) {
    let sentence = varySentence(rand, vocab);
    const start = text.length;
    if (rand() < 0.3) {
      const year = randomYear(rand);
      const phrase = YEAR_PHRASE[lang](year);
      const at = start + phrase.indexOf(String(year));
      timexes.push({ start: at, end: at + 4, text: String(year), type: 'DATE', value: String(year) });
      sentence = `${phrase} ${sentence[0]!.toLowerCase()}${sentence.slice(1)}`;
    }
    if (rand() < 0.35) {
      const entity = pick(rand, corpus.entities);
      const name = pick(rand, entity.names[lang]);
      const at = start + sentence.length + 1;
      sentence = `${sentence} ${name}.`;
      mentions.set(entity, [...(mentions.get(entity) ?? []), { start: at, end: at + name.length, text: name }]);
    }
    text += sentence;
    sentences.push({ start, end: text.length });
    text += i % 6 === 5 ? '\n\n' : ' ';
  }
  const entities: Entity[] = [...mentions].map(([e, ms]) => ({
    id: e.id,
    name: e.names.en[0]!,
    type: e.type,
    aliases: [...e.names.ru, ...e.names.kk].slice(0, 6),
    mentions: ms,
  }));
  return {
    site: 'bench.example',
    sourceId: String(index + 1),
    path: `bench/${lang}/${index + 1}.txt`,
    format: 'text',
    hash: createHash('sha256').update(text).digest('hex'),
    text,
    meta: {
      id: String(index + 1),
      site: 'bench.example',
      language: lang,
      title,
      epigraph: null,
      lead: null,
      author: null,
      authorRole: null,
      paragraphs: [],
    },
    analysis: { language: lang, sentences, timexes, entities, events: [], claims: [] },
  };
}

/** N articles, lazily: a 100 000-article corpus never sits in memory at once. */
export function* generateArticles(n: number, seed = 1, corpus = loadCorpus()): Generator<ArticleInput> {
  for (let i = 0; i < n; i++) yield generateArticle(corpus, i, seed);
}

export type QueryKind = 'word' | 'two words' | 'ru' | 'kk' | 'entity' | 'phrase';

export interface BenchQuery {
  kind: QueryKind;
  q: string;
  from?: number;
  to?: number;
}

/** Mixed queries over the same vocabulary; about a third carry a year range. */
export function generateQueries(n: number, seed = 7, corpus = loadCorpus()): BenchQuery[] {
  const rand = prng(seed);
  const kinds: QueryKind[] = ['word', 'two words', 'ru', 'kk', 'entity', 'phrase'];
  const word = (lang: Language) => {
    for (;;) {
      const w = pick(rand, corpus.vocabulary[lang].words);
      if (w.length >= 4) return w;
    }
  };
  const queries: BenchQuery[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length]!;
    const lang = pick(rand, LANGUAGES);
    let q: string;
    switch (kind) {
      case 'word':
        q = word('en');
        break;
      case 'two words':
        q = `${word(lang)} ${word(lang)}`;
        break;
      case 'ru':
        q = rand() < 0.5 ? word('ru') : `${word('ru')} ${word('ru')}`;
        break;
      case 'kk':
        q = rand() < 0.5 ? word('kk') : `${word('kk')} ${word('kk')}`;
        break;
      case 'entity':
        q = pick(rand, pick(rand, corpus.entities).names[lang]);
        break;
      case 'phrase': {
        const words = varySentence(rand, corpus.vocabulary[lang]).split(' ');
        const at = Math.floor(rand() * Math.max(1, words.length - 2));
        q = `"${words.slice(at, at + 2).join(' ')}"`;
        break;
      }
    }
    const query: BenchQuery = { kind, q };
    if (rand() < 0.33) {
      query.from = randomYear(rand);
      query.to = query.from + Math.floor(rand() * 10);
    }
    queries.push(query);
  }
  return queries;
}

// `npx tsx bench/generate.ts [N] [OUT_DIR]`: writes articles as text files, or prints a summary.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3];
  let bytes = 0;
  const perLanguage: Record<string, number> = {};
  for (const a of generateArticles(n)) {
    bytes += Buffer.byteLength(a.text);
    perLanguage[a.analysis.language] = (perLanguage[a.analysis.language] ?? 0) + 1;
    if (out) {
      mkdirSync(join(out, a.analysis.language), { recursive: true });
      writeFileSync(join(out, a.analysis.language, `${a.sourceId}.txt`), a.text);
    }
  }
  console.log(`${n} articles, ${(bytes / 1e6).toFixed(1)} MB of text`, perLanguage);
}
