#!/usr/bin/env node
// Entry point installed as `chronicle`. Runs the bundle that `npm ci` builds (dist/chronicle.mjs,
// fast start) when it is newer than every source it was built from; otherwise — while editing —
// runs the TypeScript sources through tsx, so a stale bundle never hides a change.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function bundleIsFresh() {
  try {
    const built = statSync(join(root, 'dist', 'chronicle.mjs')).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, 'dist', 'inputs.json'), 'utf8'));
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= built);
  } catch {
    return false;
  }
}

let main;
if (process.env.CHRONICLE_FROM_SOURCE !== '1' && bundleIsFresh()) {
  ({ main } = await import('../dist/chronicle.mjs'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
