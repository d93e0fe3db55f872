import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { launchChromium } from './browser.ts';

// The timeline as a reader uses it (issue 16): it opens on the events shown, zooms with buttons
// and keys, keeps long periods from swamping points, labels its axis in the interface language,
// filters by an entity's name in any language, and gives way to the list on a phone.

const SHOTS = 'test-results';
const YEAR = 365.25 * 86_400_000;

let fx: Fixture;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fx = await startFixture();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

async function open(path: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${fx.url}${path}`);
  // The axis and items are drawn after the script has read the list; the narrow layout has none.
  if (width > 600) await page.locator('#timeline-vis .vis-item').first().waitFor({ timeout: 20_000 });
  return page;
}

/** The window the axis shows; with `after`, waits until it differs from that one (zooms are asynchronous). */
async function visibleWindow(
  page: Page,
  after?: { start: number; end: number },
): Promise<{ start: number; end: number }> {
  const vis = page.locator('#timeline-vis');
  await expect.poll(() => vis.getAttribute('data-window'), { timeout: 20_000 }).toBeTruthy();
  if (after) {
    const before = `${new Date(after.start).toISOString()}/${new Date(after.end).toISOString()}`;
    await expect.poll(() => vis.getAttribute('data-window'), { timeout: 10_000 }).not.toBe(before);
  }
  const [start, end] = ((await vis.getAttribute('data-window')) ?? '').split('/').map((s) => Date.parse(s));
  return { start: start!, end: end! };
}

describe('the interactive timeline', () => {
  it('opens on the year filtered to, with that year’s events spread across it', async () => {
    const page = await open('/timeline?from=1991&to=1991&ui=en');
    const w = await visibleWindow(page);
    expect(new Date(w.start).getUTCFullYear()).toBeGreaterThanOrEqual(1990);
    expect(w.end - w.start).toBeLessThan(1.2 * YEAR);
    expect(w.end - w.start).toBeGreaterThan(0.9 * YEAR);
    await page.screenshot({ path: `${SHOTS}/timeline-1991.png` });
  });

  it('opens on the span of the dated points, not stretched to centuries by long periods', async () => {
    const page = await open('/timeline?ui=en');
    const w = await visibleWindow(page);
    const spans = await page.$$eval('#timeline-list li.event', (lis) =>
      lis.map((li) => [Date.parse(li.getAttribute('data-start') ?? ''), Date.parse(li.getAttribute('data-end') ?? '')]),
    );
    const points = spans.filter(([s, e]) => Number.isFinite(s) && e! - s! < 3 * 365 * 86_400_000).map(([s]) => s!);
    const spread = Math.max(...points) - Math.min(...points);
    expect(w.end - w.start).toBeLessThan(spread * 1.25 + YEAR);
    // Periods are bands behind the points.
    expect(await page.locator('#timeline-vis .vis-item.vis-background.tl-period').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/timeline-default.png` });
  });

  it('zooms in, out and back to all with its buttons and with the keyboard', async () => {
    const page = await open('/timeline?from=1990&to=2000&ui=en');
    const first = await visibleWindow(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomedIn = await visibleWindow(page, first);
    expect(zoomedIn.end - zoomedIn.start).toBeLessThan(0.8 * (first.end - first.start));
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const once = await visibleWindow(page, zoomedIn);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const zoomedOut = await visibleWindow(page, once);
    expect(zoomedOut.end - zoomedOut.start).toBeGreaterThan(first.end - first.start);
    await page.getByRole('button', { name: 'Show all' }).click();
    const fitted = await visibleWindow(page, zoomedOut);
    expect(Math.abs(fitted.end - fitted.start - (first.end - first.start))).toBeLessThan(0.05 * YEAR);
    await page.locator('#timeline-vis').focus();
    await page.keyboard.press('+');
    const byKey = await visibleWindow(page, fitted);
    expect(byKey.end - byKey.start).toBeLessThan(0.8 * (fitted.end - fitted.start));
    await page.keyboard.press('ArrowRight');
    expect((await visibleWindow(page, byKey)).start).toBeGreaterThan(byKey.start);
  });

  it('labels its axis in the interface language', async () => {
    const page = await open('/timeline?from=1991&to=1991&ui=ru');
    await visibleWindow(page);
    const axis = (await page.locator('#timeline-vis .vis-time-axis').allTextContents()).join(' ');
    expect(axis).not.toMatch(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    expect(axis).toMatch(/авг|сент|окт/i);
    expect(await page.locator('h2#vis-title').textContent()).toContain('кнопками');
  });

  it('draws the named periods of Kazakh history as labelled bands when asked, in the interface language', async () => {
    const page = await open('/timeline?from=1900&to=2020&ui=kk');
    const bands = page.locator('#timeline-vis .vis-item.vis-background.tl-named-period');
    expect(await bands.count()).toBe(0);
    await page.getByLabel('Қазақстан тарихының кезеңдері').check();
    await expect.poll(() => bands.count()).toBeGreaterThanOrEqual(3);
    const names = (await bands.allTextContents()).join(' | ');
    expect(names).toContain('Қазақ КСР');
    expect(names).toContain('Алаш автономиясы');
    // The events are still drawn over them.
    expect(
      await page.locator('#timeline-vis .vis-item.vis-point, #timeline-vis .vis-item.vis-box').count(),
    ).toBeGreaterThan(0);
    await page.locator('#timeline-vis').screenshot({ path: `${SHOTS}/timeline-named-periods-kk.png` });
    await page.getByLabel('Қазақстан тарихының кезеңдері').uncheck();
    await expect.poll(() => bands.count()).toBe(0);
  });
});

describe('the entity filter', () => {
  it('takes a name in another language and says whose events are shown', async () => {
    const page = await open('/timeline?ui=ru');
    await page.locator('#f-entity').fill('ОБСЕ');
    await page.getByRole('button', { name: 'Применить' }).click();
    await page.waitForURL(/entity=/);
    expect(await page.locator('p.notice').textContent()).toContain('События: ОБСЕ');
    expect(await page.locator('#timeline-list li.event').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/timeline-entity-name.png` });
  });

  it('says so, in the reader’s language, when nothing has the name typed', async () => {
    const res = await fetch(`${fx.url}/timeline?entity=${encodeURIComponent('Qwertyuiop')}&ui=en`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Nothing called “Qwertyuiop” was found');
    expect(body).not.toContain('Invalid request');
  });

  it('still takes an id from a link', async () => {
    const res = await fetch(`${fx.url}/timeline?entity=org:osce&ui=en`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<li class="event"/);
  });
});

describe('on a phone', () => {
  it('shows the list, not an axis with unreadable stubs, and the page does not scroll sideways', async () => {
    const page = await open('/timeline?ui=kk', 390, 844);
    await page.locator('#timeline-list li.event').first().waitFor();
    expect(await page.locator('.vis-section').isHidden()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The menu is one row (it scrolls sideways inside itself), not three that push the page down.
    const rows = await page.$$eval(
      '.main-nav li',
      (lis) => new Set(lis.map((li) => li.getBoundingClientRect().top)).size,
    );
    expect(rows).toBe(1);
    await page.screenshot({ path: `${SHOTS}/timeline-phone-kk.png`, fullPage: false });
  });
});
