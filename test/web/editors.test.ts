import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

/**
 * Article upload and editor accounts in a real browser, keyboard only (Tab, Space, Enter and
 * typing; no mouse): an editor uploads a good and a bad file and reads each outcome; an admin,
 * in a browser without JavaScript, disables an editor, whose token then stops working at once on
 * the site and in the API.
 */

const SHOTS = 'test-results';
const GOOD = readFileSync('samples/en/semipalatinsk-test-site-closure.txt');

let dir: string;
let server: RunningServer;
let browser: Browser;
let adminToken: string;
let editorToken: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'chronicle-editors-web-'));
  const dbPath = join(dir, 'chronicle.db');
  await chronicleOn(dbPath, ['ingest', 'samples/en/renouncing-the-arsenal.txt']);
  adminToken = (await chronicleOn(dbPath, ['editor', 'add', 'Dana', '--admin'])).trim();
  editorToken = (await chronicleOn(dbPath, ['editor', 'add', 'aigerim'])).trim();
  server = await startServer({ dbPath, databaseUrl: '', port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Presses Tab until the focused element passes `test` (run in the page), at most `max` times. */
async function tabTo(page: Page, what: string, test: string, max = 120): Promise<void> {
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

async function signInByKeyboard(page: Page, token: string): Promise<void> {
  await page.goto(`${server.url}/review`);
  await tabTo(page, 'the token field', "el.id === 'token'");
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('upload and editor accounts in a real browser, keyboard only', () => {
  let context: BrowserContext;

  afterAll(async () => {
    await context?.close();
  });

  it('an editor uploads a good and a bad file and sees each outcome, with a link to the new article', async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signInByKeyboard(page, editorToken);
    // A plain editor sees the upload link, not the editors' page.
    expect(await page.getByRole('link', { name: 'Editors', exact: true }).count()).toBe(0);
    await tabTo(page, 'the upload link', "el.textContent === 'Upload articles'");
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review/upload');

    // Space on the file field opens the file chooser, as it would for a keyboard user.
    await tabTo(page, 'the file field', "el.id === 'upload-files'");
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: 'semipalatinsk-test-site-closure.txt', mimeType: 'text/plain', buffer: GOOD },
      { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) },
    ]);
    await tabTo(page, 'the upload button', "el.textContent === 'Upload and ingest'");
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Upload result' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/upload-result.png`, fullPage: true });

    expect(await page.getByRole('status').first().textContent()).toBe('1 new, 0 updated, 0 unchanged, 1 failed.');
    const items = await page.locator('ul.upload-result > li').allTextContents();
    expect(items[0]).toMatch(/^semipalatinsk-test-site-closure\.txt: new article — .+ \(\d+ events, \d+ entities\)$/);
    expect(items[1]).toBe('scan.txt: Not ingested: binary file (NUL byte at offset 4)');

    // The link goes to the article, which readers can open now.
    await tabTo(page, 'the new article’s link', "el.closest('li.upload-ok') !== null && el.tagName === 'A'");
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const article = await (await fetch(`${server.url}/api/articles/${id}`)).json();
    expect(article.path).toBe('semipalatinsk-test-site-closure.txt');
    expect((await (await fetch(`${server.url}/api/articles`)).json()).total).toBe(2);
  }, 120_000);

  it('an admin, without JavaScript, disables an editor whose token then stops working at once', async () => {
    // The editor is signed in in a browser of their own.
    const theirs = await browser.newContext({ locale: 'en-GB' });
    const editorPage = await theirs.newPage();
    await signInByKeyboard(editorPage, editorToken);

    const admin = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    try {
      const page = await admin.newPage();
      await signInByKeyboard(page, adminToken);
      await tabTo(page, 'the editors link', "el.textContent === 'Editors'");
      await page.keyboard.press('Enter');
      await page.waitForURL('**/review/editors');
      expect(await page.locator('ul.editors > li').count()).toBe(2);
      // The admin's own row has no disable button: an admin cannot lock themself out.
      expect(await page.getByRole('button', { name: 'Disable Dana' }).count()).toBe(0);

      await tabTo(page, 'the disable button', "el.textContent === 'Disable aigerim'");
      await page.keyboard.press('Enter');
      await page.waitForURL(/saved=disabled/);
      expect(await page.getByRole('status').textContent()).toBe(
        'Saved: aigerim is disabled. Their token no longer works.',
      );
      expect(await page.locator('#editor-2').textContent()).toMatch(/disabled since \d{4}-\d\d-\d\d \d\d:\d\d/);
      await page.screenshot({ path: `${SHOTS}/editors-disabled.png`, fullPage: true });

      // At once: the API refuses the token, and the editor's signed-in page asks them to sign in.
      expect((await fetch(`${server.url}/api/review/queue`, bearer(editorToken))).status).toBe(401);
      const reload = await editorPage.reload();
      expect(reload?.status()).toBe(401);
      expect(await editorPage.locator('#token').count()).toBe(1);

      // Enabled again, the same token works again.
      await tabTo(page, 'the enable button', "el.textContent === 'Enable aigerim again'");
      await page.keyboard.press('Space');
      await page.waitForURL(/saved=enabled/);
      expect((await fetch(`${server.url}/api/review/queue`, bearer(editorToken))).status).toBe(200);
      const log = await (await fetch(`${server.url}/api/review/log`, bearer(adminToken))).json();
      expect(log.items.slice(0, 2).map((e: { action: string; editor: string }) => `${e.editor} ${e.action}`)).toEqual([
        'Dana enabled',
        'Dana revoked',
      ]);
    } finally {
      await admin.close();
      await theirs.close();
    }
  }, 120_000);
});

const HTMLCS = createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js');

/** WCAG 2 AA errors (HTML_CodeSniffer, as test/web/accessibility.test.ts) and sideways scrolling on one page. */
async function problemsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(`${server.url}${path}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.addScriptTag({ path: HTMLCS });
  const errors = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Cs = {
          process(s: string, d: Document, done: () => void): void;
          getMessages(): { type: number; code: string; element: Element }[];
        };
        const cs = (window as unknown as { HTMLCS: Cs }).HTMLCS;
        cs.process('WCAG2AA', document, () =>
          resolve(
            cs
              .getMessages()
              .filter((m) => m.type === 1)
              .map((m) => `${m.code} — ${(m.element.outerHTML ?? '').slice(0, 120)}`),
          ),
        );
      }),
  );
  return [...(overflow > 1 ? [`${overflow}px wider than the screen`] : []), ...errors].map((e) => `${path}: ${e}`);
}

describe('editors and upload pages: WCAG 2 AA, automated, and no sideways scrolling on a 390 px phone', () => {
  it('has no error in kk, ru and en', async () => {
    const phone = await browser.newContext({ bypassCSP: true, locale: 'en-US', viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.newPage();
      await signInByKeyboard(page, adminToken);
      const found: string[] = [];
      for (const ui of ['kk', 'ru', 'en']) {
        for (const path of ['/review/editors', '/review/upload'])
          found.push(...(await problemsOn(page, `${path}?ui=${ui}`)));
      }
      await page.goto(`${server.url}/review/editors?ui=ru`);
      await page.screenshot({ path: `${SHOTS}/phone-review-editors-ru.png`, fullPage: true });
      expect(found).toEqual([]);
    } finally {
      await phone.close();
    }
  }, 120_000);
});
