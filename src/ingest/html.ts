import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { detectLanguage } from '../analyze/language.ts';
import type { Span } from '../analyze/types.ts';
import { normalizeDate, normalizeLanguage } from './declared.ts';
import { parseByline } from './ehistory.ts';
import type { ParsedArticle } from './types.ts';

// Never content: navigation, page chrome, code, embedded objects, forms.
const SKIP = new Set([
  'nav',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'select',
  'textarea',
  'input',
  'canvas',
  'audio',
  'video',
  'dialog',
  'menu',
  'head',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
]);
// Class or id words that mark boilerplate on real sites (menus, share buttons, cookie banners…).
const BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|menu|sidebar|breadcrumbs?|share|social|comments?|advert|ads|banner|promo|related|cookie|subscribe|footer|pagination)(?:$|[\s_-])/i;
// Elements whose start and end break the text into paragraphs.
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'address',
  'hr',
  'details',
  'summary',
  'body',
  'html',
  'center',
]);

const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

type Element = T.Element;
type Node = T.Node;

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
  const title = clean(h1 ?? page.ogTitle ?? firstText(doc, 'h1') ?? page.title ?? '');
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
    },
  };
}

interface PageMeta {
  lang: string | null;
  title: string | null;
  ogTitle: string | null;
  description: string | null;
  author: string | null;
  published: string | null;
  site: string | null;
  id: string | null;
}

