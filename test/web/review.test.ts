import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

const SHOTS = 'test-results';

interface QueuedEvent {
  id: string;
  when: string;
  what: string;
  startDate: string;
}

let fx: Fixture;
let browser: Browser;
let token: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  fx = await startFixture();
  token = (await chronicleOn(fx.dbPath, ['editor', 'add', 'Aigerim S.'])).trim();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

/** The queue as the editors' API sends it, to know each event's date before deciding on it. */
async function queue(): Promise<QueuedEvent[]> {
  const res = await fetch(`${fx.url}/api/review/queue?limit=50`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: QueuedEvent[] }).items;
}

/** Ids of the events the public JSON timeline lists for one year (a route the browser never asks for). */
async function publicIdsIn(year: number): Promise<string[]> {
  const res = await fetch(`${fx.url}/api/timeline?from=${year}&to=${year}&limit=200`);
  return ((await res.json()) as { items: { id: string }[] }).items.map((e) => e.id);
}

/** Tab from the top of the page to the token field, type the token and press Enter: no mouse. */
async function signInByKeyboard(page: Page, secret: string): Promise<void> {
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'token'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  expect(focused, 'Tab reaches the token field').toBe('token');
  await page.keyboard.type(secret);
  await page.keyboard.press('Enter');
}

/** Rejects one event and corrects another's date and description with the page's own forms. */
async function decide(page: Page, rejected: QueuedEvent, corrected: QueuedEvent, when: string, what: string) {
  await page.locator(`li[id="${rejected.id}"]`).getByRole('button', { name: 'Reject' }).click();
  await page.waitForURL(new RegExp(`/review\\?saved=${rejected.id}&action=rejected`));
  expect(await page.getByRole('status').textContent()).toContain(`Saved: ${rejected.id} rejected.`);
  expect(await page.locator(`li[id="${rejected.id}"]`).count(), 'a rejected event leaves the queue').toBe(0);

  const item = page.locator(`li[id="${corrected.id}"]`);
  await item.getByText('Correct…').click();
  await item.getByLabel(/Right date/).fill(when);
  await item.getByLabel('Right description').fill(what);
  await item.getByLabel('Note for the audit log').fill('browser test');
  await item.getByRole('button', { name: 'Save correction' }).click();
  await page.waitForURL(new RegExp(`/review\\?saved=${corrected.id}&action=corrected`));
  expect(await page.locator(`li[id="${corrected.id}"]`).count(), 'a corrected event leaves the queue').toBe(0);

  // Recent decisions name each event by its date and description, linked to its review.
  const decision = (id: string) =>
    page.locator(`h2:has-text("Recent decisions") + ul li:has(a[href="/review?event=${id}"])`).first();
  expect(await decision(rejected.id).textContent()).toMatch(/— rejected, Aigerim S\./);
  const correctedLine = await decision(corrected.id).textContent();
  expect(correctedLine).toMatch(/— corrected, Aigerim S\./);
  expect(correctedLine).toContain(`${corrected.when} → ${when}`);
}

/**
 * The public timeline no longer lists the rejected event and shows the corrected one with its new
 * date and description. The whole timeline fits one page (at most 200 events) on the samples.
 */
async function expectOnTimeline(
  page: Page,
  rejected: QueuedEvent,
  corrected: string,
  what: string,
  year: number,
  // Another address than an earlier visit's, so the server's few-second micro-cache cannot answer.
  query = '',
) {
  await page.goto(`${fx.url}/timeline${query}`);
  const all = page.locator('#timeline-list li.event');
  // The samples merge into 100 events across languages; all of them are listed, not one page.
  expect(await all.count()).toBeGreaterThan(90);
  expect(await all.count(), 'the whole timeline on one page').toBeLessThan(200);
  expect(await page.locator(`#timeline-list li[data-id="${rejected.id}"]`).count()).toBe(0);
  const shown = page.locator(`#timeline-list li[data-id="${corrected}"]`);
  expect(await shown.count()).toBe(1);
  expect(await shown.locator('.event-what').textContent()).toContain(what);
  expect(await shown.locator('time').getAttribute('datetime')).toMatch(new RegExp(`^${year}-`));
  expect(await shown.locator('time').textContent()).toContain(String(year));

  const rejectedYear = Number(rejected.startDate.slice(0, 4));
  await page.goto(`${fx.url}/timeline?from=${rejectedYear}&to=${rejectedYear}${query.replace('?', '&')}`);
  expect(await all.count()).toBeGreaterThan(0);
  expect(await page.locator(`#timeline-list li[data-id="${rejected.id}"]`).count()).toBe(0);
}

