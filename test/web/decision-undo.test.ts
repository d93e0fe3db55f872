import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

/**
 * Undoing a decision and dismissing a conflict in a real browser, keyboard only (Tab, Enter and
 * typing; no mouse): with JavaScript, and the conflict again with JavaScript turned off, where
 * every step is a plain form post. Each step is checked where readers look (the public API).
 */

const HTMLCS = createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js');

let fx: Fixture;
let browser: Browser;
let token: string;

beforeAll(async () => {
  fx = await startFixture();
  token = (await chronicleOn(fx.dbPath, ['editor', 'add', 'Aigerim S.'])).trim();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

const api = async (path: string) => (await fetch(fx.url + path)).json();

/** Presses Tab until the focused element passes `test` (run in the page), at most `max` times. */
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

async function signInByKeyboard(page: Page): Promise<void> {
  await page.goto(`${fx.url}/review?ui=en`);
  await tabTo(page, 'the token field', "el.id === 'token'");
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** From the public conflicts page, dismisses the first conflict by keyboard and undoes it again. */
async function dismissAndRestore(page: Page): Promise<void> {
  const before = (await api('/api/conflicts')).items as { id: number; subject: string }[];
  expect(before.length).toBeGreaterThan(0);
  await page.goto(`${fx.url}/conflicts`);
  await tabTo(page, 'the review link', "el.textContent === 'Review this conflict'");
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/review\/conflicts\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  expect(id).toBe(before[0]?.id);
  await tabTo(page, 'the dismiss note', "el.id === 'note-dismissed'");
  await page.keyboard.type('the figures count different things');
  await tabTo(page, 'the dismiss button', "el.textContent === 'Dismiss: not a real disagreement'");
  await page.keyboard.press('Enter');
  await page.waitForURL(/saved=dismissed/);
  expect(await page.getByRole('status').first().textContent()).toBe(
    'Saved: the conflict is dismissed. The conflicts page shows this now.',
  );
  const after = (await api('/api/conflicts')).items as { id: number }[];
  expect(after.map((c) => c.id)).toEqual(before.slice(1).map((c) => c.id));

  // The dismissal is in the history with its undo button: undoing it shows the conflict again.
  await tabTo(page, 'the undo button', "el.textContent === 'Undo'");
  await page.keyboard.press('Enter');
  await page.waitForURL(/undone=\d+/);
  expect(await page.getByRole('status').first().textContent()).toMatch(/^Undone: decision #\d+\./);
  expect(((await api('/api/conflicts')).items as { id: number }[]).map((c) => c.id)).toEqual(before.map((c) => c.id));
  expect(await page.textContent('main')).toContain('Not reviewed: readers see it on the conflicts page.');
}

describe('undo and conflicts in a real browser, keyboard only', () => {
  it('confirms an event found by its review link, then undoes the decision from its history', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      await signInByKeyboard(page);
      const event = (await api('/api/timeline?limit=1')).items[0] as { id: string; when: string };

      // The public timeline's "Review this event" opens it on /review, with its (empty) history.
      await page.goto(`${fx.url}/timeline`);
      await tabTo(page, 'the review link', `el.getAttribute('href') === '/review?event=${event.id}'`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/review?event=${event.id}`);
      expect(await page.textContent('main')).toContain('No decisions on this event yet.');
      await tabTo(page, 'the confirm button', "el.textContent === 'Confirm'");
      await page.keyboard.press('Enter');
      await page.waitForURL(/action=confirmed/);
      expect((await api('/api/timeline?limit=1')).items[0].review).toMatchObject({ decision: 'confirmed' });

      // The history lists the decision (and Recent decisions names the event); Undo puts it back.
      const history = page.locator('.decision-history li');
      expect(await history.count()).toBe(1);
      expect(await history.first().textContent()).toMatch(/confirmed, Aigerim S\.: — → confirmed/);
      expect(await page.locator('.decision-log a').first().getAttribute('href')).toBe(`/review?event=${event.id}`);
      await tabTo(
        page,
        'the undo button of the history',
        "el.closest('.decision-history') && el.textContent === 'Undo'",
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(/undone=\d+/);
      expect(await page.getByRole('status').first().textContent()).toMatch(
        /^Undone: decision #\d+\. Readers see it as they did before that decision\.$/,
      );
      expect((await api('/api/timeline?limit=1')).items[0].review).toBeUndefined();
      expect(await page.locator('.decision-history li').count()).toBe(2);
      expect(await page.locator('.decision-history li').nth(1).textContent()).toMatch(
        /undone #\d+, Aigerim S\.: confirmed → —/,
      );
    } finally {
      await context.close();
    }
  });

  it('dismisses a conflict from /conflicts and restores it by undo', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await signInByKeyboard(page);
      await dismissAndRestore(page);
    } finally {
      await context.close();
    }
  });

  it('does the same without JavaScript: every step a plain form post', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signInByKeyboard(page);
      await dismissAndRestore(page);
    } finally {
      await context.close();
    }
  });

  it('the history, conflict and dismissed-conflicts pages have no WCAG 2 AA error and fit a phone, in kk, ru and en', async () => {
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const event = (await api('/api/timeline?limit=1')).items[0] as { id: string };
    await fetch(`${fx.url}/api/review/events/${event.id}`, {
      method: 'POST',
      headers,
      body: '{"decision":"rejected"}',
    });
    const [first, second] = (await api('/api/conflicts')).items as { id: number }[];
    await fetch(`${fx.url}/api/review/conflicts/${second?.id ?? first?.id}`, {
      method: 'POST',
      headers,
      body: '{"decision":"dismissed"}',
    });
    const found: string[] = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      // The checker is injected as a script, which the site's Content-Security-Policy rightly forbids.
      const context = await browser.newContext({ bypassCSP: true, viewport });
      try {
        await signInByKeyboard(await context.newPage());
        for (const ui of ['kk', 'ru', 'en']) {
          for (const path of [`/review?event=${event.id}`, `/review/conflicts/${first?.id}`, '/review/conflicts']) {
            const url = `${path}${path.includes('?') ? '&' : '?'}ui=${ui}`;
            for (const f of await wcagErrors(context, url)) found.push(`${viewport.width} ${url}: ${f}`);
          }
        }
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual([]);
  }, 300_000);
});

/** HTML_CodeSniffer's WCAG2AA errors on a page, and sideways scrolling, as lines. */
async function wcagErrors(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(`${fx.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.addScriptTag({ path: HTMLCS });
    const errors = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const cs = (
            window as unknown as {
              HTMLCS: {
                process(standard: string, content: Document, done: () => void): void;
                getMessages(): { type: number; code: string; msg: string; element: Element }[];
              };
            }
          ).HTMLCS;
          cs.process('WCAG2AA', document, () =>
            resolve(
              cs
                .getMessages()
                .filter((m) => m.type === 1)
                .map((m) => `${m.code}: ${m.msg} — ${(m.element.outerHTML ?? '').slice(0, 160)}`),
            ),
          );
        }),
    );
    return [...(overflow > 1 ? [`${overflow}px wider than the screen`] : []), ...errors];
  } finally {
    await page.close();
  }
}
