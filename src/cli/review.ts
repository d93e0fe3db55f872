import type { Command } from 'commander';
import { z } from 'zod';
import type { AuditEntry, ReviewDecision, TimelineEvent } from '../store/index.ts';
import { UserError } from './errors.ts';
import { MAX_PAGE_SIZE, withStore } from './open-store.ts';
import { nonNegativeInt, parseOptions, wholeNumber } from './options.ts';
import { printableLine } from './printable.ts';
import { registerUndoAndConflicts } from './review-undo.ts';

const pageOptions = {
  json: z.boolean().optional(),
  limit: wholeNumber(1, MAX_PAGE_SIZE).optional(),
  offset: nonNegativeInt().optional(),
};
const PAGE_FLAGS = { limit: '--limit', offset: '--offset' };

const queueOptions = z.object({
  ...pageOptions,
  below: z
    .string()
    .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'must be a confidence from 0 to 1')
    .transform(Number)
    .optional(),
});
const logOptions = z.object(pageOptions);
const decisionOptions = z.object({
  editor: z.string().min(1, 'must name an editor'),
  note: z.string().max(1000, 'at most 1000 characters').optional(),
  json: z.boolean().optional(),
});
const correctOptions = decisionOptions.extend({
  when: z.string().min(1, 'must be a TIMEX3 value').optional(),
  what: z.string().min(1, 'must not be empty').optional(),
});
const DECISION_FLAGS = { editor: '--editor', note: '--note', when: '--when', what: '--what' };

/**
 * `chronicle review queue|confirm|correct|reject|log|undo|history|conflict`: the editors' review
 * of low-confidence events and of conflicts, every decision written to the audit log.
 */
export function registerReview(program: Command): void {
  const review = program.command('review').description('review extracted events: queue, decisions, audit log');
  review
    .command('queue')
    .description('unreviewed events below the confidence threshold, least confident first, with their sentences')
    .option('--limit <n>', `how many events (default 20, at most ${MAX_PAGE_SIZE})`)
    .option('--offset <n>', 'skip this many events first')
    .option('--below <confidence>', 'queue events with a confidence below this (default 0.6)')
    .option('--json', 'print {total, items} as JSON (items as in the timeline)')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(queueOptions, raw, { ...PAGE_FLAGS, below: '--below' });
      const page = await withStore(cmd, (store) =>
        store.reviewQueue({ limit: opts.limit ?? 20, offset: opts.offset ?? 0, below: opts.below }),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else process.stdout.write(formatQueue(page.items, page.total, opts.offset ?? 0));
    });
  for (const [name, decision] of [
    ['confirm', 'confirmed'],
    ['reject', 'rejected'],
  ] as const) {
    review
      .command(name)
      .description(`${name} an event as extracted${name === 'reject' ? ': readers no longer see it' : ''}`)
      .argument('<event-id>', 'event id (from `review queue` or the timeline)')
      .requiredOption('--editor <name>', 'the editor deciding')
      .option('--note <text>', 'why, for the audit log')
      .option('--json', 'print the audit entry as JSON')
      .action(async (eventId: string, raw: Record<string, unknown>, cmd: Command) => {
        const opts = parseOptions(decisionOptions, raw, DECISION_FLAGS);
        await decide(cmd, eventId, decision, opts);
      });
  }
  review
    .command('correct')
    .description("correct an event's date and/or description; the correction survives re-extraction")
    .argument('<event-id>', 'event id (from `review queue` or the timeline)')
    .requiredOption('--editor <name>', 'the editor deciding')
    .option('--when <value>', 'the right date: TIMEX3 value or ISO interval (1991-08-29, 2010, 2017/2018, XXXX-08-29)')
    .option('--what <text>', 'the right description')
    .option('--note <text>', 'why, for the audit log')
    .option('--json', 'print the audit entry as JSON')
    .action(async (eventId: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(correctOptions, raw, DECISION_FLAGS);
      if (opts.when === undefined && opts.what === undefined) throw new UserError('correct: give --when or --what');
      await decide(cmd, eventId, 'corrected', opts);
    });
  review
    .command('log')
    .description('the audit log of review decisions, newest first')
    .option('--limit <n>', `how many entries (default 20, at most ${MAX_PAGE_SIZE})`)
    .option('--offset <n>', 'skip this many entries first')
    .option('--json', 'print {total, items} as JSON')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(logOptions, raw, PAGE_FLAGS);
      const page = await withStore(cmd, (store) =>
        store.auditLog({ limit: opts.limit ?? 20, offset: opts.offset ?? 0 }),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else process.stdout.write(formatLog(page.items, page.total, opts.offset ?? 0));
    });
  registerUndoAndConflicts(review, formatEntry);
}

