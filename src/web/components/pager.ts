import { html } from 'hono/html';
import { type PageContext, withQuery } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { Html } from '../layout.ts';

/** Previous / next links for a paged list, using `offset` in the query string. */
export function pager(ctx: PageContext, total: number, offset: number, limit: number): Html {
  if (total <= limit) return html``;
  const { t, url } = ctx;
  const to = Math.min(total, offset + limit);
  return html`<nav class="pager" aria-label="${fill(t.pageOf, { from: offset + 1, to, n: total })}">
<p>${fill(t.pageOf, { from: offset + 1, to, n: total })}</p>
${offset > 0 ? html`<a rel="prev" href="${withQuery(url, { offset: Math.max(0, offset - limit) || undefined })}">${t.previous}</a>` : ''}
${to < total ? html`<a rel="next" href="${withQuery(url, { offset: offset + limit })}">${t.next}</a>` : ''}
</nav>`;
}
