// The public face of the server: the app (API + website) and the HTTP server that runs it.
export { createApp, MAX_BODY_BYTES, MAX_URL_CHARS } from './app.ts';
export { lazyStore, type RunningServer, type ServerOptions, startServer } from './start.ts';
