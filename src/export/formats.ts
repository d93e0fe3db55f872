import { exportAnnotations } from './annotations.ts';
import { exportCsv } from './csv.ts';
import { exportGexf } from './gexf.ts';
import { exportIcs } from './ics.ts';
import { exportJsonLd } from './jsonld.ts';
import type { ExportNeeds } from './load.ts';
import { exportTimelineJs } from './timelinejs.ts';
import type { ExportData } from './types.ts';

export interface ExportFormat {
  /** Pure: the same data gives the same text. */
  render: (data: ExportData) => string;
  /** What `render` reads: only `events`, or the articles' mentions and entities too (`all`). */
  needs: ExportNeeds;
  mediaType: string;
  extension: string;
  description: string;
}

/** Every export format, by the name the CLI and the API use. */
export const EXPORT_FORMATS = {
  timelinejs: {
    render: exportTimelineJs,
    needs: 'events',
    mediaType: 'application/json; charset=utf-8',
    extension: 'json',
    description: 'TimelineJS (Knight Lab) JSON',
  },
  csv: {
    render: exportCsv,
    needs: 'events',
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: 'Events as CSV (RFC 4180)',
  },
  jsonld: {
    render: exportJsonLd,
    needs: 'all',
    mediaType: 'application/ld+json; charset=utf-8',
    extension: 'jsonld',
    description: 'schema.org JSON-LD graph',
  },
  gexf: {
    render: exportGexf,
    needs: 'all',
    mediaType: 'application/gexf+xml; charset=utf-8',
    extension: 'gexf',
    description: 'Entity co-occurrence graph, GEXF 1.3',
  },
  ics: {
    render: exportIcs,
    needs: 'events',
    mediaType: 'text/calendar; charset=utf-8',
    extension: 'ics',
    description: 'iCalendar events',
  },
  annotations: {
    render: exportAnnotations,
    needs: 'all',
    mediaType: 'application/ld+json; charset=utf-8',
    extension: 'jsonld',
    description: 'W3C Web Annotations of entity mentions',
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
