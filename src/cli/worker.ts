import type { Command } from 'commander';
import { z } from 'zod';
import { describeChange } from '../ingest/index.ts';
import type { WorkOutcome } from '../queue/index.ts';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';
import { parseOptions, wholeNumber } from './options.ts';
import { printableLine } from './printable.ts';
import { openQueue } from './queue.ts';

const workerOptions = z.object({
  concurrency: wholeNumber(1, 64).optional(),
  untilEmpty: z.boolean().optional(),
});

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Store the articles queued with `chronicle queue add` (DATABASE_URL); run as many as you like, on any machines',
    )
    .option('--concurrency <n>', 'jobs at once in this process (default 2; for more CPU, start more workers)')
    .option('--until-empty', 'exit once no job is waiting, instead of waiting for more')
    .addHelpText(
      'after',
      '\nPrints "new|updated|unchanged PATH" per article stored and "PATH: reason" per failed job.\nSIGINT or SIGTERM: finishes the jobs in hand, then exits 0. With --until-empty, exits 1 when a job failed for good.',
    )
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(workerOptions, raw, { concurrency: '--concurrency' });
      const failed = await work(cmd, { concurrency: opts.concurrency ?? 2, untilEmpty: opts.untilEmpty ?? false });
      if (failed > 0 && opts.untilEmpty) process.exitCode = 1;
    });
}

/** Works the queue until stopped or drained; returns how many jobs failed for good. */
async function work(cmd: Command, opts: { concurrency: number; untilEmpty: boolean }): Promise<number> {
  const queue = await openQueue({ supervise: true });
  const counts = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write(`${signal}: finishing the jobs in hand (again to quit at once)\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  queue.onError((err) => process.stderr.write(`${printableLine(`queue: ${err.message}`)}\n`));
  try {
    const { runWorker } = await import('../queue/index.ts');
    await withStore(cmd, (store) =>
      runWorker(queue, store, { ...opts, signal: stop.signal }, (outcome) => report(outcome, counts)),
    ).catch((err: unknown) => {
      if (err instanceof UserError) throw err;
      // The database went away mid-run: jobs in hand expire and go to other workers; say why we stopped.
      const reason = err instanceof Error ? (err.message.split('\n')[0] as string) : String(err);
      throw new UserError(`worker stopped: ${reason}`, 1);
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.close();
  }
  process.stdout.write(
    `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed\n`,
  );
  return counts.failed;
}

function report(outcome: WorkOutcome, counts: Record<'new' | 'updated' | 'unchanged' | 'failed', number>): void {
  if (!outcome.ok) {
    if (!outcome.retry) counts.failed++;
    const retry = outcome.retry ? ' (will retry)' : '';
    process.stderr.write(`${printableLine(`${outcome.path}: ${outcome.reason}${retry}`)}\n`);
    return;
  }
  counts[outcome.status]++;
  const { path, status, id, revision, change } = outcome;
  const line =
    status === 'updated' && change
      ? `updated ${path} (article ${id}, revision ${revision}): ${describeChange(change)}`
      : `${status} ${path}`;
  process.stdout.write(`${printableLine(line)}\n`);
}
