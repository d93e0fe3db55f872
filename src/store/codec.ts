/** Small conversions shared by both dialects' rows. */

/** JSON columns: SQLite hands back text, PostgreSQL parsed jsonb. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Counts: PostgreSQL returns bigint as a string. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** Splits rows into batches small enough for one multi-row INSERT on either database. */
export function chunks<T>(rows: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The form names and aliases are looked up by: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** HTML-escaped context around `[start, end)` with the span in `<mark>`. */
export function spanSnippet(text: string, start: number, end: number, context = 80): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return (
    (from > 0 ? '…' : '') +
    escapeHtml(text.slice(from, start)) +
    '<mark>' +
    escapeHtml(text.slice(start, end)) +
    '</mark>' +
    escapeHtml(text.slice(end, to)) +
    (to < text.length ? '…' : '')
  );
}
