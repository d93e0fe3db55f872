import { parse } from 'parse5';
import { detectLanguage } from '../../analyze/index.ts';
import type { Span } from '../../analyze/types.ts';
import { normalizeLanguage } from '../declared.ts';
import { parseByline } from '../ehistory.ts';
import type { ParsedArticle } from '../types.ts';
import { extractBlocks, findContentRoot, firstText } from './content.ts';
import { clean } from './dom.ts';
import { readPageMeta } from './page-meta.ts';

/**
 * Reads an HTML page with a real parser and keeps the article: the `<article>`, `<main>` or the
 * densest block of paragraphs, without navigation, header, footer, asides, scripts or styles.
 * The stored text is plain text — the title, then one paragraph per block element, separated by
 * blank lines; no markup, attribute or link target is ever carried into it.
 *
 * @example parseHtml('<html lang="ru"><h1>T</h1><article><p>Один.</p></article>').meta.language // 'ru'
 */
export function parseHtml(html: string): ParsedArticle {
  const doc = parse(html);
  const page = readPageMeta(doc);
  const root = findContentRoot(doc);
  const blocks = root ? extractBlocks(root) : [];
  const h1 = root ? firstText(root, 'h1') : null;
  const title = clean(h1 ?? page.ogTitle ?? pageHeading(firstText(doc, 'h1'), page.title) ?? '');
  if (blocks[0]?.text === title) blocks.shift();

  // The page's own lead and byline paragraphs beat its meta tags; they stay in the text, not in the body.
  const lead = blocks.find((b) => b.kind === 'lead');
  let byline = blocks.findLast((b) => b.kind === 'byline');
  let credit = byline ? parseByline(byline.text) : null;
  const last = blocks.findLast((b) => b.kind === 'paragraph');
  if (!byline && last && page.author) {
    // An unmarked closing `Name, Role` line counts when it names the author the meta tags give.
    const closing = parseByline(last.text);
    if (closing && closing.author === page.author) [byline, credit] = [last, closing];
  }

  const parts = title ? [title] : [];
  const paragraphs: Span[] = [];
  const headings: Span[] = [];
  let offset = title ? title.length + 2 : 0;
  for (const block of blocks) {
    const span = { start: offset, end: offset + block.text.length };
    if (block.kind === 'heading') headings.push(span);
    else if (block !== lead && block !== byline) paragraphs.push(span);
    parts.push(block.text);
    offset += block.text.length + 2;
  }
  const text = parts.join('\n\n');
  return {
    format: 'html',
    text,
    meta: {
      id: page.id,
      site: page.site,
      language: (page.lang && normalizeLanguage(page.lang)) || detectLanguage(text),
      title,
      epigraph: null,
      lead: lead?.text.replace(/\s+/g, ' ') ?? page.description,
      author: credit?.author ?? page.author,
      authorRole: credit?.role ?? null,
      paragraphs,
      headings,
      published: page.published,
      url: page.url,
    },
  };
}

/**
 * A heading outside the article is often the site's own name in its header (`<h1>e-history.kz</h1>`),
 * not the article's: it is the title only when the page's `<title>` agrees with it (one holds the
 * other) or there is no `<title>`; otherwise the `<title>`, without its site suffix, is.
 */
function pageHeading(h1: string | null, pageTitle: string | null): string | null {
  if (!h1 || !pageTitle) return h1 ?? pageTitle;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const [a, b] = [norm(h1), norm(pageTitle)];
  return a.includes(b) || b.includes(a) ? h1 : pageTitle;
}
