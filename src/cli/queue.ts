import type { Command } from 'commander';
import { z } from 'zod';
import type { Language } from '../analyze/types.ts';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES } from '../ingest/index.ts';
import type { SourceFormat } from '../ingest/types.ts';
import type { IngestQueue } from '../queue/index.ts';
import { envMaxFileBytes } from './byte-size.ts';
import { UserError } from './errors.ts';
import {
  byteSize,
  isoDate,
  LANGUAGE_CHOICES,
  language,
  parseOptions,
  positiveInt,
  sourceFormat,
  wholeNumber,
  withSourceFileOptions,
} from './options.ts';
import { printableLine } from './printable.ts';

/** The whole sentence a user without PostgreSQL sees: what is missing and how to give it. */
export const NEEDS_POSTGRES =
  'the queue needs PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db (the same database workers and the server use)';

/**
 * Opens the ingest queue in the database of DATABASE_URL, with every failure one line: no
 * DATABASE_URL, not a postgres:// URL, or a server that does not answer (named by host and port).
 */
export async function openQueue(opts: { supervise?: boolean } = {}): Promise<IngestQueue> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new UserError(NEEDS_POSTGRES);
  // Loaded on demand, as the store is: other commands do not load pg-boss.
  const { IngestQueue, QueueConnectionError } = await import('../queue/index.ts');
  try {
    return await IngestQueue.open(databaseUrl, opts);
  } catch (err) {
    if (err instanceof QueueConnectionError) throw new UserError(err.message);
    throw err;
  }
}

/** Runs `work` with the queue open and always closes it. */
async function withQueue<T>(work: (queue: IngestQueue) => Promise<T>): Promise<T> {
  const queue = await openQueue();
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

const addOptions = z.object({
  maxSize: byteSize.optional(),
  maxFiles: positiveInt().optional(),
  dct: isoDate.optional(),
  format: sourceFormat.optional(),
  lang: language.optional(),
});
const ADD_FLAGS = {
  maxSize: '--max-size',
  maxFiles: '--max-files',
  dct: '--dct',
  format: '--format',
  lang: '--lang',
};

const statusOptions = z.object({ json: z.boolean().optional() });
const failedOptions = z.object({ json: z.boolean().optional(), limit: wholeNumber(1, 10_000).optional() });

export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('Queue files for ingest in PostgreSQL (DATABASE_URL), to be stored by `chronicle worker` processes');

  const add = queue
    .command('add')
    .description('Read files, folders (recursive) or globs and queue each as one ingest job, text included')
    .argument('<paths...>', 'files, folders or glob patterns (quote globs)');
  withSourceFileOptions(add, 'queue')
    .option(`--lang ${LANGUAGE_CHOICES}`, 'language of every file (default: declared by the source, else detected)')
    .addHelpText(
      'after',
      '\nPrints "N queued, N already queued, N refused" and one line per refused file; exits non-zero when any was refused.\nA file queued before (same path, content and options) is not queued again; one whose job failed is tried again.',
    )
    .action(async (paths: string[], raw: Record<string, string | undefined>) => {
      const opts = parseOptions(addOptions, { ...raw, maxSize: raw.maxSize ?? envMaxFileBytes() }, ADD_FLAGS);
      const refused = await addToQueue(paths, {
        maxBytes: opts.maxSize ?? DEFAULT_MAX_FILE_BYTES,
        maxFiles: opts.maxFiles ?? DEFAULT_MAX_FILES,
        dct: opts.dct,
        format: opts.format as SourceFormat | undefined,
        lang: opts.lang as Language | undefined,
      });
      if (refused > 0) process.exitCode = 1;
    });

  queue
    .command('status')
    .description('Count ingest jobs by state: queued (new or to retry), active, done, failed')
    .option('--json', 'print {queued, active, done, failed} as JSON')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(statusOptions, raw, {});
      const counts = await withQueue((q) => q.counts());
      if (opts.json) process.stdout.write(`${JSON.stringify(counts)}\n`);
      else
        process.stdout.write(
          Object.entries(counts)
            .map(([state, n]) => `${state.padEnd(7)} ${n}\n`)
            .join(''),
        );
    });

  queue
    .command('failed')
    .description('List failed ingest jobs, most recent first: file and reason')
    .option('--limit <n>', 'how many (default 50)')
    .option('--json', 'print [{id, path, reason, attempts, failedAt}] as JSON')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(failedOptions, raw, { limit: '--limit' });
      const failed = await withQueue((q) => q.failed(opts.limit ?? 50));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(failed, null, 2)}\n`);
        return;
      }
      if (failed.length === 0) process.stderr.write('no failed jobs\n');
      for (const job of failed) {
        const attempts = job.attempts === 1 ? '1 attempt' : `${job.attempts} attempts`;
        process.stdout.write(`${printableLine(`${job.path}: ${job.reason} (${attempts}, ${job.failedAt})`)}\n`);
      }
    });
}

interface AddOptions {
  maxBytes: number;
  maxFiles: number;
  dct?: string;
  format?: SourceFormat;
  lang?: Language;
}

/** Queues everything the paths name; returns how many files were refused (already reported on stderr). */
async function addToQueue(paths: string[], opts: AddOptions): Promise<number> {
  const { discoverSources, TooManyFilesError } = await import('../ingest/index.ts');
  const { enqueueFiles } = await import('../queue/index.ts');
  const counts = { queued: 0, already: 0, refused: 0 };
  const report = (line: string) => process.stderr.write(`${printableLine(line)}\n`);
  // The queue first: without PostgreSQL, say so before reading anything.
  await withQueue(async (queue) => {
    let discovery: Awaited<ReturnType<typeof discoverSources>>;
    try {
      discovery = await discoverSources(paths, opts.maxFiles);
    } catch (err) {
      if (err instanceof TooManyFilesError) throw new UserError(err.message);
      throw err;
    }
    for (const problem of discovery.problems) {
      report(`${problem.path}: ${problem.reason}`);
      counts.refused++;
    }
    if (discovery.files.length === 0 && discovery.problems.length === 0)
      report(`no files found in ${paths.join(', ')}`);
    await enqueueFiles(queue, discovery.files, { ...opts, sourcePaths: discovery.sourcePaths }, (outcome) => {
      if (!outcome.ok) {
        report(`${outcome.path}: ${outcome.reason}`);
        counts.refused++;
      } else if (outcome.result === 'already queued') counts.already++;
      else counts.queued++;
    });
  });
  process.stdout.write(`${counts.queued} queued, ${counts.already} already queued, ${counts.refused} refused\n`);
  return counts.refused;
}
