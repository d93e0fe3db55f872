import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { REFRESHING } from './micro-cache.ts';
import { renderGate } from './render-gate.ts';

/** An app whose /slow holds its place until `finish()`; counts the renders running at once. */
function gatedApp(running: number, waiting: number) {
  const app = new Hono();
  // As the micro-cache marks a request that refreshes an entry other readers get stale meanwhile.
  app.use('/slow/popular*', async (c, next) => {
    c.set(REFRESHING as never, true as never);
    await next();
  });
  app.use('*', renderGate({ running, waiting, retryAfterSeconds: 3 }));
  let now = 0;
  let most = 0;
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const slow = async (name: string) => {
    now++;
    most = Math.max(most, now);
    started.push(name);
    await new Promise<void>((r) => finishers.push(r));
    now--;
  };
  app.get('/slow/:name', async (c) => {
    await slow(c.req.param('name'));
    return c.text('done');
  });
  app.get('/api/slow/:name', async (c) => {
    await slow(c.req.param('name'));
    return c.json({ ok: true });
  });
  app.post('/form', (c) => c.text('posted'));
  const turn = () => new Promise((r) => setImmediate(r));
  return {
    app,
    started,
    most: () => most,
    /** Lets the oldest running render finish, at once. */
    release: () => finishers.shift()?.(),
    /** Lets the oldest running render finish, and a few turns of the event loop pass. */
    finish: async () => {
      finishers.shift()?.();
      for (let i = 0; i < 3; i++) await turn();
    },
    turn,
  };
}

describe('render gate', () => {
  it('runs a few at once, queues a bounded number in order, and answers 503 with Retry-After past that', async () => {
    const g = gatedApp(2, 2);
    const answers = ['a', 'b', 'c', 'd'].map((n) => g.app.request(`/slow/${n}`));
    await g.turn();
    expect(g.started).toEqual(['a', 'b']);
    // Two rendering, two waiting: the fifth page and the sixth (an API call) are refused at once.
    const page = await g.app.request('/slow/e');
    expect(page.status).toBe(503);
    expect(page.headers.get('Retry-After')).toBe('3');
    expect(await page.text()).toMatch(/busy/);
    const api = await g.app.request('/api/slow/f');
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('busy');
    // A form post is not a render and is never held or refused here.
    expect((await g.app.request('/form', { method: 'POST' })).status).toBe(200);
    for (let i = 0; i < 4; i++) await g.finish();
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(g.started).toEqual(['a', 'b', 'c', 'd']);
    expect(g.most()).toBe(2);
    // Once the queue has drained, requests are taken again.
    const again = g.app.request('/slow/g');
    await g.turn();
    await g.finish();
    expect((await again).status).toBe(200);
  });

  it('hands a freed place over on a later turn of the event loop, so waiting sockets are read in between', async () => {
    const g = gatedApp(1, 5);
    const first = g.app.request('/slow/a');
    const second = g.app.request('/slow/b');
    await g.turn();
    expect(g.started).toEqual(['a']);
    // The first ends; however many microtasks follow, the second waits for the next turn of the loop.
    g.release();
    for (let i = 0; i < 100; i++) await null;
    expect(g.started).toEqual(['a']);
    await g.turn();
    await g.turn();
    expect(g.started).toEqual(['a', 'b']);
    await g.finish();
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
  });

  it('puts the refresh of a cached page first in line, and never refuses it', async () => {
    const g = gatedApp(1, 1);
    const answers = ['a', 'b'].map((n) => g.app.request(`/slow/${n}`));
    await g.turn();
    expect((await g.app.request('/slow/c')).status).toBe(503);
    const popular = g.app.request('/slow/popular');
    await g.turn();
    for (let i = 0; i < 3; i++) await g.finish();
    expect(g.started).toEqual(['a', 'popular', 'b']);
    expect((await Promise.all([...answers, popular])).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
