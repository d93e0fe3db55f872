import type { Context, MiddlewareHandler } from 'hono';

export interface MicroCacheOptions {
  /** How long a response is reused. Data changes only when someone ingests; seconds of staleness are harmless. */
  ttlMs?: number;
  maxEntries?: number;
  maxBodyBytes?: number;
}

interface Entry {
  expires: number;
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

/**
 * Keeps finished GET responses (already compressed) for a few seconds, keyed by everything the
 * response depends on: URL, interface language inputs (cookie, Accept-Language) and encoding.
 * Under load most requests then cost a map lookup instead of a database query and a render.
 * Responses that set cookies, or are not 200, are never kept.
 */
export function microCache(opts: MicroCacheOptions = {}): MiddlewareHandler {
  const ttl = opts.ttlMs ?? 5000;
  const maxEntries = opts.maxEntries ?? 500;
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = cacheKey(c);
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) {
      const etag = hit.headers.find(([k]) => k === 'etag')?.[1];
      const ifNoneMatch = c.req.header('If-None-Match');
      if (etag && ifNoneMatch?.replace(/W\//g, '').includes(etag.replace(/^W\//, ''))) {
        return new Response(null, { status: 304, headers: hit.headers.filter(([k]) => RETAINED_304.has(k)) });
      }
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    if (hit) entries.delete(key);
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has('Set-Cookie') || !res.body) return;
    const length = Number(res.headers.get('Content-Length') ?? 0);
    if (length > maxBody) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (body.byteLength > maxBody) return;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, { expires: now + ttl, status: res.status, headers: [...res.headers], body });
  };
}

const RETAINED_304 = new Set(['cache-control', 'etag', 'vary', 'content-location', 'date', 'expires']);

function cacheKey(c: Context): string {
  const encoding = c.req.header('Accept-Encoding') ?? '';
  const enc = /\bbr\b/.test(encoding) ? 'br' : /\bgzip\b/.test(encoding) ? 'gzip' : '-';
  const ui = /(?:^|;\s*)ui=(\w+)/.exec(c.req.header('Cookie') ?? '')?.[1] ?? '-';
  return `${enc} ${ui} ${c.req.header('Accept-Language') ?? '-'} ${c.req.url}`;
}