async function decide(
  cmd: Command,
  eventId: string,
  decision: ReviewDecision,
  opts: { editor: string; note?: string; when?: string; what?: string; json?: boolean },
): Promise<void> {
  const entry = await withStore(cmd, (store) =>
    store.reviewEvent({
      eventId,
      decision,
      editor: opts.editor,
      ...(opts.note !== undefined ? { note: opts.note } : {}),
      ...(opts.when !== undefined ? { when: opts.when } : {}),
      ...(opts.what !== undefined ? { what: opts.what } : {}),
    }),
  );
  if (!entry) throw new UserError(`no event ${printableLine(eventId.slice(0, 60))}`);
  process.stdout.write(opts.json ? `${JSON.stringify(entry, null, 2)}\n` : `${formatEntry(entry)}\n`);
}

/** Each event: confidence, id, date, description; then the sentences that state it. */
export function formatQueue(items: TimelineEvent[], total: number, offset: number): string {
  if (!items.length) {
    return total === 0 ? 'Nothing to review.\n' : `No events past ${offset} (${total} in all).\n`;
  }
  const out: string[] = [];
  for (const e of items) {
    out.push(`${e.confidence.toFixed(2)}  ${e.id}  ${e.when}  ${oneLine(e.what, 100)}`);
    for (const s of e.sources)
      out.push(`      article ${s.articleId} (${s.language}): ${oneLine(s.sentenceText, 160)}`);
  }
  out.push(`${offset + 1}–${offset + items.length} of ${total}`);
  return `${out.join('\n')}\n`;
}

export function formatEntry(e: AuditEntry): string {
  const change = (a: string, b: string) => (a === b ? '' : ` ${oneLine(a, 60)} → ${oneLine(b, 60)};`);
  const { before, after } = e;
  const changes =
    'when' in before && 'when' in after
      ? `${change(before.when, after.when)}${change(before.what, after.what)}`
      : 'name' in before && 'name' in after
        ? `${change(before.name, after.name)}${change(before.type, after.type)}${change(`${before.mentionCount} mentions`, `${after.mentionCount} mentions`)}`
        : '';
  // An undo says which decision it put back (a decision's own action already says what it is).
  const decided =
    e.action === 'undone' && 'decision' in before && 'decision' in after
      ? ` ${before.decision ?? 'none'} → ${after.decision ?? 'none'};`
      : '';
  const note = e.note ? ` (${oneLine(e.note, 80)})` : '';
  const undid = e.undid ? ` #${e.undid}` : '';
  return `${e.at}  #${e.id}  ${e.factKey} ${e.action}${undid} by ${printableLine(e.editor)}${decided || changes ? `:${(decided + changes).slice(0, -1)}` : ''}${note}`;
}

export function formatLog(items: AuditEntry[], total: number, offset: number): string {
  if (!items.length)
    return total === 0 ? 'No review decisions yet.\n' : `No entries past ${offset} (${total} in all).\n`;
  return `${items.map(formatEntry).join('\n')}\n${offset + 1}–${offset + items.length} of ${total}\n`;
}

function oneLine(s: string, max: number): string {
  const flat = printableLine(s.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
