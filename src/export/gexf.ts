import type { ExportData } from './types.ts';

/**
 * Entities and their co-occurrence as a GEXF 1.3 graph (Gephi): one node per entity with its type
 * and mention count, one undirected weighted edge per pair of entities sharing an article.
 */
export function exportGexf(data: ExportData): string {
  const known = new Set(data.entities.map((e) => e.id));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${data.generatedAt.slice(0, 10)}">`,
    '    <creator>Chronicle</creator>',
    `    <description>${xml(data.title)}: entities and co-occurrence in articles</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="articles" title="articles" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const e of data.entities) {
    out.push(
      `      <node id="${xml(e.id)}" label="${xml(e.name)}">`,
      '        <attvalues>',
      `          <attvalue for="type" value="${e.type}"/>`,
      `          <attvalue for="mentions" value="${e.mentionCount}"/>`,
      `          <attvalue for="articles" value="${e.articleCount}"/>`,
      '        </attvalues>',
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  let n = 0;
  for (const edge of data.cooccurrences) {
    if (!known.has(edge.source) || !known.has(edge.target)) continue;
    out.push(
      `      <edge id="e${n++}" source="${xml(edge.source)}" target="${xml(edge.target)}" weight="${edge.weight}"/>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** Escapes for XML text and attributes, dropping characters XML 1.0 forbids. */
function xml(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
