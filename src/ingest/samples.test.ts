import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForPath, parseSource } from './format.ts';

// The sample corpus ships hand-annotated article fields for several formats (text, Markdown, HTML).
const SAMPLES = new URL('../../samples/', import.meta.url).pathname;

function goldFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? goldFiles(join(dir, e.name)) : e.name.endsWith('.gold.json') ? [join(dir, e.name)] : [],
  );
}

// event-identity.gold.json and event-dates.gold.json belong to the whole corpus, not to one article.
function articleGoldFiles(dir: string): string[] {
  return goldFiles(dir).filter((p) => !/\/event-(?:identity|dates)\.gold\.json$/.test(p));
}

describe('sample articles against their gold article fields', () => {
  for (const goldPath of articleGoldFiles(SAMPLES)) {
    const stem = goldPath.slice(0, -'.gold.json'.length);
    const source = readdirSync(join(stem, '..')).find(
      (f) => join(stem, '..', f).startsWith(`${stem}.`) && !f.endsWith('.gold.json'),
    );
    it(`${stem.slice(SAMPLES.length)}`, () => {
      const path = join(stem, '..', source as string);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')).article;
      const parsed = parseSource(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), formatForPath(path) ?? 'text');
      if (!parsed.ok) throw new Error(parsed.reason);
      const { text, meta } = parsed.article;
      for (const field of [
        'id',
        'site',
        'language',
        'title',
        'epigraph',
        'lead',
        'author',
        'authorRole',
        'published',
      ]) {
        if (field in gold) expect(meta[field as keyof typeof meta] ?? null, field).toEqual(gold[field]);
      }
      const paragraphs = meta.paragraphs.map((p) => text.slice(p.start, p.end));
      expect(paragraphs).toHaveLength(gold.bodyParagraphs);
      expect(paragraphs[0]?.startsWith(gold.bodyFirstWords)).toBe(true);
      expect(paragraphs.at(-1)?.endsWith(gold.bodyLastWords)).toBe(true);
      if ('bodyHeadings' in gold) expect(meta.headings ?? []).toHaveLength(gold.bodyHeadings);
    });
  }
});
