// Worker-thread entry point of the analysis pool (`analysis-pool.ts`): reads, parses and analyses
// the files the main thread sends, one at a time, and posts each `PreparedFile` back. It never
// touches the database, so saving stays on the main thread in input order.
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
port.on('message', async ({ seq, path, opts }: PrepareRequest) => {
  const prepared = await prepareFile(path, opts);
  port.postMessage({ seq, prepared } satisfies PrepareReply);
});
port.postMessage({ ready: true } satisfies PrepareReply);
