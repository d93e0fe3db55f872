import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { isBoilerplate, SKIP } from './boilerplate.ts';
import { attr, clean, type Element, type Node, walk } from './dom.ts';

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

/** The element that holds the article: the largest `<article>`, else `<main>`, else the densest block. */
export function findContentRoot(doc: T.Document): Element | null {
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

export type BlockKind = 'paragraph' | 'heading' | 'lead' | 'byline';

export interface TextBlock {
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
export function extractBlocks(root: Element): TextBlock[] {
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

export function firstText(root: Node, tag: string): string | null {
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

/** The visible text under a node: scripts, styles and the other never-content elements left out. */
export function textOf(root: Node): string {
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