/** Every visible form control, the closed "Correct…" forms included, is named by a label or its text. */
async function expectNamedControls(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input:not([type=hidden]), textarea, select, button')]
      .filter((el) => {
        if (el instanceof HTMLButtonElement) return !el.textContent?.trim() && !el.getAttribute('aria-label');
        const labelled = (el as HTMLInputElement).labels;
        return !labelled?.length || ![...labelled].some((l) => l.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
  // The browser's own accessibility tree agrees: no unnamed textbox or button in the main landmark.
  const tree = await page.locator('main').ariaSnapshot();
  expect(tree).toMatch(/- button "/);
  expect(tree).not.toMatch(/- (?:textbox|button|combobox)\s*(?:\[[^\]]*\])?:?\s*$/m);
}

async function overflowAt360(page: Page): Promise<number> {
  await page.setViewportSize({ width: 360, height: 800 });
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the review page in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('a wrong token is refused with a message, and no cookie is set', async () => {
    // Editors find the page from the footer of any page.
    await page.goto(`${fx.url}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'For editors' }).click();
    expect(new URL(page.url()).pathname).toBe('/review');
    expect(await page.locator('h1').textContent()).toBe('Review');
    await signInByKeyboard(page, 'chr_not-a-real-token-00000000000000');
    expect(await page.getByRole('alert').textContent()).toBe('That token belongs to no editor.');
    expect(await page.getByLabel('Editor token').isVisible()).toBe(true);
    expect(await context.cookies()).toEqual([]);
  });

  it('the sign-in page fits 360 px and names its controls', async () => {
    await page.goto(`${fx.url}/review`);
    expect(await overflowAt360(page)).toBeLessThanOrEqual(1);
    await expectNamedControls(page);
    await page.screenshot({ path: `${SHOTS}/review-login-360px.png` });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('keyboard sign-in → queue → reject one, correct another → both in the decisions and on the timeline', async () => {
    const [rejected, corrected] = await queue();
    if (!rejected || !corrected) throw new Error('the samples should leave at least two events in the queue');
    expect(await publicIdsIn(Number(rejected.startDate.slice(0, 4)))).toContain(rejected.id);

    await page.goto(`${fx.url}/review`);
    await signInByKeyboard(page, token);
    // The address stays /review (the sign-in posts, then redirects back): wait for the signed-in page.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Signed in as Aigerim S.');
    const cookie = (await context.cookies()).find((c) => c.name === 'chronicle_editor');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/review' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('chronicle_editor');
    const queued = page.locator('main ol.events > li.event');
    expect(await queued.count()).toBeGreaterThanOrEqual(2);
    expect(await queued.first().getAttribute('id')).toBe(rejected.id);
    expect(await queued.first().locator('blockquote').count()).toBeGreaterThan(0);

    const what = 'The missile silos were blown up one by one (corrected in the browser)';
    await decide(page, rejected, corrected, '2001', what);
    await page.screenshot({ path: `${SHOTS}/review-decisions.png`, fullPage: true });
    await expectOnTimeline(page, rejected, corrected.id, what, 2001);
  });

  it('the signed-in page fits 360 px, with every correction form open, and names every control', async () => {
    await page.goto(`${fx.url}/review`);
    await expectNamedControls(page);
    expect(await overflowAt360(page)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/review-queue-360px.png`, fullPage: true });
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});

describe('the review page without JavaScript', () => {
  it('signs in, rejects, corrects and shows the decisions and the timeline', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    const [rejected, corrected] = await queue();
    if (!rejected || !corrected) throw new Error('the samples should leave at least two more events in the queue');

    await page.goto(`${fx.url}/review`);
    await signInByKeyboard(page, 'chr_not-a-real-token-00000000000000');
    expect(await page.getByRole('alert').textContent()).toBe('That token belongs to no editor.');
    await signInByKeyboard(page, token);
    // The address stays /review (the sign-in posts, then redirects back): wait for the signed-in page.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Signed in as Aigerim S.');

    const what = 'Corrected without JavaScript';
    await decide(page, rejected, corrected, '2002', what);
    await expectOnTimeline(page, rejected, corrected.id, what, 2002, '?ui=en');
    await page.screenshot({ path: `${SHOTS}/review-no-js-timeline.png`, fullPage: true });

    await page.goto(`${fx.url}/review`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Editor token').waitFor();
    expect((await context.cookies()).map((c) => c.name)).not.toContain('chronicle_editor');
    await context.close();
  });
});
