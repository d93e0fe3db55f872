import type { Command } from 'commander';
import { z } from 'zod';
import type { Analysis } from '../analyze/types.ts';
import { LANGUAGE_LIST, LANGUAGES, type Language } from '../domain/languages.ts';
import {
  analyzeArticle,
  DEFAULT_MAX_FILE_BYTES,
  decodeSource,
  formatBytes,
  formatForPath,
  type LoadResult,
  loadArticle,
  parseLoaded,
  SOURCE_FORMATS,
} from '../ingest/index.ts';
import type { ParsedArticle, SourceFormat } from '../ingest/types.ts';
import { envMaxFileBytes } from './byte-size.ts';
import { UserError } from './errors.ts';
import { byteSize, isoDate, parseOptions, sourceFormat } from './options.ts';
import { printableLine } from './printable.ts';

const extractOptions = z.object({
  lang: z.enum([...LANGUAGES, 'auto'], { error: `must be one of ${LANGUAGE_LIST}, auto` }).optional(),
  dct: isoDate.optional(),
  format: sourceFormat.optional(),
  maxSize: byteSize.optional(),
});

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Parse and analyse one article file (or stdin) and print everything found as one JSON document')
    .argument('[file]', 'the article file; "-" or nothing reads stdin')
    .option(
      `--lang <${LANGUAGES.join('|')}|auto>`,
      'language of the text (default: declared by the source, else detected)',
    )
    .option('--dct <YYYY-MM-DD>', 'document date, anchor of relative dates (default: the publication date when known)')
    .option('--format <format>', `source format: ${SOURCE_FORMATS.join(', ')} (default: from the extension)`)
    .option(
      '--max-size <bytes>',
      `largest input to read (default ${DEFAULT_MAX_FILE_BYTES}, env CHRONICLE_MAX_FILE_BYTES)`,
    )
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const opts = parseOptions(
        extractOptions,
        { ...raw, maxSize: raw.maxSize ?? envMaxFileBytes() },
        {
          lang: '--lang',
          dct: '--dct',
          format: '--format',
          maxSize: '--max-size',
        },
      );
      const lang = opts.lang === 'auto' ? undefined : opts.lang;
      const format = opts.format as SourceFormat | undefined;
      const maxBytes = opts.maxSize ?? DEFAULT_MAX_FILE_BYTES;
      const fromStdin = file === undefined || file === '-';
      const loaded = fromStdin
        ? await loadStdin(maxBytes, format, lang)
        : await loadArticle(file, { maxBytes, format: format ?? formatForPath(file) ?? undefined, lang });
      if (!loaded.ok) throw new UserError(printableLine(`${fromStdin ? 'stdin' : file}: ${loaded.reason}`));
      const { article } = loaded;
      for (const warning of article.warnings ?? []) {
        process.stderr.write(`${printableLine(`${fromStdin ? 'stdin' : file}: warning: ${warning}`)}\n`);
      }
      let analysis: Analysis;
      try {
        analysis = analyzeArticle(article, { lang, dct: opts.dct ?? article.meta.published ?? undefined });
      } catch (err) {
        // Too big or too dense to analyse: a refusal naming the input, not a crash.
        if (err instanceof Error && err.name === 'AnalysisLimitError') {
          throw new UserError(printableLine(`${fromStdin ? 'stdin' : file}: ${err.message}`));
        }
        throw err;
      }
      process.stdout.write(`${JSON.stringify(extractDocument(article, analysis), null, 2)}\n`);
    });
}

/** The `extract` contract of PRODUCT.md: the article's fields, then every fact list of the analysis. */
export function extractDocument(article: ParsedArticle, analysis: Analysis) {
  const m = article.meta;
  return {
    article: {
      id: m.id,
      site: m.site,
      language: m.language,
      title: m.title,
      epigraph: m.epigraph,
      lead: m.lead,
      author: m.author,
      authorRole: m.authorRole,
      paragraphs: m.paragraphs.map(({ start, end }) => ({ start, end })),
    },
    sentences: analysis.sentences,
    timexes: analysis.timexes,
    entities: analysis.entities,
    events: analysis.events,
    claims: analysis.claims,
  };
}

async function loadStdin(
  maxBytes: number,
  format: SourceFormat | undefined,
  lang: Language | undefined,
): Promise<LoadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBytes) return { ok: false, reason: `too large (more than ${formatBytes(maxBytes)}, see --max-size)` };
    chunks.push(buf);
  }
  const decoded = decodeSource(Buffer.concat(chunks));
  if (!decoded.ok) return decoded;
  return parseLoaded(decoded.source, format ?? null, lang);
}
