import { describe, expect, it } from 'vitest';
import type { Store, StoredArticle } from '../store/index.ts';
import { loadExportData } from './load.ts';

const PHRASE = 'Abai 🌍 wrote in Semey. ';

/** A store holding one article: `PHRASE` n times, with a mention of Abai in each. */
function storeWithMentions(n: number): Store {
  const text = PHRASE.repeat(n);
  const mentions = Array.from({ length: n }, (_, i) => ({ start: i * PHRASE.length, end: i * PHRASE.length + 4 }));
  const article = {
    id: 1,
    revision: 1,
    title: 'Abai',
    language: 'en',
    author: null,
    site: null,
    sourceId: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    text,
    analysis: { entities: [{ id: 'person:abai', name: 'Abai', type: 'person', aliases: [], mentions }] },
  } as unknown as StoredArticle;
  const empty = { total: 0, items: [] };
  return {
    timeline: async () => empty,
    listArticles: async ({ offset = 0 } = {}) => (offset === 0 ? { total: 1, items: [article] } : empty),
    getArticle: async () => article,
  } as unknown as Store;
}

/** How many times `charCodeAt` runs while `work` does: the unit of offset conversion. */
async function charReads(work: () => Promise<unknown>): Promise<number> {
  const original = String.prototype.charCodeAt;
  let reads = 0;
  String.prototype.charCodeAt = function (this: string, i: number) {
    reads++;
    return original.call(this, i);
  };
  try {
    await work();
  } finally {
    String.prototype.charCodeAt = original;
  }
  return reads;
}

describe('loadExportData', () => {
  it('gives code point offsets that count an astral character once', async () => {
    const data = await loadExportData(storeWithMentions(3));
    const starts = data.articles[0]!.mentions.map((m) => [m.start, m.codePointStart]);
    // Each phrase is 24 UTF-16 units and 23 code points (🌍 is a surrogate pair).
    expect(starts).toEqual([
      [0, 0],
      [24, 23],
      [48, 46],
    ]);
    const ends = data.articles[0]!.mentions.map((m) => m.codePointEnd);
    expect(ends).toEqual([4, 27, 50]);
  });

  it('converts offsets in work linear in the article: twice the mentions, at most about twice the reads', async () => {
    const small = await charReads(() => loadExportData(storeWithMentions(400)));
    const large = await charReads(() => loadExportData(storeWithMentions(800)));
    // Converting each mention from the text's start made this 4×.
    expect(large / small).toBeLessThan(2.5);
  });
});
