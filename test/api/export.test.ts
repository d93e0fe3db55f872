import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './harness.ts';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx?.close();
});

async function exported(format: string, query = '') {
  const res = await fetch(`${fx.url}/api/export/${format}${query}`);
  expect(res.status).toBe(200);
  return { text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

interface ApiEvent {
  id: string;
  when: string;
  what: string;
}

async function allEvents(): Promise<ApiEvent[]> {
  const all: ApiEvent[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await (await fetch(`${fx.url}/api/timeline?limit=200&offset=${offset}`)).json()) as {
      total: number;
      items: ApiEvent[];
    };
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}

describe('exports, each parsed back by an independent parser', () => {
  it('CSV (RFC 4180): one row per event, quoted fields survive', async () => {
    const { text, type } = await exported('csv');
    expect(type).toMatch(/text\/csv/);
    expect(text).toMatch(/\r\n$/);
    const rows = parseCsv(text, { columns: true, skip_empty_lines: true }) as {
      id: string;
      when: string;
      what: string;
    }[];
    const events = await allEvents();
    expect(rows.length).toBe(events.length);
    expect(rows.some((r) => r.what.includes('64/35') && r.when.startsWith('2009-12'))).toBe(true);
    // Round trip: the parsed text equals what the API says, commas and quotes included.
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const row of rows) expect(row.what).toBe(byId.get(row.id)?.what);
  });

  it('iCalendar: a VEVENT per dated event, annual days recur yearly', async () => {
    const { text, type } = await exported('ics');
    expect(type).toMatch(/text\/calendar/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = ical.sync.parseICS(text);
    const vevents = Object.values(calendar).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(vevents.length).toBeGreaterThan(10);
    const resolution = vevents.find(
      // One event in three languages: its summary is one source's sentence, the description lists them all.
      (e) =>
        `${e.summary} ${e.description}`.includes('64/35') &&
        e.start.getFullYear() === 2009 &&
        e.start.getMonth() === 11,
    );
    expect(resolution).toBeDefined();
    // Every annual day (XXXX-MM-DD) recurs yearly, and nothing else does.
    const annual = vevents.filter((e) => e.rrule);
    const annualDays = (await allEvents()).filter((e) => /^XXXX-\d\d-\d\d$/.test(e.when));
    expect(annual.length).toBe(annualDays.length);
    const nuclearDay = annual.find((e) => e.start.getMonth() === 7 && e.start.getDate() === 29);
    expect(nuclearDay, annual.map((e) => e.summary).join(' | ')).toBeDefined();
    expect(nuclearDay!.rrule!.toString()).toMatch(/FREQ=YEARLY/);
    // Escaped commas and semicolons come back as written.
    const withComma = vevents.find((e) => String(e.summary).includes(','));
    expect(withComma).toBeDefined();
  });

  it('GEXF 1.3: entities as nodes, weighted co-occurrence edges between existing nodes', async () => {
    const { text } = await exported('gexf');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
    expect(doc.gexf['@version']).toBe('1.3');
    expect(doc.gexf['@xmlns']).toBe('http://gexf.net/1.3');
    const nodes = [doc.gexf.graph.nodes.node].flat() as Record<string, string>[];
    const edges = [doc.gexf.graph.edges.edge].flat() as Record<string, string>[];
    const ids = new Set(nodes.map((n) => n['@id']));
    expect(nodes.some((n) => /OSCE/.test(n['@label'] ?? ''))).toBe(true);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(ids.has(e['@source'])).toBe(true);
      expect(ids.has(e['@target'])).toBe(true);
      expect(Number(e['@weight'])).toBeGreaterThanOrEqual(1);
    }
  });

  it('JSON-LD: schema.org types with @context, @id links that resolve inside the graph', async () => {
    const { text } = await exported('jsonld');
    const doc = JSON.parse(text) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    const allowed = new Set(['Event', 'Organization', 'Person', 'Place', 'CreativeWork']);
    const ids = new Set(doc['@graph'].map((n) => n['@id']));
    const seen = new Set<string>();
    for (const node of doc['@graph']) {
      expect(allowed.has(node['@type'] as string), String(node['@type'])).toBe(true);
      expect(typeof node['@id']).toBe('string');
      expect(typeof node.name).toBe('string');
      seen.add(node['@type'] as string);
      if (node['@type'] === 'Event' && node.subjectOf) {
        expect(node.startDate ?? node.eventSchedule).toBeDefined();
        if (node.startDate) expect(node.startDate).toMatch(/^-?\+?\d{4,6}-\d{2}-\d{2}$/);
        for (const ref of node.subjectOf as { '@id': string }[]) expect(ids.has(ref['@id'])).toBe(true);
        for (const ref of (node.about ?? []) as { '@id': string }[]) expect(ids.has(ref['@id'])).toBe(true);
      }
      if (node['@type'] === 'CreativeWork' && node.mentions) {
        expect(typeof node.inLanguage).toBe('string');
        for (const ref of node.mentions as { '@id': string }[]) expect(ids.has(ref['@id'])).toBe(true);
      }
      if (node.geo) {
        const geo = node.geo as { '@type': string; latitude: number; longitude: number };
        expect(geo['@type']).toBe('GeoCoordinates');
        expect(Math.abs(geo.latitude)).toBeLessThanOrEqual(90);
      }
    }
    for (const type of ['Event', 'Organization', 'Place', 'CreativeWork']) expect(seen.has(type), type).toBe(true);
    const resolution = doc['@graph'].find(
      (n) => n['@type'] === 'Event' && String(n.name).includes('64/35') && String(n.startDate).startsWith('2009-12'),
    );
    // Its statements agree on the day, 2 December 2009: a one-day event ends that day.
    expect(resolution?.startDate).toBe('2009-12-02');
    expect(resolution?.endDate).toBe('2009-12-02');
  });

  it('JSON-LD: known places and organisations say which Wikidata item they are (sameAs), others claim nothing', async () => {
    const { text } = await exported('jsonld');
    const graph = (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'];
    const byId = new Map(graph.map((n) => [n.identifier, n]));
    expect(byId.get('place:kazakhstan')?.sameAs).toEqual(['https://www.wikidata.org/entity/Q232']);
    expect(byId.get('org:un')?.sameAs).toEqual(['https://www.wikidata.org/entity/Q1065']);
    // An entity the recogniser found on its own has no shared identifier to offer.
    const unknown = graph.find(
      (n) => typeof n.identifier === 'string' && /^(person|org):/.test(n.identifier) && !n.sameAs,
    );
    expect(unknown).toBeDefined();
    for (const node of graph) {
      for (const iri of (node.sameAs ?? []) as string[])
        expect(iri).toMatch(/^https:\/\/www\.wikidata\.org\/entity\/Q\d+$/);
    }
  });

  it('Web Annotations: each mention points into the article text with position and quote selectors', async () => {
    const { text } = await exported('annotations');
    const doc = JSON.parse(text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: Record<string, unknown>[] };
    };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(doc.first.items.length);
    expect(doc.total).toBeGreaterThan(50);
    const texts = new Map<string, string>();
    for (const item of doc.first.items.slice(0, 200)) {
      expect(item.type).toBe('Annotation');
      const target = item.target as { source: string; selector: Record<string, unknown>[] };
      const position = target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string };
      const id = target.source.split('/').pop()!;
      if (!texts.has(id)) {
        const article = (await (await fetch(`${fx.url}/api/articles/${id}`)).json()) as { text: string };
        texts.set(id, article.text);
      }
      // Positions count code points, as the Web Annotation model says.
      const codePoints = [...texts.get(id)!];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('TimelineJS: events with numeric start dates and headlines', async () => {
    const { text } = await exported('timelinejs', '?from=2009&to=2017');
    const doc = JSON.parse(text) as {
      title: { text: { headline: string } };
      events: { start_date: { year: number; month?: number }; text: { headline: string } }[];
    };
    expect(doc.title.text.headline).toBeTruthy();
    expect(doc.events.length).toBeGreaterThan(0);
    for (const e of doc.events) {
      expect(Number.isInteger(e.start_date.year)).toBe(true);
      expect(e.text.headline.length).toBeGreaterThan(0);
    }
    expect(doc.events.some((e) => e.start_date.year === 2009 && e.start_date.month === 12)).toBe(true);
  });

  it('TimelineJS: yearly observances are on the title slide, and groups never crowd out the navigation', async () => {
    const { text } = await exported('timelinejs');
    const doc = JSON.parse(text) as { title: { text: { text: string } }; events: { group?: string }[] };
    // 29 August has no year TimelineJS could place it in; it is not silently lost.
    expect(doc.title.text.text).toMatch(/Every year: .*29 August: [^;]*Nuclear Tests/);
    const groups = new Set(doc.events.map((e) => e.group));
    expect(groups.size).toBeLessThanOrEqual(6);
  });

  it('the CLI writes the same formats to a file and rejects unknown ones', () => {
    const out = join(fx.dir, 'events.csv');
    const ok = spawnSync(
      process.execPath,
      ['bin/chronicle.js', '--db', fx.dbPath, 'export', 'csv', '--out', out, '--from', '2009', '--to', '2011'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok.status, ok.stderr).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'), { columns: true }) as { what: string }[];
    expect(rows.some((r) => r.what.includes('64/35'))).toBe(true);
    const bad = spawnSync(process.execPath, ['bin/chronicle.js', '--db', fx.dbPath, 'export', 'pdf'], {
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/unknown format "pdf"/);
  });
});
