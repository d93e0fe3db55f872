import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { notRegular } from './read.ts';

/** Enough for a whole portal's archive; a guard against pointing ingest at `/` by mistake. */
export const DEFAULT_MAX_FILES = 100_000;

export interface Discovery {
  /** Files to read, deduplicated (by absolute path) and sorted; as the user would name them. */
  files: string[];
  /** Arguments that named nothing: `{path, reason}`, one line each. */
  problems: { path: string; reason: string }[];
  /**
   * Each file's path relative to the argument it was found through (the folder, or a glob's fixed
   * folder; a file named on its own is its file name), with `/` between folders: what public
   * answers show instead of the server's absolute path.
   */
  sourcePaths: Map<string, string>;
}

export class TooManyFilesError extends Error {}

/**
 * Expands command-line arguments into source files: a file is taken as is, a folder is walked
 * recursively (skipping dotfiles, `node_modules`, `*.gold.json` annotations and README/LICENSE files), anything else is
 * a glob pattern.
 * Throws TooManyFilesError past `maxFiles` so that nothing is half-ingested by surprise.
 *
 * @example await discoverSources(['samples', 'extra/*.md'])
 */
export async function discoverSources(args: string[], maxFiles = DEFAULT_MAX_FILES): Promise<Discovery> {
  const found = new Map<string, string>();
  const sourcePaths = new Map<string, string>();
  const problems: Discovery['problems'] = [];
  const adder = (root: string | null) => (path: string) => {
    const key = resolve(path);
    if (!found.has(key)) {
      found.set(key, path);
      sourcePaths.set(path, root === null ? basename(path) : relative(resolve(root), key).split(sep).join('/'));
    }
    if (found.size > maxFiles) throw new TooManyFilesError(`too many files (more than ${maxFiles}; see --max-files)`);
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info?.isFile()) adder(null)(arg);
    else if (info?.isDirectory()) await walkFolder(arg, adder(arg));
    else if (info) problems.push({ path: arg, reason: `${notRegular(info)} or folder` });
    else if (isDynamicPattern(arg)) {
      const matches = await globFiles(arg);
      if (matches.length === 0) problems.push({ path: arg, reason: 'no files match' });
      const add = adder(globBase(arg));
      for (const m of matches) add(m);
    } else problems.push({ path: arg, reason: 'no such file or folder' });
  }
  const files = [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems, sourcePaths };
}

/** The folders of a glob before its first pattern segment (`samples/en/*.txt` → `samples/en`, `*.md` → `.`). */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed = segments.findIndex((s) => isDynamicPattern(s));
  return segments.slice(0, fixed < 0 ? segments.length : fixed).join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/** Files a glob matches, without dotfiles or anything under `node_modules` past the pattern's fixed folder. */
async function globFiles(pattern: string): Promise<string[]> {
  const base = globBase(pattern);
  const matches = await glob(pattern, {
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    // Give matches back the way the user wrote the pattern: absolute for an absolute pattern.
    absolute: isAbsolute(pattern),
  });
  return matches.filter((m) => !relative(resolve(base), resolve(m)).split(sep).includes('node_modules'));
}

// Hand annotations (`article.gold.json`) and a folder's README or licence sit beside the articles;
// they are not articles. Named explicitly on the command line, they are still read.
const NOT_ARTICLES = /\.gold\.json$|^(?:readme|licen[cs]e|changelog)(?:\.[a-z]+)?$/i;

function isAnnotation(name: string): boolean {
  return NOT_ARTICLES.test(name);
}

async function walkFolder(root: string, add: (path: string) => void): Promise<void> {
  // Breadth-first with an explicit queue: deep trees cannot overflow the stack, and symlinked
  // folders are not followed, so a link cycle cannot loop forever.
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift() as string;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || isAnnotation(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile()) add(path);
      else if (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()) add(path);
    }
  }
}
