import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('chronicle eval timex', () => {
  it('scores the tagger on a folder of TIMEX2 keys and lists misses with -v', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    writeFileSync(
      join(dir, '01_test.key.xml'),
      '<DOC><TEXT>\nOn <TIMEX2 val="1939-09-01">September 1, 1939</TIMEX2>, war began. The <TIMEX2 val="">Blitz phase</TIMEX2> ended.\n</TEXT></DOC>',
    );
    const r = run(['eval', 'timex', '--corpus', dir, '-v']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MISS 01_test.key.xml "Blitz phase"');
    expect(r.stdout).toMatch(/\| strict\s+\|\s+100\.0 \|\s+50\.0 \|/);
    expect(r.stdout).toContain('value accuracy 100.0');
  });

  it('names the folder when it has no keys or does not exist', () => {
    const empty = mkdtempSync(join(tmpdir(), 'nokeys-'));
    expect(run(['eval', 'timex', '--corpus', empty]).stderr.trim()).toBe(
      `chronicle: ${empty}: no *.key.xml or *.tml files`,
    );
    expect(run(['eval', 'timex', '--corpus', '/no/such/dir']).stderr.trim()).toBe(
      'chronicle: /no/such/dir: no such folder (--corpus)',
    );
  });
});
