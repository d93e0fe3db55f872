import { MultiBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_FILES,
  describeChange,
  discoverSources,
  type IngestOutcome,
  ingestMany,
  TooManyFilesError,
} from '../ingest/index.ts';
import type { SourceFormat } from '../ingest/types.ts';
import { envMaxFileBytes } from './byte-size.ts';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';
import { byteSize, isoDate, parseOptions, positiveInt, sourceFormat, withSourceFileOptions } from './options.ts';
import { printableLine } from './printable.ts';

const ingestOptions = z.object({
  maxSize: byteSize.optional(),
  maxFiles: positiveInt().optional(),
  dct: isoDate.optional(),
  format: sourceFormat.optional(),
});

const FLAGS = { maxSize: '--max-size', maxFiles: '--max-files', dct: '--dct', format: '--format' };

export function registerIngest(program: Command): void {
  const ingest = program
    .command('ingest')
    .description(
      'Ingest article files, folders (recursive) or globs into the database; a changed file becomes a new revision',
    )
    .argument('<paths...>', 'files, folders or glob patterns (quote globs)');
  withSourceFileOptions(ingest, 'ingest')
    .addHelpText('after', '\nPrints "N new, N updated, N unchanged, N failed"; exits non-zero when any file failed.')
    .action(async (paths: string[], raw: Record<string, string | undefined>, cmd: Command) => {
      const opts = parseOptions(ingestOptions, { ...raw, maxSize: raw.maxSize ?? envMaxFileBytes() }, FLAGS);
      const failed = await runIngest(cmd, paths, {
        maxBytes: opts.maxSize ?? DEFAULT_MAX_FILE_BYTES,
        maxFiles: opts.maxFiles ?? DEFAULT_MAX_FILES,
        dct: opts.dct,
        format: opts.format as SourceFormat | undefined,
      });
      if (failed > 0) process.exitCode = 1;
    });
}

interface RunOptions {
  maxBytes: number;
  maxFiles: number;
  dct?: string;
  format?: SourceFormat;
}

/** Ingests everything the paths name; returns the number of failures (already reported on stderr). */
async function runIngest(cmd: Command, paths: string[], opts: RunOptions): Promise<number> {
  let discovery: Awaited<ReturnType<typeof discoverSources>>;
  try {
    discovery = await discoverSources(paths, opts.maxFiles);
  } catch (err) {
    if (err instanceof TooManyFilesError) throw new UserError(err.message);
    throw err;
  }
  const counts = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  const report = (line: string) => process.stderr.write(`${printableLine(line)}\n`);
  for (const problem of discovery.problems) {
    report(`${problem.path}: ${problem.reason}`);
    counts.failed++;
  }
  if (discovery.files.length === 0 && discovery.problems.length === 0) report(`no files found in ${paths.join(', ')}`);

  await withStore(cmd, async (store) => {
    const progress =
      discovery.files.length > 1 && process.stderr.isTTY ? new ProgressReporter(discovery.files.length) : null;
    // Worker threads analyse ahead; outcomes arrive in input order, one saved article at a time.
    await ingestMany(
      store,
      discovery.files,
      { ...opts, sourcePaths: discovery.sourcePaths },
      (outcome: IngestOutcome) => {
        const { path } = outcome;
        if (outcome.ok) {
          counts[outcome.result.status]++;
          for (const warning of outcome.warnings ?? []) {
            const line = printableLine(`${path}: warning: ${warning}`);
            if (progress) progress.log(line);
            else report(line);
          }
          if (outcome.change) {
            const { id, revision } = outcome.result;
            const line = printableLine(
              `updated ${path} (article ${id}, revision ${revision}): ${describeChange(outcome.change)}`,
            );
            if (progress) progress.log(line, process.stdout);
            else process.stdout.write(`${line}\n`);
          }
        } else {
          counts.failed++;
          const line = printableLine(`${outcome.path}: ${outcome.reason}`);
          if (progress) progress.log(line);
          else report(line);
        }
        progress?.tick(path);
      },
    );
    progress?.stop();
    // A large ingest leaves the search index in many pieces; merged, every search walks one.
    if (counts.new + counts.updated > 0) await store.compactSearchIndex();
  });
  process.stdout.write(
    `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
  );
  return counts.failed;
}

/** A progress bar on stderr that lets error lines scroll above it. */
class ProgressReporter {
  private readonly bars: MultiBar;
  private readonly bar: ReturnType<MultiBar['create']>;

  constructor(total: number) {
    this.bars = new MultiBar(
      {
        stream: process.stderr,
        format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left | {file}',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    this.bar = this.bars.create(total, 0, { file: '' });
  }

  tick(file: string): void {
    this.bar.increment(1, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
  }

  /** Prints a line above the bar; on stdout it goes straight through, since the bar only owns stderr. */
  log(line: string, stream: NodeJS.WriteStream = process.stderr): void {
    if (stream === process.stderr) this.bars.log(`${line}\n`);
    else stream.write(`${line}\n`);
  }

  stop(): void {
    this.bars.stop();
  }
}
