import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronicle, serve, tempDir } from './helpers.ts';
import { HOSTILE_HTML, HOSTILE_JSON, HOSTILE_MARKDOWN } from './hostile-articles.ts';

// Hostile markup in ingested articles (HTML, Markdown with raw HTML, JSON fields) never becomes live
// markup in the website: every page that shows article text is parsed and walked element by element.
// Complements test/web (a real browser sees no dialog) with more payloads, more pages and every
// kind of response's security headers.

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc']);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

/** Everything live in a page that did not come from us: each finding names the element and attribute. */
function liveMarkup(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(parse(html) as Node)) {
    const attrs = new Map(el.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
    if (el.tagName === 'script') {
      const inline = el.childNodes.length > 0;
      if (inline || !/^\/assets\/[\w.-]+\.js$/.test(attrs.get('src') ?? '')) found.push(`<script ${attrs.get('src')}>`);
    }
    if (FORBIDDEN_ELEMENTS.has(el.tagName)) found.push(`<${el.tagName}>`);
    if (el.tagName === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
    for (const [name, value] of attrs) {
      if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}>`);
      // Browsers ignore control characters and spaces in a scheme: `java\tscript:`, ` javascript:`.
      const squeezed = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/.test(squeezed)) {
        found.push(`<${el.tagName} ${name}=${value}>`);
      }
      if (name === 'style' && /javascript:|expression\(|url\(/.test(squeezed)) found.push(`<${el.tagName} style>`);
    }
  }
  return found;
}

const root = tempDir('hostile');
const db = join(root, 'data', 'chronicle.db');
let server: Awaited<ReturnType<typeof serve>>;
let ids: number[] = [];

beforeAll(async () => {
  const dir = join(root, 'articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hostile.html'), HOSTILE_HTML);
  writeFileSync(join(dir, 'hostile.md'), HOSTILE_MARKDOWN);
  writeFileSync(join(dir, 'hostile.json'), HOSTILE_JSON);
  const run = await chronicle(['--db', db, 'ingest', dir]);
  expect(run.stdout).toBe('3 new, 0 updated, 0 unchanged, 0 failed\n');
  const list = JSON.parse((await chronicle(['--db', db, 'list', '--json'])).stdout) as { items: { id: number }[] };
  ids = list.items.map((a) => a.id);
  server = await serve(db);
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

describe('hostile article content in the website', { timeout: 60_000 }, () => {
  it('(the checker itself finds every kind of live markup in the raw source)', () => {
    const found = liveMarkup(HOSTILE_HTML).join(' ');
    for (const kind of [
      '<script undefined>',
      'img onerror',
      'h1 onclick',
      'a href=JaVaScRiPt:',
      'a href=  javascript:',
    ]) {
      expect(found).toContain(kind);
    }
    for (const kind of [
      'svg onload',
      'p style',
      '<iframe>',
      '<object>',
      '<meta refresh>',
      'input onfocus',
      'data:text',
    ]) {
      expect(found).toContain(kind);
    }
  });

  it('appears nowhere as live markup: no foreign scripts, on* attributes, javascript: URLs or frames', async () => {
    expect(ids).toHaveLength(3);
    const pages = [
      ...ids.map((id) => `/articles/${id}`),
      ...ids.map((id) => `/articles/${id}?ui=ru`),
      '/',
      '/search?q=Kazakhstan',
      '/search?q=alert',
      '/search?q=%3Cscript%3E',
      '/timeline',
      '/entities',
      '/on-this-day/08-29',
    ];
    const findings: string[] = [];
    for (const path of pages) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      for (const f of liveMarkup(await res.text())) findings.push(`${path}: ${f}`);
    }
    expect(findings).toEqual([]);
  });

  it('keeps the hostile text readable as text', async () => {
    const pages = await Promise.all(ids.map(async (id) => (await fetch(`${server.url}/articles/${id}`)).text()));
    const all = pages.join('\n');
    // Escaped, so the reader sees what the source said, and the parser found no element.
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('The summit took place in');
    // Search snippets too: escaped once, not twice (`&amp;#60;` would show the reader `&#60;`).
    const search = await (await fetch(`${server.url}/search?q=alert`)).text();
    expect(search).toContain('&lt;script&gt;alert');
    expect(search).not.toMatch(/&amp;#\d+;/);
  });

  it('sends the security headers on pages, API answers, assets and errors', async () => {
    const paths = [
      `/articles/${ids[0]}`,
      '/',
      `/api/articles/${ids[0]}`,
      '/api/search?q=',
      '/nope',
      '/articles/999999',
    ];
    const page = await (await fetch(`${server.url}/`)).text();
    const asset = /src="(\/assets\/[^"]+)"/.exec(page)?.[1] ?? /href="(\/assets\/[^"]+)"/.exec(page)?.[1];
    if (asset) paths.push(asset);
    for (const path of paths) {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, `${path}: script-src`).toBeDefined();
      expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|http:/);
      expect(csp, path).toMatch(/frame-ancestors '(none|self)'/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toMatch(
        /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
      );
    }
  });
});
