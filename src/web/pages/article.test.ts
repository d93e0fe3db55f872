import { describe, expect, it } from 'vitest';
import type { Analysis, Span } from '../../analyze/types.ts';
import type { StoredArticle } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { messagesFor } from '../i18n/index.ts';
import { articlePage } from './article.ts';

const ctx: PageContext = { ui: 'en', t: messagesFor('en'), url: new URL('http://x/articles/1') };
const LINE = 'In 1990 Abai wrote.';

/** A list that counts every read of one of its items: the unit of work of a page renderer. */
function counted<T>(items: T[], reads: { n: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** An article of n one-sentence paragraphs, each with a date, a dated event and an entity mention. */
function article(n: number, reads: { n: number }): StoredArticle {
  const at = (i: number) => i * (LINE.length + 1);
  const text = Array.from({ length: n }, () => LINE).join('\n');
  const each = <T>(f: (start: number) => T) =>
    counted(
      Array.from({ length: n }, (_, i) => f(at(i))),
      reads,
    );
  const paragraphs: Span[] = each((s) => ({ start: s, end: s + LINE.length }));
  const analysis: Analysis = {
    language: 'en',
    sentences: each((s) => ({ start: s, end: s + LINE.length })),
    timexes: each((s) => ({ start: s + 3, end: s + 7, text: '1990', type: 'DATE' as const, value: '1990' })),
    events: each((s) => ({
      when: '1990',
      start: s + 3,
      end: s + 7,
      what: 'Abai wrote',
      sentence: { start: s, end: s + LINE.length },
      entities: ['Abai'],
      confidence: 0.8,
    })),
    entities: [
      {
        id: 'person:abai',
        name: 'Abai',
        type: 'PERSON',
        aliases: [],
        mentions: each((s) => ({ start: s + 8, end: s + 12, text: 'Abai' })),
      },
    ],
    claims: [],
  };
  return {
    id: 1,
    revision: 1,
    revisions: [{ revision: 1, hash: 'h', createdAt: '2026-01-01T00:00:00Z' }],
    title: 'Abai',
    language: 'en',
    text,
    meta: { paragraphs },
    analysis,
  } as unknown as StoredArticle;
}

async function readsToRender(n: number): Promise<{ reads: number; html: string }> {
  const reads = { n: 0 };
  const html = String(await articlePage(ctx, article(n, reads)));
  return { reads: reads.n, html };
}

describe('article page', () => {
  it('links each date to its event and each paragraph to its sentence anchor', async () => {
    const { html } = await readsToRender(2);
    expect(html.match(/Abai wrote/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('id="s-0"');
    expect(html).toContain(`id="s-${LINE.length + 1}"`);
  });

  it('renders in work linear in the article: twice the paragraphs, dates and events, about twice the reads', async () => {
    const small = await readsToRender(1000);
    const large = await readsToRender(2000);
    // Every date looking through every event, and every paragraph through every sentence, made this 4×.
    expect(large.reads / small.reads).toBeLessThan(2.6);
    expect(large.html.length / small.html.length).toBeLessThan(2.1);
  });
});

describe('article page header', () => {
  const withMeta = (extra: Record<string, unknown>): StoredArticle => {
    const a = article(1, { n: 0 });
    return { ...a, meta: { ...a.meta, site: 'e-history.kz', id: '1509', ...extra } } as StoredArticle;
  };

  it('shows the publication date in the interface language and links the original page', async () => {
    const ru: PageContext = { ui: 'ru', t: messagesFor('ru'), url: new URL('http://x/articles/1') };
    const page = String(
      await articlePage(
        ru,
        withMeta({ published: '2019-01-15', url: 'https://e-history.kz/ru/publications/view/1509' }),
      ),
    );
    expect(page).toContain('Опубликовано <time datetime="2019-01-15">15 января 2019');
    expect(page).toMatch(
      /<a class="source-link" href="https:\/\/e-history\.kz\/ru\/publications\/view\/1509" rel="noopener noreferrer nofollow external">Исходная страница<\/a>/,
    );
  });

  it('says nothing about a date or an address the source did not give', async () => {
    const page = String(await articlePage(ctx, withMeta({})));
    expect(page).not.toContain('source-link');
    expect(page).not.toContain('Published');
  });
});
