// The composition root of the HTTP side: the JSON API and the website, side by side. Neither
// knows the other; this is the one place that mounts both.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { API_UPLOAD_PATH, ApiError, createApi, errorBody, jsonError, toApiError } from '../api/index.ts';
import { createRateLimiter, REPORT_RATE_RULES } from '../domain/rate-limit.ts';
import type { Store } from '../store/index.ts';
import { createWeb, WEB_UPLOAD_PATH, webNotFound } from '../web/index.ts';
import { cacheReads } from './http/cache.ts';
import { compression } from './http/compress.ts';
import { microCache } from './http/micro-cache.ts';
import { renderGate } from './http/render-gate.ts';
import { securityHeaders } from './http/security.ts';

/** Longest request URL we read; longer ones get a 414 JSON error before any routing. */
export const MAX_URL_CHARS = 8192;
/** Editors' decisions are small; any body beyond this is refused with a 413 (uploads have their own limit). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The whole application: security headers and compression on everything, ETags and cache headers
 * on reads, the JSON API under `/api`, the website everywhere else. The store is opened on first
 * use, once, so building the app costs nothing.
 */
export function createApp(store: () => Promise<Store>) {
  const app = new Hono();
  app.use('*', securityHeaders());
  // CHRONICLE_CACHE_MS=0 turns the response micro-cache off (to measure raw rendering, or to debug).
  const cacheMs = Number(process.env.CHRONICLE_CACHE_MS ?? 5000);
  if (cacheMs > 0) app.use('*', microCache({ ttlMs: cacheMs }));
  // What the micro-cache cannot answer renders a few at a time, a bounded number waiting, 503 past that.
  app.use(
    '*',
    renderGate({
      running: positive(process.env.CHRONICLE_RENDER_CONCURRENCY, 2),
      waiting: positive(process.env.CHRONICLE_RENDER_QUEUE, 64),
    }),
  );
  app.use('*', compression());
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_CHARS) {
      if (c.req.path.startsWith('/api')) {
        throw new ApiError(414, 'uri_too_long', `request URL longer than ${MAX_URL_CHARS} characters`);
      }
      return c.text('URI too long', 414);
    }
    await next();
  });
  // Article uploads (site and API) set their own, larger limit on their routes.
  const limited = bodyLimit({ maxSize: MAX_BODY_BYTES });
  const uploads = new Set([WEB_UPLOAD_PATH, `/api${API_UPLOAD_PATH}`]);
  app.use('*', (c, next) => (c.req.method === 'POST' && uploads.has(c.req.path) ? next() : limited(c, next)));
  app.use('*', ...cacheReads());
  // One count of readers' reports for the form and the API: a client cannot double it by using both.
  const reportLimiter = createRateLimiter(REPORT_RATE_RULES);
  app.route('/api', createApi({ store, reportLimiter }));
  app.route('/', createWeb({ store, reportLimiter }));
  // A mistyped page address gets a page a reader can act on; only API clients get JSON.
  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/')
      ? c.json(errorBody('not_found', 'not found'), 404)
      : webNotFound(c),
  );
  app.onError((err, c) => jsonError(c, toApiError(err)));
  return app;
}

/** A whole number from the environment, or the default when unset or not one. */
function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 0 ? n : fallback;
}
