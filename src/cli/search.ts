import type { Command } from 'commander';
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/entity-types.ts';
import { parseQuery, QueryError } from '../search/index.ts';
import type { SearchResults } from '../store/types.ts';
import { UserError } from './errors.ts';
import { MAX_PAGE_SIZE, withStore } from './open-store.ts';
import { LANGUAGE_CHOICES, language, nonNegativeInt, parseOptions, wholeNumber } from './options.ts';

// BC years are negative, as in the store's year filter.
const year = z
  .string()
  .regex(/^-?\d{1,4}$/, 'must be a year like 1991')
  .transform(Number);

const searchOptions = z
  .object({
    from: year.optional(),
    to: year.optional(),
    entity: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*:\S+$/u, 'must be an entity id like org:osce')
      .optional(),
    type: z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(z.enum(ENTITY_TYPES, { message: `must be one of ${ENTITY_TYPES.join(', ')}` }))
      .optional(),
    lang: language.optional(),
    limit: wholeNumber(1, MAX_PAGE_SIZE).optional(),
    offset: nonNegativeInt().optional(),
    json: z.boolean().optional(),
  })
  .refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, {
    message: 'must not be after --to',
    path: ['from'],
  });

const FLAGS = {
  from: '--from',
  to: '--to',
  entity: '--entity',
  type: '--type',
  lang: '--lang',
  limit: '--limit',
  offset: '--offset',
};

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search articles in any language: word forms, phrases ("…"), exclusions (-word)')
    .argument('<query>', 'words to find; the query language does not matter')
    .option('--from <year>', 'only articles with a date in or after this year')
    .option('--to <year>', 'only articles with a date in or before this year')
    .option('--entity <id>', 'only articles mentioning this entity (e.g. org:osce)')
    .option('--type <type>', `only articles mentioning an entity of this type (${ENTITY_TYPES.join(', ')})`)
    .option(`--lang ${LANGUAGE_CHOICES}`, 'only articles in this language')
    .option('--limit <n>', `how many results (default 20, at most ${MAX_PAGE_SIZE})`)
    .option('--offset <n>', 'skip this many results first')
    .option('--json', 'print {total, results: [{id, title, language, snippet, score, sourceId}]}')
    .action(async (q: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(searchOptions, raw, FLAGS);
      try {
        // Checked before the database opens, so a bad query fails fast with the analyser's message.
        parseQuery(q);
      } catch (err) {
        if (err instanceof QueryError) throw new UserError(`query: ${err.message}`);
        throw err;
      }
      const found = await withStore(cmd, (store) =>
        store.search({
          q,
          from: opts.from,
          to: opts.to,
          entity: opts.entity,
          entityType: opts.type,
          language: opts.lang,
          limit: opts.limit ?? 20,
          offset: opts.offset ?? 0,
        }),
      );
      process.stdout.write(
        opts.json ? formatJson(found) : formatResults(found, opts.offset ?? 0, process.stdout.isTTY),
      );
    });
}

/** The `--json` contract: exactly these keys, in this order. */
export function formatJson(found: SearchResults): string {
  const results = found.results.map((r) => ({
    id: r.id,
    title: r.title,
    language: r.language,
    snippet: r.snippet,
    score: r.score,
    sourceId: r.sourceId,
  }));
  return `${JSON.stringify({ total: found.total, results }, null, 2)}\n`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** A snippet for a terminal: marks in bold (or `[…]` when not a terminal), HTML entities decoded. */
export function terminalSnippet(snippet: string, bold: boolean): string {
  const [open, close] = bold ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return snippet
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
    );
}

/** A readable list: rank, title, language, source id and score, then the snippet. */
export function formatResults(found: SearchResults, offset: number, bold: boolean): string {
  if (found.results.length === 0) {
    return found.total === 0 ? 'No articles match.\n' : `No results past ${offset} (${found.total} in all).\n`;
  }
  const lines = found.results.map((r, i) => {
    const source = r.sourceId ? ` · source ${r.sourceId}` : '';
    const head = `${offset + i + 1}. ${r.title}  [${r.language} · id ${r.id}${source} · score ${r.score.toFixed(2)}]`;
    return `${head}\n   ${terminalSnippet(r.snippet, bold)}\n`;
  });
  const shown = `${offset + 1}–${offset + found.results.length} of ${found.total}`;
  return `${lines.join('\n')}\n${shown}\n`;
}
