import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/chronicle.js', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('chronicle timex', () => {
  it('prints JSON lines with UTF-16 offsets into the original text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timex-'));
    const file = join(dir, 'emoji.txt');
    const text = '🎉 Founded in September 2013, chaired 2010-2011.';
    writeFileSync(file, text);
    const r = run(['timex', file, '--lang', 'en']);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const t of lines) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(lines[0]).toMatchObject({ start: 14, end: 28, text: 'September 2013', type: 'DATE', value: '2013-09' });
    expect(lines).toContainEqual({ start: 38, end: 47, text: '2010-2011', type: 'INTERVAL', value: '2010/2011' });
  });

  it('reads stdin when the file is -', () => {
    const r = run(['timex', '-', '--lang', 'en'], 'every three years');
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'SET', value: 'P3Y' });
  });

  it('rejects a bad flag or a missing file with one line naming it', () => {
    const bad = run(['timex', '-', '--dct', '2020-13-45'], 'x');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^chronicle: --dct/);
    const lang = run(['timex', '-', '--lang', 'fr'], 'x');
    expect(lang.stderr.trim()).toMatch(/^chronicle: --lang/);
    const missing = run(['timex', '/nonexistent/file.txt']);
    expect(missing.stderr.trim()).toBe('chronicle: /nonexistent/file.txt: no such file');
  });
});
