import type { EntityType } from '../analyze/types.ts';
import { firstDay, isoDate, lastDay, readWhen } from '../domain/when.ts';
import type { ExportData, ExportEntity } from './types.ts';

const SCHEMA_TYPE: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organization',
  PLACE: 'Place',
  EVENT: 'Event',
  DOCUMENT: 'CreativeWork',
  WORK: 'CreativeWork',
};

/**
 * The knowledge graph as schema.org JSON-LD: one `@graph` with entities (Person, Organization,
 * Place with GeoCoordinates, Event, CreativeWork), articles (CreativeWork, with `mentions`) and
 * dated events (Event with startDate/endDate, or an annual `eventSchedule`), linked by `@id`.
 */
export function exportJsonLd(data: ExportData): string {
  const base = data.baseUrl;
  const entityIri = (id: string) => `${base}/entities/${encodeURIComponent(id)}`;
  const articleIri = (id: number) => `${base}/articles/${id}`;
  const types = new Map(data.entities.map((e) => [e.id, e.type]));
  const graph: Record<string, unknown>[] = [];

  for (const e of data.entities) graph.push(entityNode(e, entityIri(e.id)));
  for (const a of data.articles) {
    graph.push({
      '@id': articleIri(a.id),
      '@type': 'CreativeWork',
      name: a.title,
      inLanguage: a.language,
      url: articleIri(a.id),
      dateModified: a.updatedAt,
      ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
      ...(a.sourceId ? { identifier: a.sourceId } : {}),
      mentions: [...new Set(a.mentions.map((m) => m.entityId))].map((id) => ({ '@id': entityIri(id) })),
    });
  }
  for (const ev of data.events) {
    const when = readWhen(ev.when);
    if (!when) continue;
    const places = ev.entities.filter((x) => (types.get(x.id) ?? x.type) === 'PLACE');
    const others = ev.entities.filter((x) => (types.get(x.id) ?? x.type) !== 'PLACE');
    const node: Record<string, unknown> = {
      '@id': `${base}/events/${encodeURIComponent(ev.id)}`,
      '@type': 'Event',
      name: ev.what,
      description: ev.what,
      subjectOf: ev.sources.map((s) => ({ '@id': articleIri(s.articleId) })),
    };
    if (when.kind === 'span') {
      node.startDate = isoDate(firstDay(when.start));
      node.endDate = isoDate(lastDay(when.end));
    } else {
      node.eventSchedule = {
        '@type': 'Schedule',
        repeatFrequency: 'P1Y',
        byMonth: when.month,
        ...(when.day ? { byMonthDay: when.day } : {}),
      };
    }
    if (places.length) node.location = places.map((p) => ({ '@id': entityIri(p.id) }));
    if (others.length) node.about = others.map((o) => ({ '@id': entityIri(o.id) }));
    graph.push(node);
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2);
}

function entityNode(e: ExportEntity, iri: string): Record<string, unknown> {
  const node: Record<string, unknown> = {
    '@id': iri,
    '@type': SCHEMA_TYPE[e.type],
    name: e.name,
    identifier: e.id,
    url: iri,
  };
  if (e.aliases.length) node.alternateName = e.aliases;
  if (e.sameAs?.length) node.sameAs = e.sameAs;
  if (e.type === 'PLACE' && e.coordinates) {
    node.geo = { '@type': 'GeoCoordinates', latitude: e.coordinates.lat, longitude: e.coordinates.lon };
  }
  return node;
}
