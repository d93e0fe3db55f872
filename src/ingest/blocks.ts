import type { Span } from '../analyze/types.ts';

/** One line of a text: `start`/`end` exclude the line terminator (`\n`, `\r\n` or `\r`). */
export interface Line extends Span {
  text: string;
  /** True when the line holds only whitespace (spaces, tabs, no-break spaces…) or nothing. */
  blank: boolean;
}

/** A run of consecutive non-blank lines: one paragraph of plain text. */
export interface Block extends Span {
  lines: Line[];
}

const LINE_BREAK = /\r\n|\n|\r/g;
// `\s` in JavaScript covers U+00A0 and the other Unicode spaces that scans and web pages leave behind.
const NOT_SPACE = /\S/;

/** Splits a text into lines with their offsets, whatever the line terminators are (CRLF kept in the text). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    const end = m.index;
    lines.push(makeLine(text, start, end));
    start = end + m[0].length;
  }
  lines.push(makeLine(text, start, text.length));
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  const line = text.slice(start, end);
  return { start, end, text: line, blank: !NOT_SPACE.test(line) };
}

/** Groups lines into blocks separated by blank (or whitespace-only) lines. */
export function groupBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0] as Line;
    const last = current[current.length - 1] as Line;
    blocks.push(trimSpanIn({ start: first.start, end: last.end, lines: current }, first, last));
    current = [];
  };
  for (const line of lines) {
    if (line.blank) flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

function trimSpanIn(block: Block, first: Line, last: Line): Block {
  const lead = first.text.length - first.text.trimStart().length;
  const trail = last.text.length - last.text.trimEnd().length;
  return { ...block, start: first.start + lead, end: last.end - trail };
}

/** The span of `text[start, end)` without surrounding whitespace (empty span at `start` when all blank). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(code: number): boolean {
  return NOT_SPACE.test(String.fromCharCode(code)) === false;
}

/** The text of a block with its lines joined by single spaces (for metadata such as a wrapped title). */
export function blockText(block: Block): string {
  return block.lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Paragraph spans of a plain text: one per block of non-blank lines. */
export function paragraphSpans(text: string, offset = 0): Span[] {
  return groupBlocks(splitLines(text)).map((b) => ({ start: b.start + offset, end: b.end + offset }));
}
