import type { Command } from 'commander';
import { z } from 'zod';
import { UserError } from './errors.ts';
import { openStoreFor } from './open-store.ts';

const ServeOptionsSchema = z.object({
  port: z
    .string()
    .regex(/^\d{1,5}$/, '--port must be a whole number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().int().min(0, '--port must be from 0 to 65535').max(65535, '--port must be from 0 to 65535')),
  host: z
    .string()
    .min(1, '--host must not be empty')
    .max(253)
    .regex(/^[\w.:[\]-]+$/, '--host must be a host name or IP address'),
});

/**
 * `chronicle serve [--port 8080] [--host 127.0.0.1]`: the website and JSON API. The database opens
 * on the first request, so the server is listening within a fraction of a second.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the website and the JSON API (OpenAPI at /api/openapi.json, docs at /api/docs)')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (_opts, cmd: Command) => {
      const parsed = ServeOptionsSchema.safeParse(cmd.opts());
      if (!parsed.success) throw new UserError(`serve: ${parsed.error.issues[0]!.message}`);
      const { port, host } = parsed.data;
      const databaseUrl = process.env.DATABASE_URL || undefined;
      const dbPath: string = cmd.optsWithGlobals().db ?? './data/chronicle.db';
      // The store opens while the server code loads, and the server uses that same store: an
      // unusable database (a mysql:// URL, PostgreSQL down, a file that is not SQLite) is refused at
      // start with one line and nothing listens, and the first request does not wait for it.
      const [{ startServer }, store] = await Promise.all([import('../server/index.ts'), openStoreFor(cmd)]);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ port, host, store });
      } catch (err) {
        await store.close().catch(() => {});
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`serve: port ${port} on ${host} is already in use (try --port)`);
        if (code === 'EACCES') throw new UserError(`serve: no permission to listen on ${host}:${port}`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new UserError(`serve: cannot listen on --host ${host}`);
        throw err;
      }
      process.stdout.write(`chronicle: serving ${databaseUrl ? 'DATABASE_URL' : dbPath} at ${server.url}/\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(`chronicle: ${signal}, shutting down\n`);
          // A second signal while draining exits at once.
          process.once(signal, () => process.exit(130));
          server.close().then(resolve, resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
