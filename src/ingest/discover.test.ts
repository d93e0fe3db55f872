import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSources, TooManyFilesError } from './discover.ts';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'chronicle-discover-'));
  for (const path of [
    'b.txt',
    'a.md',
    'sub/c.html',
    'sub/deeper/d.json',
    '.hidden.txt',
    '.git/x.txt',
    'node_modules/m.txt',
  ]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }
  return root;
}

describe('discoverSources', () => {
  it('walks folders recursively, skipping dotfiles, node_modules, gold annotations and READMEs, sorted', async () => {
    const root = tree();
    const { files, problems } = await discoverSources([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.json']);
    expect(problems).toEqual([]);
  });

  it('expands globs and removes duplicates', async () => {
    const root = tree();
    const { files } = await discoverSources([join(root, '**/*.txt'), join(root, 'b.txt'), join(root, 'sub')]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['b.txt', 'sub/c.html', 'sub/deeper/d.json']);
  });

  it('reports arguments that name nothing', async () => {
    const root = tree();
    const { problems } = await discoverSources([join(root, 'missing.txt'), join(root, '*.pdf')]);
    expect(problems.map((p) => p.reason)).toEqual(['no such file or folder', 'no files match']);
  });

  it('stops past the file limit', async () => {
    await expect(discoverSources([tree()], 3)).rejects.toThrow(TooManyFilesError);
  });
});
