import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

/**
 * Folder of the web sources (styles, client scripts). `CHRONICLE_WEB_ROOT` overrides it for a
 * bundled server, whose own location is not this folder.
 */
const here = process.env.CHRONICLE_WEB_ROOT ?? join(PROJECT_ROOT, 'src', 'web');
const require = createRequire(join(here, 'assets.ts'));

export interface Asset {
  body: string;
  contentType: string;
}

type AssetSource = () => Promise<Asset>;

const css = (body: string): Asset => ({ body, contentType: 'text/css; charset=utf-8' });
const js = (body: string): Asset => ({ body, contentType: 'text/javascript; charset=utf-8' });

/** Every file under `/assets/`, built on first request and then kept in memory. */
const SOURCES: Record<string, AssetSource> = {
  'site.css': async () => css(await readFile(join(here, 'assets/site.css'), 'utf8')),
  'favicon.svg': async () => ({
    body: await readFile(join(here, 'assets/favicon.svg'), 'utf8'),
    contentType: 'image/svg+xml',
  }),
  'vis-timeline.css': async () =>
    css(await readFile(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'), 'utf8')),
  'article.js': async () => js(await bundle('client/article.ts')),
  'timeline.js': async () => js(await bundle('client/timeline.ts')),
};

const cache = new Map<string, Promise<Asset>>();

/**
 * An asset by file name, or null. Client scripts are bundled with esbuild the first time they are
 * asked for (not at start-up, which must stay under a second), then served from memory.
 */
export function getAsset(name: string): Promise<Asset> | null {
  // Own keys only: `constructor` or `__proto__` are on every object and no asset.
  const source = Object.hasOwn(SOURCES, name) ? SOURCES[name] : undefined;
  if (!source) return null;
  let asset = cache.get(name);
  if (!asset) {
    asset = source();
    cache.set(name, asset);
    asset.catch(() => cache.delete(name));
  }
  return asset;
}

async function bundle(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
