import type { Span } from './span.ts';

/**
 * Page furniture of a saved portal page: what the site prints around an article, not the article.
 * Ingest reads the header with these rules (`ingest/ehistory.ts`); search snippets leave the same
 * lines out, so a result does not open with "… 9101 TITLE - e-history.kz".
 */

/** `TITLE - e-history.kz`: the page title as browsers save it, ending with the site's domain. */
export const SITE_LINE = /^(.*\S)\s+[-–—|]\s+((?:[\p{L}\d-]+\.)+[\p{L}]{2,})\s*$/u;
/** Letters only, at least two: what follows the last dot of every `SITE_LINE`. */
const TOP_LEVEL_DOMAIN = /^\p{L}{2,}$/u;

/**
 * Whether a line ends as every `SITE_LINE` does (a dot, then letters only): tested first, because
 * `SITE_LINE` itself backtracks through every long line of a body (0.16 ms a text, and a search
 * page makes 20 snippets).
 */
function endsLikeSiteLine(line: string): boolean {
  const trimmed = line.trimEnd();
  return TOP_LEVEL_DOMAIN.test(trimmed.slice(trimmed.lastIndexOf('.') + 1)) && trimmed.includes('.');
}
/** A line that is only a number: the page's id or its view counter. */
export const NUMERIC_LINE = /^\s*(\d{1,12})\s*$/;
/** The header sits at the top; it is not hunted for in a long body. */
export const HEADER_SEARCH_LINES = 40;

/**
 * The furniture lines of a text's header: the first `TITLE - site` line among its opening lines and
 * a number-only line right above it. Empty when the text has no such header.
 */
export function headerFurniture(text: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0, n = 0; start <= text.length && n < HEADER_SEARCH_LINES; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  const line = (s: Span) => text.slice(s.start, s.end);
  for (let i = 1; i < lines.length; i++) {
    const text = line(lines[i]!);
    if (!endsLikeSiteLine(text) || !SITE_LINE.test(text)) continue;
    let prev = i - 1;
    while (prev >= 0 && line(lines[prev]!).trim() === '') prev--;
    const site = lines[i]!;
    return prev >= 0 && NUMERIC_LINE.test(line(lines[prev]!)) ? [lines[prev]!, site] : [site];
  }
  return [];
}

/** `text` with the spans' characters turned to spaces: the same length, so offsets stay valid. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
