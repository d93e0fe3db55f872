import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

/**
 * A reader's report reaching the editors' queue and being resolved, in a real browser, keyboard
 * only (Tab, Enter and typing; no mouse): a reader with no account reports an error on an event
 * of the timeline, an editor signs in, finds it among the readers' reports and resolves it. Then
 * the same report with JavaScript turned off.
 */

const SHOTS = 'test-results';

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

const api = async (path: string) =>
  (await fetch(fx.url + path, { headers: { Authorization: `Bearer ${token}` } })).json();

/** Presses Tab until the focused element passes `test`, at most `max` times; fails naming what it looked for. */
async function tabTo(page: Page, what: string, test: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate(
      (source) => new Function('el', `return ${source}`)(document.activeElement) === true,
      test,
    );
    if (ok) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** From the timeline, by keyboard: the first event's "Report an error", a note, Enter on Send. */
async function reportFirstEvent(page: Page, note: string): Promise<string> {
  await page.goto(`${fx.url}/timeline?ui=en`);
  await tabTo(page, 'a "Report an error" link', "el.classList.contains('report-link')");
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  const eventId = new URLSearchParams(href?.split('?')[1]).get('key') ?? '';
  expect(eventId).toMatch(/^ev-[0-9a-f]{16}/);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/report?**');
  expect(await page.locator('h1').textContent()).toBe('Report an error');
  await tabTo(page, 'the note box', "el.id === 'report-note'");
  await page.keyboard.type(note);
  await page.screenshot({ path: `${SHOTS}/report-form.png`, fullPage: true });
  // The next stop is the Send button: the hidden trap field takes no focus.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send the report');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/report/thanks**');
  expect(await page.getByRole('status').textContent()).toBe('Your report has reached the editors.');
  return eventId;
}

describe("a reader's report in a real browser, keyboard only", () => {
  let reader: BrowserContext;
  let editor: BrowserContext;

  beforeAll(async () => {
    reader = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    editor = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    await reader?.close();
    await editor?.close();
  });

  it('reaches the queue with the note and is resolved by an editor', async () => {
    const page = await reader.newPage();
    const eventId = await reportFirstEvent(page, 'The date is wrong: this was in 1995');
    await page.screenshot({ path: `${SHOTS}/report-thanks.png`, fullPage: true });
    // The way back is the timeline the reader came from.
    await tabTo(page, 'the way back', "el.textContent === 'Back to the page'");
    await page.keyboard.press('Enter');
    await page.waitForURL('**/timeline?ui=en');

    const desk = await editor.newPage();
    await desk.goto(`${fx.url}/review`);
    await tabTo(desk, 'the token field', "el.id === 'token'");
    await desk.keyboard.type(token);
    await desk.keyboard.press('Enter');
    await desk.getByRole('button', { name: 'Sign out' }).waitFor();
    await tabTo(desk, "the readers' reports link", 'el.textContent === "Readers\' reports (1)"');
    await desk.keyboard.press('Enter');
    await desk.waitForURL('**/review/reports');
    const [report] = (await api('/api/review/reports')).items as { id: number; factKey: string }[];
    expect(report?.factKey).toBe(eventId);
    const item = desk.locator(`#report-${report!.id}`);
    expect(await item.locator('blockquote').textContent()).toBe('The date is wrong: this was in 1995');
    expect(await item.getByRole('link', { name: 'Review this event' }).getAttribute('href')).toBe(
      `/review?event=${eventId}`,
    );

    await desk.screenshot({ path: `${SHOTS}/report-queue.png`, fullPage: true });
    await tabTo(desk, 'the note for the log', `el.id === 'resolution-${report!.id}'`);
    await desk.keyboard.type('date corrected');
    await desk.keyboard.press('Tab');
    expect(await desk.evaluate(() => document.activeElement?.textContent)).toBe('Resolve');
    await desk.keyboard.press('Enter');
    await desk.waitForURL(`**/review/reports?saved=resolved&report=${report!.id}`);
    expect(await desk.getByRole('status').textContent()).toBe(`Report #${report!.id}: resolved.`);
    expect(await desk.locator('main').textContent()).toContain('No open reports.');
    await desk.screenshot({ path: `${SHOTS}/report-resolved.png`, fullPage: true });

    const log = await api('/api/review/log?limit=5');
    expect(log.items[0]).toMatchObject({
      factType: 'report',
      factKey: String(report!.id),
      action: 'resolved',
      editor: 'Aigerim S.',
      after: { status: 'resolved', resolution: 'date corrected' },
    });
    expect((await api('/api/review/reports')).total).toBe(0);
  });

  it('reports a conflict from /conflicts; the queue links the editor to its review', async () => {
    const page = await reader.newPage();
    await page.goto(`${fx.url}/conflicts?ui=en`);
    const href = await page.locator('a.report-link').first().getAttribute('href');
    const key = new URLSearchParams(href?.split('?')[1]).get('key');
    expect(href).toMatch(/^\/report\?type=conflict&key=\d+&back=%2Fconflicts/);
    await page.goto(fx.url + href);
    await tabTo(page, 'the note box', "el.id === 'report-note'");
    await page.keyboard.type('Not a real disagreement');
    await page.getByRole('button', { name: 'Send the report' }).press('Enter');
    await page.waitForURL('**/report/thanks**');
    const desk = await editor.newPage();
    await desk.goto(`${fx.url}/review/reports`);
    const link = desk.getByRole('link', { name: 'Review this conflict' });
    expect(await link.getAttribute('href')).toBe(`/review/conflicts/${key}`);
    const [report] = (await api('/api/review/reports')).items;
    expect(report).toMatchObject({ factType: 'conflict', factKey: key, note: 'Not a real disagreement' });
    await fetch(`${fx.url}/api/review/reports/${report.id}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'dismissed' }),
    });
  });

  it('works the same with JavaScript turned off', async () => {
    const plain = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      const eventId = await reportFirstEvent(page, 'Wrong place, without JavaScript');
      const open = await api('/api/review/reports');
      expect(open.items).toMatchObject([{ factKey: eventId, note: 'Wrong place, without JavaScript', language: 'en' }]);
      const desk = await editor.newPage();
      await desk.goto(`${fx.url}/review/reports`);
      const id = open.items[0].id as number;
      await tabTo(desk, 'Dismiss', `el.form?.action.endsWith('/review/reports/${id}') && el.value === 'dismissed'`);
      await desk.keyboard.press('Enter');
      await desk.waitForURL(`**/review/reports?saved=dismissed&report=${id}`);
      expect(await desk.getByRole('status').textContent()).toBe(`Report #${id}: dismissed.`);
    } finally {
      await plain.close();
    }
  });
});
