import { html } from 'hono/html';
import type { Language } from '../../domain/languages.ts';
import type { PageContext } from '../context.ts';
import type { Html } from '../layout.ts';

/** The export formats a reader can take away, with the name people know them by. */
const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonld', label: 'JSON-LD' },
  { format: 'ics', label: 'iCalendar' },
  { format: 'timelinejs', label: 'TimelineJS' },
  { format: 'gexf', label: 'GEXF' },
] as const;

/** What the page shows, as the export API's filters. */
export interface ViewFilters {
  from?: number;
  to?: number;
  entity?: string;
  lang?: Language;
}

/**
 * "Download this view": the same events the page lists, in each export format, through the
 * public export API (so a researcher can also copy the link into a script).
 */
export function downloadLinks(ctx: PageContext, view: ViewFilters): Html {
  const q = new URLSearchParams();
  if (view.from !== undefined) q.set('from', String(view.from));
  if (view.to !== undefined) q.set('to', String(view.to));
  if (view.entity) q.set('entity', view.entity);
  if (view.lang) q.set('lang', view.lang);
  const query = q.size ? `?${q}` : '';
  return html`<p class="downloads meta"><span>${ctx.t.downloadView}:</span> ${FORMATS.map(
    ({ format, label }, i) => html`${i ? ' · ' : ''}<a href="/api/export/${format}${query}" download>${label}</a>`,
  )}</p>`;
}
