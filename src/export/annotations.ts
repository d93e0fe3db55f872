import type { ExportData } from './types.ts';

/**
 * Entity mentions as W3C Web Annotations (JSON-LD, `http://www.w3.org/ns/anno.jsonld`): one
 * AnnotationCollection whose page holds an `identifying` annotation per mention, targeting the
 * article with a TextPositionSelector (code points, as the model counts) and a TextQuoteSelector.
 */
export function exportAnnotations(data: ExportData): string {
  const base = data.baseUrl;
  const items = [];
  for (const a of data.articles) {
    const source = `${base}/articles/${a.id}`;
    for (const m of a.mentions) {
      items.push({
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
      });
    }
  }
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${base}/api/export/annotations`,
      type: 'AnnotationCollection',
      label: `${data.title}: entity mentions`,
      total: items.length,
      first: { id: `${base}/api/export/annotations#page1`, type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}
