import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { errorBody } from '../api/index.ts';
import type { Store, StoreOptions } from '../store/index.ts';
import { createApp } from './app.ts';

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
