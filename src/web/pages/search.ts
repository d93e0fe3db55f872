import { html } from 'hono/html';
import type { EntityType, Language } from '../../analyze/types.ts';
import type { SearchResults } from '../../store/index.ts';
import { pager } from '../components/pager.ts';
import { searchForm } from '../components/search-form.ts';
import { type PageContext, withQuery } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { type Html, layout } from '../layout.ts';
import { snippet } from './entities.ts';

export interface SearchFilters {
  q: string;
  lang?: Language;
  type?: EntityType;
  from?: number;
  to?: number;
  offset: number;
  limit: number;
}

/** Search results with highlighted snippets and facets (language, entity type, year) as links. */
export function searchPage(ctx: PageContext, f: SearchFilters, results: SearchResults | null) {
  const { t } = ctx;
  const filtered = f.lang || f.type || f.from !== undefined || f.to !== undefined;
  return layout(ctx, {
    title: f.q ? `${t.searchTitle}: ${f.q}` : t.searchTitle,
    body: html`<h1>${t.searchTitle}</h1>
${searchForm(ctx, f.q)}
${
  results
    ? html`<div class="search-layout">
<section aria-labelledby="results-title" class="results">
<h2 id="results-title">${fill(t.resultsFor, { n: results.total, q: f.q })}</h2>
${
  results.results.length
    ? html`<ol class="results-list" start="${f.offset + 1}">${results.results.map(
        (r) =>
          html`<li class="card result"><h3><a href="/articles/${r.id}" lang="${r.language}">${r.title}</a></h3>
<p class="snippet" lang="${r.language}">${snippet(r.snippet)}</p>
<p class="meta">${t.languageNames[r.language]}</p></li>`,
      )}</ol>`
    : html`<p>${t.noResults}</p>`
}
${pager(ctx, results.total, f.offset, f.limit)}
${results.total ? searchDownload(ctx, f) : ''}
</section>
${results.facets ? facets(ctx, f, results.facets, filtered) : ''}
</div>`
    : ''
}`,
  });
}

function facets(
  ctx: PageContext,
  f: SearchFilters,
  facets: NonNullable<SearchResults['facets']>,
  filtered: boolean | string | undefined,
): Html {
  const { t, url } = ctx;
  const group = (
    title: string,
    entries: [string, number][],
    link: (key: string) => string,
    label: (k: string) => string,
    active: (k: string) => boolean,
  ) =>
    entries.length
      ? html`<h3>${title}</h3><ul>${entries.map(
          ([k, n]) =>
            html`<li><a href="${link(k)}"${active(k) ? html` aria-current="true"` : ''}>${label(k)}</a> <span class="count">${n}</span></li>`,
        )}</ul>`
      : '';
  const years = Object.entries(facets.year).sort(([a], [b]) => Number(a) - Number(b));
  return html`<aside class="facets card" aria-labelledby="facets-title">
<h2 id="facets-title">${t.facets}</h2>
${group(
  t.facetLanguage,
  Object.entries(facets.language),
  (k) => withQuery(url, { lang: k, offset: undefined }),
  (k) => t.languageNames[k as Language] ?? k,
  (k) => f.lang === k,
)}
${group(
  t.facetEntityType,
  Object.entries(facets.entityType),
  (k) => withQuery(url, { type: k, offset: undefined }),
  (k) => t.entityTypes[k as EntityType] ?? k,
  (k) => f.type === k,
)}
${group(
  t.facetYear,
  years.slice(0, 30),
  (k) => withQuery(url, { from: k, to: k, offset: undefined }),
  (k) => k,
  (k) => f.from === Number(k) && f.to === Number(k),
)}
${filtered ? html`<p><a href="${withQuery(url, { lang: undefined, type: undefined, from: undefined, to: undefined, offset: undefined })}">${t.clearFilters}</a></p>` : ''}
</aside>`;
}

/** The results as JSON from the public API (the same query and filters, the first 200). */
function searchDownload(ctx: PageContext, f: SearchFilters) {
  const q = new URLSearchParams({ q: f.q });
  if (f.from !== undefined) q.set('from', String(f.from));
  if (f.to !== undefined) q.set('to', String(f.to));
  if (f.type) q.set('type', f.type);
  if (f.lang) q.set('lang', f.lang);
  q.set('limit', '200');
  return html`<p class="downloads meta"><span>${ctx.t.downloadView}:</span> <a href="/api/search?${q}" download="search.json">JSON</a></p>`;
}
