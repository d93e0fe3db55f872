import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../store/index.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from './index.ts';
import type { ExportData, ExportMention } from './types.ts';

/** A list that counts every read of one of its items: the unit of work of a renderer. */
function counted<T>(items: T[], reads: { n: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** n events, n entities, n mentions in one article and n co-occurrences. */
function data(n: number, reads: { n: number }): ExportData {
  const list = <T>(f: (i: number) => T) =>
    counted(
      Array.from({ length: n }, (_, i) => f(i)),
      reads,
    );
  const entity = (i: number) => ({ id: `person:p${i}`, name: `Person ${i}`, type: 'PERSON' as const });
  return {
    title: 'Test',
    baseUrl: 'http://example.test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    events: list(
      (i): TimelineEvent =>
        ({
          id: `ev-${i}`,
          when: `${1000 + i}`,
          startDate: `${1000 + i}-01-01`,
          endDate: `${1000 + i}-12-31`,
          what: `Person ${i} did something`,
          entities: [entity(i)],
          sources: [{ articleId: 1, title: 'A', sentenceText: 'S.' }],
          confidence: 0.9,
          conflicted: false,
        }) as unknown as TimelineEvent,
    ),
    entities: list((i) => ({ ...entity(i), aliases: [], mentionCount: 1, articleCount: 1 })),
    articles: [
      {
        id: 1,
        revision: 1,
        title: 'A',
        language: 'en',
        author: null,
        site: null,
        sourceId: null,
        updatedAt: '2026-01-01T00:00:00.000Z',
        mentions: list(
          (i): ExportMention => ({
            entityId: `person:p${i}`,
            entityName: `Person ${i}`,
            entityType: 'PERSON',
            start: i * 10,
            end: i * 10 + 8,
            codePointStart: i * 10,
            codePointEnd: i * 10 + 8,
            exact: `Person ${i}`,
            prefix: '',
            suffix: '',
          }),
        ),
      },
    ],
    cooccurrences: list((i) => ({ source: `person:p${i}`, target: `person:p${i + 1}`, weight: 1 })),
  };
}

describe.each(EXPORT_FORMAT_NAMES)('%s export', (name) => {
  it('costs work and bytes linear in the data: twice the data, about twice of each', () => {
    const run = (n: number) => {
      const reads = { n: 0 };
      const text = EXPORT_FORMATS[name].render(data(n, reads));
      return { reads: reads.n, bytes: text.length };
    };
    const small = run(2000);
    const large = run(4000);
    expect(large.reads / Math.max(1, small.reads)).toBeLessThan(2.5);
    expect(large.bytes / small.bytes).toBeLessThan(2.5);
  });
});
