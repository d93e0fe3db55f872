import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { launchChromium } from './browser.ts';

// An automated WCAG 2.1 AA check on every page kind, in the three interface languages, on a wide
// screen and a phone (issue 16). The checker is HTML_CodeSniffer (BSD-3-Clause), run inside the
// real page after its scripts; errors are what fails (its warnings and notices need a human).

const HTMLCS = createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js');

interface Finding {
  code: string;
  msg: string;
  element: string;
}

let fx: Fixture;
let browser: Browser;
let wide: BrowserContext;
let phone: BrowserContext;
let paths: string[];

beforeAll(async () => {
  fx = await startFixture();
  browser = await launchChromium();
  // The checker is injected as a script, which the site's Content-Security-Policy rightly forbids.
  wide = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  phone = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
  const articles = (await (await fetch(`${fx.url}/api/articles?limit=1`)).json()) as { items: { id: number }[] };
  paths = [
    '/',
    `/articles/${articles.items[0]!.id}`,
    '/timeline',
    '/entities',
    '/entities/org:osce',
    '/search?q=OSCE',
    '/on-this-day/08-29',
    '/conflicts',
    '/review',
    '/no-such-page',
  ];
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fx?.close();
});

async function errorsOn(context: BrowserContext, path: string): Promise<Finding[]> {
  const page = await context.newPage();
  try {
    await page.goto(`${fx.url}${path}`);
    await page.waitForLoadState('networkidle');
    await page.addScriptTag({ path: HTMLCS });
    return await page.evaluate(
      () =>
        new Promise<Finding[]>((resolve) => {
          const cs = (window as unknown as { HTMLCS: HtmlCs }).HTMLCS;
          cs.process('WCAG2AA', document, () => {
            resolve(
              cs
                .getMessages()
                .filter((m) => m.type === 1)
                .map((m) => ({ code: m.code, msg: m.msg, element: (m.element.outerHTML ?? '').slice(0, 160) })),
            );
          });
        }),
    );
  } finally {
    await page.close();
  }
}

interface HtmlCs {
  process(standard: string, content: Document, done: () => void): void;
  getMessages(): { type: number; code: string; msg: string; element: Element }[];
}

describe('WCAG 2 AA, automated', () => {
  for (const ui of ['en', 'ru', 'kk']) {
    it(`every page kind has no error, in ${ui}, wide and on a phone`, async () => {
      const found: string[] = [];
      for (const path of paths) {
        const url = `${path}${path.includes('?') ? '&' : '?'}ui=${ui}`;
        for (const [name, context] of [
          ['wide', wide],
          ['phone', phone],
        ] as const) {
          for (const f of await errorsOn(context, url))
            found.push(`${name} ${url}: ${f.code}: ${f.msg} — ${f.element}`);
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
