import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../store/index.ts';
import { exportCsv } from './csv.ts';
import type { ExportData } from './types.ts';

function csvOf(events: Partial<TimelineEvent>[]): Record<string, string>[] {
  const data: ExportData = {
    title: 'Test',
    baseUrl: 'http://example.test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    entities: [],
    articles: [],
    cooccurrences: [],
    events: events.map((e, i) => ({
      id: `ev-${i}`,
      when: '2010',
      startDate: '2010-01-01',
      endDate: '2010-12-31',
      what: 'x',
      entities: [],
      sources: [],
      confidence: 1,
      conflicted: false,
      ...e,
    })),
  };
  return parseCsv(exportCsv(data), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_quotes: false,
  });
}

describe('CSV export', () => {
  it('starts with a byte-order mark, so a spreadsheet reads Cyrillic and Kazakh names intact', () => {
    const data = {
      title: 'T',
      baseUrl: 'http://x',
      generatedAt: '',
      entities: [],
      articles: [],
      cooccurrences: [],
      events: [],
    };
    const bytes = Buffer.from(exportCsv(data as ExportData), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [row] = csvOf([
      {
        what: 'Семей полигоны жабылды',
        entities: [{ id: 'place:semey', name: 'Семей', type: 'PLACE' }],
      } as unknown as Partial<TimelineEvent>,
    ]);
    // A parser honouring the BOM sees a clean first header, not "\uFEFFid".
    expect(Object.keys(row ?? {})[0]).toBe('id');
    expect(row).toMatchObject({ what: 'Семей полигоны жабылды', entities: 'Семей' });
  });

  it("neutralises cells a spreadsheet would run as a formula with a leading ' (OWASP)", () => {
    const hostile = [
      "=cmd|'/C calc'!A0",
      '=HYPERLINK("http://evil.test","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ];
    const rows = csvOf(hostile.map((what) => ({ what })));
    expect(rows.map((r) => r.what)).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it('neutralises every column, names and titles included', () => {
    const [row] = csvOf([
      {
        entities: [{ id: '=id', name: '=name', type: 'PERSON' }],
        sources: [{ articleId: 1, title: '@title', sentenceText: '+sentence' }],
      } as unknown as Partial<TimelineEvent>,
    ]);
    expect(row).toMatchObject({
      entities: "'=name",
      entity_ids: "'=id",
      source_titles: "'@title",
      source_sentence: "'+sentence",
    });
  });

  it('leaves numbers, ordinary text and dates before the common era readable as they were', () => {
    const [row] = csvOf([{ what: 'Abai, "poet"', confidence: 0.5, when: '-0044', startDate: '-0044-03-15' }]);
    expect(row).toMatchObject({ what: 'Abai, "poet"', confidence: '0.5', when: '-0044' });
    // A date like -0044-03-15 reads as a sum in a spreadsheet, so it is neutralised too.
    expect(row?.start_date).toBe("'-0044-03-15");
  });
});
