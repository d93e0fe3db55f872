import { Readable, Transform } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';
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

/** Compressed downloads (exports) kept by ETag: at most this much each, and in all. */
const DOWNLOAD_MAX_BODY = 16 * 1024 * 1024;
const DOWNLOADS_MAX_BYTES = 64 * 1024 * 1024;
const downloads = new Map<string, Buffer>();
let downloadBytes = 0;

function rememberDownload(key: string, body: Buffer): void {
  const old = downloads.get(key);
  if (old) downloadBytes -= old.length;
  downloads.delete(key);
  while (downloads.size && downloadBytes + body.length > DOWNLOADS_MAX_BYTES) {
    const oldest = downloads.keys().next().value as string;
    downloadBytes -= (downloads.get(oldest) as Buffer).length;
    downloads.delete(oldest);
  }
  downloads.set(key, body);
  downloadBytes += body.length;
}

/** A download (`Content-Disposition: attachment`, the exports) is streamed, never read whole first. */
export function isDownload(res: Response): boolean {
  return /^\s*attachment\b/i.test(res.headers.get('Content-Disposition') ?? '');
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
    if (isDownload(res)) {
      c.res = undefined as unknown as Response;
      c.res = await compressedDownload(res, encoding);
      return;
    }
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

/**
 * A download compressed as it streams: each piece is compressed and sent as it comes, and the whole
 * compressed body is kept by ETag when it fits, so the next request for the same export is served
 * from memory (the export's stream is cancelled unread, which frees its place at once).
 */
async function compressedDownload(res: Response, encoding: 'br' | 'gzip'): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.delete('Content-Length');
  headers.set('Content-Encoding', encoding);
  const etag = res.headers.get('ETag');
  const key = etag ? `${encoding} ${etag}` : null;
  const cached = key ? downloads.get(key) : undefined;
  if (cached) {
    await res.body?.cancel();
    headers.set('Content-Length', String(cached.length));
    return new Response(new Uint8Array(cached), { status: res.status, headers });
  }
  const compress =
    encoding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : createGzip({ level: 6 });
  const kept: Buffer[] = [];
  let keptBytes = 0;
  const keep = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (key && keptBytes <= DOWNLOAD_MAX_BODY) {
        kept.push(chunk);
        keptBytes += chunk.length;
      }
      callback(null, chunk);
    },
    flush(callback) {
      if (key && keptBytes <= DOWNLOAD_MAX_BODY) rememberDownload(key, Buffer.concat(kept));
      callback();
    },
  });
  const source = Readable.fromWeb(res.body as unknown as NodeWebStream<Uint8Array>);
  // A client that hangs up destroys `keep`; take the compressor and the export's stream down with it.
  keep.once('close', () => {
    compress.destroy();
    source.destroy();
  });
  source.once('error', (err) => keep.destroy(err));
  compress.once('error', (err) => keep.destroy(err));
  source.pipe(compress).pipe(keep);
  return new Response(Readable.toWeb(keep) as unknown as ReadableStream<Uint8Array>, { status: res.status, headers });
}
