import { Socket } from 'node:net';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

/** The PostgreSQL server a test run uses, where it came from, and how to let it go. */
export interface TestPostgres {
  url: string;
  source: 'TEST_POSTGRES_URL' | '127.0.0.1:5432' | 'embedded';
  stop(): Promise<void>;
}

export const SYSTEM_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/';

/**
 * Picks the server for a whole test run: `TEST_POSTGRES_URL` when set, else the machine's
 * PostgreSQL when something answers on 127.0.0.1:5432, else a throw-away server from the binaries
 * an npm package ships, so the tests need nothing but Node and npm. `fresh`
 * (`CHRONICLE_TEST_FRESH=1`) skips the first two, as on a machine that has neither.
 */
export async function testPostgres(env: NodeJS.ProcessEnv, fresh: boolean): Promise<TestPostgres> {
  const none = async () => {};
  if (!fresh && env.TEST_POSTGRES_URL) return { url: env.TEST_POSTGRES_URL, source: 'TEST_POSTGRES_URL', stop: none };
  if (!fresh && (await answers('127.0.0.1', 5432)))
    return { url: SYSTEM_POSTGRES_URL, source: '127.0.0.1:5432', stop: none };
  const server = await startEmbeddedPostgres();
  return { url: server.url, source: 'embedded', stop: server.stop };
}

/** Whether a TCP connection to host:port opens within a second. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}
