import type { ArticleKey } from './types.ts';

/** The one key an article is found by: its source id on its site when it has one, else its path. */
export function articleIdentity(key: ArticleKey): string {
  return key.sourceId ? `src:${key.site ?? ''}:${key.sourceId}` : `path:${key.path}`;
}
