import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { chooseEncoding } from './accept-encoding.ts';
import { isDownload } from './compress.ts';

export interface MicroCacheOptions {
  /** How long a response is reused. Data changes only when someone ingests; seconds of staleness are harmless. */
  ttlMs?: number;
  maxEntries?: number;
  maxBodyBytes?: number;
}

interface Entry {
  expires: number;
  /** One request is re-rendering this entry; the others keep getting the stale copy meanwhile. */
  refreshing: boolean;
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
  /** Keys with no usable entry whose first request is rendering: the others wait for it. */
  const rendering = new Map<string, Promise<void>>();
  return async (c, next) => {
    // A write that succeeded (an editor's decision or entity edit: the only writes the server
    // takes) can change any page: this instance's readers see it at once, not after the TTL.
    if (c.req.method === 'POST') {
      await next();
      if (c.res.status < 400 && EDITORS_WRITE.test(c.req.path)) entries.clear();
      return;
    }
    // A request with credentials gets an answer for its sender only (the editors' review API).
    if (c.req.method !== 'GET' || c.req.header('Authorization')) return next();
    const key = cacheKey(c);
    // An answer nobody has yet (a cold page, or one gone too stale) is rendered once, however many
    // ask at the same moment: the others wait for it instead of each taking a place to render.
    const pending = rendering.get(key);
    if (pending) await pending;
    const now = Date.now();
    const hit = entries.get(key);
    // Expired entries are still served while one request refreshes them (no thundering herd at
    // expiry), but never when older than the stale limit.
    const usable = hit && now - hit.expires < ttl * STALE_FACTOR;
    if (hit && usable && (hit.expires > now || hit.refreshing)) {
      // Least recently used goes first: a page asked for all the time is never pushed out by a
      // flood of one-off addresses (made-up query strings), which would send its readers to render.
      entries.delete(key);
      entries.set(key, hit);
      const etag = hit.headers.find(([k]) => k === 'etag')?.[1];
      const ifNoneMatch = c.req.header('If-None-Match');
      if (etag && ifNoneMatch?.replace(/W\//g, '').includes(etag.replace(/^W\//, ''))) {
        return new Response(null, { status: 304, headers: hit.headers.filter(([k]) => RETAINED_304.has(k)) });
      }
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    let rendered = () => {};
    if (hit && usable) {
      hit.refreshing = true;
      // Everyone else asking for this answer waits on this one request: it goes first (render-gate.ts).
      c.set(REFRESHING, true);
    } else {
      if (hit) entries.delete(key);
      if (!rendering.has(key)) {
        rendering.set(key, new Promise<void>((resolve) => (rendered = resolve)));
        const resolve = rendered;
        rendered = () => {
          rendering.delete(key);
          resolve();
        };
      }
    }
    try {
      await next();
      await keep(c, key);
    } finally {
      if (hit) hit.refreshing = false;
      rendered();
    }
  };

  async function keep(c: Context, key: string): Promise<void> {
    const res = c.res;
    if (res.status !== 200 || res.headers.has('Set-Cookie') || !res.body) return;
    // Downloads (the exports) stream and are kept compressed by ETag (compress.ts): reading one
    // here would hold the whole of it in memory before its first byte went out.
    if (isDownload(res)) return;
    // One user's answer (the editors' review pages and API) is never handed to another.
    if (/\b(?:private|no-store)\b/.test(res.headers.get('Cache-Control') ?? '')) return;
    const length = Number(res.headers.get('Content-Length') ?? 0);
    if (length > maxBody) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (body.byteLength > maxBody) return;
    if (entries.size >= maxEntries && !entries.has(key)) entries.delete(entries.keys().next().value as string);
    entries.set(key, {
      expires: Date.now() + ttl,
      refreshing: false,
      headers: [...res.headers],
      status: res.status,
      body,
    });
  }
}

const STALE_FACTOR = 6;

/** Context key set while a request re-renders a cached answer that others are being served stale. */
export const REFRESHING = 'microCacheRefresh';
/** Posts that change what readers see, once an editor's token or cookie let them through (sign-in and -out do not). */
const EDITORS_WRITE = /^\/(?:api\/review|review)\/(?!login$|logout$)/;

const RETAINED_304 = new Set(['cache-control', 'etag', 'vary', 'content-location', 'date', 'expires']);

function cacheKey(c: Context): string {
  // The encoding compression() will pick, so each cached body matches what its key's clients accept.
  const enc = chooseEncoding(c.req.header('Accept-Encoding')) ?? '-';
  // The cookie read by the same parser as the pages (quotes, spaces), or a quoted `ui="ru"` would
  // share the cache entry of readers without one.
  const ui = JSON.stringify(getCookie(c, 'ui') ?? null);
  // A signed-in editor's public pages link to their review (web/review.ts): never one reader's copy.
  const editor = getCookie(c, 'chronicle_editor_hint') === '1' ? 'E' : '-';
  return `${enc} ${ui} ${editor} ${c.req.header('Accept-Language') ?? '-'} ${c.req.url}`;
}
