// Worker-thread entry point of the analysis pool (`analysis-pool.ts`): reads, parses and analyses
// the files the main thread sends, one at a time in the order sent (the pool relies on it to
// know which file a crash happened on), and posts each `PreparedFile` back. It never touches the
// database, so saving stays on the main thread in input order.
import { parentPort } from 'node:worker_threads';
import { type IngestOptions, type PreparedFile, prepareFile } from './pipeline.ts';

export interface PrepareRequest {
  seq: number;
  path: string;
  opts: IngestOptions;
}

/** A prepared file, or (once, first) word that the worker has loaded and listens. */
export type PrepareReply = { seq: number; prepared: PreparedFile } | { ready: true };

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs only as a worker thread');
/**
 * Fault injection for the pool's tests: a file whose name ends with this makes the worker die
 * the way a native fault or an out-of-memory would, outside `prepareFile`.
 */
const CRASH_ON = process.env.CHRONICLE_TEST_ANALYSIS_CRASH_ON;

let previous: Promise<unknown> = Promise.resolve();
port.on('message', ({ seq, path, opts }: PrepareRequest) => {
  previous = previous.then(async () => {
    if (CRASH_ON && path.endsWith(CRASH_ON)) process.exit(70);
    const prepared = await prepareFile(path, opts);
    port.postMessage({ seq, prepared } satisfies PrepareReply);
  });
});
port.postMessage({ ready: true } satisfies PrepareReply);
