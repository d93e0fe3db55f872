import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './run.ts';

// Each step starts the real CLI in a new process; on a busy two-core machine that takes seconds.

const FIXTURE = new URL('../../../shared/fixtures/e-history-1509.txt', import.meta.url).pathname;
const GOLD = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/e-history-1509.gold.json', import.meta.url), 'utf8'),
);

describe('chronicle extract', { timeout: 120_000 }, () => {
  it('gives every article field of the founding document, with paragraph offsets into the file', async () => {
    const run = await chronicle(['extract', FIXTURE]);
    expect(run.stderr).toBe('');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['article', 'sentences', 'timexes', 'entities', 'events', 'claims']);
    const { bodyFirstWords, bodyLastWords, bodyParagraphs, ...fields } = GOLD.article;
    expect(doc.article).toMatchObject(fields);
    const text = readFileSync(FIXTURE, 'utf8');
    const paragraphs: { start: number; end: number }[] = doc.article.paragraphs;
    expect(paragraphs).toHaveLength(bodyParagraphs);
    expect(text.slice(paragraphs[0]?.start, paragraphs[0]?.end).startsWith(bodyFirstWords)).toBe(true);
    expect(text.slice(paragraphs.at(-1)?.start, paragraphs.at(-1)?.end).endsWith(bodyLastWords)).toBe(true);
  });

  it('reads stdin, sniffing the format, and obeys --lang', async () => {
    const run = await chronicle(['extract', '-', '--lang', 'kk'], {
      input: '{"title":"T","body":["One.","Two."],"id":"9"}',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).article).toMatchObject({
      id: '9',
      title: 'T',
      language: 'kk',
      paragraphs: [
        { start: 0, end: 4 },
        { start: 6, end: 10 },
      ],
    });
  });

  it('names the file and the reason when the input is not UTF-8', async () => {
    const dir = tempDir('extract');
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.from([0x41, 0x42, 0xe9, 0x43]));
    const run = await chronicle(['extract', path]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim()).toBe(`chronicle: ${path}: not UTF-8 (byte 0xE9 at offset 2)`);
    expect(run.stdout).toBe('');
  });

  it('rejects a bad option with the flag named', async () => {
    const run = await chronicle(['extract', FIXTURE, '--dct', '2020-02-30']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^chronicle: --dct: must be a date YYYY-MM-DD\n$/);
  });
});
