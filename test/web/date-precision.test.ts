import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { launchChromium } from './browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Three short articles, each dating the closure of the test site to a season and no finer. */
const ARTICLES: Record<string, string> = {
  'en.txt':
    'Semipalatinsk test site\n\nIn the summer of 1991 the Semipalatinsk test site was closed by Nursultan Nazarbayev.\n',
  'ru.txt': 'Семипалатинский полигон\n\nЛетом 1991 года Нурсултан Назарбаев закрыл Семипалатинский ядерный полигон.\n',
  'kk.txt': 'Семей полигоны\n\n1991 жылдың жазында Нұрсұлтан Назарбаев Семей ядролық полигонын жапты.\n',
};

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chronicle-precision-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  const dbPath = join(dir, 'chronicle.db');
  const run = spawnSync(process.execPath, ['bin/chronicle.js', '--db', dbPath, 'ingest', join(dir, '*.txt')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (!/\b3 new\b/.test(run.stdout + run.stderr)) throw new Error(`ingest failed: ${run.stdout}\n${run.stderr}`);
  server = await startServer({ dbPath, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the website shows a date at its own precision', () => {
  it.each([
    ['en', 'summer 1991'],
    ['ru', 'летом 1991 года'],
    ['kk', '1991 жылдың жазы'],
  ])('timeline in %s: a season is the season, not June or 1 June', async (ui, label) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/timeline?from=1991&to=1991&ui=${ui}`);
    const shown = await page.locator('#timeline-list li.event .event-when').allTextContents();
    // The three articles tell one event (merged across languages), shown in the interface language.
    expect(shown.map((t) => t.trim())).toEqual([label]);
    // The interactive timeline's item says the same words when pointed at.
    const item = page.locator('#timeline-vis .vis-item').first();
    await item.waitFor({ timeout: 15_000 });
    await item.hover();
    await expect.poll(() => page.locator('.vis-tooltip').textContent(), { timeout: 5_000 }).toContain(label);
    await page.close();
  });
});
