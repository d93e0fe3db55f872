import type { Store } from '../store/types.ts';
import { AnalysisPool, defaultThreadCount } from './analysis-pool.ts';
import { type IngestOptions, type IngestOutcome, ingestFile, type PreparedFile, storePrepared } from './pipeline.ts';

/** Files prepared ahead of the one being saved, per thread: enough to keep every thread busy, few enough that memory stays flat. */
const AHEAD_PER_THREAD = 4;

export interface IngestManyOptions extends IngestOptions {
  /** Analysis threads; default `defaultThreadCount()`, 0 analyses in-process. */
  threads?: number;
}

/**
 * Ingests files in order: worker threads read, parse and analyse ahead while this thread saves
 * each article in its own transaction, in input order — so revision numbers and the outcomes
 * `onOutcome` sees are the same as a one-by-one run. A single file, or no worker entry point, is
 * analysed in-process.
 */
export async function ingestMany(
  store: Store,
  files: readonly string[],
  opts: IngestManyOptions,
  onOutcome: (outcome: IngestOutcome) => void,
): Promise<void> {
  const { threads = defaultThreadCount(), ...fileOpts } = opts;
  const pool = files.length > 1 ? AnalysisPool.open(threads) : null;
  if (!pool) {
    for (const path of files) onOutcome(await ingestFile(store, path, fileOpts));
    return;
  }
  try {
    // Prepared files waiting to be saved, oldest first; bounded, so 100 000 files never sit in memory.
    const ahead: Promise<PreparedFile>[] = [];
    const limit = Math.max(2, threads * AHEAD_PER_THREAD);
    let next = 0;
    const fill = () => {
      while (next < files.length && ahead.length < limit) ahead.push(pool.prepare(files[next++] as string, fileOpts));
    };
    fill();
    for (let prepared = ahead.shift(); prepared; prepared = ahead.shift()) {
      const ready = await prepared;
      fill();
      onOutcome(await storePrepared(store, ready));
    }
  } finally {
    await pool.close();
  }
}
