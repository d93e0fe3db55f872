import type { ArticleMeta } from './types.ts';

/**
 * Longest value of each metadata field, in characters: far above any real article's, low enough
 * that one source cannot make every list page, search answer and export megabytes long (a 5 MB
 * front-matter title did).
 */
export const META_LIMITS = {
  id: 200,
  site: 500,
  title: 1000,
  lead: 10_000,
  author: 500,
  authorRole: 1000,
  epigraph: 10_000,
  epigraphAuthor: 500,
  published: 100,
  url: 2000,
} as const;

/** Why the metadata is refused (the first field over its limit, named), or null when it fits. */
export function metaTooLong(meta: ArticleMeta): string | null {
  const fields: [keyof typeof META_LIMITS, string | null | undefined][] = [
    ['id', meta.id],
    ['site', meta.site],
    ['title', meta.title],
    ['lead', meta.lead],
    ['author', meta.author],
    ['authorRole', meta.authorRole],
    ['epigraph', meta.epigraph?.text],
    ['epigraphAuthor', meta.epigraph?.author],
    ['published', meta.published],
    ['url', meta.url],
  ];
  for (const [field, value] of fields) {
    const limit = META_LIMITS[field];
    if (value && value.length > limit) {
      return `${field} is too long: ${value.length} characters (at most ${limit})`;
    }
  }
  return null;
}
