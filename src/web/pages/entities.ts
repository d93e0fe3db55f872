import { html } from 'hono/html';
import type { EntityType } from '../../analyze/types.ts';
import type { EntityDetail, EntitySummary, Page } from '../../store/index.ts';
import { downloadLinks } from '../components/downloads.ts';
import { eventList } from '../components/events.ts';
import { relatedGraph } from '../components/graph.ts';
import { onMap, placeMap } from '../components/map.ts';
import { entityName, nameHtml } from '../components/names.ts';
import { pager } from '../components/pager.ts';
import { reportLink } from '../components/report-link.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';

const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'];

/** Entities, most mentioned first, with a name filter and type filter. */
export function entitiesPage(
  ctx: PageContext,
  filters: { q?: string; type?: EntityType; offset: number; limit: number },
  page: Page<EntitySummary>,
) {
  const { t } = ctx;
  return layout(ctx, {
    title: t.entitiesTitle,
    body: html`<h1>${t.entitiesTitle}</h1>
<form class="filters card" method="get" action="/entities" aria-labelledby="ef-title">
<h2 id="ef-title" class="visually-hidden">${t.entityFilter}</h2>
<div class="field"><label for="e-q">${t.nameContains}</label><input id="e-q" name="q" type="search" maxlength="500" value="${filters.q ?? ''}"></div>
<div class="field"><label for="e-type">${t.entityType}</label><select id="e-type" name="type"><option value="">${t.any}</option>
${TYPES.map((ty) => html`<option value="${ty}"${filters.type === ty ? ' selected' : ''}>${t.entityTypes[ty]}</option>`)}
</select></div>
<div class="field field-submit"><button type="submit">${t.apply}</button></div>
</form>
<ul class="entity-grid">
${page.items.map(
  (
    e,
  ) => html`<li class="card entity-card"><span class="chip chip-${e.type.toLowerCase()}">${t.entityTypes[e.type]}</span>
<h2 class="entity-card-title"><a href="/entities/${encodeURIComponent(e.id)}">${nameHtml(e.id, e.name, ctx.ui, e.names)}</a></h2>
<p class="meta">${fill(t.mentionsCount, { n: e.mentionCount, m: e.articleCount })}${e.doubtful ? html` · <span class="doubtful">${t.doubtfulShort}</span>` : ''}</p></li>`,
)}
</ul>
${pager(ctx, page.total, filters.offset, filters.limit)}`,
  });
}

/**
 * One entity: what it is, its dated events, where it is mentioned, related entities, a map for
 * places; for a signed-in editor (`reviewLink`), a link to review it.
 */
export function entityPage(ctx: PageContext, e: EntityDetail, opts: { reviewLink?: boolean } = {}) {
  const { t, ui } = ctx;
  const coords = e.coordinates;
  const shown = entityName(e.id, e.name, ui, e.names);
  return layout(ctx, {
    title: shown.text,
    body: html`<header class="entity-header">
<p><span class="chip chip-${e.type.toLowerCase()}">${t.entityTypes[e.type]}</span> <code class="entity-id">${e.id}</code></p>
<h1>${nameHtml(e.id, e.name, ui, e.names)}</h1>
<p class="fact-actions">${reportLink(ctx, 'entity', e.id)}</p>
${opts.reviewLink ? html`<p><a class="review-link" href="/review/entities/${encodeURIComponent(e.id)}">${t.entityReview.reviewThis}</a></p>` : ''}
${e.aliases.length ? html`<p><strong>${t.aliases}:</strong> ${e.aliases.join(', ')}</p>` : ''}
<p class="meta">${fill(t.mentionsCount, { n: e.mentionCount, m: e.articleCount })}</p>
${
  e.doubtful
    ? html`<p class="notice doubtful-notice" role="note">${fill(t.doubtfulEntity, { n: (e.confidence ?? 0).toFixed(2) })}</p>`
    : ''
}
</header>
<div class="grid-2 entity-layout">
<section class="card" aria-labelledby="ev-title">
<h2 id="ev-title">${t.datedEvents}</h2>
${e.events.length ? eventList(ctx, e.events) : html`<p>${t.noEvents}</p>`}
<p class="meta"><a href="/timeline?entity=${encodeURIComponent(e.id)}">${t.navTimeline} →</a></p>
${e.events.length ? downloadLinks(ctx, { entity: e.id }) : ''}
</section>
<div>
${
  coords && onMap(coords.lat, coords.lon)
    ? html`<section class="card" aria-labelledby="map-h"><h2 id="map-h">${t.location}</h2>${placeMap(ctx, shown.text, coords.lat, coords.lon)}</section>`
    : coords
      ? html`<section class="card" aria-labelledby="map-h"><h2 id="map-h">${t.location}</h2><p>${coords.lat.toFixed(3)}°, ${coords.lon.toFixed(3)}°</p></section>`
      : ''
}
${
  e.related.length
    ? html`<section class="card" aria-labelledby="rel-title"><h2 id="rel-title">${t.relatedEntities}</h2>
${relatedGraph(
  ctx,
  { name: shown.text, type: e.type },
  e.related.map((r) => ({ ...r, name: entityName(r.id, r.name, ui, r.names).text })),
)}
<ul class="related-list">${e.related.map(
        (r) =>
          html`<li><a href="/entities/${encodeURIComponent(r.id)}">${nameHtml(r.id, r.name, ui, r.names)}</a> <span class="meta">${t.entityTypes[r.type]} · ${r.weight}</span></li>`,
      )}</ul></section>`
    : ''
}
</div>
</div>
<section class="card" aria-labelledby="mentions-title">
<h2 id="mentions-title">${t.mentions}</h2>
<ul class="mentions">${e.mentions.map(
      (m) =>
        html`<li><a href="/articles/${m.articleId}#tip-${m.start}" lang="${m.language}">${m.title}</a><p class="snippet" lang="${m.language}">${snippet(m.snippet)}</p></li>`,
    )}</ul>
</section>`,
  });
}

/** Store snippets are HTML-escaped text with `<mark>` around matches; unescape then re-render safely. */
export function snippet(escaped: string) {
  const parts = escaped.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  const out = [];
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) out.push(inMark ? html`<mark>${unescapeHtml(part)}</mark>` : unescapeHtml(part));
  }
  return html`${out}`;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** One pass, so `&#38;lt;` stays the text `&lt;`; the store escapes with numeric references (`&#60;`). */
function unescapeHtml(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|([a-z]+));/g, (whole, code: string | undefined, name: string | undefined) => {
    if (code !== undefined) return Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : whole;
    return NAMED[name as string] ?? whole;
  });
}
