import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analyze/types.ts';
import { LANGUAGES, type Language } from '../../src/domain/languages.ts';
import { analyzeArticle, formatForPath, parseSource } from '../../src/ingest/index.ts';
import type { ArticleMeta } from '../../src/ingest/types.ts';
import { type Gold, loadSamples } from './gold.ts';
import { type Part, recall, report, type SampleScore, scoreSample } from './score.ts';

// Extraction against the sample corpus's gold: each article goes through the real ingest parser
// and analysis (as `chronicle ingest` does), and must find most of what its gold requires.
// The failure message is the whole table: recall per sample and part, then every miss.

const samples = loadSamples();

/** Minimum recall of required gold items, by part; timex is held per language, the rest over the corpus. */
const THRESHOLD: Record<Part, number> = { timex: 0.85, entities: 0.8, events: 0.7, claims: 0.7 };

describe('extraction finds what the gold requires', () => {
  const rows: { name: string; language: Language; score: SampleScore }[] = [];
  const articleMisses: string[] = [];

  beforeAll(() => {
    for (const sample of samples) {
      const parsed = parseSource(sample.source.replace(/^\uFEFF/, ''), formatForPath(sample.path) ?? 'text');
      if (!parsed.ok) throw new Error(`${sample.name}: ${parsed.reason}`);
      const { article } = parsed;
      articleMisses.push(...articleFieldMisses(sample.name, sample.gold, article.meta, article.text));
      const analysis: Analysis = analyzeArticle(article, { dct: article.meta.published ?? undefined });
      rows.push({
        name: sample.name,
        language: sample.gold.article.language,
        score: scoreSample(article.text, analysis, sample.gold),
      });
    }
  });

  it('reads every article’s fields as annotated', () => {
    expect(articleMisses).toEqual([]);
  });

  for (const lang of LANGUAGES) {
    it(`finds ≥ ${THRESHOLD.timex * 100}% of required temporal expressions in ${lang}`, () => {
      const mine = rows.filter((r) => r.language === lang);
      expect(recall(mine.map((r) => r.score.timex)), report(mine, ['timex'])).toBeGreaterThanOrEqual(THRESHOLD.timex);
    });
  }

  for (const part of ['entities', 'events', 'claims'] as const) {
    it(`finds ≥ ${THRESHOLD[part] * 100}% of required ${part} over the corpus`, () => {
      expect(recall(rows.map((r) => r.score[part])), report(rows, [part])).toBeGreaterThanOrEqual(THRESHOLD[part]);
    });
  }
});

function articleFieldMisses(name: string, gold: Gold, meta: ArticleMeta, text: string): string[] {
  const g = gold.article;
  const misses: string[] = [];
  const fields = ['id', 'site', 'language', 'title', 'epigraph', 'lead', 'author', 'authorRole', 'published'] as const;
  for (const field of fields) {
    if (!(field in g)) continue;
    const want = JSON.stringify(g[field] ?? null);
    const got = JSON.stringify(meta[field] ?? null);
    if (want !== got) misses.push(`${name}: ${field} ${got}, want ${want}`);
  }
  const paragraphs = meta.paragraphs.map((p) => text.slice(p.start, p.end));
  if (paragraphs.length !== g.bodyParagraphs)
    misses.push(`${name}: ${paragraphs.length} paragraphs, want ${g.bodyParagraphs}`);
  else if (!paragraphs[0]?.startsWith(g.bodyFirstWords) || !paragraphs.at(-1)?.trimEnd().endsWith(g.bodyLastWords))
    misses.push(`${name}: first or last paragraph is not where the gold puts it`);
  return misses;
}
