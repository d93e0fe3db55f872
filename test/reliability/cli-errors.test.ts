import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronicle, tempDir } from './helpers.ts';

// A mistake on the command line is one line on stderr naming it, not the whole usage after it.

describe('command-line mistakes', { timeout: 60_000 }, () => {
  it.each([
    [['show'], /^chronicle: missing required argument 'id'\n$/],
    [['review', 'correct', 'ev-0000000000000000'], /^chronicle: required option '--editor <name>' not specified\n$/],
    [['list', '--frob'], /^chronicle: unknown option '--frob'\n$/],
    [['frobnicate'], /^chronicle: unknown command 'frobnicate'[^\n]*\n$/],
  ])('chronicle %j answers in one line', async (args, message) => {
    const run = await chronicle(args as string[]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('prints a YAML front-matter warning as one line naming the file, and still stores the article', async () => {
    const dir = tempDir('yaml-warning');
    const file = join(dir, 'tagged.md');
    writeFileSync(file, '---\ntitle: !weird Abai\n---\nAbai was born in 1845 in Semey.\n');
    const line = `${file}: warning: front matter: Unresolved tag: !weird at line 1, column 8\n`;
    const ingest = await chronicle(['--db', join(dir, 'chronicle.db'), 'ingest', file]);
    expect(ingest.stderr).toBe(line);
    expect(ingest.stdout).toBe('1 new, 0 updated, 0 unchanged, 0 failed\n');
    const extract = await chronicle(['extract', file]);
    expect(extract.code).toBe(0);
    expect(extract.stderr).toBe(line);
    expect(JSON.parse(extract.stdout).article.title).toBe('Abai');
  });
});
