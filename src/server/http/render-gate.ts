import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../../api/index.ts';
import { REFRESHING } from './micro-cache.ts';

export interface RenderGateOptions {
  /** Requests rendered at once (a database query and a page or answer each). */
  running?: number;
  /** Requests waiting their turn; one more is answered 503 at once. */
  waiting?: number;
  /** Seconds a refused client is told to wait (`Retry-After`). */
  retryAfterSeconds?: number;
}

/**
 * Lets a few requests render at once and queues a bounded number more; past that a request is
 * answered 503 with `Retry-After` at once instead of waiting without bound. It sits behind the
 * micro-cache, so what the cache answers (most reads under load) never waits here: a flood of
 * requests the cache cannot answer (article pages with made-up query strings, one search after
 * another) takes its turns and leaves the event loop to everyone else in between.
 *
 * A request refreshing a micro-cache entry (its readers are served the stale copy meanwhile) goes
 * to the front of the line and is never refused: one render there answers everyone who asks for a
 * popular page, and a flood of uncached requests must not leave the popular pages to expire.
 *
 * A freed place goes to the next in line on the next turn of the event loop (`setImmediate`), not
 * in the same microtask, or one request's end would start the next render before any waiting
 * socket was read and a queue of renders would run as one long block.
 */
export function renderGate(opts: RenderGateOptions = {}): MiddlewareHandler {
  const max = Math.max(1, opts.running ?? 2);
  const maxWaiting = Math.max(0, opts.waiting ?? 64);
  const retryAfter = opts.retryAfterSeconds ?? 2;
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) setImmediate(next);
    else running--;
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (running >= max) {
      const refresh = c.get(REFRESHING as never) === true;
      if (queue.length >= maxWaiting && !refresh) {
        const message = `the server is busy (${max} rendering, ${maxWaiting} waiting); retry in ${retryAfter} s`;
        const headers = { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' };
        return c.req.path === '/api' || c.req.path.startsWith('/api/')
          ? c.json(errorBody('busy', message), 503, headers)
          : c.text(message, 503, headers);
      }
      // The place is handed over by release(): running stays as it is.
      await new Promise<void>((resolve) => (refresh ? queue.unshift(resolve) : queue.push(resolve)));
    } else running++;
    try {
      await next();
    } finally {
      release();
    }
  };
}
