import { basename, resolve } from 'node:path';
import type { Analysis, Language } from '../analyze/types.ts';
import type { ArticleInput, SaveOutcome, SaveResult, Store } from '../store/types.ts';
import { analyzeArticle } from './analyze.ts';
import { compareRevisions, type RevisionChange } from './changes.ts';
import { formatForPath, parseSource, sniffFormat } from './format.ts';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile, type SourceText } from './read.ts';
import type { ParsedArticle, SourceFormat } from './types.ts';

export interface LoadOptions {
  maxBytes?: number;
  /** Overrides the format the file name suggests. */
  format?: SourceFormat;
  /** Overrides the language the source declares or detection finds. */
  lang?: Language;
}

export type LoadResult = { ok: true; source: SourceText; article: ParsedArticle } | { ok: false; reason: string };

/** Reads and parses one source file; every failure is a value with a one-line reason. */
export async function loadArticle(path: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const read = await readSourceFile(path, opts.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!read.ok) return read;
  return parseLoaded(read.source, opts.format ?? formatForPath(path), opts.lang);
}

/** Parses already-decoded source text (stdin, tests); `format` null means sniff. */
export function parseLoaded(source: SourceText, format: SourceFormat | null, lang?: Language): LoadResult {
  const parsed = parseSource(source.text, format ?? sniffFormat(source.text));
  if (!parsed.ok) return parsed;
  const { article } = parsed;
  // A page of menus only, or a header without a body, is not an article worth storing.
  if (article.text.trim() === '' || (article.meta.paragraphs.length === 0 && !article.meta.title)) {
    return { ok: false, reason: 'no article text found' };
  }
  if (lang) article.meta.language = lang;
  return { ok: true, source, article };
}

export interface IngestOptions extends LoadOptions {
  /** Document creation date for articles that do not give their publication date. */
  dct?: string;
}

export type IngestOutcome =
  | { path: string; ok: true; result: SaveResult; change?: RevisionChange; warnings?: string[] }
  | { path: string; ok: false; reason: string };

/** One file read, parsed and analysed, ready to store; what a worker thread sends back. */
export type PreparedFile =
  | {
      path: string;
      ok: true;
      hash: string;
      article: ParsedArticle;
      analysis: Analysis;
      /** The path public answers show, relative to the folder ingest was given (default: the file name). */
      sourcePath?: string;
    }
  | { path: string; ok: false; reason: string };

/**
 * The pure half of ingesting a file: read → parse → analyse, with the article's publication date
 * as the document date when known. Touches no database, so it can run on any thread.
 */
export async function prepareFile(path: string, opts: IngestOptions = {}): Promise<PreparedFile> {
  const loaded = await loadArticle(path, opts);
  if (!loaded.ok) return { path, ok: false, reason: loaded.reason };
  const { article, source } = loaded;
  try {
    const analysis = analyzeArticle(article, { dct: article.meta.published ?? opts.dct });
    return { path, ok: true, hash: source.hash, article, analysis };
  } catch (err) {
    return { path, ok: false, reason: firstLine(err) };
  }
}

/**
 * `prepareFile` for a source already read and decoded elsewhere (a queued job carries the text, so
 * a worker on another machine needs no file system): parse → analyse. `path` names the article.
 */
export function prepareSource(path: string, source: SourceText, opts: IngestOptions = {}): PreparedFile {
  const loaded = parseLoaded(source, opts.format ?? formatForPath(path), opts.lang);
  if (!loaded.ok) return { path, ok: false, reason: loaded.reason };
  const { article } = loaded;
  try {
    const analysis = analyzeArticle(article, { dct: article.meta.published ?? opts.dct });
    return { path, ok: true, hash: source.hash, article, analysis };
  } catch (err) {
    return { path, ok: false, reason: firstLine(err) };
  }
}

/**
 * Ingests one file: `prepareFile`, then `storePrepared`. The store keeps it idempotent by content
 * hash and makes a changed source a new revision of the same article (same site + id, or same path
 * when there is no id).
 */
export async function ingestFile(store: Store, path: string, opts: IngestOptions = {}): Promise<IngestOutcome> {
  return storePrepared(store, await prepareFile(path, opts));
}

/** Stores a prepared file in one transaction; a new revision also says what changed since the last. */
export async function storePrepared(store: Store, prepared: PreparedFile): Promise<IngestOutcome> {
  return (await storePreparedBatch(store, [prepared]))[0] as IngestOutcome;
}

/**
 * Stores prepared files in order in one transaction (`Store.saveArticles`), each all-or-nothing:
 * one outcome per file, in order, as if each had been stored alone. A new revision also says
 * what changed since the last.
 */
export async function storePreparedBatch(store: Store, batch: readonly PreparedFile[]): Promise<IngestOutcome[]> {
  const ready = batch.filter((p): p is Extract<PreparedFile, { ok: true }> => p.ok);
  let saved: SaveOutcome[];
  try {
    saved = ready.length ? await store.saveArticles(ready.map(articleInput)) : [];
  } catch (err) {
    // The transaction could not commit: none of the batch is stored.
    return batch.map((p) => (p.ok ? failure(p.path, err) : p));
  }
  const outcomes = new Map(ready.map((p, i) => [p, saved[i] as SaveOutcome]));
  const results: IngestOutcome[] = [];
  for (const prepared of batch) {
    if (!prepared.ok) {
      results.push(prepared);
      continue;
    }
    const { path, article, analysis } = prepared;
    const outcome = outcomes.get(prepared) as SaveOutcome;
    if (!outcome.ok) {
      results.push(failure(path, outcome.error));
      continue;
    }
    const { result } = outcome;
    const warned = article.warnings?.length ? { warnings: article.warnings } : {};
    if (result.status !== 'updated') {
      results.push({ path, ok: true, result, ...warned });
      continue;
    }
    // A new revision: say what changed since the one before, as the editors' report.
    const previous = await store.getArticle(result.id, result.revision - 1);
    const change = previous
      ? compareRevisions(previous, { text: article.text, meta: article.meta, analysis })
      : undefined;
    results.push({ path, ok: true, result, change, ...warned });
  }
  return results;
}

/** What the store saves of a prepared file. */
export function articleInput(prepared: Extract<PreparedFile, { ok: true }>): ArticleInput {
  const { path, article, analysis } = prepared;
  return {
    site: article.meta.site,
    sourceId: article.meta.id,
    path: resolve(path),
    // The absolute path is the identity; answers show this one, which names no server folder.
    sourcePath: prepared.sourcePath ?? basename(path),
    format: article.format,
    hash: prepared.hash,
    text: article.text,
    meta: article.meta,
    analysis,
  };
}

function failure(path: string, err: unknown): IngestOutcome {
  const message = firstLine(err);
  // The store names the article by its resolved path; the caller prints the path already.
  const own = `${resolve(path)}: `;
  return { path, ok: false, reason: message.startsWith(own) ? message.slice(own.length) : message };
}

function firstLine(err: unknown): string {
  return err instanceof Error ? (err.message.split('\n')[0] as string) : String(err);
}
