import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, HOSTILE_SNIPPETS, startFixture } from '../api/harness.ts';
import { launchChromium } from './browser.ts';

const SHOTS = 'test-results';
const FOUNDING_TITLE = /KAZAKHSTAN.S ROLE IN WORLD PEACEKEEPING AND SECURITY/;

let fx: Fixture;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fx = await startFixture();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

async function articleIdByTitle(title: RegExp): Promise<number> {
  const res = await fetch(`${fx.url}/api/articles?limit=200`);
  const { items } = (await res.json()) as { items: { id: number; title: string }[] };
  const found = items.find((a) => title.test(a.title));
  if (!found) throw new Error(`no article titled ${title}`);
  return found.id;
}

describe('website in a real browser', () => {
  it('home → search "OSCE" → article → highlighted entity → the entity page lists its dated events', async () => {
    await page.goto(fx.url);
    await page.getByLabel('Search the articles').fill('OSCE');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=OSCE/);
    const firstResult = page.locator('.results-list a').first();
    await expect.poll(() => firstResult.count()).toBeGreaterThan(0);
    await firstResult.click();
    await page.waitForURL(/\/articles\/\d+/);
    const entity = page.locator('.reader-body a.hl-entity', { hasText: /OSCE|ОБСЕ|ЕҚЫҰ/ }).first();
    await entity.click();
    await page.waitForURL(/\/entities\//);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/OSCE|Organization for Security/);
    const events = page.locator('#ev-title ~ ol.events li.event');
    expect(await events.count()).toBeGreaterThan(0);
    expect(await events.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: `${SHOTS}/entity-from-search.png`, fullPage: true });
  });

  it('the timeline shows the founding article’s events between 2009 and 2017, interactive and as a list', async () => {
    const founding = await articleIdByTitle(FOUNDING_TITLE);
    await page.goto(`${fx.url}/timeline?from=2009&to=2017`);
    await page.locator('#timeline-vis .vis-item').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.vis-section').isVisible()).toBe(true);
    const fromFounding = page.locator(`#timeline-list li.event:has(a[href^="/articles/${founding}#"])`);
    expect(await fromFounding.count()).toBeGreaterThanOrEqual(3);
    // Each event overlaps the requested years (an interval such as 2003–2015 counts).
    const spans = await fromFounding.evaluateAll((els) =>
      els.map((el) => [Number(el.dataset.start!.slice(0, 4)), Number(el.dataset.end!.slice(0, 4))]),
    );
    for (const [start, end] of spans as [number, number][])
      expect(start <= 2017 && end >= 2009, `${start}–${end}`).toBe(true);
    expect(await page.locator('#timeline-list').textContent()).toContain('64/35');
    await page.screenshot({ path: `${SHOTS}/timeline-2009-2017.png`, fullPage: false });
  });

  it('keyboard only: Tab reaches the search box, then the results', async () => {
    await page.goto(fx.url);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('q');
    // The focused element shows a visible focus indicator.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type('Semipalatinsk');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Semipalatinsk/);
    let inResults = false;
    for (let i = 0; i < 40 && !inResults; i++) {
      await page.keyboard.press('Tab');
      inResults = await page.evaluate(() => !!document.activeElement?.closest('.results-list'));
    }
    expect(inResults).toBe(true);
    await page.screenshot({ path: `${SHOTS}/keyboard-results.png` });
  });

  it('highlight tooltips open on keyboard focus, not only on hover', async () => {
    const founding = await articleIdByTitle(FOUNDING_TITLE);
    await page.goto(`${fx.url}/articles/${founding}`);
    const date = page.locator('.reader-body a.hl-date').first();
    await date.focus();
    const tipId = await date.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/temporal tagger/);
    await page.screenshot({ path: `${SHOTS}/article-tooltip.png` });
  });

  it('an ingested hostile article shows as inert text: no dialog, no live markup', async () => {
    const res = await fetch(`${fx.url}/api/articles?limit=200`);
    const { items } = (await res.json()) as { items: { id: number; title: string }[] };
    const hostile = items.filter((a) => /Hostile/.test(a.title));
    expect(hostile.length).toBe(2);
    for (const article of hostile) {
      const raw = await (await fetch(`${fx.url}/articles/${article.id}`)).text();
      for (const snippet of HOSTILE_SNIPPETS) expect(raw).not.toContain(snippet);
      expect(raw).not.toMatch(/href="javascript:/i);
      expect(raw).not.toMatch(/<[^>]+\son\w+=/i);
      await page.goto(`${fx.url}/articles/${article.id}`);
      for (const link of (await page.locator('.reader-body a').all()).slice(0, 5)) await link.focus();
      expect(await page.locator('.reader script, .reader img, .reader [onerror], .reader [onload]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    }
    // The Markdown article keeps the markup as visible text.
    await page.goto(`${fx.url}/articles/${hostile.find((a) => /text/.test(a.title))!.id}`);
    expect(await page.locator('.reader-body').textContent()).toContain('<script>alert(1)</script>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/hostile-article.png`, fullPage: true });
  });

  it('article pages ship at most 50 KB of compressed JavaScript, and fit a 360 px screen', async () => {
    const founding = await articleIdByTitle(FOUNDING_TITLE);
    const html = await (await fetch(`${fx.url}/articles/${founding}`)).text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    let bytes = 0;
    for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(fx.url + src)).arrayBuffer())).length;
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ['/', `/articles/${founding}`, '/timeline', '/search?q=OSCE']) {
      await page.goto(fx.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await page.goto(`${fx.url}/articles/${founding}`);
    await page.screenshot({ path: `${SHOTS}/article-360px.png` });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('a link to a source sentence paints that sentence only and leaves room above it', async () => {
    const id = await articleIdByTitle(FOUNDING_TITLE);
    await page.goto(`${fx.url}/articles/${id}`);
    const links = page.locator('li.event a[href^="#s-"]');
    expect(await links.count()).toBeGreaterThan(3);
    // The last dated event: its sentence is far down, so following it has to scroll.
    const target = links.last();
    const hash = (await target.getAttribute('href'))!;
    await target.click();
    await page.waitForURL(new RegExp(`${hash}$`));
    // The script paints on the hashchange event, which may come a moment after the URL changes.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('chronicle-sentence')), { timeout: 10_000 })
      .toBe(true);
    const shown = await page.evaluate((anchorId) => {
      const anchor = document.getElementById(anchorId)!;
      const painted = CSS.highlights.get('chronicle-sentence');
      const range = painted ? ([...painted][0] as Range) : undefined;
      return {
        text: range?.toString() ?? '',
        paragraph: anchor.parentElement?.textContent ?? '',
        top: anchor.getBoundingClientRect().top,
        height: window.innerHeight,
        scrolled: window.scrollY,
      };
    }, hash.slice(1));
    expect(shown.text.trim().length).toBeGreaterThan(10);
    expect(shown.paragraph).toContain(shown.text.trim());
    // Only the sentence: it ends at a full stop, not in the middle of the next sentence.
    expect(shown.text.trim()).toMatch(/[.!?»"”)]$/);
    expect(shown.scrolled).toBeGreaterThan(0);
    expect(shown.top).toBeGreaterThan(shown.height * 0.2);
    expect(shown.top).toBeLessThan(shown.height * 0.5);
    await page.screenshot({ path: `${SHOTS}/article-sentence-target.png` });
  });
});

describe('without JavaScript', () => {
  it('every page works: search, article, timeline list, entity, on this day', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
    const noJs = await context.newPage();
    await noJs.goto(fx.url);
    expect(await noJs.getAttribute('html', 'lang')).toBe('ru');
    await noJs.locator('#q').fill('OSCE');
    await noJs.locator('#q').press('Enter');
    await noJs.waitForURL(/\/search\?q=OSCE/);
    expect(await noJs.locator('.results-list li').count()).toBeGreaterThan(0);
    await noJs.locator('.results-list a').first().click();
    await noJs.waitForURL(/\/articles\/\d+/);
    expect(await noJs.locator('.reader-body a.hl-entity').count()).toBeGreaterThan(0);
    const articleLang = await noJs.getAttribute('article.reader', 'lang');
    expect(['en', 'ru', 'kk']).toContain(articleLang);
    await noJs.goto(`${fx.url}/timeline?from=2009&to=2011`);
    expect(await noJs.locator('#timeline-list li.event').count()).toBeGreaterThan(0);
    expect(await noJs.locator('.vis-section').isVisible()).toBe(false);
    await noJs.getByRole('link', { name: 'English' }).click();
    expect(await noJs.getAttribute('html', 'lang')).toBe('en');
    await noJs.goto(`${fx.url}/on-this-day/08-29`);
    expect(await noJs.locator('main').textContent()).toMatch(/International Day against Nuclear Tests/);
    await noJs.screenshot({ path: `${SHOTS}/no-js-on-this-day.png`, fullPage: true });
    await context.close();
  });
});
