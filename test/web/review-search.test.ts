import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

/**
 * Issue 17, "review anything": with the keyboard alone an editor searches the queue for a
 * confident event the default queue leaves out (the 1991 decree closing the test site), and confirms it.
 */
let fx: Fixture;
let browser: Browser;
let token: string;

beforeAll(async () => {
  fx = await startFixture();
  token = (await chronicleOn(fx.dbPath, ['editor', 'add', 'Nurlan'])).trim();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

/** Presses Tab until the focused element matches, at most `max` times; returns whether it did. */
async function tabTo(page: Page, matches: string, max = 200): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return true;
  }
  return false;
}

describe('searching the review queue with the keyboard', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('finds the high-confidence 1991 decree by its words and confirms it', async () => {
    await page.goto(`${fx.url}/review`);
    expect(await tabTo(page, '#token', 40), 'Tab reaches the token field').toBe(true);
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const defaultQueue = await page.locator('main ol.events').textContent();
    expect(defaultQueue ?? '').not.toContain('Decree No. 409');

    expect(await tabTo(page, '#f-q', 40), 'Tab reaches the search words').toBe(true);
    await page.keyboard.type('decree no. 409');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/review\?q=decree\+no\.\+409/);
    expect(await page.getByRole('heading', { name: 'Events found' }).isVisible()).toBe(true);
    const item = page.locator('main ol.events > li.event', { hasText: 'Decree No. 409' }).first();
    const id = await item.getAttribute('id');
    expect(id).toMatch(/^ev-[0-9a-f]{16}/);
    const confidence = Number(/confidence (\d\.\d\d)/.exec((await item.textContent()) ?? '')?.[1]);
    expect(confidence).toBeGreaterThanOrEqual(0.6);

    // To that event's Confirm button (the first button inside its entry), and Enter.
    expect(await tabTo(page, `li[id="${id}"] form button`), 'Tab reaches its Confirm button').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Confirm');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`saved=${id}&action=confirmed`));
    expect(new URL(page.url()).searchParams.get('q'), 'back on the same search').toBe('decree no. 409');
    expect(await page.getByRole('status').textContent()).toContain(`Saved: ${id} confirmed.`);
    expect(await page.locator(`li[id="${id}"]`).textContent()).toContain('now confirmed');

    const res = await fetch(`${fx.url}/api/review/queue?event=${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { items: { review?: { decision: string; editor: string } }[] };
    expect(body.items[0]?.review).toMatchObject({ decision: 'confirmed', editor: 'Nurlan' });
  });
});

describe('bulk decisions without JavaScript', () => {
  it('ticks two events with the keyboard and rejects both with one button: two audit rows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${fx.url}/review`);
      await page.getByLabel('Editor token').fill(token);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      const ids = await page.locator('main ol.events > li.event').evaluateAll((li) => li.slice(0, 2).map((e) => e.id));
      expect(ids).toHaveLength(2);
      for (const id of ids) {
        await page.locator(`#pick-${id}`).focus();
        await page.keyboard.press('Space');
      }
      await page.getByRole('button', { name: 'Reject selected' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/saved=bulk&action=rejected&n=2/);
      expect(await page.getByRole('status').textContent()).toBe('Saved: 2 events rejected.');
      for (const id of ids) expect(await page.locator(`li[id="${id}"]`).count()).toBe(0);
      const log = await fetch(`${fx.url}/api/review/log?limit=5`, { headers: { Authorization: `Bearer ${token}` } });
      const rows = ((await log.json()) as { items: { factKey: string; action: string }[] }).items.slice(0, 2);
      expect(rows.map((r) => r.factKey).sort()).toEqual([...ids].sort());
      expect(rows.every((r) => r.action === 'rejected')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
