import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * Researchers' browser tools on other sites may read the public API: any origin, reads only
 * (GET and HEAD), no credentials, and the headers a client needs to cache (ETag) and to back off
 * (Retry-After). The editors' routes under /review carry a bearer token and stay same-origin:
 * no CORS header there, so another site's script cannot use an editor's token from the browser.
 */
export function readOnlyCors(): MiddlewareHandler {
  const allow = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD'],
    allowHeaders: ['If-None-Match', 'Accept', 'Accept-Language'],
    exposeHeaders: ['ETag', 'Retry-After', 'Content-Language'],
    maxAge: 86_400,
    credentials: false,
  });
  return async (c, next) => {
    if (isEditorsRoute(c.req.path)) return next();
    return allow(c, next);
  };
}

function isEditorsRoute(path: string): boolean {
  return /^(\/api)?\/review(\/|$)/.test(path);
}
