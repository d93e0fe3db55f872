import { detectLanguage } from '../analyze/index.ts';
import { blockText, groupBlocks, splitLines } from './blocks.ts';
import type { ParsedArticle } from './types.ts';

const MAX_TITLE = 200;

/**
 * Parses generic plain text: the first paragraph is the title when it is short (one line of at most
 * 200 characters), every other block of non-blank lines is a body paragraph.
 *
 * @example parsePlainText('Title\n\nFirst paragraph.\n\nSecond.').meta.paragraphs.length // 2
 */
export function parsePlainText(text: string): ParsedArticle {
  const blocks = groupBlocks(splitLines(text));
  const first = blocks[0];
  let title = '';
  let body = blocks;
  if (first && first.lines.length === 1 && first.end - first.start <= MAX_TITLE && blocks.length > 1) {
    title = blockText(first);
    body = blocks.slice(1);
  } else if (first) {
    // No separate title line: use the opening words so that lists and pages have something to show.
    title = truncateWords(blockText(first), 80);
  }
  return {
    format: 'text',
    text,
    meta: {
      id: null,
      site: null,
      language: detectLanguage(text),
      title,
      epigraph: null,
      lead: null,
      author: null,
      authorRole: null,
      paragraphs: body.map(({ start, end }) => ({ start, end })),
      published: null,
    },
  };
}

/** Cuts a string at a word boundary to at most `max` characters, adding `…` when cut. */
export function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
