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
 * Most articles stored in one transaction. A commit writes every page the saves touched, and
 * neighbouring articles touch the same index pages, so one commit per batch instead of per
 * article measured 5 ms less per article (see bench/RESULTS.md). Bounded so a batch holds the
 * write lock for well under a second and an interrupted run loses little work.
 */
export const SAVE_BATCH = 32;

export interface IngestManyOptions extends IngestOptions {
  /** Analysis threads; default `defaultThreadCount()`, 0 analyses in-process. */
  threads?: number;
  /** Each file's path relative to the folder it was found in (`Discovery.sourcePaths`), for public answers. */
  sourcePaths?: ReadonlyMap<string, string>;
}

/**
 * Ingests files in order: worker threads read, parse and analyse ahead while this thread saves
 * what is ready in batches of up to `SAVE_BATCH` articles per transaction, each article
 * all-or-nothing on its own, in input order — so revision numbers and the outcomes `onOutcome`
 * sees are the same as a one-by-one run. A single file, or no worker entry point, is analysed
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
    const limit = Math.max(2 * SAVE_BATCH, threads * AHEAD_PER_THREAD);
    let next = 0;
    const fill = () => {
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
      while (batch.length < SAVE_BATCH && ahead.length && settled.has(ahead[0] as Promise<PreparedFile>)) {
        batch.push(withSourcePath(await (ahead.shift() as Promise<PreparedFile>)));
      }
      fill();
      for (const outcome of await storePreparedBatch(store, batch)) onOutcome(outcome);
    }
  } finally {
    await pool.close();
  }
}
