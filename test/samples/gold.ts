import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimKind, EntityType, Language, TimexMod, TimexType } from '../../src/analyze/types.ts';

/**
 * The hand annotation that sits next to every sample article (`NAME.gold.json`), in the format of
 * the founding document's gold: what a competent extractor must find in that article.
 */
export interface GoldTimex {
  text: string;
  /** A longer, unique stretch of the article that contains `text`, when `text` occurs more than once. */
  context?: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
}

export interface GoldEvent {
  when: string;
  what: string;
  sentenceStartsWith: string;
  /** Gold entity names (see `entities`); at least one must be a participant. */
  entities: string[];
}

export interface GoldEntity {
  name: string;
  type: EntityType;
  /** Other names, including the inflected forms that occur in the text. */
  aliases?: string[];
  /** Types that are equally right (ORG or EVENT for a conference…). */
  accept?: EntityType[];
}

export interface GoldClaim {
  text: string;
  context?: string;
  kind: ClaimKind;
  value: number;
  subject?: string;
  mod?: TimexMod;
}

export interface GoldArticle {
  id: string;
  site: string;
  language: Language;
  title: string;
  epigraph: { text: string; author: string } | null;
  lead: string | null;
  author: string | null;
  authorRole: string | null;
  published?: string;
  bodyFirstWords: string;
  bodyLastWords: string;
  bodyParagraphs: number;
  bodyHeadings?: number;
}

export interface Gold {
  article: GoldArticle;
  timex: { required: GoldTimex[]; stretch?: GoldTimex[] };
  events: { required: GoldEvent[] };
  entities: { required: GoldEntity[]; stretch?: GoldEntity[] };
  claims: { required: GoldClaim[] };
}

export interface Sample {
  /** Path relative to `samples/`, e.g. `kk/aoshk-bastamasy.txt`. */
  name: string;
  path: string;
  source: string;
  gold: Gold;
}

/** The corpus-wide gold of which statements are the same happening (`event-identity.ts`): no article's own. */
export const EVENT_IDENTITY_GOLD = 'event-identity.gold.json';

/** The corpus-wide gold of whether each dated statement's extracted date is right (`event-dates.ts`). */
export const EVENT_DATES_GOLD = 'event-dates.gold.json';

const CORPUS_GOLDS = new Set([EVENT_IDENTITY_GOLD, EVENT_DATES_GOLD]);

export const SAMPLES_DIR = new URL('../../samples/', import.meta.url).pathname;

/** Every sample article that has a gold file next to it (`NAME.gold.json` beside `NAME.ext`), sorted by name. */
export function loadSamples(dir = SAMPLES_DIR): Sample[] {
  const found: Sample[] = [];
  const walk = (sub: string): void => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true });
    for (const entry of entries) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(rel);
        continue;
      }
      if (!entry.name.endsWith('.gold.json') || CORPUS_GOLDS.has(rel)) continue;
      const stem = entry.name.slice(0, -'.gold.json'.length);
      const article = entries.find((e) => e.isFile() && e.name.startsWith(`${stem}.`) && e.name !== entry.name);
      if (!article) throw new Error(`${rel}: no article next to this gold file`);
      const name = sub ? `${sub}/${article.name}` : article.name;
      const path = join(dir, name);
      found.push({
        name,
        path,
        source: readFileSync(path, 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, rel), 'utf8')) as Gold,
      });
    }
  };
  walk('');
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The part of the source file that the article text comes from, read without our ingest code so
 * that the gold can be checked on its own: the `body` of a JSON article, the `<article>` element of
 * an HTML page, the file itself otherwise.
 */
export function annotatedText(sample: Sample): string {
  if (sample.name.endsWith('.json')) return (JSON.parse(sample.source) as { body: string }).body;
  if (sample.name.endsWith('.html')) {
    const start = sample.source.indexOf('<article');
    return sample.source.slice(start, sample.source.indexOf('</article>', start));
  }
  return sample.source;
}

/** Where a gold text lies in `text`: found through its context when it has one; -1 when absent. */
export function locate(text: string, item: { text: string; context?: string }): number {
  if (!item.context) return text.indexOf(item.text);
  const at = text.indexOf(item.context);
  return at < 0 ? -1 : at + item.context.indexOf(item.text);
}

export function countOccurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
}
