import type { ExportArticle, ExportData } from './types.ts';

/** What the collection's head names: the site and the export's title. */
type CollectionInfo = Pick<ExportData, 'baseUrl' | 'title'>;

/**
 * Entity mentions as W3C Web Annotations (JSON-LD, `http://www.w3.org/ns/anno.jsonld`): one
 * AnnotationCollection whose page holds an `identifying` annotation per mention, targeting the
 * article with a TextPositionSelector (code points, as the model counts) and a TextQuoteSelector.
 */
export function exportAnnotations(data: ExportData): string {
  const lines: string[] = [];
  for (const article of data.articles) for (const line of annotationLines(data.baseUrl, article)) lines.push(line);
  return `${annotationsHead(data)}${lines.join(',\n')}${annotationsTail(lines.length)}`;
}

/*
 * The collection is written in three parts, so a server can send one article's annotations as
 * soon as it has read the article (`stream.ts`): the head, the annotations (one per line, joined
 * by `,` and a line break), and a tail with `total`, which is known only at the end.
 */

/** The collection up to its page's first item. */
export function annotationsHead(info: CollectionInfo): string {
  const base = info.baseUrl;
  const head = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}/api/export/annotations`,
    type: 'AnnotationCollection',
    label: `${info.title}: entity mentions`,
  };
  const page = { id: `${base}/api/export/annotations#page1`, type: 'AnnotationPage', startIndex: 0 };
  return `${JSON.stringify(head).slice(0, -1)},\n"first":${JSON.stringify(page).slice(0, -1)},"items":[\n`;
}

/** One article's annotations, each as one line of JSON, in the order of its mentions. */
export function* annotationLines(base: string, article: ExportArticle): Generator<string> {
  for (const item of articleAnnotations(base, article)) yield JSON.stringify(item);
}

/** The end of the collection, with the number of annotations written. */
export function annotationsTail(total: number): string {
  return `\n]},\n"total":${total}}\n`;
}

function* articleAnnotations(base: string, a: ExportArticle) {
  const source = `${base}/articles/${a.id}`;
  for (const m of a.mentions) {
    yield {
      id: `${source}#mention-${m.start}-${m.end}`,
      type: 'Annotation',
      motivation: 'identifying',
      created: a.updatedAt,
      creator: { type: 'Software', name: 'Chronicle' },
      body: [
        {
          type: 'SpecificResource',
          source: `${base}/entities/${encodeURIComponent(m.entityId)}`,
          purpose: 'identifying',
        },
        { type: 'TextualBody', value: m.entityName, purpose: 'tagging', format: 'text/plain' },
      ],
      target: {
        source,
        language: a.language,
        selector: [
          { type: 'TextPositionSelector', start: m.codePointStart, end: m.codePointEnd },
          { type: 'TextQuoteSelector', exact: m.exact, prefix: m.prefix, suffix: m.suffix },
        ],
      },
    };
  }
}
