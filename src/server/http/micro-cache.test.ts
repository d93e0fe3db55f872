import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { describe, expect, it } from 'vitest';
import { microCache } from './micro-cache.ts';

function counterApp(ttlMs: number) {
  let renders = 0;
  const app = new Hono();
  app.use('*', microCache({ ttlMs }));
  app.get('/page', (c) => {
    renders++;
    return c.text(`render ${renders}`);
  });
  app.get('/lang', (c) => {
    renders++;
    c.header('Set-Cookie', 'ui=kk');
    return c.text('cookie');
  });
  return { app, renders: () => renders };
}

describe('micro-cache', () => {
  it('reuses a response within its lifetime, per URL and language inputs', async () => {
    const { app, renders } = counterApp(10_000);
    expect(await (await app.request('/page')).text()).toBe('render 1');
    expect(await (await app.request('/page')).text()).toBe('render 1');
    expect(await (await app.request('/page', { headers: { 'Accept-Language': 'ru' } })).text()).toBe('render 2');
    expect(await (await app.request('/page?x=1')).text()).toBe('render 3');
    expect(renders()).toBe(3);
  });

  it('keys the interface language by the cookie as the pages read it, quoted or spaced', async () => {
    const app = new Hono();
    app.use('*', microCache({ ttlMs: 10_000 }));
    app.get('/ui', (c) => c.text(getCookie(c, 'ui') ?? 'default'));
    for (const cookie of ['ui="ru"', 'ui =kk', ' ui=ru; x=1']) {
      expect(await (await app.request('/ui', { headers: { Cookie: cookie } })).text(), cookie).toBe(
        cookie.includes('kk') ? 'kk' : 'ru',
      );
      // A reader without the cookie must not get the page cached for one who has it.
      expect(await (await app.request('/ui')).text(), cookie).toBe('default');
    }
  });

  it("forgets every page when an editor's write succeeds, not when a refused one or a sign-in does", async () => {
    const { app, renders } = counterApp(10_000);
    app.post('/api/review/entities/:id', (c) => (c.req.header('Authorization') ? c.json({}) : c.json({}, 401)));
    app.post('/review/login', (c) => c.redirect('/review', 303));
    await app.request('/page');
    await app.request('/api/review/entities/x', { method: 'POST' });
    await app.request('/review/login', { method: 'POST' });
    expect(await (await app.request('/page')).text()).toBe('render 1');
    await app.request('/api/review/entities/x', { method: 'POST', headers: { Authorization: 'Bearer t' } });
    expect(await (await app.request('/page')).text()).toBe('render 2');
    expect(renders()).toBe(2);
  });

  it('never keeps responses that set cookies', async () => {
    const { app, renders } = counterApp(10_000);
    await app.request('/lang');
    await app.request('/lang');
    expect(renders()).toBe(2);
  });

  it('re-renders once after expiry while concurrent requests get the stale copy', async () => {
    const { app, renders } = counterApp(20);
    await app.request('/page');
    await new Promise((r) => setTimeout(r, 30));
    const texts = await Promise.all([1, 2, 3, 4].map(async () => (await app.request('/page')).text()));
    expect(renders()).toBe(2);
    expect(texts).toContain('render 2');
    expect(texts.filter((t) => t === 'render 1').length).toBe(3);
  });

  it('keeps a page asked for all the time while one-off addresses flood in (least recently used goes)', async () => {
    let renders = 0;
    const app = new Hono();
    app.use('*', microCache({ ttlMs: 60_000, maxEntries: 10 }));
    app.get('*', (c) => {
      renders++;
      return c.text(`render of ${c.req.path}`);
    });
    await app.request('/popular');
    for (let i = 0; i < 50; i++) {
      await app.request(`/one-off?n=${i}`);
      await app.request('/popular');
    }
    expect(renders).toBe(51);
  });

  it('renders a page nobody has yet once, however many ask for it at the same moment', async () => {
    let renders = 0;
    const app = new Hono();
    app.use('*', microCache({ ttlMs: 60_000 }));
    app.get('/cold', async (c) => {
      renders++;
      await new Promise((r) => setTimeout(r, 20));
      return c.text('cold page');
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.request('/cold')));
    expect(await Promise.all(answers.map((r) => r.text()))).toEqual(Array(10).fill('cold page'));
    expect(renders).toBe(1);
  });
});
