import { html } from 'hono/html';
import { describedIn, type TimelineEvent } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { Html } from '../layout.ts';
import { formatWhen } from './format.ts';
import { nameHtml } from './names.ts';
import { reportLink } from './report-link.ts';

/**
 * Events as an ordered list: date, what happened (from a source in the interface language when
 * there is one), who took part (linked), and the articles that state it. This list is the
 * accessible, no-JavaScript form of the timeline; the interactive timeline reads its `data-*` attributes.
 */
export function eventList(
  ctx: PageContext,
  events: TimelineEvent[],
  opts: { id?: string; compact?: boolean } = {},
): Html {
  const { t, ui } = ctx;
  return html`<ol class="events${opts.compact ? ' compact' : ''}"${opts.id ? html` id="${opts.id}"` : ''}>
${events
  .map((stored) => describedIn(stored, ui))
  .map(
    (
      e,
    ) => html`<li class="event" data-start="${e.startDate}" data-end="${e.endDate}" data-id="${e.id}" data-group="${e.entities[0]?.type ?? ''}">
<time datetime="${e.startDate}" class="event-when">${formatWhen(e.when, ui, t)}</time>
<p class="event-what"${e.lang ? html` lang="${e.lang}"` : ''}>${e.what}${e.conflicted ? html` <span class="badge badge-warn">${t.conflicted}</span>` : ''}</p>
${
  e.entities.length
    ? html`<ul class="chips">${e.entities.map(
        (x) =>
          html`<li><a class="chip chip-${x.type.toLowerCase()}" href="/entities/${encodeURIComponent(x.id)}">${nameHtml(x.id, x.name, ui, x.names)}</a></li>`,
      )}</ul>`
    : ''
}
${
  opts.compact || !e.sources.length
    ? ''
    : html`<p class="event-sources"><span class="visually-muted">${t.sources}:</span> ${e.sources.map(
        (s, i) =>
          html`${i ? ', ' : ''}<a href="/articles/${s.articleId}#s-${s.sentence.start}" lang="${s.language}">${s.title}</a>`,
      )}</p>`
}
<p class="fact-actions">${reportLink(ctx, 'event', e.id)}</p>
${ctx.editor ? html`<p><a class="review-link" href="/review?event=${encodeURIComponent(e.id)}">${t.review.reviewThisEvent}</a></p>` : ''}
</li>`,
  )}
</ol>`;
}

export function eventsCount(ctx: PageContext, n: number): string {
  return fill(ctx.t.eventsCount, { n });
}
