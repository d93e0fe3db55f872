import { z } from 'zod';
import { detectLanguage } from '../analyze/index.ts';
import type { Span } from '../analyze/types.ts';
import { paragraphSpans } from './blocks.ts';
import { declaredSchema, describeIssue, mergeMeta, readDeclared } from './declared.ts';
import { parseHtml } from './html/index.ts';
import type { ParseResult } from './types.ts';

const HTML_BODY = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|section|span|a|b|i|em|strong|script|img)\b[^>]*>/i;

const articleSchema = z.looseObject({
  ...declaredSchema.shape,
  title: z.string().trim().min(1, 'must not be empty'),
  body: z.union([z.string(), z.array(z.string())]),
});

/**
 * Parses a JSON article `{title, body, id?, site?, language?, author?, lead?, date?}`. `body` is a
 * string (paragraphs separated by blank lines, stored as given) or an array of paragraphs (stored
 * joined by blank lines). Anything else is refused with the field named.
 *
 * @example parseJsonArticle('{"title":"T","body":["One.","Two."]}')
 */
export function parseJsonArticle(source: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'JSON: expected an object {title, body, …}' };
  }
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error, 'JSON') };
  const declared = readDeclared(data, 'JSON');
  if (!declared.ok) return declared;

  const { body } = parsed.data;
  let text: string;
  let paragraphs: Span[];
  if (typeof body === 'string' && HTML_BODY.test(body)) {
    // CMS exports often carry the body as HTML: reduce it to text the way an HTML page is.
    const page = parseHtml(`<html><body><article>${body}</article></body></html>`);
    text = page.text;
    paragraphs = page.meta.paragraphs;
  } else if (typeof body === 'string') {
    text = body;
    paragraphs = paragraphSpans(body);
  } else {
    const kept = body.map((p) => p.trim()).filter((p) => p.length > 0);
    text = kept.join('\n\n');
    paragraphs = [];
    let offset = 0;
    for (const p of kept) {
      paragraphs.push({ start: offset, end: offset + p.length });
      offset += p.length + 2;
    }
  }
  return {
    ok: true,
    article: {
      format: 'json',
      text,
      meta: mergeMeta(declared.meta, {
        id: null,
        site: null,
        language: detectLanguage(text || parsed.data.title),
        title: parsed.data.title,
        epigraph: null,
        lead: null,
        author: null,
        authorRole: null,
        paragraphs,
        published: null,
      }),
    },
  };
}
