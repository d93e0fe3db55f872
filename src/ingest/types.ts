import type { Language, Span } from '../analyze/types.ts';

export type SourceFormat = 'ehistory' | 'markdown' | 'html' | 'json' | 'text';

/**
 * An article as ingest understands it: the text that analysis reads and whose offsets every
 * fact points into, plus the metadata the source gives.
 */
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
}

export interface ParsedArticle {
  format: SourceFormat;
  /** The text whose offsets are authoritative: the file itself for plain text, extracted text for HTML. */
  text: string;
  /**
   * Optional: `text` with markup (Markdown syntax) blanked out, the SAME length as `text` so that
   * analysis offsets stay valid in `text`. Absent means analysis reads `text` itself.
   */
  analysisText?: string;
  meta: ArticleMeta;
}

/** What a parser gives back: an article, or the reason (one line) why the source is not one. */
export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };
