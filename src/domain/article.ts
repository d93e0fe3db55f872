/**
 * An article's metadata as sources give it, shared by ingest (which reads it from the source),
 * the store (which keeps it with each revision) and everything that shows it.
 */
import type { Language } from './languages.ts';
import type { Span } from './span.ts';

/** The source formats ingest reads, in the order the tools list them. */
export const SOURCE_FORMATS = ['ehistory', 'markdown', 'html', 'json', 'text'] as const;

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** What the source says about an article, with its paragraphs and headings as offsets into the text. */
export interface ArticleMeta {
  /** Source id (e-history's numeric id, front matter `id`), or null when the source has none. */
  id: string | null;
  site: string | null;
  language: Language;
  title: string;
  epigraph: { text: string; author: string } | null;
  lead: string | null;
  author: string | null;
  authorRole: string | null;
  /** Body paragraphs, as offsets into `text`. */
  paragraphs: Span[];
  /** Section headings inside the body (Markdown `##`, HTML `<h2>`…), as offsets into `text`; not paragraphs. */
  headings?: Span[];
  /** Publication date `YYYY-MM-DD` when the source gives one (used as the document creation date). */
  published?: string | null;
  /** The original page's address (http or https only), when the source gives one: readers follow it to check. */
  url?: string | null;
}
