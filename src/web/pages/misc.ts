import { html } from 'hono/html';
import type { Conflict, Page, TimelineEvent } from '../../store/index.ts';
import { eventList } from '../components/events.ts';
import { monthDay, monthName } from '../components/format.ts';
import { pager } from '../components/pager.ts';
import { reportLink } from '../components/report-link.ts';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';

/** Events on a month and day in any year, and annual observances on it. */
export function onThisDayPage(ctx: PageContext, md: string, events: TimelineEvent[]) {
  const { t, ui } = ctx;
  const [m, d] = md.split('-').map(Number) as [number, number];
  const prev = shift(md, -1);
  const next = shift(md, 1);
  return layout(ctx, {
    title: `${t.onThisDayTitle}: ${monthDay(m, d, ui)}`,
    body: html`<h1>${t.onThisDayTitle}: ${monthDay(m, d, ui)}</h1>
<nav class="day-nav" aria-label="${t.onThisDayTitle}"><a rel="prev" href="/on-this-day/${prev}">← ${monthDay(Number(prev.slice(0, 2)), Number(prev.slice(3)), ui)}</a>
<a rel="next" href="/on-this-day/${next}">${monthDay(Number(next.slice(0, 2)), Number(next.slice(3)), ui)} →</a></nav>
${dayPicker(ctx, m, d)}
${events.length ? eventList(ctx, events) : html`<p>${t.nothingOnThisDay}</p>`}`,
  });
}

/** A plain GET form, so picking a day works without JavaScript; the server redirects to /on-this-day/MM-DD. */
function dayPicker(ctx: PageContext, month: number, day: number) {
  const { t, ui } = ctx;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return html`<form class="day-picker" method="get" action="/on-this-day" aria-label="${t.pickDay}">
<label>${t.monthLabel} <select name="month">${months.map(
    (n) => html`<option value="${n}"${n === month ? ' selected' : ''}>${monthName(n, ui)}</option>`,
  )}</select></label>
<label>${t.dayLabel} <input name="day" type="number" inputmode="numeric" min="1" max="31" required value="${day}"></label>
<button type="submit">${t.showDay}</button></form>`;
}

function shift(md: string, days: number): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  // 2000 is a leap year, so 02-29 has neighbours.
  const date = new Date(Date.UTC(2000, m - 1, d + days));
  return date.toISOString().slice(5, 10);
}

/** Where articles disagree, each value with the sentence that states it. */
export function conflictsPage(ctx: PageContext, page: Page<Conflict>, offset: number, limit: number) {
  const { t } = ctx;
  return layout(ctx, {
    title: t.conflictsTitle,
    body: html`<h1>${t.conflictsTitle}</h1>
${
  page.items.length
    ? html`<ul class="conflicts">${page.items.map(
        (
          c,
        ) => html`<li class="card"><p><span class="badge badge-warn">${c.kind === 'date' ? t.conflictDate : t.conflictValue}</span></p>
<h2>${c.subject}</h2>
<p class="fact-actions">${reportLink(ctx, 'conflict', String(c.id))}</p>
<ul>${c.values.map(
          (v) =>
            html`<li><strong>${v.value}</strong> — <a href="/articles/${v.articleId}#s-${v.sentence.start}">${v.title}</a><p class="snippet">${v.text}</p></li>`,
        )}</ul>${ctx.editor ? html`<p><a class="review-link" href="/review/conflicts/${c.id}">${t.review.reviewThisConflict}</a></p>` : ''}</li>`,
      )}</ul>`
    : html`<p>${t.noConflicts}</p>`
}
${pager(ctx, page.total, offset, limit)}`,
  });
}

/** A friendly error page in the interface language. */
export function errorPage(ctx: PageContext, kind: 'notFound' | 'badRequest' | 'error', detail?: string) {
  const { t } = ctx;
  const title = kind === 'notFound' ? t.notFoundTitle : kind === 'badRequest' ? t.badRequestTitle : t.errorTitle;
  const text = kind === 'notFound' ? t.notFoundText : kind === 'badRequest' ? (detail ?? '') : t.errorText;
  return layout(ctx, {
    title,
    body: html`<section class="card error-page"><h1>${title}</h1><p>${text}</p><p><a href="/">${t.backHome}</a></p></section>`,
  });
}
