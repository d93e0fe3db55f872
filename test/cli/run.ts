import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `chronicle` executable in a child process, as a user would, with SQLite forced
 * (DATABASE_URL removed) unless `env` sets it; in `cwd` when given (where `./data/chronicle.db` is).
 */
export function chronicle(
  args: string[],
  opts: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env?.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env, cwd: opts.cwd, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(opts.input ?? '');
  });
}

/** Runs `chronicle` on a SQLite database and returns its stdout; throws with its stderr when it fails (test set-up). */
export async function chronicleOn(dbPath: string, args: string[]): Promise<string> {
  const run = await chronicle(['--db', dbPath, ...args]);
  if (run.code !== 0) throw new Error(`chronicle ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** A fresh temporary folder for one test's files and database. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `chronicle-${prefix}-`));
}
