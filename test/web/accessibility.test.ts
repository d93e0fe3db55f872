import { mkdirSync } from 'node:fs';
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
  mkdirSync(SHOTS, { recursive: true });
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

const SHOTS = 'test-results';

async function errorsOn(context: BrowserContext, path: string, shot?: string): Promise<Finding[]> {
  const page = await context.newPage();
  try {
    await page.goto(`${fx.url}${path}`);
    await page.waitForLoadState('networkidle');
    // A page that scrolls sideways on a phone fails its readers as surely as a contrast error.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const layout: Finding[] =
      overflow > 1 ? [{ code: 'layout.sideways-scroll', msg: `${overflow}px wider than the screen`, element: '' }] : [];
    if (shot) await page.screenshot({ path: `${SHOTS}/${shot}.png` });
    await page.addScriptTag({ path: HTMLCS });
    const checked = await page.evaluate(
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
    return [...layout, ...checked];
  } finally {
    await page.close();
  }
}

interface HtmlCs {
  process(standard: string, content: Document, done: () => void): void;
  getMessages(): { type: number; code: string; msg: string; element: Element }[];
}

describe('WCAG 2 AA, automated, and no sideways scrolling on a 390 px phone', () => {
  for (const ui of ['en', 'ru', 'kk']) {
    it(`every page kind has no error, in ${ui}, wide and on a phone`, async () => {
      const found: string[] = [];
      for (const path of paths) {
        const url = `${path}${path.includes('?') ? '&' : '?'}ui=${ui}`;
        for (const [name, context] of [
          ['wide', wide],
          ['phone', phone],
        ] as const) {
          const shot =
            name === 'phone'
              ? `phone-${ui}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`
              : undefined;
          for (const f of await errorsOn(context, url, shot))
            found.push(`${name} ${url}: ${f.code}: ${f.msg} — ${f.element}`);
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
