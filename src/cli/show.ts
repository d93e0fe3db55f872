import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadArticle } from '../ingest/index.ts';
import type { Store, StoredArticle } from '../store/index.ts';
import { UserError } from './errors.ts';
import { MAX_PAGE_SIZE, withStore } from './open-store.ts';
import { parseOptions, positiveInt } from './options.ts';
import { printableLine, printableText } from './printable.ts';

const showOptions = z.object({
  json: z.boolean().optional(),
  revision: positiveInt().optional(),
});

// Store ids are positive 32-bit integers; anything longer is not one.
const STORE_ID = /^[1-9]\d{0,9}$/;
const SITE_AND_ID = /^([\w.-]+\.[a-z]{2,}):(.+)$/i;
const MAX_ID_LENGTH = 300;

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('Show one article: metadata, revisions and text')
    .argument('<id>', 'store id (from `chronicle list`), site:sourceId (e-history.kz:1509), a source id or the file')
    .option('--revision <n>', 'show this revision instead of the latest')
    .option('--json', 'print the whole stored article as JSON')
    .action(async (ref: string, raw: Record<string, unknown>, cmd: Command) => {
      const opts = parseOptions(showOptions, raw, { revision: '--revision' });
      if (ref.length === 0 || ref.length > MAX_ID_LENGTH || /[\u0000-\u001f]/.test(ref)) {
        throw new UserError(`not an article id: ${JSON.stringify(ref.slice(0, 60))}`);
      }
      const article = await withStore(cmd, async (store) => {
        const id = await resolveArticleId(store, ref);
        const found = await store.getArticle(id, opts.revision);
        if (found) return found;
        const latest = await store.getArticle(id);
        const known = latest?.revisions.map((r) => r.revision).join(', ') ?? '';
        throw new UserError(`article ${ref} has no revision ${opts.revision} (revisions: ${known})`);
      });
      process.stdout.write(opts.json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
    });
}

/**
 * Turns what the user typed into a store id: a store id first, then `site:sourceId`, then the
 * source file's path, then a bare source id when exactly one article has it.
 */
export async function resolveArticleId(store: Store, ref: string): Promise<number> {
  if (STORE_ID.test(ref) && Number(ref) <= 2_147_483_647 && (await store.getArticle(Number(ref)))) return Number(ref);
  const site = SITE_AND_ID.exec(ref);
  if (site) {
    const id = await store.findArticleId({
      site: (site[1] as string).toLowerCase(),
      sourceId: site[2] as string,
      path: '',
    });
    if (id !== null) return id;
    throw new UserError(`no article ${ref}`);
  }
  const byFile = await findByFile(store, ref);
  if (byFile !== null) return byFile;
  const matches = await findBySourceId(store, ref);
  if (matches.length === 1) return (matches[0] as { id: number }).id;
  if (matches.length > 1) {
    const names = matches.map((m) => `${m.site ?? '?'}:${ref} (id ${m.id})`).join(', ');
    throw new UserError(`source id ${ref} is ambiguous: ${names}; give site:sourceId or the store id`);
  }
  throw new UserError(`no article ${ref} (see chronicle list)`);
}

/** `chronicle show samples/a.txt`: the article that file was ingested as (its site + id, else its path). */
async function findByFile(store: Store, ref: string): Promise<number | null> {
  if (!(await stat(ref).catch(() => null))?.isFile()) return null;
  const loaded = await loadArticle(ref);
  const meta = loaded.ok ? loaded.article.meta : null;
  return store.findArticleId({ site: meta?.site ?? null, sourceId: meta?.id ?? null, path: resolve(ref) });
}

async function findBySourceId(store: Store, sourceId: string): Promise<{ id: number; site: string | null }[]> {
  // The store has no lookup by bare source id; the CLI can afford a scan of the summaries.
  const found: { id: number; site: string | null }[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await store.listArticles({ limit: MAX_PAGE_SIZE, offset });
    for (const a of page.items) if (a.sourceId === sourceId) found.push({ id: a.id, site: a.site });
    if (page.items.length < MAX_PAGE_SIZE || offset + MAX_PAGE_SIZE >= page.total) return found;
  }
}

/** Metadata lines, the revisions, then the text as stored. */
export function formatArticle(a: StoredArticle): string {
  const m = a.meta;
  const fields: [string, string | null | undefined][] = [
    ['Title', a.title],
    ['Id', String(a.id)],
    ['Source', a.sourceId ? `${a.site ?? ''}${a.site ? ':' : ''}${a.sourceId}` : null],
    ['Path', a.path],
    ['Format', a.format],
    ['Language', a.language],
    ['Author', m.author ? `${m.author}${m.authorRole ? `, ${m.authorRole}` : ''}` : null],
    ['Published', m.published],
    ['Epigraph', m.epigraph ? `${m.epigraph.text}${m.epigraph.author ? ` — ${m.epigraph.author}` : ''}` : null],
    ['Lead', m.lead],
    ['Paragraphs', String(m.paragraphs.length)],
    ['Revision', `${a.revision} of ${a.revisions.length}`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length)) + 1;
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `${`${k}:`.padEnd(width)} ${printableLine(v as string)}`);
  const revisions = a.revisions.map(
    (r) => `  ${r.revision}  ${r.createdAt}  ${r.hash.slice(0, 12)}${r.revision === a.revision ? '  (shown)' : ''}`,
  );
  return `${lines.join('\n')}\n\nRevisions:\n${revisions.join('\n')}\n\n${printableText(a.text)}\n`;
}
