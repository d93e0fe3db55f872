import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from './pipeline.ts';

describe('loadArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-load-'));

  it('reads, decodes and parses by extension, hashing the bytes', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, '\uFEFF---\r\ntitle: Абай\r\nlanguage: kk\r\n---\r\nАбай 1845 жылы туған.\r\n');
    const loaded = await loadArticle(path);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.article.format).toBe('markdown');
    expect(loaded.article.meta).toMatchObject({ title: 'Абай', language: 'kk', paragraphs: [{ start: 0, end: 21 }] });
    expect(loaded.source.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a page that holds no article text', async () => {
    const path = join(dir, 'menu.html');
    writeFileSync(path, '<html><body><nav><a href="/">Home</a></nav><footer>© portal</footer></body></html>');
    expect(await loadArticle(path)).toEqual({ ok: false, reason: 'no article text found' });
  });

  it('lets --format and --lang override what the file suggests', async () => {
    const path = join(dir, 'page.data');
    writeFileSync(path, 'T\n\n12\nT - e-history.kz\nLead.\n\nBody text.');
    const loaded = await loadArticle(path, { format: 'ehistory', lang: 'ru' });
    expect(loaded.ok && loaded.article.meta).toMatchObject({ id: '12', language: 'ru' });
  });
});
