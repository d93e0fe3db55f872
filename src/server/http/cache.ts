import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';

/**
 * Read routes: a weak ETag over the uncompressed body (weak because the bytes on the wire differ
 * per encoding), `304` on a matching `If-None-Match`, and a short shared cache lifetime: the data
 * changes only when someone ingests, and a minute of staleness is harmless.
 */
export function cacheReads(maxAgeSeconds = 60): MiddlewareHandler[] {
  const cacheControl: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds}`);
    }
  };
  return [etag({ weak: true }), cacheControl];
}