function readPageMeta(doc: T.Document): PageMeta {
  const meta = new Map<string, string>();
  let lang: string | null = null;
  let title: string | null = null;
  let canonical: string | null = null;
  let timeDatetime: string | null = null;
  let relAuthor: string | null = null;
  let dataId: string | null = null;
  walk(doc, (el) => {
    const name = el.tagName;
    if (name === 'html') lang = attr(el, 'lang') ?? lang;
    else if (name === 'title' && title === null) title = clean(textOf(el));
    else if (name === 'meta') {
      const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !meta.has(key)) meta.set(key, clean(content));
    } else if (name === 'link' && attr(el, 'rel')?.toLowerCase() === 'canonical') canonical = attr(el, 'href');
    else if (name === 'time' && timeDatetime === null) timeDatetime = attr(el, 'datetime');
    else if (name === 'article' && dataId === null && /^\d{1,12}$/.test(attr(el, 'data-id') ?? ''))
      dataId = attr(el, 'data-id');
    else if (relAuthor === null && (attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author')) {
      relAuthor = clean(textOf(el)) || null;
    }
    return true;
  });
  const url = canonical ?? meta.get('og:url') ?? null;
  const host = url ? hostOf(url) : null;
  const siteName = meta.get('og:site_name') ?? null;
  const authorMeta = meta.get('author') ?? meta.get('article:author') ?? null;
  const dateText =
    meta.get('article:published_time') ??
    meta.get('datepublished') ??
    meta.get('date') ??
    meta.get('dc.date') ??
    timeDatetime;
  return {
    lang,
    title: title ? stripSiteSuffix(title) : null,
    ogTitle: meta.get('og:title') ?? null,
    description: meta.get('og:description') ?? meta.get('description') ?? null,
    author: authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : relAuthor,
    published: normalizeDate(dateText),
    site: siteName && DOMAIN.test(siteName) ? siteName.toLowerCase() : (host ?? (title ? siteSuffix(title) : null)),
    // `<article data-id="1509">`, `…/publications/view/1509` or `?id=1509`: the portal's own article number.
    id: dataId ?? (url ? (/(?:\/|[?&]id=)(\d{1,12})\/?(?:[?#].*)?$/.exec(url)?.[1] ?? null) : null),
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const DOMAIN = /^[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u;

/** `Title - e-history.kz` → `e-history.kz`: browsers and portals end page titles with the site. */
function siteSuffix(title: string): string | null {
  const suffix = /\s[-–—|]\s+(\S+)$/.exec(title)?.[1];
  return suffix && DOMAIN.test(suffix) ? suffix.toLowerCase() : null;
}

function stripSiteSuffix(title: string): string {
  return title.replace(/\s+[-–—|]\s+[^-–—|]{1,60}$/, '').trim() || title;
}

/** The element that holds the article: the largest `<article>`, else `<main>`, else the densest block. */
function findContentRoot(doc: T.Document): Element | null {
  const articles: Element[] = [];
  let main: Element | null = null;
  let body: Element | null = null;
  const density = new Map<Element, number>();
  walk(doc, (el) => {
    if (isBoilerplate(el)) return false;
    if (el.tagName === 'article') {
      // Only outermost articles: nested ones are inside them anyway, and sizing each would be quadratic.
      articles.push(el);
      return false;
    }
    if ((el.tagName === 'main' || attr(el, 'role') === 'main') && !main) main = el;
    else if (el.tagName === 'body') body = el;
    else if (el.tagName === 'p' && el.parentNode && 'tagName' in el.parentNode) {
      const parent = el.parentNode as Element;
      density.set(parent, (density.get(parent) ?? 0) + textOf(el).length);
    }
    return true;
  });
  if (articles.length > 0) return articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
  if (main) return main;
  let densest: Element | null = null;
  let best = 0;
  for (const [el, size] of density) {
    if (size > best) [densest, best] = [el, size];
  }
  return densest ?? body;
}

function isBoilerplate(el: Element): boolean {
  if (SKIP.has(el.tagName) || attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role)) return true;
  // A page-level <header> is chrome; an <article>'s own header holds its title and byline.
  if (el.tagName === 'header' && !insideArticle(el)) return true;
  // Page-level containers carry layout classes (`has-sidebar`) but are never boilerplate themselves.
  if (CONTAINERS.has(el.tagName)) return false;
  const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  return marks.length > 1 && BOILERPLATE.test(marks) && !/\b(?:article|content|post|entry)\b/i.test(marks);
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode) {
    const tag = (p as Element).tagName;
    if (tag === 'article' || tag === 'main') return true;
  }
  return false;
}

type BlockKind = 'paragraph' | 'heading' | 'lead' | 'byline';

interface TextBlock {
  kind: BlockKind;
  text: string;
}

const LEAD_CLASS = /(?:^|[\s_-])(?:lead|summary|standfirst|intro|excerpt|subtitle|annotation)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:author|byline|signature)(?:$|[\s_-])/i;

function kindOf(el: Element, inherited: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(el.tagName)) return 'heading';
  const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  if (LEAD_CLASS.test(marks)) return 'lead';
  if (BYLINE_CLASS.test(marks) || attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author') return 'byline';
  return inherited;
}

/** One block per block element, whitespace collapsed; `<br>` becomes a line break. */
function extractBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  let current = '';
  const flush = () => {
    const text = current
      .replace(/[ \t\f\r\u00a0]*\n[ \t\f\r\u00a0]*/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (text) blocks.push({ kind: kinds[kinds.length - 1] as BlockKind, text });
    current = '';
  };
  // An explicit stack, not recursion: 100 000 nested elements must not overflow the call stack.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeName === '#text') {
      current += (node as T.TextNode).value.replace(/[ \t\n\f\r]+/g, ' ');
      continue;
    }
    if (!('tagName' in node)) continue;
    const el = node as Element;
    if (leaving) {
      if (BLOCK.has(el.tagName)) {
        flush();
        kinds.pop();
      }
      continue;
    }
    if (el !== root && isBoilerplate(el)) continue;
    if (el.tagName === 'br') {
      current += '\n';
      continue;
    }
    if (BLOCK.has(el.tagName)) {
      flush();
      kinds.push(kindOf(el, kinds[kinds.length - 1] as BlockKind));
    }
    stack.push({ node: el, leaving: true });
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i] as Node, leaving: false });
  }
  flush();
  return blocks;
}

/** Visits every element in document order; the visitor returns false to skip an element's children. */
function walk(root: Node, visit: (el: Element) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node && !visit(node as Element)) continue;
    if ('childNodes' in node) {
      const children = node.childNodes as Node[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
}

function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') parts.push((node as T.TextNode).value);
    else if (node !== root && 'tagName' in node && SKIP.has((node as Element).tagName)) continue;
    if ('childNodes' in node) {
      const children = node.childNodes as Node[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return parts.join('');
}

function firstText(root: Node, tag: string): string | null {
  let found: string | null = null;
  walk(root, (el) => {
    if (found !== null) return false;
    if (isBoilerplate(el) && el !== root) return false;
    if (el.tagName === tag) {
      found = clean(textOf(el)) || null;
      return false;
    }
    return true;
  });
  return found;
}

function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
