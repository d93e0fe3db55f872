import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store, StoreOptions } from '../store/index.ts';
import { createWeb } from '../web/index.ts';
import { cacheReads } from './http/cache.ts';
import { compression } from './http/compress.ts';
import { ApiError, errorBody, jsonError } from './http/errors.ts';
import { microCache } from './http/micro-cache.ts';
import { securityHeaders } from './http/security.ts';
import { createApi, toApiError } from './index.ts';

/** Longest request URL we read; longer ones get a 414 JSON error before any routing. */
export const MAX_URL_CHARS = 8192;
/** The API is read-only; any body beyond this is refused with a 413. */
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
  app.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES }));
  app.use('*', ...cacheReads());
  app.route('/api', createApi({ store }));
  app.route('/', createWeb({ store }));
  app.notFound((c) => c.json(errorBody('not_found', 'not found'), 404));
  app.onError((err, c) => jsonError(c, toApiError(err)));
  return app;
}

/** Opens the store the first time it is needed and hands out the same instance afterwards. */
export function lazyStore(opts: StoreOptions): { get: () => Promise<Store>; close: () => Promise<void> } {
  let opening: Promise<Store> | null = null;
  return {
    get: () => {
      // Imported here, not at the top: the database driver loads on the first request, not at start-up.
      opening ??= import('../store/index.ts')
        .then(({ openStore }) => openStore(opts))
        .catch((err) => {
          opening = null;
          throw err;
        });
      return opening;
    },
    close: async () => {
      if (opening) await (await opening).close().catch(() => {});
    },
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface ServerOptions extends StoreOptions {
  port: number;
  host: string;
  /** An already open store (the CLI opens it first to refuse a bad database up front); closed with the server. */
  store?: Store;
}

/** Starts the HTTP server; resolves once it listens. `port: 0` picks a free port (tests). */
export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const open = opts.store;
  const store = open ? { get: async () => open, close: () => open.close() } : lazyStore(opts);
  const app = createApp(store.get);
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: opts.port,
        hostname: opts.host,
        // Long search URLs must reach our validation (and its JSON 414), not die in Node's header limit.
        serverOptions: { maxHeaderSize: 64 * 1024 },
      },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).close(() => done());
              (server as Server).closeAllConnections?.();
            }).then(store.close),
        });
      },
    ) as Server;
    server.once('error', reject);
    server.on('clientError', answerMalformedRequest);
  });
}

/**
 * Node answers a request head it cannot parse (over `maxHeaderSize`, e.g. a 20 000-character
 * Cyrillic search URL, or malformed) by itself, with an empty body; answer with our JSON error.
 */
function answerMalformedRequest(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason] = tooLarge ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  const body = JSON.stringify(
    errorBody('bad_request', tooLarge ? 'request URL or headers larger than 64 KB' : 'malformed HTTP request'),
  );
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}
