import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type RunningServer, startServer } from '../../src/server/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Markup that must never run in the website, whatever the source format. */
export const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
];

const HOSTILE_HTML = `<!doctype html><html lang="en"><head><title>Hostile markup test article</title></head><body>
<article><h1>Hostile markup test article</h1>
<p>In 1991 the Semipalatinsk test site was closed. <script>alert(1)</script></p>
<p>Picture: <img src=x onerror=alert(1)> and a <a href="javascript:alert(1)">link to OSCE</a>.</p>
<p><svg onload="alert(1)"><circle r="5"/></svg><span style="background:url(javascript:alert(1))">styled</span></p>
</article></body></html>`;

/** The same markup as literal text in Markdown, where the parser keeps it as text to be escaped. */
const HOSTILE_MARKDOWN = `---
title: "Hostile text <script>alert(1)</script> in 2010"
language: en
---

In 2010 Kazakhstan chaired the OSCE. Raw markup follows as text: <script>alert(1)</script> then
<img src=x onerror=alert(1)> and <a href="javascript:alert(1)">click</a>.
`;

export interface Fixture {
  dir: string;
  dbPath: string;
  server: RunningServer;
  url: string;
  close: () => Promise<void>;
}

/**
 * A temporary SQLite database with the sample corpus and two hostile articles ingested through the
 * real CLI, and the real server listening on a free port.
 */
export async function startFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-web-test-'));
  const dbPath = join(dir, 'chronicle.db');
  const hostileDir = join(dir, 'hostile');
  spawnSync('mkdir', ['-p', hostileDir]);
  writeFileSync(join(hostileDir, 'hostile.html'), HOSTILE_HTML);
  writeFileSync(join(hostileDir, 'hostile.md'), HOSTILE_MARKDOWN);
  // Explicit file types: the sample folder also holds gold annotation JSON that is not an article.
  const run = spawnSync(
    process.execPath,
    [
      'bin/chronicle.js',
      '--db',
      dbPath,
      'ingest',
      'samples/*.txt',
      'samples/*/*.{txt,md,html}',
      'samples/ru/*-2010.json',
      hostileDir,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!/\b\d+ new\b/.test(run.stdout + run.stderr) || /\b0 new\b/.test(run.stdout + run.stderr)) {
    throw new Error(`ingest failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  }
  const server = await startServer({ dbPath, port: 0, host: '127.0.0.1' });
  return {
    dir,
    dbPath,
    server,
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
