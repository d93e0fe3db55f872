import type { EntityType, Language } from '../analyze/types.ts';
import type { TimelineEvent } from '../store/index.ts';

/** Everything an export format may need, gathered once from the store (see `load.ts`). */
export interface ExportData {
  title: string;
  /** Absolute base of the site (`http://127.0.0.1:8080`), for the IRIs of articles and entities. */
  baseUrl: string;
  generatedAt: string;
  events: TimelineEvent[];
  entities: ExportEntity[];
  articles: ExportArticle[];
  /** Entity pairs that occur in the same article; `weight` = number of such articles. */
  cooccurrences: { source: string; target: string; weight: number }[];
}

export interface ExportEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  coordinates?: { lat: number; lon: number };
  /** IRIs of the same thing elsewhere (a Wikidata item), when a shared identifier is known. */
  sameAs?: string[];
}

export interface ExportArticle {
  id: number;
  revision: number;
  title: string;
  language: Language;
  author: string | null;
  site: string | null;
  sourceId: string | null;
  updatedAt: string;
  mentions: ExportMention[];
}

/** An entity mention with what a W3C TextQuoteSelector / TextPositionSelector needs. */
export interface ExportMention {
  entityId: string;
  entityName: string;
  entityType: EntityType;
  /** UTF-16 offsets, as everywhere in Chronicle. */
  start: number;
  end: number;
  /** Unicode code point offsets, as the Web Annotation model counts. */
  codePointStart: number;
  codePointEnd: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ExportFilter {
  from?: number;
  to?: number;
  entity?: string;
  language?: Language;
}
