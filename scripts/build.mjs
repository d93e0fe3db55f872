// Bundles the CLI (src/cli/main.ts and everything it imports from src/) into dist/chronicle.mjs,
// so `chronicle` starts without compiling TypeScript at run time. Runs on `npm ci` (prepare).
// Writes dist/inputs.json (every bundled source file) so bin/chronicle.js can tell when the
// bundle is older than the sources and fall back to running them through tsx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('chronicle build: esbuild not installed (production install?); the CLI will run the sources via tsx');
  process.exit(0);
}
const out = join(root, 'dist');
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  // The analysis worker is its own entry point: a worker thread starts from a file of its own.
  entryPoints: {
    chronicle: join(root, 'src/cli/main.ts'),
    'analysis-worker': join(root, 'src/ingest/analysis-worker.ts'),
  },
  outdir: out,
  entryNames: '[name]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules'));
writeFileSync(join(out, 'inputs.json'), JSON.stringify(inputs));
console.log(`chronicle build: dist/chronicle.mjs from ${inputs.length} sources`);
