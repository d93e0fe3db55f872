import { html } from 'hono/html';
import type { EntityType } from '../../analyze/types.ts';
import { type Language, SITE_LANGUAGES } from '../../domain/languages.ts';
import type { EntitySummary, Page, TimelineEvent } from '../../store/index.ts';
import { downloadLinks } from '../components/downloads.ts';
import { eventList, eventsCount } from '../components/events.ts';
import { entityName, nameHtml } from '../components/names.ts';
import { pager } from '../components/pager.ts';
import type { PageContext } from '../context.ts';
import type { EntityFilter } from '../entity-filter.ts';
import { fill } from '../i18n/index.ts';
import { layout } from '../layout.ts';
import { namedPeriods } from '../periods.ts';

export interface TimelineFilters {
  from?: number;
  to?: number;
  entity?: string;
  type?: EntityType;
  lang?: Language;
  offset: number;
  limit: number;
}

const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'];

/**
 * The timeline: a GET form of filters, the interactive vis-timeline (drawn by a script from the
 * list's data attributes), and the list itself, which is the whole content without JavaScript.
 */
export function timelinePage(
  ctx: PageContext,
  filters: TimelineFilters,
  page: Page<TimelineEvent>,
  entities: EntitySummary[] = [],
  entity: EntityFilter = { others: [] },
) {
  const { t } = ctx;
  const keep = (id: string) => {
    const q = new URLSearchParams();
    if (filters.from !== undefined) q.set('from', String(filters.from));
    if (filters.to !== undefined) q.set('to', String(filters.to));
    if (filters.type) q.set('type', filters.type);
    if (filters.lang) q.set('lang', filters.lang);
    q.set('entity', id);
    return `/timeline?${q}`;
  };
  return layout(ctx, {
    title: t.timelineTitle,
    scripts: ['/assets/timeline.js'],
    styles: ['/assets/vis-timeline.css'],
    body: html`<h1>${t.timelineTitle}</h1>
<form class="filters card" method="get" action="/timeline" aria-labelledby="filters-title">
<h2 id="filters-title" class="visually-hidden">${t.timelineFilters}</h2>
<div class="field"><label for="f-from">${t.fromYear}</label><input id="f-from" name="from" type="number" inputmode="numeric" min="-10000" max="10000" value="${filters.from ?? ''}"></div>
<div class="field"><label for="f-to">${t.toYear}</label><input id="f-to" name="to" type="number" inputmode="numeric" min="-10000" max="10000" value="${filters.to ?? ''}"></div>
<div class="field"><label for="f-entity">${t.entity}</label><input id="f-entity" name="entity" type="text" placeholder="${t.entityPlaceholder}" list="entity-options" autocomplete="off" value="${filters.entity ?? ''}">
<datalist id="entity-options">${entities.map((e) => html`<option value="${entityName(e.id, e.name, ctx.ui).text}">${t.entityTypes[e.type]}</option>`)}</datalist></div>
<div class="field"><label for="f-type">${t.entityType}</label><select id="f-type" name="type"><option value="">${t.any}</option>
${TYPES.map((ty) => html`<option value="${ty}"${filters.type === ty ? ' selected' : ''}>${t.entityTypes[ty]}</option>`)}
</select></div>
<div class="field"><label for="f-lang">${t.language}</label><select id="f-lang" name="lang"><option value="">${t.any}</option>
${SITE_LANGUAGES.map((l) => html`<option value="${l}"${filters.lang === l ? ' selected' : ''}>${t.languageNames[l]}</option>`)}
</select></div>
<div class="field field-submit"><button type="submit">${t.apply}</button></div>
</form>
${
  entity.unmatched
    ? html`<p class="notice" role="status">${fill(t.noEntityNamed, { q: entity.unmatched })}</p>`
    : entity.chosen
      ? html`<p class="notice" role="status">${fill(t.entityChosen, { name: entityName(entity.chosen.id, entity.chosen.name, ctx.ui).text })}${
          entity.others.length
            ? html` ${t.otherMatches} ${entity.others.map(
                (o, i) => html`${i ? ', ' : ''}<a href="${keep(o.id)}">${nameHtml(o.id, o.name, ctx.ui)}</a>`,
              )}`
            : ''
        }</p>`
      : ''
}
<section aria-labelledby="vis-title" class="vis-section" hidden data-needs-js>
<h2 id="vis-title">${t.interactiveTimeline}</h2>
<div class="timeline-controls" role="toolbar" aria-label="${t.interactiveTimeline}">
<button type="button" data-timeline="zoom-in">+ ${t.zoomIn}</button>
<button type="button" data-timeline="zoom-out">− ${t.zoomOut}</button>
<button type="button" data-timeline="fit">${t.fitAll}</button>
<button type="button" data-timeline="earlier">← ${t.earlier}</button>
<button type="button" data-timeline="later">${t.later} →</button>
<label class="timeline-periods-toggle"><input type="checkbox" data-timeline="periods"> ${t.namedPeriods}</label>
</div>
<ul id="timeline-periods" hidden>
${namedPeriods(ctx.ui).map((p) => html`<li data-from="${p.from}"${p.to === null ? '' : html` data-to="${p.to}"`}>${p.name}</li>`)}
</ul>
<div id="timeline-vis" class="timeline-vis" data-for="timeline-list" aria-label="${t.interactiveTimeline}"${
      filters.from !== undefined ? html` data-from="${filters.from}"` : ''
    }${filters.to !== undefined ? html` data-to="${filters.to}"` : ''}></div>
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">${t.eventList} <small>(${eventsCount(ctx, page.total)})</small></h2>
${eventList(ctx, page.items, { id: 'timeline-list' })}
${pager(ctx, page.total, filters.offset, filters.limit)}
${
  entity.unmatched || !page.total
    ? ''
    : downloadLinks(ctx, { from: filters.from, to: filters.to, entity: entity.id, lang: filters.lang })
}
</section>`,
  });
}
