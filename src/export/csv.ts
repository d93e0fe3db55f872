import type { ExportData } from './types.ts';

const COLUMNS = [
  'id',
  'when',
  'start_date',
  'end_date',
  'what',
  'entities',
  'entity_ids',
  'confidence',
  'conflicted',
  'source_article_ids',
  'source_titles',
  'source_sentence',
] as const;

/**
 * Events as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they contain a comma,
 * quote or line break, quotes doubled. Lists inside a field are joined with `; `.
 */
export function exportCsv(data: ExportData): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const e of data.events) {
    rows.push([
      e.id,
      e.when,
      e.startDate,
      e.endDate,
      e.what,
      e.entities.map((x) => x.name).join('; '),
      e.entities.map((x) => x.id).join('; '),
      String(e.confidence),
      e.conflicted ? 'true' : 'false',
      e.sources.map((s) => s.articleId).join('; '),
      e.sources.map((s) => s.title).join('; '),
      e.sources[0]?.sentenceText ?? '',
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
