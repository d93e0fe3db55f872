import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { chooseEncoding } from './accept-encoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|javascript|xml|gexf\+xml|problem\+json)|image\/svg\+xml)/;
/** Below this size the compression frame costs more than it saves. */
const MIN_BYTES = 1024;
/** Compressed bodies kept by ETag: popular pages are compressed once, not on every request. */
const CACHE_ENTRIES = 256;
const CACHE_MAX_BODY = 512 * 1024;

const cache = new Map<string, Buffer>();

function remember(key: string, body: Buffer): void {
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, body);
}

/**
 * Compresses text responses with brotli (preferred) or gzip, per `Accept-Encoding` and its q-values. Hono's own
 * middleware only knows gzip and deflate; brotli makes the article pages' scripts markedly smaller.
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.headers.has('Content-Encoding') || c.req.method === 'HEAD') return;
    const type = res.headers.get('Content-Type') ?? '';
    if (!COMPRESSIBLE.test(type)) return;
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    res.headers.append('Vary', 'Accept-Encoding');
    if (!encoding) return;
    const raw = Buffer.from(await res.arrayBuffer());
    let body: Buffer = raw;
    if (raw.length >= MIN_BYTES) {
      const etag = res.headers.get('ETag');
      const key = etag && raw.length <= CACHE_MAX_BODY ? `${encoding} ${etag}` : null;
      const cached = key ? cache.get(key) : undefined;
      if (cached) {
        body = cached;
      } else {
        body =
          encoding === 'br'
            ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
            : await gzipAsync(raw, { level: 6 });
        if (key) remember(key, body);
      }
    }
    const headers = new Headers(res.headers);
    headers.delete('Content-Length');
    if (body !== raw) headers.set('Content-Encoding', encoding);
    // Clear first: Hono's `res` setter merges the old response's headers (Content-Length) into the new one.
    c.res = undefined as unknown as Response;
    c.res = new Response(new Uint8Array(body), { status: res.status, headers });
  };
}
