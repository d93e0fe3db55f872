import type { ArticleMeta, SourceFormat } from '../domain/article.ts';

export type { ArticleMeta, SourceFormat };

/**
 * An article as ingest understands it: the text that analysis reads and whose offsets every
 * fact points into, plus the metadata the source gives.
 */
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
  /** What the source got wrong without it stopping the read (a YAML tag nobody knows), one line each. */
  warnings?: string[];
}

/** What a parser gives back: an article, or the reason (one line) why the source is not one. */
export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };
