import { detectLanguage } from '../analyze/index.ts';
import type { Span } from '../analyze/types.ts';
import { blankSpans, HEADER_SEARCH_LINES, NUMERIC_LINE as NUMERIC_ID, SITE_LINE } from '../domain/page-furniture.ts';
import { type Block, blockText, groupBlocks, type Line, splitLines } from './blocks.ts';
import type { ParsedArticle } from './types.ts';

// A person's name: 1–4 capitalised words or initials (Latin or Cyrillic), e.g. `Adil Akhmetov`, `A. K. Akhmetov`.
const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}`;
const AUTHOR_PREFIX = String.raw`(?:(?:Author|Авторы?|Авторлары?)\s*:\s*)?`;
const AUTHOR_WITH_ROLE = new RegExp(String.raw`^${AUTHOR_PREFIX}(${NAME})\s*,\s*(\S.*?)\s*$`, 'u');
const AUTHOR_ALONE = new RegExp(String.raw`^${AUTHOR_PREFIX}(${NAME})\s*$`, 'u');
const SENTENCE_END = /[.!?…:;]["»”’)]*\s*$/u;
const MAX_AUTHOR_LINE = 300;
const TRAILER = /^(?:sources?|photo|photos|image|источник|источники|фото|дереккөз|дереккөздер|сурет)\s*:/iu;
// A role may end with an abbreviation (`PhD.`, `проф.`); a longer line ending a sentence is body text.
const MAX_AUTHOR_LINE_WITH_PERIOD = 150;

/**
 * Parses an e-history.kz page saved as plain text: optional epigraph and its author, title, numeric
 * id, the `TITLE - site.tld` line, lead, body paragraphs and a closing `Name, Role` author line.
 * Returns null when the text does not have the id + site-line header (then it is generic plain text).
 *
 * @example parseEHistory(readFileSync('e-history-1509.txt', 'utf8'))?.meta.id // '1509'
 */
export function parseEHistory(text: string): ParsedArticle | null {
  const lines = splitLines(text);
  const header = findHeader(lines);
  if (!header) return null;
  const { id, idLine, titleEnd, siteLine, site, siteTitle } = header;

  const before = groupBlocks(lines.slice(0, titleEnd));
  const titleBlock = before.pop();
  const title = titleBlock ? blockText(titleBlock) : siteTitle;
  const epigraph = readEpigraph(before);

  const after = lines.slice(siteLine + 1);
  let lead: string | null = null;
  let bodyLines = after;
  // The lead is the paragraph glued to the site line; a blank line there means there is none.
  if (after[0] && !after[0].blank) {
    const leadBlock = groupBlocks(after.slice(0, firstBlank(after)))[0];
    if (leadBlock) {
      lead = blockText(leadBlock);
      bodyLines = after.slice(leadBlock.lines.length);
    }
  }
  const body = groupBlocks(bodyLines);
  // Credits after the byline (`Source: …`, `Фото: …`) are page furniture, not body text.
  while (body.length > 1 && TRAILER.test(blockText(body[body.length - 1] as Block))) body.pop();
  const byline = readByline(body);
  if (byline) body.pop();

  const paragraphs: Span[] = body.map(({ start, end }) => ({ start, end }));
  const bodyText = body.map((b) => text.slice(b.start, b.end)).join('\n');
  return {
    format: 'ehistory',
    text,
    // The id (or view-counter) line and the `TITLE - site` line are the page's furniture: read as
    // text they give a year 1509 and every title entity twice. Analysis sees them as blanks.
    analysisText: blankSpans(text, [lines[siteLine] as Line, ...(idLine === null ? [] : [lines[idLine] as Line])]),
    meta: {
      id,
      site,
      language: detectLanguage(bodyText || title),
      title,
      epigraph,
      lead,
      author: byline?.author ?? null,
      authorRole: byline?.role ?? null,
      paragraphs,
      published: null,
    },
  };
}

interface Header {
  id: string | null;
  /** The line holding the id, when there is one. */
  idLine: number | null;
  /** Lines before this one hold the epigraph and the title. */
  titleEnd: number;
  siteLine: number;
  site: string;
  siteTitle: string;
}

function findHeader(lines: Line[]): Header | null {
  const limit = Math.min(lines.length, HEADER_SEARCH_LINES);
  for (let i = 1; i < limit; i++) {
    const m = SITE_LINE.exec((lines[i] as Line).text);
    if (!m) continue;
    const site = (m[2] as string).toLowerCase();
    const siteTitle = (m[1] as string).trim();
    const prev = previousNonBlank(lines, i);
    if (prev < 0) continue;
    const prevText = (lines[prev] as Line).text;
    if (NUMERIC_ID.test(prevText)) {
      return { id: prevText.trim(), idLine: prev, titleEnd: prev, siteLine: i, site, siteTitle };
    }
    // Some saved pages lack the id line: the site line then repeats the title right above it.
    if (sameTitle(prevText, siteTitle)) {
      return { id: null, idLine: null, titleEnd: prev + 1, siteLine: i, site, siteTitle };
    }
  }
  return null;
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’'`"«»“”]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

function previousNonBlank(lines: Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!(lines[j] as Line).blank) return j;
  return -1;
}

function firstBlank(lines: Line[]): number {
  const i = lines.findIndex((l) => l.blank);
  return i < 0 ? lines.length : i;
}

/** The epigraph is the text above the title; its last short line, when there are several, is its author. */
function readEpigraph(blocks: Block[]): { text: string; author: string } | null {
  if (blocks.length === 0) return null;
  const lines = blocks.flatMap((b) => b.lines);
  const last = (lines[lines.length - 1] as Line).text.trim().replace(/^[-–—―]\s*/, '');
  if (lines.length > 1 && last.length <= 120 && !SENTENCE_END.test(last)) {
    const text = lines
      .slice(0, -1)
      .map((l) => l.text.trim())
      .join(' ');
    return { text: stripQuotes(text), author: last };
  }
  return { text: stripQuotes(lines.map((l) => l.text.trim()).join(' ')), author: '' };
}

function stripQuotes(s: string): string {
  const m = /^["«“„](.*)["»”“]$/su.exec(s);
  return m ? (m[1] as string).trim() : s;
}

/** The closing line `Name, Role` (or a bare name), when the last block is one short line of that shape. */
function readByline(body: Block[]): { author: string; role: string | null } | null {
  const last = body[body.length - 1];
  if (!last || body.length < 2 || last.lines.length !== 1) return null;
  return parseByline((last.lines[0] as Line).text);
}

/**
 * Reads an author line: `Adil Akhmetov, Member of the Elders’ Council`, `Автор: Әділ Ахметов`,
 * or a bare name of two to four capitalised words. Null for anything that reads like a sentence.
 */
export function parseByline(text: string): { author: string; role: string | null } | null {
  const line = text.trim();
  if (line.length > MAX_AUTHOR_LINE) return null;
  if (SENTENCE_END.test(line) && (line.length > MAX_AUTHOR_LINE_WITH_PERIOD || /[.!?]\s+\p{Lu}/u.test(line)))
    return null;
  const withRole = AUTHOR_WITH_ROLE.exec(line);
  if (withRole) return { author: (withRole[1] as string).trim(), role: (withRole[2] as string).trim() };
  const alone = AUTHOR_ALONE.exec(line);
  if (alone) return { author: (alone[1] as string).trim(), role: null };
  return null;
}
