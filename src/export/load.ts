import { getGazetteerEntry } from '../analyze/index.ts';
import type { Store, StoredArticle, TimelineEvent } from '../store/index.ts';
import { codePointOffsets } from './code-points.ts';
import type { ExportArticle, ExportData, ExportEntity, ExportFilter, ExportMention } from './types.ts';

const PAGE = 200;
/** Characters of context around a mention for the TextQuoteSelector. */
const QUOTE_CONTEXT = 32;

/** What a format reads: the events alone (CSV, iCalendar, TimelineJS) or the articles' mentions too. */
export type ExportNeeds = 'events' | 'all';

/** One article's part of an export, read and converted on its own (see `exportArticles`). */
export interface LoadedArticle {
  article: ExportArticle;
  /** The article's entities with this article's counts (one article, its mentions). */
  entities: ExportEntity[];
}

/** Lets other requests in between two articles of a long export (a store call may never yield). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Gathers what the exports need from the store, honouring the filter: events in the year range,
 * with the entity, in the language; the articles those events come from (all articles in the
 * language when no event filter is set); the entities mentioned in those articles. With
 * `needs: 'events'` only the events are read (the formats that show nothing else).
 */
export async function loadExportData(
  store: Store,
  filter: ExportFilter = {},
  opts: { baseUrl?: string; title?: string; needs?: ExportNeeds } = {},
): Promise<ExportData> {
  const events = await exportEvents(store, filter);
  const articles: ExportArticle[] = [];
  const entities = new Map<string, ExportEntity>();
  const pairs = new Map<string, number>();
  if (opts.needs !== 'events') {
    for await (const loaded of exportArticles(store, filter, events)) {
      for (const entity of loaded.entities) {
        const known = entities.get(entity.id);
        if (known) {
          known.mentionCount += entity.mentionCount;
          known.articleCount += 1;
          known.coordinates ??= entity.coordinates;
        } else entities.set(entity.id, { ...entity });
      }
      const ids = loaded.entities.map((e) => e.id).sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
      articles.push(loaded.article);
    }
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

/** Every event the filter selects, in timeline order. */
export function exportEvents(store: Store, filter: ExportFilter): Promise<TimelineEvent[]> {
  return allPages((limit, offset) =>
    store.timeline({
      from: filter.from,
      to: filter.to,
      entity: filter.entity,
      language: filter.language,
      limit,
      offset,
    }),
  );
}

/**
 * The filter's articles one at a time, in id order, each with its mentions converted (code point
 * offsets, quote context): only one article's text is held at once, and other requests get a turn
 * between two articles. `events` are the filter's events when already read (a narrowed filter
 * exports the articles its events come from).
 */
export async function* exportArticles(
  store: Store,
  filter: ExportFilter,
  events?: TimelineEvent[],
): AsyncGenerator<LoadedArticle> {
  const narrowed = filter.from !== undefined || filter.to !== undefined || filter.entity !== undefined;
  const articleIds = narrowed
    ? [...new Set((events ?? (await exportEvents(store, filter))).flatMap((e) => e.sources.map((s) => s.articleId)))]
    : (await allPages((limit, offset) => store.listArticles({ language: filter.language, limit, offset }))).map(
        (a) => a.id,
      );
  for (const id of articleIds.sort((a, b) => a - b)) {
    const article = await store.getArticle(id);
    if (!article) continue;
    yield loadArticle(article);
    await nextTurn();
  }
}

function loadArticle(article: StoredArticle): LoadedArticle {
  const mentions: ExportMention[] = [];
  const entities = new Map<string, ExportEntity>();
  const codePointAt = codePointOffsets(article.text);
  for (const entity of article.analysis.entities) {
    const counted = entities.get(entity.id) ?? {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      mentionCount: 0,
      articleCount: 1,
      coordinates: entity.coordinates,
      ...sameAs(entity.id),
    };
    entities.set(entity.id, counted);
    counted.mentionCount += entity.mentions.length;
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
  return {
    article: {
      id: article.id,
      revision: article.revision,
      title: article.title,
      language: article.language,
      author: article.author,
      site: article.site,
      sourceId: article.sourceId,
      updatedAt: article.updatedAt,
      mentions,
    },
    entities: [...entities.values()],
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

/** Where the same thing is known elsewhere: the Wikidata item of a gazetteer entry, if recorded. */
function sameAs(id: string): { sameAs?: string[] } {
  const item = getGazetteerEntry(id)?.wikidata;
  return item ? { sameAs: [`https://www.wikidata.org/entity/${item}`] } : {};
}
