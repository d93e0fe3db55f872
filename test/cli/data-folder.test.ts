import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, RESOURCES_DIR } from '../../src/paths.ts';
import { DEFAULT_DB_PATH } from '../../src/store/index.ts';
import { chronicle, tempDir } from './run.ts';

// Resetting the database by deleting its folder (`rm -rf data`) must leave the gazetteers and
// language resources the analysis reads: they live in `resources/`, the database in `data/`.

const SAMPLES = join(PROJECT_ROOT, 'samples');

describe('deleting the database folder', { timeout: 180_000 }, () => {
  it('keeps the source data out of the default database folder', () => {
    const dbFolder = resolve(PROJECT_ROOT, dirname(DEFAULT_DB_PATH));
    const inside = relative(dbFolder, RESOURCES_DIR);
    expect(inside.startsWith('..')).toBe(true);
    expect(existsSync(join(RESOURCES_DIR, 'gazetteer'))).toBe(true);
  });

  it('still ingests all 13 samples, with gazetteer entities, after `rm -rf data`', async () => {
    const cwd = tempDir('data-folder');
    const first = await chronicle(['ingest', SAMPLES], { cwd });
    expect(first.stdout, first.stderr).toBe('13 new, 0 updated, 0 unchanged, 0 failed\n');
    expect(existsSync(join(cwd, DEFAULT_DB_PATH))).toBe(true);

    rmSync(join(cwd, dirname(DEFAULT_DB_PATH)), { recursive: true, force: true });

    const again = await chronicle(['ingest', SAMPLES], { cwd });
    expect(again.stdout, again.stderr).toBe('13 new, 0 updated, 0 unchanged, 0 failed\n');
    expect(again.code).toBe(0);
    // Events linked to a gazetteer id: the gazetteer was read, not silently missing.
    const csv = await chronicle(['export', 'csv', '--entity', 'place:kazakhstan'], { cwd });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.trim().split('\n').length).toBeGreaterThan(10);
    rmSync(cwd, { recursive: true, force: true });
  });
});
