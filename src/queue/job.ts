import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SOURCE_FORMATS, type SourceFormat } from '../domain/article.ts';
import { LANGUAGES, type Language } from '../domain/languages.ts';

/** The pg-boss queue every `chronicle queue add` sends to and every `chronicle worker` takes from. */
export const INGEST_QUEUE = 'chronicle-ingest';

/** How a file is to be read, as `chronicle ingest` takes it on the command line. */
export interface IngestJobOptions {
  format?: SourceFormat;
  lang?: Language;
  /** Document creation date for articles that do not give their publication date. */
  dct?: string;
}

/**
 * One source file to ingest, self-contained: its text travels with it, so a worker on another
 * machine needs neither the file nor the same folder layout. `path` is absolute, because the store
 * knows articles without a source id by their path.
 */
export interface IngestJob extends IngestJobOptions {
  path: string;
  /** sha256 of the file's bytes, hex: the store's content hash, so unchanged files stay unchanged. */
  hash: string;
  text: string;
  /** The path public answers show, relative to the folder `queue add` was given. */
  sourcePath?: string;
}

/** What a worker accepts: anything else in the queue is a bad job, failed without retry. */
export const ingestJobSchema = z.object({
  path: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  text: z.string().min(1),
  sourcePath: z.string().min(1).max(4096).optional(),
  format: z.enum(SOURCE_FORMATS).optional(),
  lang: z.enum(LANGUAGES).optional(),
  dct: z.string().optional(),
});

/**
 * The job's id, derived from what it would store (path, content hash, options): sending the same
 * file twice inserts the same id, which pg-boss ignores, so a folder queued twice is worked once.
 * A UUID because pg-boss ids are; the bits of version 8 (custom) mark it as ours.
 *
 * @example jobId({ path: '/a.txt', hash: 'ab…' }) // '3f2c…-…'
 */
export function jobId(job: Omit<IngestJob, 'text'>): string {
  const key = JSON.stringify([job.path, job.hash, job.format ?? null, job.lang ?? null, job.dct ?? null]);
  const bytes = createHash('sha256').update(key).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
