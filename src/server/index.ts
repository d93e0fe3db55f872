// The public face of the server: the app (API + website) and the HTTP server that runs it.
export { createApp } from './app.ts';
export { type RunningServer, type ServerOptions, startServer } from './start.ts';
