// Checks the dependency rule of README "Architecture" with dependency-cruiser (rules in
// .dependency-cruiser.cjs). Exit code 1 on any violation; `npm run depcheck`, part of `npm test`.
//
// Why a mirror: dependency-cruiser 17 reads TypeScript only through the `typescript` package's
// compiler API (versions 2-6), and this project compiles with TypeScript 7, which has none. So
// every file under src/ is stripped of types with esbuild into .tmp/depcruise/ (same paths,
// `.js`), and dependency-cruiser checks that copy. Type-only imports (`import type`,
// `export type … from`, `typeof import('…')`) become plain imports first, so they count like
// any other import (the strict reading: a circle through types is still a circle). Paths in the
// report are given back their `.ts` names.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { globSync } from 'tinyglobby';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mirror = join(root, '.tmp/depcruise');
const TYPE_ONLY = /\b(?:import|export)\s+type\s+(?:\*\s+as\s+\w+|\{[^}]*\}|\w+)\s+from\s+(['"][^'"]+['"])/g;
const TYPE_IMPORT = /\bimport\(\s*(['"][^'"]+['"])\s*\)/g;
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;

rmSync(mirror, { recursive: true, force: true });
const files = globSync(['src/**/*.{ts,mts,js,mjs}'], { cwd: root, ignore: ['src/web/assets/**'] });
const renamed = new Set();
for (const file of files) {
  const source = readFileSync(join(root, file), 'utf8');
  let out = source;
  let target = file;
  if (file.endsWith('.ts')) {
    const kept = [...source.matchAll(TYPE_IMPORT)].map((m) => `import ${m[1]};`).join('\n');
    const typed = source.replace(TYPE_ONLY, 'import $1');
    out = transformSync(typed, {
      loader: 'ts',
      format: 'esm',
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    }).code;
    out = `${out}\n${kept}\n`;
    target = file.replace(/\.ts$/, '.js');
    renamed.add(target);
  }
  out = out.replace(TS_SPECIFIER, '$1$2$3.js$2');
  mkdirSync(dirname(join(mirror, target)), { recursive: true });
  writeFileSync(join(mirror, target), out);
}

const cli = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = spawnSync(
  process.execPath,
  [
    cli,
    'src',
    '--config',
    join(root, '.dependency-cruiser.cjs'),
    '--output-type',
    'err-long',
    ...process.argv.slice(2),
  ],
  { cwd: mirror, encoding: 'utf8' },
);
const backToTs = (text) =>
  text.replace(/\bsrc\/[\w./-]+?\.js\b/g, (p) => (renamed.has(p) ? p.replace(/\.js$/, '.ts') : p));
process.stdout.write(backToTs(run.stdout ?? ''));
process.stderr.write(backToTs(run.stderr ?? ''));
rmSync(mirror, { recursive: true, force: true });
process.exit(run.status ?? 1);
