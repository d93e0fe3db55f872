import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from '../api/harness.ts';
import { chronicleOn } from '../cli/run.ts';
import { launchChromium } from './browser.ts';

/**
 * Entity editing in a real browser, keyboard only (Tab, Space, Enter and typing; no mouse, no
 * clicks): merging two entities and splitting them again, and unlinking a wrong mention. The
 * public pages and API answer from the same server, so each step is checked where readers look.
 */

const SHOTS = 'test-results';

interface Summary {
  id: string;
  name: string;
  mentionCount: number;
}

interface Group {
  articleId: number;
  text: string;
  count: number;
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

const api = async (path: string, auth = false) =>
  (await fetch(fx.url + path, auth ? { headers: { Authorization: `Bearer ${token}` } } : {})).json();
const entityApi = (id: string) => api(`/api/entities/${encodeURIComponent(id)}`);
const groupsOf = async (id: string): Promise<Group[]> =>
  (await api(`/api/review/entities/${encodeURIComponent(id)}`, true)).mentionGroups;

/**
 * Presses Tab until the focused element passes `test` (run in the page with the element), at
 * most `max` times; fails naming what it looked for.
 */
async function tabTo(page: Page, what: string, test: string, max = 200): Promise<void> {
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
  await page.goto(`${fx.url}/review`);
  await tabTo(page, 'the token field', "el.id === 'token'");
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Ticks, with Space, the mention checkboxes of these groups. */
async function chooseByKeyboard(page: Page, groups: Group[]): Promise<void> {
  for (const g of groups) {
    const value = JSON.stringify(`${g.articleId}|${g.text}`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, `the mention ${value}`, `el.name === 'mention' && el.value === ${value}`);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  }
}

async function status(page: Page): Promise<string> {
  return (await page.getByRole('status').first().textContent()) ?? '';
}

describe('entity editing in a real browser, keyboard only', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    await signInByKeyboard(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('merges two entities from the public page’s review link, then splits the merged mentions off again', async () => {
    const places: Summary[] = (await api('/api/entities?type=PLACE&limit=10')).items;
    const [kept, merged] = places;
    if (!kept || !merged) throw new Error('the samples should have two places');
    const mergedGroups = await groupsOf(merged.id);

    // From the public entity page, a signed-in editor follows "Review this entity".
    await page.goto(`${fx.url}/entities/${encodeURIComponent(merged.id)}`);
    await tabTo(page, 'the review link', "el.textContent === 'Review this entity'");
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/review/entities/${encodeURIComponent(merged.id)}`);
    // Every control a keyboard reaches is named, for a screen reader as for the eye.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main input:not([type=hidden]), main select, main button')]
        .filter((el) =>
          el instanceof HTMLButtonElement
            ? !el.textContent?.trim()
            : ![...((el as HTMLInputElement).labels ?? [])].some((l) => l.textContent?.trim()),
        )
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);

    // Find the entity to merge into by its name, then press its "Merge into" button.
    await tabTo(page, 'the merge search', "el.id === 'merge-find'");
    await page.keyboard.type(kept.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/find=/);
    await tabTo(page, `"Merge into ${kept.name}"`, `el.form?.elements.into?.value === ${JSON.stringify(kept.id)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/review/entities/${encodeURIComponent(kept.id)}?saved=merged`);
    expect(await status(page)).toBe('Saved: merged. It shows on the public pages now.');
    expect((await entityApi(kept.id)).mentionCount).toBe(kept.mentionCount + merged.mentionCount);
    // The merged entity's public address now leads to the survivor.
    await page.goto(`${fx.url}/entities/${encodeURIComponent(merged.id)}`);
    expect(new URL(page.url()).pathname).toBe(`/entities/${encodeURIComponent(kept.id)}`);
    await page.screenshot({ path: `${SHOTS}/entity-merged.png`, fullPage: true });

    // Split the merged entity's mentions off again into an entity named as it was.
    await page.goto(`${fx.url}/review/entities/${encodeURIComponent(kept.id)}`);
    await chooseByKeyboard(page, mergedGroups);
    await tabTo(page, 'the new name field', "el.id === 'split-name'");
    await page.keyboard.type(merged.name);
    await tabTo(page, 'the split button', "el.value === 'split'");
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=split/);
    expect(await status(page)).toBe('Saved: split. It shows on the public pages now.');
    expect((await entityApi(kept.id)).mentionCount).toBe(kept.mentionCount);
    const history = await api(`/api/review/entities/${encodeURIComponent(kept.id)}`, true);
    const split = history.edits.find((e: { action: string }) => e.action === 'split');
    // Split under its old name, the merged entity is back at its own address with its mentions.
    expect(split.target).toBe(merged.id);
    const created = await entityApi(split.target);
    expect(created).toMatchObject({ name: merged.name, mentionCount: merged.mentionCount });
    await page.screenshot({ path: `${SHOTS}/entity-split.png`, fullPage: true });
  });

  it('unlinks a wrong mention: the entity loses it, the article no longer links it', async () => {
    const [org]: Summary[] = (await api('/api/entities?type=ORG&limit=1')).items;
    if (!org) throw new Error('the samples should have an organisation');
    const [wrong] = await groupsOf(org.id);
    if (!wrong) throw new Error(`${org.id} should have mentions`);
    await page.goto(`${fx.url}/review/entities/${encodeURIComponent(org.id)}`);
    await chooseByKeyboard(page, [wrong]);
    await tabTo(page, 'the unlink button', "el.value === 'unlinked-none'");
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=unlinked/);
    expect(await status(page)).toBe('Saved: unlinked. It shows on the public pages now.');
    expect((await entityApi(org.id)).mentionCount).toBe(org.mentionCount - wrong.count);
    const article = await api(`/api/articles/${wrong.articleId}`);
    const linked = article.analysis.entities
      .filter((e: { id: string }) => e.id === org.id)
      .flatMap((e: { mentions: { text: string }[] }) => e.mentions.map((m) => m.text));
    expect(linked).not.toContain(wrong.text);

    // The edit is in force and listed with its undo button; undoing it by keyboard brings the mention back.
    await tabTo(page, 'the undo button', "el.textContent === 'Undo'");
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=undone/);
    expect(await status(page)).toBe('Saved: undone. It shows on the public pages now.');
    expect((await entityApi(org.id)).mentionCount).toBe(org.mentionCount);
  });
});
