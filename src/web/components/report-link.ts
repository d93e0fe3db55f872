import { html } from 'hono/html';
import type { ReportedFact } from '../../domain/reader-reports.ts';
import type { PageContext } from '../context.ts';

/**
 * Where a reader can report an error on a fact, coming back to `back`: a plain link that depends
 * only on the page's address, the same for everyone, so cached pages stay shared.
 */
export function reportHref(type: ReportedFact, key: string, back: string): string {
  return `/report?type=${type}&key=${encodeURIComponent(key)}&back=${encodeURIComponent(back)}`;
}

/** The "Report an error" link under a fact a reader sees, back to the page it is on. */
export function reportLink(ctx: PageContext, type: ReportedFact, key: string) {
  const href = reportHref(type, key, ctx.url.pathname + ctx.url.search);
  return html`<a class="report-link" rel="nofollow" href="${href}">${ctx.t.reports.link}</a>`;
}
