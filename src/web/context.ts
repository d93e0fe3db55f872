import type { Language } from '../analyze/types.ts';
import type { RateLimiter } from '../domain/rate-limit.ts';
import type { Store } from '../store/index.ts';
import type { Messages } from './i18n/index.ts';

/** What every page renderer gets: the interface language and its strings, and the request URL. */
export interface PageContext {
  ui: Language;
  t: Messages;
  url: URL;
  /** An editor signed in on this browser (the hint cookie): event lists link to their review. */
  editor?: boolean;
}

export interface WebDeps {
  store: () => Promise<Store>;
  /** Counts readers' reports per client; shared with the API's (the server makes one), else the website's own. */
  reportLimiter?: RateLimiter;
}

/** The current URL with some query parameters replaced (undefined removes one); path + query only. */
export function withQuery(url: URL, changes: Record<string, string | number | undefined>): string {
  const next = new URL(url.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') next.searchParams.delete(k);
    else next.searchParams.set(k, String(v));
  }
  const qs = next.searchParams.toString();
  return next.pathname + (qs ? `?${qs}` : '');
}
