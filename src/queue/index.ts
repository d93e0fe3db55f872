// The public face of the ingest queue: files queued in PostgreSQL (pg-boss), stored by workers anywhere.
export { type EnqueueOptions, type EnqueueOutcome, enqueueFiles } from './enqueue.ts';
export type { IngestJob, IngestJobOptions } from './job.ts';
export {
  type FailedJob,
  IngestQueue,
  QueueConnectionError,
  type QueueCounts,
  type SendResult,
  type TakenJob,
} from './queue.ts';
export { runWorker, type WorkerOptions, type WorkOutcome } from './worker.ts';
