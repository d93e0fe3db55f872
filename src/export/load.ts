import type { Store, TimelineEvent } from '../store/index.ts';
import { codePointOffsets } from './code-points.ts';
import type { ExportArticle, ExportData, ExportEntity, ExportFilter, ExportMention } from './types.ts';

const PAGE = 200;
/** Characters of context around a mention for the TextQuoteSelector. */
const QUOTE_CONTEXT = 32;

/**
 * Gathers what the exports need from the store, honouring the filter: events in the year range,
 * with the entity, in the language; the articles those events come from (all articles in the
 * language when no event filter is set); the entities mentioned in those articles.
 */
export async function loadExportData(
  store: Store,
  filter: ExportFilter = {},
  opts: { baseUrl?: string; title?: string } = {},
): Promise<ExportData> {
  const events = await allPages((limit, offset) =>
    store.timeline({
      from: filter.from,
      to: filter.to,
      entity: filter.entity,
      language: filter.language,
      limit,
      offset,
    }),
  );
  const narrowed = filter.from !== undefined || filter.to !== undefined || filter.entity !== undefined;
  const articleIds = narrowed
    ? [...new Set(events.flatMap((e: TimelineEvent) => e.sources.map((s) => s.articleId)))]
    : (await allPages((limit, offset) => store.listArticles({ language: filter.language, limit, offset }))).map(
        (a) => a.id,
      );

  const articles: ExportArticle[] = [];
  const entities = new Map<string, ExportEntity>();
  const pairs = new Map<string, number>();
  for (const id of articleIds.sort((a, b) => a - b)) {
    const article = await store.getArticle(id);
    if (!article) continue;
    const mentions: ExportMention[] = [];
    const inArticle = new Set<string>();
    const codePointAt = codePointOffsets(article.text);
    for (const entity of article.analysis.entities) {
      inArticle.add(entity.id);
      const known = entities.get(entity.id);
      if (known) {
        known.mentionCount += entity.mentions.length;
        known.articleCount += 1;
        known.coordinates ??= entity.coordinates;
      } else {
        entities.set(entity.id, {
          id: entity.id,
          name: entity.name,
          type: entity.type,
          aliases: entity.aliases,
          mentionCount: entity.mentions.length,
          articleCount: 1,
          coordinates: entity.coordinates,
        });
      }
      for (const m of entity.mentions) {
        mentions.push({
          entityId: entity.id,
          entityName: entity.name,
          entityType: entity.type,
          start: m.start,
          end: m.end,
          codePointStart: codePointAt(m.start),
          codePointEnd: codePointAt(m.end),
          exact: article.text.slice(m.start, m.end),
          prefix: article.text.slice(Math.max(0, m.start - QUOTE_CONTEXT), m.start),
          suffix: article.text.slice(m.end, m.end + QUOTE_CONTEXT),
        });
      }
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const ids = [...inArticle].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
    articles.push({
      id: article.id,
      revision: article.revision,
      title: article.title,
      language: article.language,
      author: article.author,
      site: article.site,
      sourceId: article.sourceId,
      updatedAt: article.updatedAt,
      mentions,
    });
  }
  const cooccurrences = [...pairs].map(([key, weight]) => {
    const [source, target] = key.split('\u0000') as [string, string];
    return { source, target, weight };
  });
  return {
    title: opts.title ?? 'Chronicle',
    baseUrl: (opts.baseUrl ?? 'http://127.0.0.1:8080').replace(/\/+$/, ''),
    generatedAt: new Date().toISOString(),
    events,
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    articles,
    cooccurrences,
  };
}

async function allPages<T>(fetch: (limit: number, offset: number) => Promise<{ total: number; items: T[] }>) {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch(PAGE, offset);
    all.push(...page.items);
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}
