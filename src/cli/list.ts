import type { Command } from 'commander';
import { z } from 'zod';
import type { ArticleSummary } from '../store/types.ts';
import { MAX_PAGE_SIZE, withStore } from './open-store.ts';
import { LANGUAGE_CHOICES, language, nonNegativeInt, parseOptions, wholeNumber } from './options.ts';
import { printableLine } from './printable.ts';

const listOptions = z.object({
  json: z.boolean().optional(),
  lang: language.optional(),
  limit: wholeNumber(1, MAX_PAGE_SIZE).optional(),
  offset: nonNegativeInt().optional(),
});

export function registerList(program: Command): void {
  program
    .command('list')
    .description('List stored articles (newest revision of each)')
    .option('--json', 'print {total, items} as JSON')
    .option(`--lang ${LANGUAGE_CHOICES}`, 'only articles in this language')
    .option('--limit <n>', `how many articles (default 50, at most ${MAX_PAGE_SIZE})`)
    .option('--offset <n>', 'skip this many articles first')
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(listOptions, raw, { lang: '--lang', limit: '--limit', offset: '--offset' });
      const page = await withStore(cmd, (store) =>
        store.listArticles({ language: opts.lang, limit: opts.limit ?? 50, offset: opts.offset ?? 0 }),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
      else process.stdout.write(formatTable(page.items, page.total, opts.offset ?? 0));
    });
}

/** A plain-text table: id, source id, language, revision, title; then `shown of total`. */
export function formatTable(items: ArticleSummary[], total: number, offset: number): string {
  if (items.length === 0)
    return total === 0
      ? 'No articles yet. Add some with: chronicle ingest PATH\n'
      : `No articles past ${offset} (${total} in all).\n`;
  const rows = items.map((a) => [
    String(a.id),
    a.sourceId ? (a.site ? `${a.site}:${a.sourceId}` : a.sourceId) : '-',
    a.language,
    String(a.revision),
    oneLine(a.title, 70),
  ]);
  const header = ['ID', 'SOURCE', 'LANG', 'REV', 'TITLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1
          ? c
          : i === 0 || i === 3
            ? c.padStart(widths[i] as number)
            : c.padEnd(widths[i] as number),
      )
      .join('  ');
  const shown = `${offset + 1}–${offset + items.length} of ${total}`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n${shown}\n`;
}

function oneLine(s: string, max: number): string {
  const flat = printableLine(s.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
