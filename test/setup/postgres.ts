import { testPostgres } from '../../src/store/testing/test-postgres.ts';

// Vitest global setup: one PostgreSQL server for the whole run, picked before any test file
// starts and handed to every worker process as TEST_POSTGRES_URL (workers inherit this process's
// environment). `CHRONICLE_TEST_FRESH=1` ignores the machine's server and starts the npm-shipped one.
export default async function setup(): Promise<() => Promise<void>> {
  const fresh = process.env.CHRONICLE_TEST_FRESH === '1';
  const started = Date.now();
  const server = await testPostgres(process.env, fresh);
  process.env.TEST_POSTGRES_URL = server.url;
  if (server.source === 'embedded') {
    console.log(`tests: embedded PostgreSQL at ${server.url} (started in ${Date.now() - started} ms)`);
  }
  return server.stop;
}
