import type { Store } from '../store/types.ts';
import { AnalysisPool, defaultThreadCount } from './analysis-pool.ts';
import {
  type IngestOptions,
  type IngestOutcome,
  type PreparedFile,
  prepareFile,
  storePreparedBatch,
} from './pipeline.ts';

/** Files prepared ahead of the one being saved, per thread: enough to keep every thread busy, few enough that memory stays flat. */
const AHEAD_PER_THREAD = 4;

/**
 * Articles stored in one transaction at first, and always when analysing in-process. A commit
 * writes every page the saves touched, and neighbouring articles touch the same index pages, so
 * one commit per batch instead of per article measured 5 ms less per article (see bench/RESULTS.md).
 */
export const SAVE_BATCH = 32;

/**
 * With worker threads, batches grow towards this many articles while saving stays within
 * `BATCH_MS`: at 8 000 stored articles a commit of 32 wrote about 500 WAL pages per article, nearly
 * all index leaves, and the checkpoint after it wrote them again; larger batches share more of
 * those pages (1 000 saves wrote 16 GB to disk in batches of 32, 6–13 GB in batches of 60–500).
 */
export const MAX_SAVE_BATCH = 512;

/**
 * How long one batch may hold the write lock, about: a concurrent writer (an editor's decision
 * on the server) waits for it, and gives up after the store's busy timeout of 10 s.
 */
const BATCH_MS = 3_000;

/** Text in one batch at most: big files make small batches, so memory stays bounded. */
const BATCH_TEXT_BYTES = 32 * 1024 * 1024;

/** The next batch's size: as many articles as the last ones saved in `BATCH_MS`, within the bounds. */
function nextBatchSize(saved: number, ms: number): number {
  const perArticle = ms / Math.max(saved, 1);
  return Math.max(SAVE_BATCH, Math.min(MAX_SAVE_BATCH, Math.floor(BATCH_MS / Math.max(perArticle, 0.1))));
}

/** Characters of text a prepared file brings into a batch (its analysis is about as large again). */
const textSize = (prepared: PreparedFile): number => (prepared.ok ? prepared.article.text.length : 0);

export interface IngestManyOptions extends IngestOptions {
  /** Analysis threads; default `defaultThreadCount()`, 0 analyses in-process. */
  threads?: number;
  /** Each file's path relative to the folder it was found in (`Discovery.sourcePaths`), for public answers. */
  sourcePaths?: ReadonlyMap<string, string>;
}

/**
 * Ingests files in order: worker threads read, parse and analyse ahead while this thread saves
 * what is ready, one transaction per batch (`SAVE_BATCH` articles at first, then as many as
 * take about `BATCH_MS` to save, up to `MAX_SAVE_BATCH`), each article all-or-nothing on its
 * own, in input order — so revision numbers and the outcomes `onOutcome` sees are the same as
 * a one-by-one run. A single file, or no worker entry point, is analysed
 * in-process.
 */
export async function ingestMany(
  store: Store,
  files: readonly string[],
  opts: IngestManyOptions,
  onOutcome: (outcome: IngestOutcome) => void,
): Promise<void> {
  const { threads = defaultThreadCount(), sourcePaths, ...fileOpts } = opts;
  const withSourcePath = (prepared: PreparedFile): PreparedFile => {
    const sourcePath = sourcePaths?.get(prepared.path);
    return prepared.ok && sourcePath ? { ...prepared, sourcePath } : prepared;
  };
  const pool = files.length > 1 ? AnalysisPool.open(threads) : null;
  if (!pool) {
    for (let i = 0; i < files.length; i += SAVE_BATCH) {
      const batch: PreparedFile[] = [];
      for (const path of files.slice(i, i + SAVE_BATCH)) batch.push(withSourcePath(await prepareFile(path, fileOpts)));
      for (const outcome of await storePreparedBatch(store, batch)) onOutcome(outcome);
    }
    return;
  }
  try {
    // Prepared files waiting to be saved, oldest first; bounded, so 100 000 files never sit in memory.
    const ahead: Promise<PreparedFile>[] = [];
    const settled = new WeakSet<Promise<PreparedFile>>();
    let batchSize = SAVE_BATCH;
    let next = 0;
    const fill = () => {
      const limit = Math.max(2 * batchSize, threads * AHEAD_PER_THREAD);
      while (next < files.length && ahead.length < limit) {
        const prepared = pool.prepare(files[next++] as string, fileOpts);
        prepared.then(
          () => settled.add(prepared),
          () => settled.add(prepared),
        );
        ahead.push(prepared);
      }
    };
    fill();
    while (ahead.length) {
      // The oldest file, then every later one that is already analysed: never waits for analysis
      // to fill a batch, so saving starts as soon as the first file is ready.
      const batch = [withSourcePath(await (ahead.shift() as Promise<PreparedFile>))];
      // Saving never returns to the event loop (SQLite calls are synchronous), so the workers'
      // answers wait in their ports until something does: let them in before choosing the batch.
      await new Promise((resolve) => setImmediate(resolve));
      let bytes = textSize(batch[0] as PreparedFile);
      while (
        batch.length < batchSize &&
        bytes < BATCH_TEXT_BYTES &&
        ahead.length &&
        settled.has(ahead[0] as Promise<PreparedFile>)
      ) {
        const prepared = withSourcePath(await (ahead.shift() as Promise<PreparedFile>));
        batch.push(prepared);
        bytes += textSize(prepared);
      }
      fill();
      const t0 = performance.now();
      const outcomes = await storePreparedBatch(store, batch);
      batchSize = nextBatchSize(batch.length, performance.now() - t0);
      for (const outcome of outcomes) onOutcome(outcome);
    }
  } finally {
    await pool.close();
  }
}
