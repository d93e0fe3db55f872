// Articles uploaded through the site or the API: the same reading, parsing, checks and analysis as
// `chronicle ingest`, off the server's event loop, one outcome per file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Store } from '../store/types.ts';
import { AnalysisPool, defaultThreadCount } from './analysis-pool.ts';
import { type IngestOutcome, type PreparedFile, prepareFile, storePreparedBatch } from './pipeline.ts';
import { formatBytes } from './read.ts';

/** What one request may carry: files, bytes per file, bytes in all (the multipart body). */
export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxRequestBytes: number;
}

/**
 * 1 MB a file (a long article is 100 KB; the CLI's 10 MB is for files on the server's own disk):
 * saving a file holds the server's thread, about 0.3 s for 300 KB (bench/upload.bench.ts). 20 files
 * and 10 MB a request: one request's analysis stays within a minute on one thread.
 */
export const UPLOAD_LIMITS: UploadLimits = {
  maxFiles: 20,
  maxFileBytes: 1024 * 1024,
  maxRequestBytes: 10 * 1024 * 1024,
};

export interface UploadedFile {
  /** The name the browser or client sent; only its last path part is kept. */
  name: string;
  bytes: Uint8Array;
}

export type UploadOutcome =
  | {
      name: string;
      ok: true;
      /** `new` article, `updated` (a new revision of a stored one), `unchanged` (the same bytes are stored). */
      status: 'new' | 'updated' | 'unchanged';
      articleId: number;
      revision: number;
      title: string;
      language: string;
      events: number;
      entities: number;
      warnings: string[];
    }
  | { name: string; ok: false; reason: string };

/**
 * The folder uploaded articles seem to come from. Articles with a source id (an e-history page, a
 * JSON article) are known by site and id, so an uploaded copy of an article ingested from disk is
 * its next revision (or unchanged); others are known by this folder and the file name, so
 * uploading `notes.md` again makes its next revision.
 */
export const UPLOAD_FOLDER = '/uploads';

/** The file name as shown and stored: its last path part, no control characters, at most 200 characters. */
export function uploadName(raw: string): string {
  const last = String(raw).split(/[/\\]/).pop() ?? '';
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!clean || clean === '.' || clean === '..') return 'upload';
  return clean.length > 200 ? `${clean.slice(0, 190)}${extname(clean).slice(0, 10)}` : clean;
}

/** Uploads run one at a time: each has an analysis thread of its own, and the store one writer. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Ingests uploaded files as `chronicle ingest` ingests files on disk: each is read with the same
 * checks (empty, binary, not UTF-8, too large), parsed by its name's format (sniffed when the name
 * says nothing), analysed on a worker thread so the server keeps answering, and stored
 * all-or-nothing on its own. A bad file is an outcome with its reason; the others are stored.
 * Outcomes come in the order of `files`.
 */
export function ingestUploads(
  store: Store,
  files: readonly UploadedFile[],
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<UploadOutcome[]> {
  const run = queue.then(() => ingestNow(store, files, limits));
  queue = run.catch(() => {});
  return run;
}

async function ingestNow(store: Store, files: readonly UploadedFile[], limits: UploadLimits): Promise<UploadOutcome[]> {
  const dir = await mkdtemp(join(tmpdir(), 'chronicle-upload-'));
  // One thread is enough for one request; CHRONICLE_INGEST_THREADS=0 analyses on this thread, as for ingest.
  const pool = AnalysisPool.open(Math.min(1, defaultThreadCount()));
  try {
    const names = files.map((f) => uploadName(f.name));
    // The analysis thread reads each file from a private folder, under the uploaded name's
    // extension (which chooses the format), as it reads files on disk for `chronicle ingest`.
    const prepared = await Promise.all(
      files.map(async (file, i): Promise<PreparedFile> => {
        const name = names[i] as string;
        if (names.indexOf(name) !== i)
          return { path: name, ok: false, reason: 'the same file name twice in one upload' };
        if (file.bytes.length > limits.maxFileBytes) {
          return {
            path: name,
            ok: false,
            reason: `too large (${formatBytes(file.bytes.length)}; at most ${formatBytes(limits.maxFileBytes)} a file)`,
          };
        }
        const path = join(dir, `${i}${extname(name).toLowerCase().slice(0, 12)}`);
        await writeFile(path, file.bytes, { mode: 0o600 });
        const opts = { maxBytes: limits.maxFileBytes };
        return pool ? pool.prepare(path, opts) : prepareFile(path, opts);
      }),
    );
    // Each ready file is stored as if found at /uploads/<name>; the private path never is.
    const batch = prepared.map((p, i): PreparedFile => {
      const name = names[i] as string;
      return p.ok ? { ...p, path: join(UPLOAD_FOLDER, name), sourcePath: name } : { ...p, path: name };
    });
    // One file per transaction, with a turn of the event loop between: a save holds the server's
    // thread (SQLite is synchronous), so requests wait for one file's save at most, not all of them.
    const saved: IngestOutcome[] = [];
    for (const p of batch) {
      saved.push(...(await storePreparedBatch(store, [p])));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return saved.map((outcome, i): UploadOutcome => {
      const name = names[i] as string;
      const p = batch[i] as PreparedFile;
      if (!outcome.ok || !p.ok) return { name, ok: false, reason: outcome.ok ? 'not stored' : outcome.reason };
      return {
        name,
        ok: true,
        status: outcome.result.status,
        articleId: outcome.result.id,
        revision: outcome.result.revision,
        title: p.article.meta.title,
        language: p.analysis.language,
        events: p.analysis.events.length,
        entities: new Set(p.analysis.entities.map((e) => e.id)).size,
        warnings: outcome.warnings ?? [],
      };
    });
  } finally {
    await pool?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Counts of the outcomes, as `chronicle ingest` prints them: new, updated, unchanged, failed. */
export function uploadCounts(
  outcomes: readonly UploadOutcome[],
): Record<'new' | 'updated' | 'unchanged' | 'failed', number> {
  const counts = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const o of outcomes) counts[o.ok ? o.status : 'failed']++;
  return counts;
}
