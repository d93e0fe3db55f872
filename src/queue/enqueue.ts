import { basename, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile } from '../ingest/index.ts';
import type { IngestJobOptions } from './job.ts';
import type { IngestQueue, SendResult } from './queue.ts';

export interface EnqueueOptions extends IngestJobOptions {
  /** Largest file to read, as `chronicle ingest --max-size`. */
  maxBytes?: number;
  /** Each file's path relative to the folder it was found in (`Discovery.sourcePaths`). */
  sourcePaths?: ReadonlyMap<string, string>;
}

/** What happened to one file: queued (or already there), or refused before it reached the queue. */
export type EnqueueOutcome =
  | { path: string; ok: true; result: SendResult }
  | { path: string; ok: false; reason: string };

/**
 * Reads each file with the same checks as `chronicle ingest` (size limit, binary, empty, not
 * UTF-8) and queues the good ones with their text, one at a time so memory stays flat however
 * many files there are. A refused file never reaches the queue; its reason comes back instead.
 *
 * @example await enqueueFiles(queue, ['samples/en/a.txt'], { dct: '2020-01-01' }, console.log)
 */
export async function enqueueFiles(
  queue: IngestQueue,
  files: readonly string[],
  opts: EnqueueOptions,
  onOutcome: (outcome: EnqueueOutcome) => void,
): Promise<void> {
  const { maxBytes = DEFAULT_MAX_FILE_BYTES, sourcePaths, ...jobOptions } = opts;
  for (const path of files) {
    const read = await readSourceFile(path, maxBytes);
    if (!read.ok) {
      onOutcome({ path, ok: false, reason: read.reason });
      continue;
    }
    const { hash, text } = read.source;
    const sourcePath = sourcePaths?.get(path) ?? basename(path);
    const result = await queue.send({ path: resolve(path), hash, text, sourcePath, ...definedOnly(jobOptions) });
    onOutcome({ path, ok: true, result });
  }
}

/** Drops undefined options, so the job (and its id) is the same whether an option was absent or unset. */
function definedOnly(opts: IngestJobOptions): IngestJobOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as IngestJobOptions;
}
