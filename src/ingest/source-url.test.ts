import { describe, expect, it } from 'vitest';
import { parseSource } from './format.ts';
import type { SourceFormat } from './types.ts';

// The original page's address, kept when a source gives it, so a reader can follow the article back
// to where it was published (issue 16). Only http(s): the address becomes a link on a page.

function meta(text: string, format: SourceFormat) {
  const r = parseSource(text, format);
  if (!r.ok) throw new Error(r.reason);
  return r.article.meta;
}

const BODY = 'In 2010 Kazakhstan chaired the OSCE and hosted the Astana Summit in December.';

describe('the source address', () => {
  it('comes from front matter `url` in Markdown, with the publication date', () => {
    const m = meta(
      `---\ntitle: T\nurl: https://e-history.kz/en/news/show/9102\ndate: 2020-12-01\n---\n\n${BODY}\n`,
      'markdown',
    );
    expect(m.url).toBe('https://e-history.kz/en/news/show/9102');
    expect(m.published).toBe('2020-12-01');
  });

  it('comes from a JSON field, and from an HTML page’s canonical link or og:url', () => {
    expect(meta(JSON.stringify({ title: 'T', body: BODY, url: 'http://example.kz/a/1' }), 'json').url).toBe(
      'http://example.kz/a/1',
    );
    const page = (head: string) =>
      `<!doctype html><html lang="en"><head><title>T</title>${head}</head><body><article><h1>T</h1><p>${BODY}</p></article></body></html>`;
    expect(meta(page('<link rel="canonical" href="https://e-history.kz/ru/publications/view/1509">'), 'html').url).toBe(
      'https://e-history.kz/ru/publications/view/1509',
    );
    expect(meta(page('<meta property="og:url" content="https://qazaqstan.tv/news/1/">'), 'html').url).toBe(
      'https://qazaqstan.tv/news/1/',
    );
  });

  it('is refused in front matter when it is not an http(s) address, naming the field', () => {
    const r = parseSource(`---\ntitle: T\nurl: "javascript:alert(1)"\n---\n\n${BODY}\n`, 'markdown');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/field "url": "javascript:alert\(1\)" is not an http or https address/);
  });

  it('is dropped from an HTML page when relative or of another scheme (nothing to link to safely)', () => {
    const page = (href: string) =>
      `<!doctype html><html><head><title>T</title><link rel="canonical" href="${href}"></head><body><p>${BODY}</p></body></html>`;
    expect(meta(page('/ru/publications/view/1509'), 'html').url ?? null).toBeNull();
    expect(meta(page('data:text/html,hi'), 'html').url ?? null).toBeNull();
  });

  it('is absent when the source has none', () => {
    expect(meta(`${BODY}\n`, 'text').url ?? null).toBeNull();
  });
});
