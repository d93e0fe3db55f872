import { extname } from 'node:path';
import { parseEHistory } from './ehistory.ts';
import { parseHtml } from './html/index.ts';
import { parseJsonArticle } from './json.ts';
import { parseMarkdown } from './markdown.ts';
import { metaTooLong } from './meta-limits.ts';
import { parsePlainText } from './plaintext.ts';
import type { ParseResult, SourceFormat } from './types.ts';
import { wellFormedArticle } from './well-formed.ts';

export { SOURCE_FORMATS } from '../domain/article.ts';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
};

/** The format a file name promises, or null when its extension says nothing (then the text is sniffed). */
export function formatForPath(path: string): SourceFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Guesses the format of a text with no telling name (stdin, unknown extension). */
export function sniffFormat(text: string): SourceFormat {
  const head = text.slice(0, 1000).trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^<(?:!doctype\s+html|html|head|body|article|main|div|p|h1)\b/i.test(head)) return 'html';
  if (/^---[ \t]*(?:\r\n|\n|\r)/.test(head)) return 'markdown';
  return 'text';
}

/**
 * Parses source text in the given format. `text` tries the e-history page layout first and falls
 * back to generic plain text; an explicit `ehistory` refuses text without the e-history header.
 * Every string of the article comes out well-formed UTF-16 (see `wellFormedText`); metadata longer
 * than `META_LIMITS` is refused, naming the field.
 */
export function parseSource(text: string, format: SourceFormat): ParseResult {
  const result = parseAs(text, format);
  if (!result.ok) return result;
  const tooLong = metaTooLong(result.article.meta);
  if (tooLong) return { ok: false, reason: tooLong };
  return { ok: true, article: wellFormedArticle(result.article) };
}

function parseAs(text: string, format: SourceFormat): ParseResult {
  switch (format) {
    case 'ehistory': {
      const article = parseEHistory(text);
      return article
        ? { ok: true, article }
        : { ok: false, reason: 'not an e-history page (no numeric id followed by a "TITLE - site" line)' };
    }
    case 'text':
      return { ok: true, article: parseEHistory(text) ?? parsePlainText(text) };
    case 'markdown':
      return parseMarkdown(text);
    case 'html':
      return { ok: true, article: parseHtml(text) };
    case 'json':
      return parseJsonArticle(text);
  }
}
