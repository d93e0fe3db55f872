// `chronicle review undo|history|conflict`: undoing a decision, an event's history, and the review
// of conflicts (dismiss one that is not a real disagreement, or confirm it).
import type { Command } from 'commander';
import { z } from 'zod';
import type { AuditEntry } from '../store/index.ts';
import { UserError } from './errors.ts';
import { withStore } from './open-store.ts';
import { parseOptions } from './options.ts';
import { printableLine } from './printable.ts';

const undoOptions = z.object({
  editor: z.string().min(1, 'must name an editor'),
  note: z.string().max(1000, 'at most 1000 characters').optional(),
  json: z.boolean().optional(),
});
const FLAGS = { editor: '--editor', note: '--note' };

/** A positive whole number given on the command line, or a one-line refusal naming `what`. */
function idArgument(raw: string, what: string): number {
  const id = Number(raw);
  if (!/^\d{1,12}$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw new UserError(`${what}: not a ${what} id: ${JSON.stringify(printableLine(raw.slice(0, 40)))}`);
  }
  return id;
}

/** Adds the commands to `chronicle review`; entries print as `review log` prints them (`formatEntry`). */
export function registerUndoAndConflicts(review: Command, formatEntry: (e: AuditEntry) => string): void {
  review
    .command('undo')
    .description(
      'undo a decision (its number in `review log`): the review in force before it applies again; only the latest on its event or conflict',
    )
    .argument('<audit-id>', 'the decision, as `review log` numbers it (#12 or 12)')
    .requiredOption('--editor <name>', 'the editor undoing it')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry of the undo as JSON')
    .action(async (rawId: string, raw: Record<string, unknown>, cmd: Command) => {
      const auditId = idArgument(rawId.replace(/^#/, ''), 'decision');
      const opts = parseOptions(undoOptions, raw, FLAGS);
      const entry = await withStore(cmd, (store) =>
        store.undoDecision({ auditId, editor: opts.editor, ...(opts.note !== undefined ? { note: opts.note } : {}) }),
      );
      if (!entry) throw new UserError(`no decision #${auditId}`);
      process.stdout.write(opts.json ? `${JSON.stringify(entry, null, 2)}\n` : `${formatEntry(entry)}\n`);
    });
  review
    .command('history')
    .description("an event's review history, oldest first (decisions on its sentences under an earlier id too)")
    .argument('<event-id>', 'event id')
    .option('--json', 'print the entries as JSON')
    .action(async (eventId: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(z.object({ json: z.boolean().optional() }), raw, {});
      const history = await withStore(cmd, (store) => store.eventHistory(eventId));
      if (!history) throw new UserError(`no event ${printableLine(eventId.slice(0, 60))}`);
      if (opts.json) process.stdout.write(`${JSON.stringify(history, null, 2)}\n`);
      else process.stdout.write(history.length ? `${history.map(formatEntry).join('\n')}\n` : 'No decisions yet.\n');
    });
  for (const [name, decision] of [
    ['dismiss-conflict', 'dismissed'],
    ['confirm-conflict', 'confirmed'],
  ] as const) {
    review
      .command(name)
      .description(
        decision === 'dismissed'
          ? 'dismiss a conflict that is not a real disagreement: readers no longer see it (undo brings it back)'
          : 'confirm a conflict as a real disagreement (restores a dismissed one)',
      )
      .argument('<conflict-id>', 'the conflict, as /api/conflicts numbers it')
      .requiredOption('--editor <name>', 'the editor deciding')
      .option('--note <text>', 'why, for the audit log')
      .option('--json', 'print the audit entry as JSON')
      .action(async (rawId: string, raw: Record<string, unknown>, cmd: Command) => {
        const conflictId = idArgument(rawId, 'conflict');
        const opts = parseOptions(undoOptions, raw, FLAGS);
        const entry = await withStore(cmd, (store) =>
          store.reviewConflict({
            conflictId,
            decision,
            editor: opts.editor,
            ...(opts.note !== undefined ? { note: opts.note } : {}),
          }),
        );
        if (!entry) throw new UserError(`no conflict ${conflictId}`);
        process.stdout.write(opts.json ? `${JSON.stringify(entry, null, 2)}\n` : `${formatEntry(entry)}\n`);
      });
  }
}
