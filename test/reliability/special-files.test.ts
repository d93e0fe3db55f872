import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './helpers.ts';

// Only regular files are read. A FIFO blocked `open()` until someone wrote to it (ingest and
// extract hung); `timex /dev/zero` read without end (5.7 GB in 16 s). Each is now refused by its
// kind, naming the file, within the same size limit as ingest.

const root = tempDir('special-files');
const folder = join(root, 'articles');
mkdirSync(folder);
writeFileSync(join(folder, 'a.txt'), 'Abai\n\nAbai was born in 1845 in Semey.\n');
const fifo = join(folder, 'pipe.txt');
execFileSync('mkfifo', [fifo]);
const db = join(root, 'chronicle.db');
const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;

/** `chronicle timex` reading `input` on stdin; it may stop reading early, so a broken pipe is expected. */
function pipedTimex(input: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'timex'], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('special files', { timeout: 60_000 }, () => {
  it('ingest of a folder holding a FIFO stores the article, and a FIFO named on its own is refused by kind', async () => {
    const folderRun = await chronicle(['--db', db, 'ingest', folder]);
    expect(folderRun.stdout).toMatch(/^1 new, 0 updated, 0 unchanged, 0 failed/);
    const named = await chronicle(['--db', db, 'ingest', join(folder, 'a.txt'), fifo]);
    expect(named.stderr).toMatch(/pipe\.txt: is a FIFO \(named pipe\), not a regular file/);
  });

  it('extract and timex refuse a FIFO by its kind', async () => {
    for (const command of ['extract', 'timex']) {
      const run = await chronicle([command, fifo]);
      expect(run.code, command).not.toBe(0);
      expect(run.stderr, command).toMatch(/pipe\.txt: is a FIFO \(named pipe\), not a regular file/);
    }
  });

  it('timex and extract refuse a device instead of reading it without end', async () => {
    for (const command of ['timex', 'extract']) {
      const run = await chronicle([command, '/dev/zero']);
      expect(run.code, command).not.toBe(0);
      expect(run.stderr, command).toMatch(/\/dev\/zero: is a character device, not a regular file/);
    }
  });

  it('timex keeps to the size limit of ingest', async () => {
    const big = join(root, 'big.txt');
    writeFileSync(big, 'In 1845. '.repeat(1_300_000));
    const run = await chronicle(['timex', big]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/big\.txt: too large \(11\.2 MB; limit 10 MB/);
    const piped = await pipedTimex('In 1845. '.repeat(1_300_000));
    expect(piped.code).not.toBe(0);
    expect(piped.stderr).toMatch(/stdin: too large/);
  });

  it('extract and timex keep CHRONICLE_MAX_FILE_BYTES as ingest does, files and stdin alike', async () => {
    const article = join(root, 'three-kb.txt');
    writeFileSync(article, `Abai\n\n${'Abai was born in 1845 in Semey. '.repeat(100)}\n`);
    const env = { CHRONICLE_MAX_FILE_BYTES: '1k' };
    for (const command of ['ingest', 'extract', 'timex']) {
      const args = command === 'ingest' ? ['--db', join(root, 'limit.db'), 'ingest', article] : [command, article];
      const run = await chronicle(args, { env });
      expect(run.code, command).not.toBe(0);
      expect(run.stderr, command).toMatch(/three-kb\.txt: too large \(3\.\d KB; limit 1 KB/);
    }
    for (const command of ['extract', 'timex']) {
      const piped = await chronicle([command], { env, input: readFileSync(article, 'utf8') });
      expect(piped.code, command).not.toBe(0);
      expect(piped.stderr, command).toMatch(/^chronicle: stdin: too large/);
      // --max-size, when given, is the limit.
      expect((await chronicle([command, article, '--max-size', '10k'], { env })).code, command).toBe(0);
      const bad = await chronicle([command, article], { env: { CHRONICLE_MAX_FILE_BYTES: 'lots' } });
      expect(bad.stderr, command).toBe('chronicle: CHRONICLE_MAX_FILE_BYTES: "lots" is not a size in bytes\n');
    }
  });
});
