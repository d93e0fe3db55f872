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
 * A byte-order mark first: without it Excel and LibreOffice read a UTF-8 file as the local code page
 * and every Cyrillic or Kazakh name turns to mojibake. Parsers that know UTF-8 skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Events as CSV (RFC 4180): a byte-order mark, a header row, CRLF line ends, fields quoted when they
 * contain a comma, quote or line break, quotes doubled. Lists inside a field are joined with `; `. Cells that would
 * start a spreadsheet formula are neutralised (see `neutralised`).
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
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const cell = neutralised(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+`, `-`, tab, CR first)
 * gets a leading `'`, as OWASP's CSV injection rule says; plain numbers (`-0044`, `0.5`) run nothing
 * and stay as they are.
 */
function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}
