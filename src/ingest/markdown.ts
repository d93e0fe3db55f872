import { parseDocument } from 'yaml';
import { detectLanguage } from '../analyze/index.ts';
import type { Span } from '../analyze/types.ts';
import { groupBlocks, splitLines } from './blocks.ts';
import { type DeclaredMeta, mergeMeta, readDeclared } from './declared.ts';
import { truncateWords } from './plaintext.ts';
import type { ParseResult } from './types.ts';

const FRONT_MATTER = /^---[ \t]*(?:\r\n|\n|\r)([\s\S]*?)(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/;
const EMPTY_FRONT_MATTER = /^---[ \t]*(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/;
const ATX_HEADING = /^[ \t]{0,3}(?:>[ \t]?)*#{1,6}[ \t]/;
const TITLE_HEADING = /^[ \t]{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Parses Markdown with optional YAML front matter (`title`, `id`, `site`, `language`, `author`,
 * `date`, `lead`…). The stored text is the body as written (after the front matter); paragraphs
 * point into it; `analysisText` is the body with Markdown syntax blanked out (same length).
 * Without a `title` field, a leading `# Heading` is the title.
 *
 * @example parseMarkdown('---\ntitle: T\n---\nOne.\n\nTwo.').article.meta.paragraphs.length // 2
 */
export function parseMarkdown(source: string): ParseResult {
  let declared: DeclaredMeta | null = null;
  let body = source;
  const warnings: string[] = [];
  const fm = FRONT_MATTER.exec(source) ?? EMPTY_FRONT_MATTER.exec(source);
  if (fm) {
    body = source.slice(fm[0].length);
    let data: unknown = {};
    if (fm[1] !== undefined) {
      // Parsed as a document, not with parse(): that prints each warning to stderr itself, over
      // several lines (the message, the source line, a caret line, a hint about --trace-warnings).
      const doc = parseDocument(fm[1]);
      const error = doc.errors[0];
      if (error) return { ok: false, reason: `front matter: ${firstErrorLine(error)}` };
      try {
        data = doc.toJS({ maxAliasCount: 50 }) ?? {};
      } catch (err) {
        return { ok: false, reason: `front matter: ${firstErrorLine(err)}` };
      }
      for (const w of doc.warnings) warnings.push(`front matter: ${firstErrorLine(w)}`);
    }
    if (typeof data !== 'object' || Array.isArray(data))
      return { ok: false, reason: 'front matter: not a mapping of fields' };
    const read = readDeclared(data, 'front matter');
    if (!read.ok) return read;
    declared = read.meta;
  }

  const masked = maskMarkdown(body);
  const blocks = groupBlocks(splitLines(masked));
  let title = declared?.title ?? null;
  const firstBlock = blocks[0];
  const firstLine = firstBlock ? body.slice(firstBlock.lines[0]?.start, firstBlock.lines[0]?.end) : '';
  const heading = TITLE_HEADING.exec(firstLine);
  let bodyBlocks = blocks;
  if (!title && heading && firstBlock?.lines.length === 1) {
    title = (heading[1] as string).trim();
    bodyBlocks = blocks.slice(1);
  }
  const paragraphs: Span[] = [];
  const headings: Span[] = [];
  for (const { start, end, lines } of bodyBlocks) {
    const first = lines[0];
    const isHeading = lines.length === 1 && first && ATX_HEADING.test(body.slice(first.start, first.end));
    (isHeading ? headings : paragraphs).push({ start, end });
  }
  title ??= firstBlock ? truncateWords(masked.slice(firstBlock.start, firstBlock.end).replace(/\s+/g, ' '), 80) : '';
  return {
    ok: true,
    article: {
      format: 'markdown',
      text: body,
      analysisText: masked,
      meta: mergeMeta(emptyDeclared(declared), {
        id: null,
        site: null,
        language: detectLanguage(masked),
        title,
        epigraph: null,
        lead: null,
        author: null,
        authorRole: null,
        paragraphs,
        headings,
        published: null,
      }),
      ...(warnings.length ? { warnings } : {}),
    },
  };
}

function emptyDeclared(d: DeclaredMeta | null): DeclaredMeta {
  return (
    d ?? {
      id: null,
      site: null,
      language: null,
      title: null,
      epigraph: null,
      lead: null,
      author: null,
      authorRole: null,
      published: null,
      url: null,
    }
  );
}

function firstErrorLine(err: unknown): string {
  // YAML's messages end the first line with a colon before quoting the source: it is not quoted here.
  return ((err instanceof Error ? err.message : String(err)).split('\n')[0] as string).replace(/:\s*$/, '');
}

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/**
 * Blanks Markdown syntax with spaces so analysis reads prose while offsets stay those of the source:
 * heading, quote and list markers, emphasis, code fences, link targets, reference definitions,
 * raw HTML tags, table pipes and backslash escapes.
 *
 * @example maskMarkdown('## A [link](http://x) *here*') // '   A  link           here '
 */
export function maskMarkdown(body: string): string {
  const lines = body.split(/(\r\n|\n|\r)/);
  let inFence: string | null = null;
  for (let i = 0; i < lines.length; i += 2) {
    let line = lines[i] as string;
    const fence = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (inFence !== null) {
      if (fence && (fence[1] as string).startsWith(inFence)) inFence = null;
      lines[i] = blank(line);
      continue;
    }
    if (fence) {
      inFence = (fence[1] as string).slice(0, 3);
      lines[i] = blank(line);
      continue;
    }
    if (/^[ \t]{0,3}\[[^\]]+\]:\s*\S/.test(line) || /^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/.test(line)) {
      lines[i] = blank(line);
      continue;
    }
    line = line
      .replace(/^([ \t]{0,3}(?:>[ \t]?)*)(#{1,6}[ \t]+)?/, (m) => blank(m))
      .replace(/[ \t]+#+[ \t]*$/, (m) => blank(m))
      .replace(/^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/, (m) => blank(m));
    lines[i] = maskInline(line);
  }
  return lines.join('');
}

function maskInline(line: string): string {
  return (
    line
      // Images and links: keep the visible text, blank the brackets and the target.
      .replace(/(!?\[)([^\]\n]*)(\]\([^)\n]*\)|\]\[[^\]\n]*\])/g, (_m, open: string, label: string, target: string) => {
        return blank(open) + label + blank(target);
      })
      .replace(/<\/?[A-Za-z][^<>\n]*>|<!--.*?-->/g, blank)
      .replace(/\\(?=[\\`*_{}[\]()#+\-.!|~<>])/g, ' ')
      .replace(/[*`~|]+/g, blank)
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, blank)
  );
}
