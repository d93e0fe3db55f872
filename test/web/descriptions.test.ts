import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/languages.ts';
import { type Fixture, startFixture } from '../api/harness.ts';
import { launchChromium } from './browser.ts';

// Descriptions in the reader's language (issue 14): an event told in several languages is described
// from a source in the interface language when it has one, the others still listed as sources.

let fx: Fixture;
let browser: Browser;

beforeAll(async () => {
  fx = await startFixture();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

interface Shown {
  what: string;
  lang: string | null;
  sourceLangs: string[];
}

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${fx.url}${path}`);
  return page;
}

/** Each listed event's description, its language and its sources' languages, as the page shows them. */
function shownEvents(page: Page, list: string): Promise<Shown[]> {
  return page.$$eval(`${list} li.event`, (lis) =>
    lis.map((li) => {
      const what = li.querySelector('.event-what');
      return {
        what: what?.firstChild?.textContent?.trim() ?? '',
        lang: what?.getAttribute('lang') ?? null,
        sourceLangs: [...li.querySelectorAll('.event-sources a[lang]')].map((a) => a.getAttribute('lang') ?? ''),
      };
    }),
  );
}

describe('event descriptions in the interface language', () => {
  for (const ui of ['en', 'ru', 'kk'] as Language[]) {
    it(`the timeline in ${ui} describes every event from a ${ui} source when it has one`, async () => {
      const page = await open(`/timeline?ui=${ui}`);
      const events = await shownEvents(page, '#timeline-list');
      const withOwn = events.filter((e) => e.sourceLangs.includes(ui));
      const multilingual = withOwn.filter((e) => new Set(e.sourceLangs).size > 1);
      expect(multilingual.length).toBeGreaterThan(5);
      expect(withOwn.filter((e) => e.lang !== ui)).toEqual([]);
      // Events with no source in the interface language keep a description in a language they have.
      const others = events.filter((e) => !e.sourceLangs.includes(ui));
      expect(others.filter((e) => !e.lang || !e.sourceLangs.includes(e.lang))).toEqual([]);
    }, 60_000);
  }

  it('on 29 August the 1949 test is one event, described in English for an English reader', async () => {
    const page = await open('/on-this-day/08-29?ui=en');
    const bomb = (await shownEvents(page, 'main')).filter((e) => /1949/.test(e.what) || /bomb/i.test(e.what));
    expect(bomb).toHaveLength(1);
    expect(bomb[0]).toMatchObject({ lang: 'en', what: expect.stringMatching(/^The first Soviet atomic bomb/) });
    expect(new Set(bomb[0]?.sourceLangs)).toEqual(new Set(['en', 'ru', 'kk']));
  }, 60_000);
});

describe('the API', () => {
  it('describes events in the reader’s language when asked (ui), and says which language each is in', async () => {
    const get = async (path: string) => (await fetch(`${fx.url}${path}`)).json();
    const page: { items: { what: string; lang?: string; sources: { language: string; what: string }[] }[] } = await get(
      '/api/timeline?ui=ru&limit=200',
    );
    const withRu = page.items.filter((e) => e.sources.some((s) => s.language === 'ru'));
    expect(withRu.length).toBeGreaterThan(10);
    expect(withRu.filter((e) => e.lang !== 'ru')).toEqual([]);
    for (const e of page.items) expect(e.sources.some((s) => s.what === e.what && s.language === e.lang)).toBe(true);
    const day: { events: { what: string; lang?: string }[] } = await get('/api/on-this-day?date=08-29&ui=kk');
    expect(day.events.some((e) => e.lang === 'kk' && /1949 жылғы 29 тамызда/.test(e.what))).toBe(true);
  });
});
