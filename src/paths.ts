import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (the one holding `package.json`, `resources/`, `src/`). Found by walking up
 * from this module, so it is right both when running the TypeScript sources and the bundled
 * `dist/chronicle.mjs`, whose own location is a different depth below the root.
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, '..');
    dir = parent;
  }
  return dir;
}

/**
 * `resources/`: gazetteers and language resources, the source data the analysis reads. Kept apart
 * from `data/`, which holds only the default database, so deleting the database never deletes them.
 */
export const RESOURCES_DIR = join(PROJECT_ROOT, 'resources');
