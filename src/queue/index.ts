// The public face of the ingest queue: files queued in PostgreSQL (pg-boss), stored by workers anywhere.
export { type EnqueueOptions, type EnqueueOutcome, enqueueFiles } from './enqueue.ts';
export { INGEST_QUEUE, type IngestJob, type IngestJobOptions, jobId } from './job.ts';
export {
  type FailedJob,
  IngestQueue,
  QUEUE_SCHEMA,
  QueueConnectionError,
  type QueueCounts,
  type SendResult,
  serverOf,
  type TakenJob,
} from './queue.ts';
export { JOB_BATCH, runWorker, type WorkerOptions, type WorkOutcome, workJob, workJobs } from './worker.ts';
